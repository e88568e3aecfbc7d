// The visit log is every tab whose name starts with `Nhật ký` (SPEC §7), read in tab order.
// Only its two result columns are ever written; they are appended when missing (SPEC §2).
import { foldText, LOG_FIELDS, toLogRow, type LogField, type LogTab, type RowResult } from "../domain";
import {
  COLUMNS,
  H,
  LOG_TAB_PREFIX,
  OFFICE_TAB_PREFIX,
  REQUIRED,
  SHEET,
  SHEET_MSG,
  SNAPSHOT_TAB_PREFIX,
} from "../text";
import { UserError } from "./errors";
import { canEditSheet } from "./permissions";
import { tintLogRows } from "./status-colors";
import { appendMissingHeaders, readTable, type Table } from "./table";
import { makeBlock, writeBlock } from "./write";

const RESULT_HEADERS = [H.checkStatus, H.checkDetail] as const;
const LOG_WANTED = [...COLUMNS.log, H.snapshotSource, H.snapshotRow];

/** A log tab; `editable` is false when a protection keeps the current user from writing its results. */
export type LogSheet = Table & { statusCol: number; detailCol: number; editable: boolean };

export function isLogTabName(name: string): boolean {
  return foldText(name).startsWith(foldText(LOG_TAB_PREFIX));
}

/** An office's own log tab, `Nhật ký - <Đơn vị công tác>`. */
export function isOfficeTabName(name: string): boolean {
  return foldText(name).startsWith(foldText(OFFICE_TAB_PREFIX));
}

/** A copy of another book's log made by `Tổng hợp từ file khác`. */
export function isSnapshotTabName(name: string): boolean {
  return foldText(name).startsWith(foldText(SNAPSHOT_TAB_PREFIX));
}

export function logSheets(book: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet[] {
  return book.getSheets().filter((s) => isLogTabName(s.getName()));
}

/** Reads one log tab; appends the result columns it lacks, right of its last column, when it may. */
export function readLogSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, editable = canEditSheet(sheet)): LogSheet {
  const t = readTable(sheet, LOG_WANTED, REQUIRED.log);
  const missing = RESULT_HEADERS.filter((h) => t.columns[h] === undefined);
  if (missing.length && !editable) return { ...t, statusCol: -1, detailCol: -1, editable };
  appendMissingHeaders(t, RESULT_HEADERS);
  return { ...t, statusCol: t.columns[H.checkStatus]!, detailCol: t.columns[H.checkDetail]!, editable };
}

export function readLogSheets(book: GoogleAppsScript.Spreadsheet.Spreadsheet): LogSheet[] {
  const sheets = logSheets(book);
  if (!sheets.length) throw new UserError(SHEET_MSG.missingSheet(SHEET.log));
  return sheets.map((s) => readLogSheet(s));
}

/** The engine's view of a log tab: its rows and which input columns it has. */
export function toLogTab(t: LogSheet): LogTab {
  const columns = (Object.keys(LOG_FIELDS) as LogField[]).filter((f) => t.columns[LOG_FIELDS[f]] !== undefined);
  return { name: t.name, rows: t.records.map(toLogRow), columns };
}

/**
 * Writes `Kết quả kiểm tra` / `Chi tiết kiểm tra` for the sheet rows firstRow…lastRow in one batch
 * per column pair (one when the two columns are side by side); rows without a result are blanked.
 */
export function writeCheckResults(
  t: LogSheet,
  results: ReadonlyMap<number, RowResult>,
  firstRow = t.headerRow + 2,
  lastRow = t.values.length,
): void {
  if (lastRow < firstRow || !t.editable) return;
  const status: string[][] = [];
  const detail: string[][] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const r = results.get(row);
    status.push([r ? r.status : ""]);
    detail.push([r ? r.detail : ""]);
  }
  if (t.detailCol === t.statusCol + 1) {
    writeBlock(t.sheet, firstRow, t.statusCol + 1, makeBlock(status.map((s, i) => [s[0], detail[i][0]])));
  } else {
    writeBlock(t.sheet, firstRow, t.statusCol + 1, makeBlock(status));
    writeBlock(t.sheet, firstRow, t.detailCol + 1, makeBlock(detail));
  }
}

/** Results of the whole tab and its row tint (one rule set per tab). */
export function writeTabResults(t: LogSheet, results: readonly RowResult[]): void {
  const byRow = new Map(results.filter((r) => r.tab === t.name).map((r) => [r.row, r]));
  writeCheckResults(t, byRow);
  const lastCol = Math.max(t.statusCol, t.detailCol, ...t.values.map((r) => r.length - 1)) + 1;
  tintLogRows(t.sheet, t.headerRow + 2, t.statusCol + 1, lastCol);
}
