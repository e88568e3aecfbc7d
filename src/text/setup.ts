// Text written by `Tạo bảng mẫu`: settings notes, the example criterion, the short help.
import { REPORT_NOTE, REPORT_SETTINGS, REPORT_TEXT } from "./report";
import { CAP_BASE, CAP_MODE, GROUP_BY, LEVEL, P } from "./sheets";
import { dictionary } from "./dictionary";

/** Rows of `Cấu hình`: parameter, value written on set-up ('' = blank, meaning the default), note. */
export const SETTINGS_ROWS: readonly [string, string | number, string][] = [
  [P.year, "", "Năm đánh giá. Để trống = năm hiện tại."],
  [P.from, "", "Đầu kỳ tính (dd/mm/yyyy), phải nằm trong Năm. Để trống = 01/01 của Năm."],
  [P.to, "", "Cuối kỳ tính (dd/mm/yyyy), phải nằm trong Năm. Để trống = 31/12 của Năm."],
  [P.target, 60, "Số ngày đi cơ sở phải đạt trong kỳ (chủ trương 1+2)."],
  [P.asOf, "", "Ngày tính tiến độ. Để trống = hôm nay."],
  [P.halfDays, "Có", "Có: Số ngày được khai nửa ngày (0,5). Không: chỉ ngày tròn."],
  [P.reportDeadline, 10, "Số ngày tối đa từ Ngày về đến Ngày báo cáo. 0 = không kiểm tra nộp muộn."],
  [P.thresholdTop, 90, "% tổng điểm tối đa để đạt Hoàn thành xuất sắc nhiệm vụ."],
  [P.thresholdGood, 70, "% tổng điểm tối đa để đạt Hoàn thành tốt nhiệm vụ."],
  [P.thresholdPass, 50, "% tổng điểm tối đa để đạt Hoàn thành nhiệm vụ."],
  [P.capPercent, 20, "Tỷ lệ tối đa đơn vị HTXSNV trong một nhóm. Để trống hoặc 0 = không giới hạn."],
  [P.capBase, CAP_BASE.rated, "Cơ sở tính tỷ lệ: Số đơn vị được xếp loại, hoặc Số đơn vị HTTNV trở lên."],
  [P.capMode, CAP_MODE.warn, "Khi vượt tỷ lệ: Cảnh báo (chỉ đánh dấu) hoặc Hạ loại (hạ phần vượt xuống HTTNV)."],
  [P.vetoMaxLevel, LEVEL.pass.code, "Mức cao nhất của đơn vị có tiêu chí dưới điểm liệt."],
  [P.groupBy, GROUP_BY.parent, "Nhóm để tính tỷ lệ và xếp hạng: Trực thuộc, Cụm thi đua hoặc Toàn bộ."],
  [P.adminEmails, "", "Email quản trị, cách nhau bởi dấu phẩy (dùng cho Phân quyền)."],
  [
    P.planTolerance,
    3,
    "Số ngày đi sớm hoặc muộn hơn kế hoạch vẫn được tính là đã thực hiện (trang Kế hoạch đi cơ sở).",
  ],
  [
    P.planRequired,
    "Không",
    "Có: chuyến đi không có trong Kế hoạch đi cơ sở bị cảnh báo. Không: chỉ đếm là ngoài kế hoạch.",
  ],
  ...Object.values(REPORT_SETTINGS).map((p): [string, string, string] => [
    p,
    p === REPORT_SETTINGS.signerTitle ? REPORT_TEXT.defaultSignerTitle : "",
    REPORT_NOTE,
  ]),
];

const YES_NO = ["Có", "Không"] as const;

/** Dropdown choices of `Cấu hình` values (they warn but allow other spellings), by parameter. */
export const SETTINGS_CHOICES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  [P.halfDays, YES_NO],
  [P.planRequired, YES_NO],
  [P.capBase, [CAP_BASE.rated, CAP_BASE.goodOrAbove]],
  [P.capMode, [CAP_MODE.warn, CAP_MODE.downgrade]],
  [P.vetoMaxLevel, [LEVEL.top.code, LEVEL.good.code, LEVEL.pass.code, LEVEL.fail.code]],
  [P.groupBy, [GROUP_BY.parent, GROUP_BY.cluster, GROUP_BY.all]],
]);

export const EXAMPLE_CRITERION = ["TC1", "Tổ chức sinh hoạt chi đoàn định kỳ hằng tháng", 10, 5] as const;

export const SETUP_MSG = dictionary({
  __proto__: null,
  askLocale: (current: string) =>
    `Bảng tính đang dùng định dạng vùng «${current}», nên Google Sheets sẽ đọc ngày gõ 3/4/2025 thành 4 tháng 3. ` +
    `Chuyển sang Việt Nam (vi_VN) để ngày được đọc theo kiểu ngày/tháng/năm?`,
  localeChanged: "Đã chuyển định dạng vùng sang Việt Nam (vi_VN).",
  /** Shown by every command while the book is not in vi_VN (SPEC §3: typed dates are read month-first). */
  localeWarning: (current: string) =>
    `Lưu ý: bảng tính đang dùng định dạng vùng «${current}», nên ngày gõ 3/4/2025 bị Google Sheets đọc thành 4 tháng 3. ` +
    `Chạy Tính chỉ tiêu → Tạo bảng mẫu và chọn Có để chuyển sang Việt Nam (vi_VN).`,
  localeKept: (current: string) =>
    `Giữ định dạng vùng «${current}»: hãy gõ ngày dạng năm-tháng-ngày (2025-04-03) cho chắc.`,
  skipped: (sheet: string) =>
    `Trang «${sheet}» đã có dữ liệu nhưng không thấy dòng tiêu đề trong 5 dòng đầu: không sửa trang này.`,
  done: (created: string[], columns: number, settings: number) =>
    created.length || columns || settings
      ? `Đã tạo ${created.length} trang${created.length ? ` (${created.join(", ")})` : ""}, thêm ${columns} cột và ${settings} tham số còn thiếu.`
      : "Bảng tính đã đủ các trang, cột và tham số: không thay đổi gì.",
  help:
    "Các bước tiếp theo:\n" +
    "1. Nhập danh sách cán bộ (trang Cán bộ) và đơn vị cơ sở (trang Đơn vị).\n" +
    "2. Ghi mỗi chuyến đi cơ sở vào trang Nhật ký đi cơ sở (ngày dạng ngày/tháng/năm).\n" +
    "3. Bấm Tính chỉ tiêu → Kiểm tra nhật ký để xem dòng nào cần sửa.\n" +
    "4. Bấm Tính chỉ tiêu → Tính tất cả để có Tiến độ chỉ tiêu, Xếp loại và Tổng hợp.\n" +
    "Xem thêm: Tính chỉ tiêu → Hướng dẫn.",
} as const);
