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
