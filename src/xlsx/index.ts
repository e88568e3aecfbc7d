// .xlsx ↔ LocalSpreadsheet: load a workbook file into the in-memory spreadsheet, save it back (native zlib, no workbook library).
export { loadXlsx, metaFromKeywords, XlsxError, DEFAULT_LOCALE, DEFAULT_TIME_ZONE } from "./read";
export type { LoadOptions, XlsxProblem } from "./read";
export { saveXlsx, xlsxBytes } from "./write";
export type { SaveOptions, SaveReport } from "./write";
export { formatFromXlsx, formatToXlsx } from "./format";
export { unpackedSize } from "./zip";
