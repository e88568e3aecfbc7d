// What `Tạo biểu mẫu nhập` (SPEC §16) shows: the form's title and questions, the response tab's
// names, the command's messages, and the findings on rows that came from the form.
import { H, SHEET } from "./sheets";
import { dictionary } from "./dictionary";
import { formatCount, q } from "./pieces";

/** Between a code and its name in the form's lists: "CB01 — Nguyễn Văn An". */
export const CHOICE_SEPARATOR = " — ";

/** Google's header of the respondent's email in a response tab (not ours: Forms writes it in the user's language). */
export const GOOGLE_EMAIL_HEADERS = ["Địa chỉ email", "Email Address"] as const;

export const FORM_TAB = {
  responses: "Nhật ký (biểu mẫu)",
  older: "Nhật ký (biểu mẫu cũ)",
} as const;

export const FORM_TEXT = {
  title: (book: string) => `Nhật ký đi cơ sở — ${book}`,
  description:
    "Mỗi chuyến đi cơ sở ghi một lần. Chọn tên mình và đơn vị đến trong danh sách; " +
    "ngày ghi theo lịch của điện thoại. Dữ liệu được kiểm tra ngay trong bảng tính của cơ quan.",
  confirmation: "Đã ghi nhận chuyến đi. Cảm ơn đồng chí!",
  help: {
    dateFrom: "Ngày bắt đầu chuyến đi.",
    dateTo: "Bỏ trống nếu đi và về trong ngày.",
    cadre: "Chọn mã và họ tên của đồng chí.",
    unit: "Chọn cơ sở đã đến.",
    activity: "Hình thức hoạt động chính của chuyến đi.",
    days: "Số ngày ở cơ sở, ví dụ 1 hoặc 1,5. Bỏ trống = số ngày từ Ngày đi đến Ngày về.",
    content: "Việc đã làm, kết quả, kiến nghị.",
  },
  daysRule: "Ghi một số lớn hơn 0, ví dụ 1 hoặc 1,5",
} as const;

export const FORM_MSG = dictionary({
  __proto__: null,
  created: (url: string) =>
    `Đã tạo biểu mẫu nhập và bật nhận câu trả lời. Gửi liên kết này cho cán bộ (ví dụ vào nhóm Zalo của cơ quan):\n${url}\n` +
    `Mỗi câu trả lời vào trang ${q(FORM_TAB.responses)} và được kiểm tra ngay.`,
  updated: (url: string, cadres: number, units: number) =>
    `Đã cập nhật biểu mẫu: ${formatCount(cadres)} cán bộ, ${formatCount(units)} đơn vị trong danh sách. Liên kết gửi cán bộ:\n${url}`,
  createdShort: (cadres: number, units: number) =>
    `Đã tạo biểu mẫu nhập (${formatCount(cadres)} cán bộ, ${formatCount(units)} đơn vị).`,
  updatedShort: (cadres: number, units: number) =>
    `Đã cập nhật biểu mẫu nhập (${formatCount(cadres)} cán bộ, ${formatCount(units)} đơn vị).`,
  republished: "Biểu mẫu đang tắt nên đã được bật lại để nhận câu trả lời.",
  renamedOld: `Trang ${q(FORM_TAB.responses)} cũ đã được đổi tên thành ${q(FORM_TAB.older)} (không xóa gì).`,
  deletedForm: (title: string) =>
    `Không mở được biểu mẫu ${q(title)} đã tạo trước đây (có thể đã bị xóa hoặc bạn không có quyền sửa biểu mẫu). ` +
    `Các câu trả lời cũ vẫn ở trong bảng tính. Tạo biểu mẫu mới?`,
  deletedFormCancelled: "Chưa tạo biểu mẫu mới; không có gì thay đổi.",
  triggerOther: (owner: string) =>
    `Việc kiểm tra tự động câu trả lời đang chạy dưới tài khoản ${owner}. ` +
    `Chuyển sang tài khoản của bạn? (Chọn Có nếu ${owner} không còn làm quản trị viên; trình kích hoạt cũ sẽ bị gỡ.)`,
  triggerKept: (owner: string) => `Giữ việc kiểm tra tự động dưới tài khoản ${owner}.`,
  triggerTaken: (owner: string) =>
    `Việc kiểm tra tự động đã chuyển sang tài khoản của bạn; trình kích hoạt của ${owner} đã được gỡ.`,
  triggerFailed: (reason: string) =>
    `Biểu mẫu đã sẵn sàng nhưng chưa bật được việc kiểm tra tự động câu trả lời (${reason}). ` +
    `Câu trả lời vẫn vào bảng tính; bấm Tính chỉ tiêu → Kiểm tra nhật ký để kiểm tra. ` +
    `Nếu lúc cấp quyền bạn đã bỏ chọn quyền "chạy khi bạn không có mặt", hãy chạy lại lệnh và chọn cho phép.`,
  noChoices: (sheet: string) =>
    `Trang ${q(sheet)} chưa có dòng nào dùng được cho danh sách của biểu mẫu — thêm dữ liệu rồi chạy lại.`,
  noFormApp:
    "Tài khoản chưa cấp quyền tạo và sửa Google Biểu mẫu cho tiện ích. Chạy lại lệnh và chọn cho phép quyền Google Biểu mẫu.",
} as const);

/** Findings on rows of the response tab. */
export const FORM_FINDING = dictionary({
  __proto__: null,
  emailMismatch: (respondent: string, roster: readonly string[]) =>
    `Người gửi biểu mẫu là ${respondent}, khác ${H.email} của cán bộ trong trang ${q(SHEET.roster)} ` +
    `(${roster.join(", ")}) — kiểm tra có đúng cán bộ này không, hoặc sửa ${H.email} trong trang ${q(SHEET.roster)}`,
  tabSkipped: (tab: string, headers: readonly string[]) =>
    `Trang ${q(tab)} thiếu cột ${headers.map(q).join(", ")} (câu hỏi trên biểu mẫu đã bị đổi tên?) nên chưa được kiểm tra — ` +
    `chạy Tính chỉ tiêu → Tạo biểu mẫu nhập để đặt lại tên câu hỏi`,
} as const);
