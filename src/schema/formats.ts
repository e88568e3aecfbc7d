// Number formats and column widths shared by the schemas.
export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "dd/MM/yyyy";
export const DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm:ss";
export const TIME_FORMAT = "dd/MM/yyyy HH:mm";
export const DAYS_FORMAT = "0.0";
export const SCORE_FORMAT = "0.00";
export const WHOLE_FORMAT = "0";
export const PERCENT_FORMAT = "0.0%";
export const SCORE_PERCENT_FORMAT = "0.00%";

/** Widths in pixels: wide enough for the values a Vietnamese office types (SPEC §17). */
export const WIDTH = {
  seq: 50,
  code: 80,
  number: 90,
  date: 100,
  status: 120,
  short: 160,
  name: 200,
  unit: 240,
  level: 230,
  email: 220,
  /** `Lịch sử chạy`: time, email and caption alike. */
  log: 200,
  text: 320,
  detail: 420,
} as const;
