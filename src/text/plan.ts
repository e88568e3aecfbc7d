// Visit plan (SPEC §10): sheet names, headers, statuses and every message about plan rows.
import { H } from "./sheets";
import { dictionary } from "./dictionary";
import { DATE_HINT, formatCount, q } from "./pieces";

export const PLAN_SHEET = {
  plan: "Kế hoạch đi cơ sở",
  tracking: "Theo dõi kế hoạch",
} as const;

/** Office plan tab: exactly `Kế hoạch - <Đơn vị công tác>` (a tab merely starting with "Kế hoạch" is not a plan tab). */
export const PLAN_OFFICE_TAB_PREFIX = "Kế hoạch - ";

export const PH = dictionary({
  __proto__: null,
  seq: H.seq,
  cadre: H.cadre,
  unit: H.unit,
  from: "Từ ngày",
  to: "Đến ngày",
  content: "Nội dung dự kiến",
  note: "Ghi chú",
  status: "Kết quả đối chiếu",
  detail: "Chi tiết đối chiếu",
  // Theo dõi kế hoạch
  trips: "Số chuyến đăng ký",
  plannedDays: "Số ngày đăng ký",
  done: "Đã thực hiện",
  missed: "Chưa thực hiện",
  notDue: "Chưa đến hạn",
  offPlan: "Ngoài kế hoạch",
  doneRatio: "Tỷ lệ thực hiện",
} as const);

export const PLAN_STATUS = dictionary({
  __proto__: null,
  done: "Đã thực hiện",
  missed: "Chưa thực hiện",
  notDue: "Chưa đến hạn",
  error: "Lỗi",
} as const);

const rowAt = (tab: string, row: number) => `dòng ${row} trang ${q(tab)}`;

/** Findings on a plan row and on the log rows it is compared with. */
export const PLAN_TEXT = dictionary({
  __proto__: null,
  fromMissing: () => `Thiếu ${PH.from} — ${DATE_HINT}`,
  dateOrder: (from: string, to: string) => `${PH.to} ${to} trước ${PH.from} ${from} — kiểm tra lại hai ngày`,
  outsideWindow: (window: string) =>
    `Chuyến đi dự kiến nằm ngoài khoảng tính ${window} — sửa ngày hoặc xóa dòng khỏi kế hoạch`,
  done: (tab: string, row: number, range: string) => `Đã đi theo ${rowAt(tab, row)} (${range})`,
  missed: (deadline: string) => `Quá hạn ${deadline} mà chưa có chuyến đi tương ứng trong nhật ký`,
  notDue: (deadline: string) => `Còn hạn đến ${deadline}`,
  /** Log warning when `Bắt buộc có trong kế hoạch` = Có. */
  offPlan: () =>
    `Chuyến đi không có trong ${PLAN_SHEET.plan} — đăng ký chuyến đi trong trang ${q(PLAN_SHEET.plan)} hoặc trang kế hoạch của đơn vị`,
  /** The line of `Tổng hợp` (SPEC §10). */
  summaryLine: (planned: number, subject: number, complete: number, due: number) =>
    `${formatCount(planned)}/${formatCount(subject)} cán bộ đã đăng ký kế hoạch; ${formatCount(complete)}/${formatCount(due)} đã thực hiện đủ các chuyến đến hạn`,
} as const);
