// Sheet names, headers and fixed vocabulary of SPEC §2. Change a label here and it changes everywhere.
import { dictionary } from "./dictionary";

export const SHEET = dictionary({
  __proto__: null,
  settings: "Cấu hình",
  roster: "Cán bộ",
  units: "Đơn vị",
  activities: "Danh mục",
  log: "Nhật ký đi cơ sở",
  criteria: "Tiêu chí",
  scores: "Chấm điểm",
  progress: "Tiến độ chỉ tiêu",
  rating: "Xếp loại",
  summary: "Tổng hợp",
  history: "Lịch sử chạy",
  sources: "Nguồn dữ liệu",
  exemptions: "Tạm miễn",
  tiers: "Chỉ tiêu theo cấp",
  official: "Thẩm định",
  /** Hidden, protected: the fingerprint of each locked period (SPEC §15). */
  fingerprints: "Dấu kỳ đã chốt",
  /** Hidden, protected: the report of each locked period as it was locked, for Lập báo cáo (SPEC §14). */
  lockedReports: "Báo cáo đã chốt",
  /** Hidden: the names still current, for a dropdown of more than Sheets' list holds (SPEC §12). */
  currentLists: "Danh sách chọn",
} as const);

/** Every tab whose name starts with this is part of the visit log (SPEC §7). */
export const LOG_TAB_PREFIX = "Nhật ký";
/** Office tab: `Nhật ký - <Đơn vị công tác>`. */
export const OFFICE_TAB_PREFIX = "Nhật ký - ";
/** Snapshot of another book: `Nhật ký (nguồn) - <Tên nguồn>`. */
export const SNAPSHOT_TAB_PREFIX = "Nhật ký (nguồn) - ";

export const H = dictionary({
  __proto__: null,
  // Cấu hình
  param: "Tham số",
  value: "Giá trị",
  note: "Ghi chú",
  // Cán bộ
  cadreCode: "Mã CB",
  fullName: "Họ và tên",
  position: "Chức vụ",
  office: "Đơn vị công tác",
  cadreTarget: "Chỉ tiêu (ngày)",
  applyFrom: "Áp dụng từ",
  applyTo: "Áp dụng đến",
  email: "Email",
  // Đơn vị
  unitCode: "Mã ĐV",
  unitName: "Tên đơn vị",
  unitType: "Loại đơn vị",
  parent: "Trực thuộc",
  cluster: "Cụm thi đua",
  unitEmail: "Email phụ trách",
  activeTo: "Hoạt động đến",
  mergedInto: "Sáp nhập vào",
  // Danh mục
  activity: "Hình thức",
  // Nhật ký
  seq: "STT",
  dateFrom: "Ngày đi",
  dateTo: "Ngày về",
  cadre: "Cán bộ",
  unit: "Đơn vị đến",
  days: "Số ngày",
  content: "Nội dung, kết quả",
  reportDate: "Ngày báo cáo",
  checkStatus: "Kết quả kiểm tra",
  checkDetail: "Chi tiết kiểm tra",
  // Tiêu chí
  criterionCode: "Mã TC",
  criterionName: "Tên tiêu chí",
  maxScore: "Điểm tối đa",
  vetoScore: "Điểm liệt",
  criterionGroup: "Nhóm",
  topMinimum: "Tối thiểu để HTXSNV",
  // Tạm miễn (Cán bộ, Lý do as above)
  exemptFrom: "Từ ngày",
  exemptTo: "Đến ngày",
  // Chỉ tiêu theo cấp
  tier: "Cấp",
  tierMinimum: "Số ngày tối thiểu",
  // Chấm điểm
  finalLevel: "Xếp loại cuối cùng",
  evidence: "Minh chứng",
  // Tiến độ chỉ tiêu
  q1: "Quý I",
  q2: "Quý II",
  q3: "Quý III",
  q4: "Quý IV",
  h1: "6 tháng",
  m9: "9 tháng",
  totalDays: "Tổng số ngày",
  exemptDays: "Số ngày tạm miễn",
  tierShortfall: "Còn thiếu theo cấp",
  target: "Chỉ tiêu",
  ratio: "Tỷ lệ",
  expectedSoFar: "Cần đạt đến nay",
  shortfall: "Còn thiếu",
  unitsVisited: "Số đơn vị đã đến",
  assessment: "Đánh giá",
  // Xếp loại
  selfScore: "Điểm tự chấm",
  totalScore: "Tổng điểm",
  rank: "Xếp hạng",
  level: "Xếp loại",
  reason: "Lý do",
  // Lịch sử chạy
  runAt: "Thời điểm",
  runBy: "Người chạy",
  command: "Lệnh",
  result: "Kết quả",
  // Nguồn dữ liệu
  sourceName: "Tên nguồn",
  sourceLink: "Liên kết",
  sourceStatus: "Trạng thái",
  sourceUpdated: "Cập nhật lúc",
  snapshotSource: "Nguồn",
  snapshotRow: "Dòng gốc",
  // The fingerprint sheet (SPEC §15)
  rowHash: "Mã dòng",
  // The locked reports (SPEC §14): the report description in parts of one cell each
  reportPart: "Phần",
  reportData: "Dữ liệu báo cáo",
  // The dropdowns' lists of current names (SPEC §12)
  currentUnits: "Đơn vị đang hoạt động",
  currentCadres: "Cán bộ đang áp dụng",
} as const);

