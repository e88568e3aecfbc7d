// .xlsx ↔ LocalSpreadsheet with exceljs: load a workbook file into the in-memory spreadsheet, save it back.
export { loadXlsx, metaFromKeywords, XlsxError, DEFAULT_LOCALE, DEFAULT_TIME_ZONE } from "./read";
export type { LoadOptions, XlsxProblem } from "./read";
export { saveXlsx, xlsxBytes } from "./write";
export type { SaveReport } from "./write";
export { formatFromXlsx, formatToXlsx } from "./format";
