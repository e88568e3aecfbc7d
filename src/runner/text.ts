// Every text the local runner shows (terminal summary, errors, progress), in Vietnamese.
import { formatCount } from "../text";
import type { XlsxProblem } from "../xlsx";

export const USAGE = `Cách dùng: tinh-chi-tieu <sổ.xlsx> [--lenh kiem-tra|tien-do|xep-loai|tat-ca] [--ngay dd/mm/yyyy]
                     [--ra <kết-quả.xlsx>] [--bao-cao <kỳ>] [--json] [--strict]

Chạy tiện ích Tính chỉ tiêu trên một tệp Excel (.xlsx) ngay trên máy, không cần tài khoản Google.
  --lenh    lệnh cần chạy (mặc định tat-ca): kiem-tra = Kiểm tra nhật ký, tien-do = Tính tiến độ chỉ tiêu,
            xep-loai = Xếp loại đơn vị, tat-ca = Tính tất cả
  --ngay    ngày tính tiến độ (thay cho «Ngày tính tiến độ» trong trang Cấu hình, chỉ trong tệp kết quả)
  --ra      tệp kết quả (mặc định <sổ>-ket-qua.xlsx cạnh tệp gốc; không bao giờ ghi đè tệp gốc)
  --bao-cao lập thêm báo cáo kỳ (Word .docx) cạnh tệp kết quả: quy-1 … quy-4, 6-thang, 9-thang, ca-nam
            hoặc 01/04/2025-30/06/2025
  --json    in kết quả dạng JSON
  --strict  trả mã thoát 1 nếu có dòng nhật ký bị Lỗi
Mã thoát: 0 chạy xong (kể cả khi có dòng lỗi), 1 có dòng lỗi khi dùng --strict, 2 không chạy xong
          (dòng lệnh sai, tệp không dùng được, lệnh dừng, hoặc không ghi được tệp kết quả, tệp báo cáo).`;

export const ARG_MSG = {
  noInput: "Chưa chỉ ra tệp .xlsx cần chạy.",
  tooMany: (extra: string) => `Thừa tham số «${extra}»: chỉ chạy một tệp mỗi lần.`,
  unknownOption: (opt: string) => `Không có tùy chọn «${opt}».`,
  needValue: (opt: string) => `Tùy chọn ${opt} cần một giá trị.`,
  badCommand: (v: string) => `Lệnh «${v}» không có; chọn một trong: kiem-tra, tien-do, xep-loai, tat-ca.`,
  badDate: (v: string) => `Ngày «${v}» không đúng dạng ngày/tháng/năm (ví dụ 30/09/2025) hoặc không có trên lịch.`,
} as const;

export const FILE_MSG: Record<XlsxProblem | "folder" | "notRegular", (file: string, detail: string) => string> = {
  folder: (file) => `«${file}» là một thư mục, không phải tệp. Chỉ ra tệp .xlsx nằm trong thư mục đó.`,
  notRegular: (file) =>
    `«${file}» không phải tệp thường (có thể là ống dẫn hoặc thiết bị). Lưu sổ thành tệp .xlsx rồi chỉ ra tệp đó.`,
  missing: (file) => `Không tìm thấy tệp «${file}». Kiểm tra lại đường dẫn và tên tệp.`,
  "not-xlsx": (file) =>
    `Tệp «${file}» không phải tệp Excel .xlsx. Mở tệp bằng Excel hoặc LibreOffice rồi lưu lại dạng .xlsx (Excel Workbook).`,
  legacy: (file) =>
    `Tệp «${file}» là tệp Excel đời cũ (.xls) hoặc đã đặt mật khẩu mở tệp. Mở bằng Excel hoặc LibreOffice, bỏ mật khẩu và lưu lại dạng .xlsx.`,
  damaged: (file, detail) =>
    `Tệp «${file}» bị hỏng hoặc không đọc được${detail ? ` (${detail})` : ""}. Thử mở bằng Excel hoặc LibreOffice rồi lưu lại dạng .xlsx.`,
};

