// A table on a sheet, read through its schema (SPEC §2): one batch read, rows keyed by field, never a
// write. Missing result columns are added by `ensureColumns` as part of a command's write plan.
import { readRows, widestRow, type Cell, type ReadOptions, type SchemaRow } from "../domain";
import { wrapsResult, type Schema } from "../schema";
import { SHEET_MSG } from "../text";
import { UserError } from "./errors";
import { ensureWidth, makeBlock, writeBlock } from "./write";
import type { WritePlan } from "./write-plan";
import { findSheet, nameOf, rowsOf, running } from "./book-sheets";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Table<K extends string> {
  sheet: Sheet;
  name: string;
  schema: Schema<K>;
  /** Every cell of the sheet's data range, read in one batch. */
  values: Cell[][];
  /** 0-based index in `values` of the header row; sheet row = headerRow + 1. */
  headerRow: number;
  /** 0-based column of each field found. */
  columns: Partial<Record<K, number>>;
  /** 0-based column of each extra header found, keyed by folded header. */
  extra: Map<string, number>;
  rows: SchemaRow<K>[];
  /** Columns of the widest row read. */
  width: number;
}

export type TableRead<K extends string> = { ok: true; table: Table<K> } | { ok: false; missing: string[] };

/** Reads `sheet` in one batch under `schema`; reports the missing required headers. Never writes. */
export function tryReadTable<K extends string>(
  sheet: Sheet,
  schema: Schema<K>,
  opts: ReadOptions<K> = {},
  name = nameOf(sheet),
): TableRead<K> {
  return tableOf(sheet, readValues(sheet), schema, opts, name);
}

/**
 * Every cell of the sheet's data range in one call (getDataRange().getValues() is two): -1 rows and
 * columns mean up to the last row and column with data. A sheet without data has no such range: then
 * (or on any other refusal) the data range is read, which gives one blank cell or the service's error.
 */
export function readValues(sheet: Sheet): Cell[][] {
  const snapshot = running();
  if (!snapshot?.reading) return readSheetValues(sheet);
  let values = snapshot.values.get(sheet) as Cell[][] | undefined;
  if (!values) snapshot.values.set(sheet, (values = readSheetValues(sheet)));
  // A fresh list of the same rows: a plan that appends rows to its table leaves the read as read.
  return values.slice();
}

function readSheetValues(sheet: Sheet): Cell[][] {
  try {
    const values = sheet.getSheetValues(1, 1, -1, -1) as Cell[][];
    if (values.length && values[0].length) return values;
  } catch {
    // read below
  }
  return sheet.getDataRange().getValues() as Cell[][];
}

/** The table in values already read from `sheet`. */
export function tableOf<K extends string>(
  sheet: Sheet,
  values: Cell[][],
  schema: Schema<K>,
  opts: ReadOptions<K> = {},
  name = nameOf(sheet),
): TableRead<K> {
  const read = readRows(values, schema, opts);
  if (!read.ok) return read;
  const width = widestRow(values);
  return { ok: true, table: { sheet, name, schema, values, width, ...read } };
}

/** As tryReadTable; a missing required header stops the command. */
export function readTable<K extends string>(
  sheet: Sheet,
  schema: Schema<K>,
  opts: ReadOptions<K> = {},
  name = nameOf(sheet),
): Table<K> {
  const read = tryReadTable(sheet, schema, opts, name);
  if (!read.ok) throw new UserError(SHEET_MSG.missingHeaders(name, read.missing));
  return read.table;
}

function getSheetOrFail(book: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  const sheet = findSheet(book, name);
  if (!sheet) throw new UserError(SHEET_MSG.missingSheet(name));
  return sheet;
}

/** The table of the schema's sheet; a missing sheet or header stops the command. */
export function readSchemaSheet<K extends string>(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  schema: Schema<K>,
  opts: ReadOptions<K> = {},
): Table<K> {
  return readTable(getSheetOrFail(book, schema.sheet), schema, opts, schema.sheet);
}

/** Something with a header row whose columns can be appended to. */
export type Columns = Pick<Table<string>, "sheet" | "headerRow" | "width"> & { name: string };

/**
 * Plans appending `headers` right of the widest row, in one write; returns their 0-based columns.
 * Nothing is written until the plan runs. `t.width` grows so that a later call appends after them.
 */
export function planAppendHeaders(plan: WritePlan, t: Columns, headers: readonly string[]): number[] {
  if (!headers.length) return [];
  const first = t.width;
  t.width += headers.length;
  const { sheet, headerRow } = t;
  plan.add({
    sheet: t.name,
    areas: [{ row: headerRow + 1, col: first + 1, rows: 1, cols: headers.length }],
    // Reads the sheet's size now, so the write sizes it without reading.
    addsCells: plan.cells.grown(t.name, sheet, headerRow + 1, first + headers.length),
    write: () => {
      // The header row is on the sheet: only columns may be missing.
      ensureWidth(sheet, first + headers.length);
      const block = makeBlock([[...headers]]);
      block.weights = [headers.map(() => "bold")];
      writeBlock(sheet, headerRow + 1, first + 1, block);
    },
  });
  return headers.map((_, i) => first + i);
}

/**
 * The write-phase step that adds the fields among `keys` the table lacks (SPEC §2: result columns
 * are appended); returns the 0-based column of every one of `keys`.
 */
export function ensureColumns<K extends string>(plan: WritePlan, t: Table<K>, keys: readonly K[]): Record<K, number> {
  const missing = keys.filter((k) => t.columns[k] === undefined);
  const added = planAppendHeaders(
    plan,
    t,
    missing.map((k) => t.schema.fields[k].header),
  );
  missing.forEach((k, i) => {
    t.columns[k] = added[i];
  });
  const wrapped = missing.filter((k) => wrapsResult(t.schema.fields[k]));
  if (wrapped.length) {
    // The sheet's size is read now: the write phase reads nothing.
    const rows = rowsOf(t.sheet) - t.headerRow - 1;
    if (rows > 0)
      plan.add({
        sheet: t.name,
        write: () => {
          for (const k of wrapped) t.sheet.getRange(t.headerRow + 2, t.columns[k]! + 1, rows, 1).setWrap(true);
        },
      });
  }
  return Object.fromEntries(keys.map((k) => [k, t.columns[k]])) as Record<K, number>;
}
