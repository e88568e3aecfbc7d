// A table on a sheet found by its header names (SPEC §2): the header may sit in any of the first 5
// rows, columns may be reordered or renamed by case, and extra columns are left alone.
import { readRecords, type Cell, type RecordInput } from "../domain";
import { SHEET_MSG } from "../text";
import { UserError } from "./errors";
import { ensureSize, TEXT_FORMAT } from "./write";

export type Table = {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  name: string;
  /** Every cell of the sheet's data range, read in one batch. */
  values: Cell[][];
  /** 0-based index in `values` of the header row; sheet row = headerRow + 1. */
  headerRow: number;
  /** 0-based column of each wanted header found. */
  columns: Record<string, number | undefined>;
  /** One record per row below the header, cells keyed by wanted header, `row` = sheet row. */
  records: RecordInput[];
};

export function getSheetOrFail(book: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string) {
  const sheet = book.getSheetByName(name);
  if (!sheet) throw new UserError(SHEET_MSG.missingSheet(name));
  return sheet;
}

/** Reads `sheet` in one batch and locates `wanted` headers; a missing `required` one stops the command. */
export function readTable(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  wanted: readonly string[],
  required: readonly string[],
  name = sheet.getName(),
): Table {
  const values = sheet.getDataRange().getValues() as Cell[][];
  const found = readRecords(values, wanted, required);
  if (!found.ok) throw new UserError(SHEET_MSG.missingHeaders(name, found.missing));
  return { sheet, name, values, headerRow: found.headerRow, columns: found.columns, records: found.records };
}

/** The table of the sheet called `name`; a missing sheet or header stops the command. */
export function readNamedTable(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  wanted: readonly string[],
  required: readonly string[],
): Table {
  return readTable(getSheetOrFail(book, name), wanted, required, name);
}

/**
 * Appends the `headers` the table lacks right of its widest row, in one write, and records their
 * columns; returns how many were added. Used for the result columns SPEC §2 lets us add.
 */
export function appendMissingHeaders(
  t: Pick<Table, "sheet" | "headerRow" | "columns" | "values">,
  headers: readonly string[],
): number {
  const missing = headers.filter((h) => t.columns[h] === undefined);
  if (!missing.length) return 0;
  const width = Math.max(0, ...t.values.map((r) => r.length));
  ensureSize(t.sheet, t.headerRow + 1, width + missing.length);
  const cells = t.sheet.getRange(t.headerRow + 1, width + 1, 1, missing.length);
  cells
    .setNumberFormat(TEXT_FORMAT)
    .setValues([[...missing]])
    .setFontWeight("bold");
  missing.forEach((h, i) => {
    t.columns[h] = width + i;
  });
  for (const r of t.values) while (r.length < width + missing.length) r.push("");
  return missing.length;
}