/** Settings parameter names (SPEC §2, `Cấu hình`). */
export const P = dictionary({
  __proto__: null,
  year: "Năm",
  from: "Từ ngày",
  to: "Đến ngày",
  target: "Chỉ tiêu (ngày)",
  asOf: "Ngày tính tiến độ",
  halfDays: "Cho phép nửa ngày",
  reportDeadline: "Hạn báo cáo (ngày)",
  thresholdTop: "Ngưỡng HTXSNV (%)",
  thresholdGood: "Ngưỡng HTTNV (%)",
  thresholdPass: "Ngưỡng HTNV (%)",
  capPercent: "Tỷ lệ HTXSNV tối đa (%)",
  capBase: "Tỷ lệ tính trên",
  capMode: "Khi vượt tỷ lệ",
  vetoMaxLevel: "Xếp loại tối đa khi dưới điểm liệt",
  groupBy: "Nhóm xếp loại theo",
  adminEmails: "Email quản trị",
  // Part II (SPEC §10); the report's settings are REPORT_SETTINGS (src/text/report.ts).
  planTolerance: "Lệch kế hoạch cho phép (ngày)",
  planRequired: "Bắt buộc có trong kế hoạch",
} as const);

export const CHECK_STATUS = { ok: "Hợp lệ", warning: "Cảnh báo", error: "Lỗi" } as const;

export const ASSESSMENT = {
  notApplicable: "Không áp dụng",
  reached: "Đạt",
  notStarted: "Chưa đến kỳ",
  failed: "Không đạt",
  onTrack: "Đúng tiến độ",
  behind: "Chậm tiến độ",
} as const;

export const LEVEL = {
  top: { code: "HTXSNV", name: "Hoàn thành xuất sắc nhiệm vụ" },
  good: { code: "HTTNV", name: "Hoàn thành tốt nhiệm vụ" },
  pass: { code: "HTNV", name: "Hoàn thành nhiệm vụ" },
  fail: { code: "KHTNV", name: "Không hoàn thành nhiệm vụ" },
} as const;
export const NOT_RATED = "Chưa xếp loại";

export const CAP_BASE = { rated: "Số đơn vị được xếp loại", goodOrAbove: "Số đơn vị HTTNV trở lên" } as const;
export const CAP_MODE = { warn: "Cảnh báo", downgrade: "Hạ loại" } as const;
export const GROUP_BY = { parent: "Trực thuộc", cluster: "Cụm thi đua", all: "Toàn bộ" } as const;

/** Activity list of SPEC §1, written into `Danh mục` by `Tạo bảng mẫu`. */
export const ACTIVITIES = [
  "Khảo sát, nắm tình hình đoàn viên thanh niên",
  "Dự sinh hoạt chi đoàn",
  "Kiểm tra chuyên đề",
  "Kiểm tra 6 tháng / 9 tháng",
  "Giám sát công trình, phần việc thanh niên",
  "Dự hội nghị BCH/BTV cơ sở",
  "Hướng dẫn, hỗ trợ tổ chức hoạt động",
] as const;
