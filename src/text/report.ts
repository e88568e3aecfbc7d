// The words of the period report (SPEC §14) and of `Lập báo cáo`'s dialogs.
import { dictionary } from "./dictionary";
import { formatCount } from "./pieces";

export const REPORT_TEXT = dictionary({
  __proto__: null,
  documentName: (period: string, book: string) => `Báo cáo đi cơ sở ${period} — ${book}`,
  union: "ĐOÀN TNCS HỒ CHÍ MINH",
  stars: "***",
  number: (code: string) => `Số: …-BC/${code}`,
  dateLine: (place: string, dd: string, mm: string, yyyy: number) => `${place}, ngày ${dd} tháng ${mm} năm ${yyyy}`,
  title: "BÁO CÁO",
  subject: (period: string) => `Kết quả thực hiện chủ trương đi cơ sở "1+2" ${period}`,
  asOfNote: (day: string) => `(số liệu tính đến ngày ${day})`,
  lockLine: (day: string, changed: number) =>
    `Số liệu chốt ngày ${day}; ${formatCount(changed)} dòng thay đổi sau khi chốt`,
  /** A blank setting (other than `Cơ quan cấp trên`). */
  placeholder: "……………",

  general: "I. TÌNH HÌNH CHUNG",
  subjectLine: (n: number, asOf: string, notStarted: number) =>
    `Số cán bộ thuộc diện thực hiện chủ trương đi cơ sở "1+2" tính đến ngày ${asOf}: ${n} đồng chí` +
    (notStarted ? ` (trong đó ${notStarted} đồng chí chưa đến kỳ tính).` : "."),
  planLine: (withPlan: number, listed: number) =>
    `Số cán bộ có đăng ký kế hoạch đi cơ sở trong kỳ: ${withPlan}/${listed} đồng chí.`,
  noExemption: "Không có cán bộ được tạm miễn trong kỳ.",
  exemptionLine: (n: number, lines: string[]) => `Số cán bộ được tạm miễn: ${n} đồng chí (${lines.join("; ")}).`,
  exemptionItem: (name: string, range: string) => `${name}: ${range}`,

  results: "II. KẾT QUẢ THỰC HIỆN",
  daysHeading: "1. Số ngày đi cơ sở của cán bộ",
  table: ["STT", "Họ và tên", "Chức vụ", "Số ngày trong kỳ", "Lũy kế", "Chỉ tiêu", "Tỷ lệ", "Đánh giá"],
  totalRow: "Cộng",
  noCadre: "Không có cán bộ nào thuộc diện tính trong kỳ.",
  countsLine: (parts: string[]) => `Kết quả đánh giá: ${parts.join("; ")}.`,
  countPart: (label: string, n: number) => `${label}: ${formatCount(n)} đồng chí`,
  unitsHeading: "2. Đơn vị cơ sở được đến",
  unitsVisited: (n: number) => `Trong kỳ, cán bộ đã đến ${formatCount(n)} đơn vị cơ sở.`,
  unitsNotVisited: (from: string, asOf: string, n: number, names: string) =>
    `Từ ngày ${from} đến ngày ${asOf}, còn ${formatCount(n)} đơn vị chưa có cán bộ đến: ${names}.`,
  allVisited: (from: string, asOf: string) => `Từ ngày ${from} đến ngày ${asOf}, mọi đơn vị đều đã có cán bộ đến.`,
  activitiesHeading: "3. Theo hình thức hoạt động",
  activityTable: ["Hình thức", "Số lượt", "Số ngày"],
  noActivity: "(Không ghi)",
  noVisit: "Trong kỳ chưa có chuyến đi cơ sở nào được tính.",
  planHeading: "4. Thực hiện kế hoạch đi cơ sở",
  planDone: (done: number, due: number, notDone: number, rate: string, notDue: number, outside: number) =>
    `Số chuyến đăng ký đã đến hạn: ${due}; đã thực hiện: ${done}; chưa thực hiện: ${notDone}` +
    (rate ? ` (tỷ lệ thực hiện ${rate})` : "") +
    `. Chưa đến hạn: ${notDue}. Số chuyến ngoài kế hoạch: ${outside}.`,

  assessmentHeading: "III. ĐÁNH GIÁ CHUNG",
  directionHeading: "IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ",

  recipients: "Nơi nhận:",
  keepCopy: "- Lưu VP.",
  onBehalf: "TM. BAN THƯỜNG VỤ",
  defaultSignerTitle: "BÍ THƯ",

  annexTitle: "PHỤ LỤC: KẾT QUẢ XẾP LOẠI",
  annexOf: (code: string) => `(Kèm theo Báo cáo số …-BC/${code})`,
  annexTable: ["Nhóm", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Chưa xếp loại", "Cộng", "Tỷ lệ HTXSNV"],
  annexCap: (top: number, allowed: number | null, over: boolean) =>
    allowed === null ? `${top} (không giới hạn)` : `${top}/${allowed} tối đa${over ? " — vượt" : ""}`,
  annexUnavailable: (reason: string) => `Chưa có kết quả xếp loại: ${reason}`,
  blankGroup: "(Không ghi)",
} as const);

/** The note `Tạo bảng mẫu` writes beside each report setting. */
export const REPORT_NOTE = "Cho Lập báo cáo. Để trống = chấm chấm để điền tay (Cơ quan cấp trên: bỏ dòng).";

/** The report settings of `Cấu hình` (SPEC Part II). */
export const REPORT_SETTINGS = dictionary({
  __proto__: null,
  superior: "Cơ quan cấp trên",
  office: "Tên cơ quan",
  code: "Ký hiệu",
  place: "Địa danh",
  signer: "Người ký",
  signerTitle: "Chức vụ người ký",
  recipients: "Nơi nhận",
} as const);

export const REPORT_MSG = dictionary({
  __proto__: null,
  promptTitle: "Lập báo cáo",
  prompt: (example: string) => `Báo cáo kỳ nào? Gõ ${example}.`,
  again: (problem: string) => `${problem}\n\nGõ lại kỳ báo cáo:`,
  created: (name: string) => `Đã tạo văn bản «${name}».`,
  open: "Mở văn bản",
  shared: (emails: string[]) => (emails.length ? `Đã chia sẻ quyền sửa cho: ${emails.join(", ")}.` : ""),
  notShared: (emails: string[], reason: string) =>
    `Chưa chia sẻ được văn bản cho ${emails.join(", ")} (${reason}) — mở văn bản, bấm Chia sẻ để thêm họ.`,
  history: (title: string, where: string) => `${title}: ${where}`,
} as const);