export const RUN_TEXT = {
  sameAsInput: (file: string) => `Tệp kết quả không được trùng tệp gốc «${file}»: chọn tên khác cho --ra.`,
  cannotWrite: (file: string, detail: string) =>
    `Không ghi được tệp kết quả «${file}» (${detail}). Kiểm tra thư mục và quyền ghi, hoặc đóng tệp nếu đang mở trong Excel.`,
  reportFile: (prefix: string) => `${prefix}-bao-cao-`,
  cannotWriteReport: (file: string, detail: string) =>
    `Không ghi được tệp báo cáo «${file}» (${detail}). Kiểm tra thư mục và quyền ghi, hoặc đóng tệp nếu đang mở trong Word.`,
  stopped: (caption: string, reason: string) => `Lệnh «${caption}» đã dừng, chưa ghi tệp kết quả:\n${reason}`,
  technical: "Chi tiết kỹ thuật (gửi kèm khi báo lỗi):",
  bundle: {
    missing: (file: string) => `Chưa có tiện ích đã dựng «${file}». Trong thư mục mã nguồn, chạy: npm run build`,
    stale: (file: string) =>
      `Tiện ích đã dựng «${file}» cũ hơn mã nguồn. Chạy lại: npm run build (rồi chạy lại lệnh này).`,
  },
} as const;

export const PROGRESS = {
  reading: (file: string) => `Đang đọc ${file}…`,
  read: (rows: number, seconds: string) => `Đã đọc ${formatCount(rows)} dòng nhật ký (${seconds} giây).`,
  running: (caption: string) => `Đang chạy «${caption}»…`,
  ran: (seconds: string) => `Đã chạy xong (${seconds} giây).`,
  saving: (file: string) => `Đang ghi ${file}…`,
  saved: (seconds: string) => `Đã ghi xong (${seconds} giây).`,
} as const;

export const AS_OF_SOURCE = {
  option: "theo tùy chọn --ngay",
  book: "theo trang Cấu hình",
  today: "hôm nay (trang Cấu hình để trống)",
} as const;

export const SUMMARY_TEXT = {
  title: (caption: string, file: string) => `Tính chỉ tiêu — ${caption} — ${file}`,
  asOf: (date: string, source: string) => `Ngày tính tiến độ: ${date} (${source})`,
  asOfNote: "Giá trị này được ghi vào trang Cấu hình của tệp kết quả; tệp gốc không đổi.",
  log: (c: { checked: number; ok: number; warning: number; error: number }) =>
    `Nhật ký: đã kiểm tra ${formatCount(c.checked)} dòng — ${formatCount(c.ok)} hợp lệ, ` +
    `${formatCount(c.warning)} cảnh báo, ${formatCount(c.error)} lỗi.`,
  findingsTitle: (shown: number, total: number) => `Một số dòng cần xem (${shown}/${formatCount(total)}):`,
  finding: (f: { status: string; tab: string; row: number; detail: string }) =>
    `  ${f.status} — trang «${f.tab}», dòng ${f.row}: ${f.detail}`,
  moreErrors: "dòng lỗi",
  moreWarnings: "dòng cảnh báo",
  progress: (n: number) => `Tiến độ của ${n} cán bộ (cột Đánh giá):`,
  rating: (n: number) => `Xếp loại ${n} đơn vị:`,
  count: (label: string, n: number) => `  ${label}: ${n}`,
  messages: "Thông báo của tiện ích:",
  output: (file: string) => `Đã ghi kết quả vào ${file}`,
  report: (title: string, file: string) => `Đã ghi báo cáo «${title}» vào ${file}`,
  notHeld: "Tệp .xlsx không giữ được:",
  charts: (sheet: string, n: number) =>
    `${n} biểu đồ của trang «${sheet}» (biểu đồ gốc của Google Sheets; mở bằng Google Sheets và chạy lại lệnh để có biểu đồ)`,
  chartsAlways: "biểu đồ gốc của Google Sheets (trang Tổng hợp vẫn có đủ số liệu)",
  protections: "phân quyền theo từng người (bảo vệ trang/vùng cho từng email): Excel chỉ có mật khẩu chung",
  rulesDropped: (n: number) => `${n} quy tắc định dạng có điều kiện không có dạng tương đương trong Excel`,
  validationsDropped: (n: number) => `${n} danh sách chọn không có dạng tương đương trong Excel`,
  notesDropped: (n: number) =>
    `${n} ghi chú (note) mà lệnh đã thêm hoặc sửa: tệp kết quả giữ ghi chú như trong tệp gốc`,
  lostParts: (parts: string) => `phần của tệp gốc mà thư viện đọc .xlsx không giữ lại: ${parts}`,
  partNames: { charts: "biểu đồ", pivotTables: "bảng tổng hợp (PivotTable)", controls: "nút điều khiển" } as Record<
    string,
    string
  >,
} as const;
