// Period lock (SPEC §15): the register's headers and every message about locked periods.
import { dictionary } from "./dictionary";
import { adminNeeded, formatCount } from "./pieces";

export const LOCK_SHEET = {
  register: "Kỳ đã chốt",
} as const;

/** Every `Chốt <kỳ>` sheet starts with this. */
export const LOCK_SHEET_PREFIX = "Chốt ";

export const LH = dictionary({
  __proto__: null,
  period: "Kỳ",
  from: "Từ ngày",
  to: "Đến ngày",
  asOf: "Tính đến ngày",
  lockedAt: "Chốt lúc",
  lockedBy: "Người chốt",
  sheet: "Trang tính",
  rows: "Số dòng",
} as const);

export const LOCK_TEXT = dictionary({
  __proto__: null,
  /** Log warning on a counted row of a locked period that the fingerprint does not hold. */
  changedRow: (period: string) =>
    `Thêm hoặc sửa sau khi chốt: thuộc kỳ đã chốt ${period} — số liệu đã báo cáo không gồm dòng này ` +
    `(nếu cần, báo lại cấp trên hoặc chốt lại kỳ)`,
  /** Command summary and `Tổng hợp`. */
  changedCount: (period: string, n: number) => `Kỳ ${period}: ${formatCount(n)} dòng đã thay đổi sau khi chốt`,
  /** Title line of a `Chốt <kỳ>` sheet. */
  title: (at: string, by: string, asOf: string) => `Chốt lúc ${at}, bởi ${by}, số liệu tính đến ngày ${asOf}`,
} as const);

/** Messages of `Chốt số liệu` (SPEC §15). */
export const LOCK_MSG = dictionary({
  __proto__: null,
  adminOnly: (me: string) => `Chốt số liệu cần ${adminNeeded(me)}; chưa có gì được ghi.`,
  notEnded: (period: string, end: string, asOf: string) =>
    `Kỳ ${period} chưa kết thúc (đến ngày ${end}); số liệu sẽ chốt tính đến ngày ${asOf}. ` +
    `Những chuyến đi ghi thêm sau đó sẽ bị cảnh báo là thay đổi sau khi chốt. Vẫn chốt?`,
  again: (period: string, sheet: string, on: string, renamed: string) =>
    `Kỳ ${period} đã chốt ngày ${on} (trang «${sheet}»). Chốt lại sẽ lưu số liệu mới; trang cũ được giữ ` +
    `với tên «${renamed}». Chốt lại?`,
  againWithoutSheet: (period: string, on: string) =>
    `Kỳ ${period} đã chốt ngày ${on} (theo «${LOCK_SHEET.register}»; trang chốt của lần đó không còn). Chốt lại sẽ lưu ` +
    `số liệu mới thay dấu của kỳ. Chốt lại?`,
  done: (period: string, sheet: string, rows: number) =>
    `Đã chốt số liệu ${period} vào trang «${sheet}» (${formatCount(rows)} dòng nhật ký được tính).`,
  renamed: (sheet: string) => ` Trang chốt trước được giữ với tên «${sheet}».`,
} as const);
