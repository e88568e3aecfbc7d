// The visit log is every tab whose name starts with `Nhật ký` (SPEC §7), read in tab order without
// writing. Only its two result columns are ever written, in the write phase; they are appended
// there when missing (SPEC §2).
import { foldText, logTabOf, oncePer, type LogTab, type RowResult } from "../domain";
import { LOG, type LogField } from "../schema";
import { FORM_FINDING, LOG_TAB_PREFIX, OFFICE_TAB_PREFIX, SHEET_MSG, SNAPSHOT_TAB_PREFIX } from "../text";
import { UserError } from "./errors";
import { bookSheets, nameOf } from "./book-sheets";
import { canEditSheet } from "./permissions";
import { planLogTint } from "./status-colors";
import { isFormTabName } from "./forms/read-responses";
import { ensureColumns, readTable, tryReadTable, type Table } from "./table";
import { textBlock, writeBlock } from "./write";
import type { Area, WritePlan } from "./write-plan";

/** A log tab; `editable` is false when a protection keeps the current user from writing its results. */
export type LogSheet = Table<LogField> & { editable: boolean };

const startsWith = (prefix: string) => (name: string) => foldText(name).startsWith(foldText(prefix));

export const isLogTabName = startsWith(LOG_TAB_PREFIX);
/** An office's own log tab, `Nhật ký - <Đơn vị công tác>`. */
export const isOfficeTabName = startsWith(OFFICE_TAB_PREFIX);
/** A copy of another book's log made by `Tổng hợp từ file khác`. */
export const isSnapshotTabName = startsWith(SNAPSHOT_TAB_PREFIX);

/** The log tabs, in tab order, with their names. */
export function logSheets(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string }[] {
  return bookSheets(book)
    .list()
    .filter((s) => isLogTabName(s.name));
}

export function readLogSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, name = nameOf(sheet)): LogSheet {
  return withEditable(readTable(sheet, LOG, {}, name));
}

/**
 * The table with `editable`, its sheet's protections read the first time it is asked (in the read
 * phase: only for the tabs the command plans to write).
 */
export function withEditable<T extends { sheet: GoogleAppsScript.Spreadsheet.Sheet }>(t: T): T & { editable: boolean } {
  return Object.defineProperty(t, "editable", { get: () => canEditSheet(t.sheet), enumerable: true }) as T & {
    editable: boolean;
  };
}

/**
 * Every log tab, read; a missing required header stops the command — except on a response tab of the
 * phone form (a question retitled by hand), which is left out with a warning in `skipped` (SPEC §16).
 */
export function readLogSheets(book: GoogleAppsScript.Spreadsheet.Spreadsheet, skipped: string[] = []): LogSheet[] {
  const sheets = logSheets(book);
  if (!sheets.length) throw new UserError(SHEET_MSG.missingSheet(LOG.sheet));
  return sheets.flatMap((s) => {
    if (!isFormTabName(s.name)) return [readLogSheet(s.sheet, s.name)];
    const read = tryReadTable(s.sheet, LOG, {}, s.name);
    if (read.ok) return [withEditable(read.table)];
    skipped.push(FORM_FINDING.tabSkipped(s.name, read.missing));
    return [];
  });
}

/** The engine's view of a log tab. */
export const toLogTab = (t: LogSheet): LogTab => logTabOf(t.name, t);

const RESULT_FIELDS = ["checkStatus", "checkDetail"] as const;

/** The result cells of sheet rows firstRow…lastRow: one area, or two when the columns are apart. */
export function resultAreas(status: number, detail: number, firstRow: number, lastRow: number): Area[] {
  const rows = lastRow - firstRow + 1;
  if (detail === status + 1) return [{ row: firstRow, col: status + 1, rows, cols: 2 }];
  return [status, detail].map((c) => ({ row: firstRow, col: c + 1, rows, cols: 1 }));
}

/**
 * Writes a status / detail column pair (`Kết quả kiểm tra` / `Chi tiết kiểm tra`, or a plan tab's
 * `Kết quả đối chiếu` / `Chi tiết đối chiếu`) for the sheet rows firstRow…lastRow in one batch per
 * column pair (one when the two columns are side by side); rows without a result are blanked.
 */
export function writeResultPair(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  cols: { checkStatus: number; checkDetail: number },
  results: ReadonlyMap<number, { status: string; detail: string }>,
  firstRow: number,
  lastRow: number,
): void {
  const pairs: string[][] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const r = results.get(row);
    pairs.push(r ? [r.status, r.detail] : ["", ""]);
  }
  if (cols.checkDetail === cols.checkStatus + 1) {
    writeBlock(sheet, firstRow, cols.checkStatus + 1, textBlock(pairs));
  } else {
    const status = pairs.map((p) => [p[0]]);
    const detail = pairs.map((p) => [p[1]]);
    writeBlock(sheet, firstRow, cols.checkStatus + 1, textBlock(status));
    writeBlock(sheet, firstRow, cols.checkDetail + 1, textBlock(detail));
  }
}

/** Each tab's results by sheet row, grouped once per list of results (every log tab of a command asks). */
const resultsByTab = oncePer((results: readonly RowResult[]) => {
  const byTab = new Map<string, Map<number, RowResult>>();
  for (const r of results) {
    let byRow = byTab.get(r.tab);
    if (!byRow) byTab.set(r.tab, (byRow = new Map()));
    byRow.set(r.row, r);
  }
  return byTab;
});
const NO_RESULTS: ReadonlyMap<number, RowResult> = new Map();

const resultsOf = (results: readonly RowResult[], tab: string): ReadonlyMap<number, RowResult> =>
  resultsByTab(results).get(tab) ?? NO_RESULTS;

/** Plans the results of the whole tab (its result headers first when missing) and its row tint. */
export function planTabResults(plan: WritePlan, t: LogSheet, results: readonly RowResult[]): void {
  const cols = ensureColumns(plan, t, RESULT_FIELDS);
  const byRow = resultsOf(results, t.name);
  const first = t.headerRow + 2;
  const last = t.values.length;
  const lastCol = Math.max(cols.checkStatus + 1, cols.checkDetail + 1, t.width);
  const tint = planLogTint(t.sheet, first, cols.checkStatus + 1, lastCol, plan.tints);
  plan.add({
    sheet: t.name,
    checked: t.sheet,
    areas: last >= first ? resultAreas(cols.checkStatus, cols.checkDetail, first, last) : [],
    write: () => {
      if (last >= first) writeResultPair(t.sheet, cols, byRow, first, last);
    },
  });
  // Sheets refuses a rule over cells a protection keeps from the user: the colours are then left as they are.
  if (tint) plan.add({ sheet: t.name, checked: t.sheet, areas: [tint.cells], optional: true, write: tint.write });
}

/**
 * onEdit's plan: the result cells of the edited rows first…last, only when the tab already has both
 * result columns (onEdit adds no header) and the user may write them.
 */
export function planEditedRows(
  plan: WritePlan,
  t: LogSheet,
  results: readonly RowResult[],
  first: number,
  last: number,
): void {
  const status = t.columns.checkStatus;
  const detail = t.columns.checkDetail;
  if (status === undefined || detail === undefined || !t.editable || last < first) return;
  const byRow = resultsOf(results, t.name);
  const cols = { checkStatus: status, checkDetail: detail };
  plan.add({
    sheet: t.name,
    checked: t.sheet,
    areas: resultAreas(status, detail, first, last),
    write: () => writeResultPair(t.sheet, cols, byRow, first, last),
  });
}
