// Pieces of wording shared by several message tables (one copy in the bundle).

/**
 * 9.990.000: a count as Vietnamese write it, as `toLocaleString("vi-VN")` does, grouped here for whole
 * numbers (the first Intl number format of a process costs ~10 ms, a tenth of a small runner job).
 */
export const formatCount = (count: number): string =>
  Number.isSafeInteger(count) && !Object.is(count, -0)
    ? String(count).replace(/\B(?=(\d{3})+$)/g, ".")
    : count.toLocaleString("vi-VN");

export const q = (v: string) => `«${v}»`;
export const list = (xs: readonly string[]) => xs.join(", ");
export const at = (sheet: string, row?: number) => (row ? `Trang ${q(sheet)} dòng ${row}: ` : `Trang ${q(sheet)}: `);
export const DATE_HINT = "nhập dạng dd/mm/yyyy, ví dụ 15/03/2025";

/** Who may run an admin command, and who is running this one: the end of "… cần quản trị viên (…)". */
export const adminNeeded = (me: string) =>
  `quản trị viên (chủ tệp hoặc người có email trong tham số «Email quản trị» của trang «Cấu hình»). ` +
  `Tài khoản đang chạy: ${me || "(không rõ)"}. Nhờ quản trị viên chạy lệnh này`;
