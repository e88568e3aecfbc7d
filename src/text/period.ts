// Words for report periods (SPEC §14): the wording of the document, its name and the `Chốt` sheets.
import { dictionary } from "./dictionary";

export const QUARTER_ROMAN = ["I", "II", "III", "IV"] as const;

export const PERIOD_TEXT = dictionary({
  __proto__: null,
  quarter: (q: number, year: number) => `quý ${QUARTER_ROMAN[q - 1]} năm ${year}`,
  firstHalf: (year: number) => `6 tháng đầu năm ${year}`,
  nineMonths: (year: number) => `9 tháng đầu năm ${year}`,
  year: (year: number) => `năm ${year}`,
  range: (from: string, to: string) => `từ ngày ${from} đến ngày ${to}`,
  /** Short forms for sheet names ("Chốt quý I 2025", "Chốt 01.04–30.06.2025"). */
  shortQuarter: (q: number, year: number) => `quý ${QUARTER_ROMAN[q - 1]} ${year}`,
  shortFirstHalf: (year: number) => `6 tháng ${year}`,
  shortNineMonths: (year: number) => `9 tháng ${year}`,
  shortYear: (year: number) => `năm ${year}`,
  example: "Quý I, Quý II, Quý III, Quý IV, 6 tháng, 9 tháng, Cả năm, hoặc 01/04/2025 - 30/06/2025",
} as const);

export const PERIOD_MSG = dictionary({
  __proto__: null,
  unreadable: (answer: string) =>
    `Không hiểu kỳ «${answer}». Gõ một trong: ${PERIOD_TEXT.example} (ngày viết ngày/tháng/năm).`,
  impossible: (answer: string) =>
    `Kỳ «${answer}» có ngày không có trên lịch — kiểm tra lại ngày và tháng (viết ngày/tháng/năm, ví dụ 30/06/2025).`,
  reversed: (from: string, to: string) =>
    `Kỳ từ ${from} đến ${to}: ngày bắt đầu sau ngày kết thúc — gõ ngày sớm hơn trước, ví dụ 01/04/2025 - 30/06/2025.`,
  outside: (period: string, window: string) =>
    `Kỳ ${period} nằm ngoài khoảng tính ${window} (tham số «Từ ngày», «Đến ngày», «Năm» của trang «Cấu hình») — chọn kỳ khác hoặc sửa khoảng tính.`,
  notStarted: (period: string, asOf: string) =>
    `Kỳ ${period} chưa bắt đầu tính đến ngày ${asOf} (tham số «Ngày tính tiến độ») — chọn kỳ đã bắt đầu hoặc sửa ngày tính tiến độ.`,
} as const);
