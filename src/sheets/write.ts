// Batch writes that keep text as text (SPEC §9): Sheets reinterprets strings given to setValues
// ("=…" becomes a formula, "001" becomes 1), so every string cell is written under the plain-text
// format "@", set in the same batch before the values.
import { widestRow, type Cell } from "../domain";
import { DATE_FORMAT, DAYS_FORMAT, TEXT_FORMAT, WHOLE_FORMAT } from "../schema";
import { colsOf, frozenRowsOf, resizedTo, sizeOf } from "./book-sheets";

export type Block = {
  values: Cell[][];
  formats: string[][];
  /** Bold cells, set with the values on the same range. */
  weights?: ("bold" | "normal")[][];
  /** Wrapped cells (long text, SPEC §17). */
  wraps?: boolean[][];
};

/**
 * Number format for one cell: strings always "@", dates dd/MM/yyyy, numbers their column's format —
 * but a whole-number column never hides a fraction (a cadre's own `Chỉ tiêu` of 22,5 days): it shows
 * the tenth of a day days are judged at (SPEC §2: the value shown is the value judged).
 */
function formatFor(value: Cell, numberFormat = "General"): string {
  if (typeof value === "string") return TEXT_FORMAT;
  if (value instanceof Date || Object.prototype.toString.call(value) === "[object Date]") return DATE_FORMAT;
  if (numberFormat === WHOLE_FORMAT && typeof value === "number" && !Number.isInteger(value)) return DAYS_FORMAT;
  return numberFormat;
}

/** Number formats of the columns, for every row or row by row. */
export type NumberFormats = readonly (string | undefined)[] | ((row: number) => readonly (string | undefined)[]);

/** A block from rows of values, padded to the widest row, with a format per cell. */
export function makeBlock(rows: Cell[][], numberFormats: NumberFormats = []): Block {
  const width = widestRow(rows, 1);
  const formatsOf = typeof numberFormats === "function" ? numberFormats : () => numberFormats;
  const values: Cell[][] = [];
  const formats: string[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const f = formatsOf(i);
    const line: Cell[] = [];
    const lineFormats: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = r[c] ?? "";
      line.push(v);
      lineFormats.push(formatFor(v, f[c]));
    }
    values.push(line);
    formats.push(lineFormats);
  }
  return { values, formats };
}

/**
 * A block of rows of text, all of one width, written as they are under "@" (a result column pair of
 * a 50,000-row log: no copy of its rows, and one row of formats for all of them).
 */
export function textBlock(rows: string[][]): Block {
  const formats = Array<string>(rows.length ? rows[0].length : 0).fill(TEXT_FORMAT);
  return { values: rows, formats: rows.map(() => formats) };
}

/** Grows the sheet so that rows × cols fit: the real service throws on a range outside the grid. */
export function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, cols: number): void {
  const { rows: maxRows, cols: maxCols } = sizeOf(sheet);
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  resizedTo(sheet, { rows: Math.max(rows, maxRows), cols: Math.max(cols, maxCols) });
}

/** Grows the sheet to `cols` columns when it has fewer (the rows are known to fit). */
export function ensureWidth(sheet: GoogleAppsScript.Spreadsheet.Sheet, cols: number): void {
  const maxCols = colsOf(sheet);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  resizedTo(sheet, { cols: Math.max(cols, maxCols) });
}

/** Rows an output sheet keeps at least, so that its charts and a few added lines always fit. */
const MIN_OUTPUT_ROWS = 60;

/** The rows fitSheet gives a sheet of `rows` rows of content. */
export const sheetRows = (rows: number) => Math.max(rows + 1, MIN_OUTPUT_ROWS);

/**
 * Sizes an output or snapshot sheet to its content: max(rows + 1, MIN_OUTPUT_ROWS) rows and exactly
 * `cols` columns (a new sheet's 26 default columns are not kept: the book's 10,000,000-cell limit counts
 * every cell of the grid). It shrinks before it grows, so the book never holds more cells than before or
 * after; a sheet of the right size takes no call. With `evenCalls` (a sheet as long as the data it
 * copies) rows always take one delete and one insert, so the calls do not depend on the length.
 */
export function fitSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: number,
  cols: number,
  evenCalls = false,
): void {
  const target = sheetRows(rows);
  const { rows: maxRows, cols: maxCols } = sizeOf(sheet);
  const width = Math.max(1, cols);
  // Rows kept by the delete: at least one more than the frozen ones (Sheets keeps one unfrozen row).
  const keep = Math.min(maxRows, target) - (evenCalls ? 1 : 0);
  const shrinkFirst = keep > frozenRowsOf(sheet);
  if (shrinkFirst && keep < maxRows) sheet.deleteRows(keep + 1, maxRows - keep);
  if (maxCols > width) sheet.deleteColumns(width + 1, maxCols - width);
  if (shrinkFirst) {
    if (target > keep) sheet.insertRowsAfter(keep, target - keep);
  } else {
    const grown = Math.max(maxRows + 1, target + 1);
    sheet.insertRowsAfter(maxRows, grown - maxRows);
    sheet.deleteRows(target + 1, grown - target);
  }
  if (maxCols < width) sheet.insertColumnsAfter(maxCols, width - maxCols);
  resizedTo(sheet, { rows: target, cols: width });
}

/** Writes a block at (row, col), 1-based: one format call and one value call (and its styles). */
export function writeBlock(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, col: number, block: Block): void {
  if (block.values.length === 0) return;
  const range = sheet.getRange(row, col, block.values.length, block.values[0].length);
  range.setNumberFormats(block.formats);
  range.setValues(block.values as unknown[][]);
  if (block.weights) range.setFontWeights(block.weights);
  if (block.wraps) range.setWraps(block.wraps);
}

/** Runs of equal widths: `n` columns from `col` (1-based) are `width` pixels wide; a width not given is left as it is. */
export function widthRuns(widths: readonly (number | undefined)[], firstCol = 1) {
  const runs: { col: number; n: number; width: number }[] = [];
  for (let i = 0; i < widths.length; ) {
    const w = widths[i];
    let n = 1;
    while (i + n < widths.length && widths[i + n] === w) n++;
    if (w) runs.push({ col: firstCol + i, n, width: w });
    i += n;
  }
  return runs;
}

/** Column widths from the fields, one call per run of equal widths (SPEC §17). */
export function setWidths(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  widths: readonly (number | undefined)[],
  firstCol = 1,
): void {
  for (const r of widthRuns(widths, firstCol)) sheet.setColumnWidths(r.col, r.n, r.width);
}
