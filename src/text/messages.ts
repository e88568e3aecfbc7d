// Messages the user sees in alerts, toasts and the history sheet. Domain findings live in findings.ts.
import { dictionary } from "./dictionary";
import { formatCount, q } from "./pieces";

const n = formatCount;

export const MSG = dictionary({
  __proto__: null,
  busy: "Đang có lệnh khác chạy trên bảng tính này. Vui lòng đợi lệnh đó xong rồi bấm lại.",
  unexpected: (caption: string) =>
    `Lệnh «${caption}» gặp lỗi ngoài dự kiến và đã dừng, chưa ghi gì thêm. ` +
    `Vui lòng thử lại; nếu vẫn lỗi, báo cho quản trị viên kèm thời điểm chạy.`,
} as const);

export const SHEET_MSG = dictionary({
  __proto__: null,
  missingSheet: (sheet: string) =>
    `Chưa có trang «${sheet}». Bấm menu Tính chỉ tiêu → Tạo bảng mẫu để tạo, hoặc đổi tên trang cho đúng.`,
  missingHeaders: (sheet: string, headers: string[]) =>
    `Trang «${sheet}» thiếu cột ${headers.map(q).join(", ")} trong 5 dòng đầu. ` +
    `Thêm cột có tiêu đề này (tên cột không phân biệt hoa thường) rồi chạy lại.`,
  configErrors: (sheet: string, errors: string[]) =>
    `Trang «${sheet}» có giá trị chưa đúng, lệnh đã dừng và chưa ghi gì:\n- ${errors.join("\n- ")}`,
  noPermission: (sheets: string[]) =>
    `Bạn không có quyền sửa trang ${sheets.map(q).join(", ")}. ` +
    `Lệnh này cần quản trị viên chạy; chưa có gì được ghi.`,
  /** The book would pass Google's cell limit: `has` cells now, `adds` more for the command. */
  cellLimit: (has: number, adds: number, limit: number) =>
    `Bảng tính đang có ${n(has)} ô (mọi ô của mọi trang, kể cả ô trống) và lệnh cần thêm ${n(adds)} ô: ` +
    `sẽ vượt giới hạn ${n(limit)} ô của Google Sheets, nên lệnh đã dừng và chưa ghi gì. Xóa bớt các dòng, cột ` +
    `trống ở cuối trang (chọn dòng/cột → chuột phải → Xóa) hoặc các trang cũ không dùng nữa, hoặc tách bảng ` +
    `tính thành nhiều tệp, rồi chạy lại.`,
  /** Cells of the plan under a range protection the user cannot edit (`owner`: who can, when known). */
  protectedRanges: (ranges: string[], owner: string) =>
    `Lệnh cần ghi vào vùng đã được khóa: ${ranges.join(", ")}. ` +
    `Nhờ ${owner ? `chủ tệp (${owner})` : "chủ tệp"} hoặc người được sửa vùng đó chạy lệnh, ` +
    `hoặc bỏ khóa vùng (Dữ liệu → Trang và dải ô được bảo vệ); chưa có gì được ghi.`,
} as const);

export const RUN_MSG = dictionary({
  __proto__: null,
  unknownUser: "(không rõ người chạy)",
  titleLine: (asOf: string, at: string, by: string) => `Tính đến ngày ${asOf}, chạy lúc ${at} bởi ${by}`,
  stopped: (reason: string) => `Dừng: ${reason}`,
} as const);

/** How many findings of one kind a summary shows (SPEC §17). */
export const SHOWN_PER_KIND = 10;

export const moreOf = (count: number, what: string) => `… và ${n(count)} ${what} khác`;

/**
 * Keeps at most SHOWN_PER_KIND lines of each kind (`kindOf`), in their order; after a kind's last kept
 * line comes "… và N lưu ý khác" for what was left out.
 */
export function shortList(lines: readonly string[], kindOf: (line: string) => string, what = "lưu ý"): string[] {
  const total = new Map<string, number>();
  for (const l of lines) total.set(kindOf(l), (total.get(kindOf(l)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const l of lines) {
    const k = kindOf(l);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n <= SHOWN_PER_KIND) out.push(l);
    if (n === SHOWN_PER_KIND && total.get(k)! > n) out.push(moreOf(total.get(k)! - n, what));
  }
  return out;
}

export const RESULT_MSG = dictionary({
  __proto__: null,
  checked: (c: { checked: number; ok: number; warning: number; error: number }, firstError?: string) =>
    `Đã kiểm tra ${n(c.checked)} dòng: ${n(c.ok)} hợp lệ, ${n(c.warning)} cảnh báo, ${n(c.error)} lỗi.` +
    (firstError ? ` Lỗi đầu tiên: ${firstError}.` : ""),
  rowRef: (tab: string, row: number) => `dòng ${row} trang «${tab}»`,
  progress: (cadres: number, counts: Record<string, number>) =>
    `Tiến độ của ${n(cadres)} cán bộ: ` +
    Object.entries(counts)
      .filter(([, k]) => k > 0)
      .map(([label, k]) => `${n(k)} ${label}`)
      .join(", ") +
    ".",
  rating: (units: number, counts: Record<string, number>) =>
    `Xếp loại ${n(units)} đơn vị: ` +
    Object.entries(counts)
      .filter(([, k]) => k > 0)
      .map(([label, k]) => `${n(k)} ${label}`)
      .join(", ") +
    ".",
  noRating: (reason: string) => `Chưa có phần xếp loại: ${reason}`,
  noProgress: (reason: string) => `Chưa có phần tiến độ: ${reason}`,
  /** At most 10 notes about each sheet (the «…» a note starts with), then "… và N lưu ý khác" (SPEC §17). */
  warnings: (lines: string[]) => `Lưu ý:\n- ${shortList(lines, (l) => /^«[^»]*»/.exec(l)?.[0] ?? "").join("\n- ")}`,
} as const);

export const SUMMARY_TEXT = dictionary({
  __proto__: null,
  officeTitle: "Tiến độ theo Đơn vị công tác",
  cadreCount: "Số cán bộ",
  averageRatio: "Tỷ lệ bình quân",
  group: "Nhóm",
  groupTitle: "Xếp loại theo nhóm",
  unvisitedTitle: "Đơn vị chưa có ngày đi cơ sở được tính trong kỳ",
  noneUnvisited: "(Mọi đơn vị đều đã có cán bộ đến.)",
  chartProgress: "Tiến độ chỉ tiêu theo Đơn vị công tác",
  chartRating: "Phân bố xếp loại theo nhóm",
} as const);

export const FORMULA_MSG = dictionary({
  __proto__: null,
  needRange: (param: string) => `Tham số ${param} phải là một vùng ô có dòng tiêu đề, ví dụ 'Nhật ký đi cơ sở'!A1:K500`,
  failed: (name: string) => `${name}: không tính được với dữ liệu này — kiểm tra lại các tham số`,
} as const);
