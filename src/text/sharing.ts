// Messages of `Phân quyền` and `Tổng hợp từ file khác` (SPEC §7).
import { dictionary } from "./dictionary";
import { adminNeeded, formatCount, q } from "./pieces";

/** "(me) có tên trong «Email quản trị» nhưng chưa có tên trong khóa… Nhờ chủ tệp (…) … chạy lại «Phân quyền»". */
const notOnLock = (me: string, sheets: string[], owner: string, others: string[]) =>
  `(${me}) có tên trong «Email quản trị» nhưng chưa có tên trong khóa của trang ${sheets.map(q).join(", ")} ` +
  `(khóa đặt trước khi bạn được thêm). Nhờ chủ tệp${owner ? ` (${owner})` : ""} hoặc quản trị viên đã có tên ` +
  `trong khóa${others.length ? ` (${others.join(", ")})` : ""} chạy lại «Phân quyền»`;

export const PROTECTION_MARK = "Tính chỉ tiêu — phân quyền";

export const SHARE_MSG = dictionary({
  __proto__: null,
  adminOnly: (caption: string, me: string) => `Lệnh «${caption}» chỉ dành cho ${adminNeeded(me)}.`,
  adminSheet: (sheet: string, n: number) => `${q(sheet)}: chỉ chủ tệp và quản trị viên sửa được (${n} người).`,
  officeSheet: (sheet: string, n: number) => `${q(sheet)}: quản trị viên và cán bộ của đơn vị sửa được (${n} người).`,
  logSheet: (sheet: string, n: number) => `${q(sheet)}: chỉ quản trị viên sửa được (${n} người).`,
  historySheet: (sheet: string) => `${q(sheet)}: ai cũng ghi được, có cảnh báo khi sửa tay.`,
  keptTheirs: (sheet: string) =>
    `${q(sheet)}: giữ nguyên khóa do người dùng tự đặt (tiện ích không sửa khóa không mang mô tả «${PROTECTION_MARK}»). ` +
    `Muốn tiện ích phân quyền trang này, gỡ khóa đó (Dữ liệu → Bảo vệ trang tính và dải ô) rồi chạy lại.`,
  /** A listed admin kept out of the add-in's protections of `sheets`, set before they were added. */
  notYetOnProtection: (me: string, sheets: string[], owner: string, others: string[]) =>
    `Bạn ${notOnLock(me, sheets, owner, others)}; chưa có gì được ghi.`,
  /** `Phân quyền` run by such an admin: the protections of `sheets` were left as they were. */
  notResynced: (me: string, sheets: string[], owner: string, others: string[]) =>
    `Chưa cập nhật được khóa: bạn ${notOnLock(me, sheets, owner, others)}.`,
  createdTabs: (tabs: string[]) => `Đã tạo trang nhập liệu cho đơn vị: ${tabs.map(q).join(", ")}.`,
  notEditors: (emails: string[]) =>
    `Những email sau chưa có quyền chỉnh sửa tệp (phân quyền trang không tự chia sẻ tệp): ${emails.join(", ")}. ` +
    `Bấm Chia sẻ ở góc trên bên phải để thêm họ với quyền Người chỉnh sửa.`,
  outputPlaceholder: "Chưa có kết quả — bấm Tính chỉ tiêu → Tính tất cả.",
  summary: (sheets: number, created: number) => `Đã phân quyền ${sheets} trang, tạo ${created} trang đơn vị.`,
  skippedTabs: (tabs: string[]) =>
    `Bạn không có quyền sửa các trang ${tabs.map(q).join(", ")}: kết quả kiểm tra của các trang đó chưa được ghi.`,
} as const);

export const SOURCE_MSG = dictionary({
  __proto__: null,
  createdSheet: (sheet: string) =>
    `Đã tạo trang ${q(sheet)}. Ghi mỗi tệp nguồn một dòng (Tên nguồn, Liên kết tới Google Sheets) rồi chạy lại lệnh.`,
  noSources: (sheet: string) => `Trang ${q(sheet)} chưa có nguồn nào: ghi Tên nguồn và Liên kết rồi chạy lại.`,
  ok: (rows: number, tabs: number) => `OK: ${formatCount(rows)} dòng từ ${formatCount(tabs)} trang nhật ký`,
  missingName: "Thiếu Tên nguồn",
  missingLink: "Thiếu Liên kết (địa chỉ hoặc mã của tệp Google Sheets)",
  sameTab: (tab: string, row: number) =>
    `Trùng trang ${q(tab)} với nguồn ở dòng ${row} (tên trang tối đa 31 ký tự) — đặt Tên nguồn khác đi`,
  noAccess: (me: string) =>
    `Không có quyền mở tệp — nhờ chủ tệp chia sẻ (ít nhất quyền xem) cho ${me || "tài khoản đang chạy"}`,
  notFound:
    "Không tìm thấy tệp theo liên kết — kiểm tra lại địa chỉ; tệp .xlsx phải được chuyển sang Google Sheets trước",
  readFailed: (error: string) =>
    `Mở được tệp nhưng không đọc được dữ liệu (${error}) — thử lại sau; nếu vẫn lỗi, kiểm tra tệp nguồn`,
  snapshotProtected: (tab: string) =>
    `Trang ${q(tab)} đang bị khóa và bạn không sửa được — nhờ chủ tệp gỡ khóa đó hoặc chạy lại «Phân quyền»; bản cũ được giữ`,
  nameClash: (tab: string) =>
    `Bảng tính đã có một trang tên ${q(tab)} (chỉ khác chữ hoa/thường) — đổi tên trang đó hoặc đặt Tên nguồn khác`,
  cellLimit: (needed: number, room: number) =>
    `Bảng tính sẽ vượt giới hạn 10.000.000 ô của Google Sheets (bản sao cần thêm ${formatCount(needed)} ô, chỉ còn ${formatCount(Math.max(0, room))} ô) ` +
    `— xóa bớt trang hoặc dòng, cột thừa rồi chạy lại; bản cũ được giữ`,
  cellLimitReached:
    "Bảng tính đã chạm giới hạn 10.000.000 ô của Google Sheets khi ghi bản sao — xóa bớt trang hoặc dòng, cột thừa rồi chạy lại",
  writeFailed: (tab: string, error: string) => `Không ghi được trang ${q(tab)} (${error}); bản cũ được giữ nếu có`,
  noLogTab: "Tệp không có trang nào có tên bắt đầu bằng «Nhật ký»",
  missingHeader: (tab: string, headers: string[]) => `Trang ${q(tab)} của tệp thiếu cột ${headers.map(q).join(", ")}`,
  summary: (ok: number, failed: number, rows: number) =>
    `Đã lấy ${formatCount(rows)} dòng từ ${formatCount(ok)} nguồn` +
    (failed ? `; ${formatCount(failed)} nguồn không lấy được (xem cột Trạng thái)` : "") +
    ".",
} as const);
