// Period lock (SPEC §15): the register's headers and every message about locked periods.

export const LOCK_SHEET = {
  register: "Kỳ đã chốt",
} as const;

/** Every `Chốt <kỳ>` sheet starts with this. */
export const LOCK_SHEET_PREFIX = "Chốt ";

export const LH = {
  period: "Kỳ",
  from: "Từ ngày",
  to: "Đến ngày",
  asOf: "Tính đến ngày",
  lockedAt: "Chốt lúc",
  lockedBy: "Người chốt",
  sheet: "Trang tính",
  rows: "Số dòng",
} as const;

export const LOCK_TEXT = {
  /** Log warning on a counted row of a locked period that the fingerprint does not hold. */
  changedRow: (period: string) =>
    `Thêm hoặc sửa sau khi chốt: thuộc kỳ đã chốt ${period} — số liệu đã báo cáo không gồm dòng này ` +
    `(nếu cần, báo lại cấp trên hoặc chốt lại kỳ)`,
  /** Command summary and `Tổng hợp`. */
  changedCount: (period: string, n: number) => `Kỳ ${period}: ${n} dòng đã thay đổi sau khi chốt`,
  /** Title line of a `Chốt <kỳ>` sheet. */
  title: (at: string, by: string, asOf: string) => `Chốt lúc ${at}, bởi ${by}, số liệu tính đến ngày ${asOf}`,
} as const;
