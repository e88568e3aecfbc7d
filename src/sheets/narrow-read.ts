// Reading part of a table (onEdit, issue 10): its header, one key column, then whole rows only where
// the caller needs them. The table that comes back is the one `readTable` would give with every other
// data row left out: same header row, columns, sheet row numbers and cells.
import type { Cell, SchemaRow } from "../domain";
import type { Schema } from "../schema";
import type { Table, TableRead } from "./table";
import { tableOf } from "./table";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The header may sit in any of the first 5 rows (SPEC §2). */
const HEADER_ROWS = 5;
/** Rows apart by at most this many are read in one call: a few idle rows cost less than a round trip. */
const JOIN_GAP = 25;
/** At most this many row reads per sheet: beyond it the closest runs are read together. */
const MAX_RUNS = 8;

/** A table of which only the header is read so far; `lastRow` is the data range's last row. */
export type TableHead<K extends string> = Table<K> & { lastRow: number };

/** The header rows of `sheet` under `schema` (one read of at most 5 rows), with no data row yet. */
export function readTableHead<K extends string>(
  sheet: Sheet,
  schema: Schema<K>,
  name: string,
): TableRead<K> & {
  lastRow?: number;
} {
  const data = sheet.getDataRange();
  const lastRow = data.getLastRow();
  const width = data.getLastColumn();
  const top = Math.min(HEADER_ROWS, lastRow);
  const values = top && width ? (sheet.getRange(1, 1, top, width).getValues() as Cell[][]) : [];
  const read = tableOf(sheet, values, schema, {}, name);
  if (!read.ok) return read;
  const t = read.table as TableHead<K>;
  t.lastRow = lastRow;
  t.width = width;
  // The data rows among the header block are added again by `readRowsOf` when wanted.
  t.values.length = t.headerRow + 1;
  t.rows = [];
  return { ok: true, table: t, lastRow };
}

/** The first data row of a table (1-based sheet row). */
export const firstDataRow = (t: TableHead<string>): number => t.headerRow + 2;

/** The cells of `field` for every data row, index 0 = firstDataRow (one read; none when the column is absent). */
export function readKeyColumn<K extends string>(t: TableHead<K>, field: K): Cell[] {
  const col = t.columns[field];
  const first = firstDataRow(t);
  if (col === undefined || t.lastRow < first) return [];
  return (t.sheet.getRange(first, col + 1, t.lastRow - first + 1, 1).getValues() as Cell[][]).map((r) => r[0]);
}

/** Runs [from, to] covering `rows` (sorted, distinct), close ones joined, at most MAX_RUNS. */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r - last[1] <= JOIN_GAP) last[1] = r;
    else runs.push([r, r]);
  }
  while (runs.length > MAX_RUNS) {
    let at = 0;
    for (let i = 1; i < runs.length - 1; i++) if (runs[i + 1][0] - runs[i][1] < runs[at + 1][0] - runs[at][1]) at = i;
    runs.splice(at, 2, [runs[at][0], runs[at + 1][1]]);
  }
  return runs;
}

/**
 * Reads the whole rows `rows` (sheet rows, any order) of a table whose head was read, into its values
 * and rows (in sheet order, as readTable gives them). Rows past the data range are left out.
 */
export function readRowsOf<K extends string>(t: TableHead<K>, rows: Iterable<number>): void {
  const first = firstDataRow(t);
  const wanted = [...new Set(rows)].filter((r) => r >= first && r <= t.lastRow).sort((a, b) => a - b);
  const present = Object.entries(t.columns) as [K, number][];
  for (const [from, to] of rowRuns(wanted)) {
    const block = t.sheet.getRange(from, 1, to - from + 1, t.width).getValues() as Cell[][];
    block.forEach((line, i) => {
      t.values[from - 1 + i] = line;
    });
  }
  for (const r of wanted) {
    const line = t.values[r - 1];
    const cells: Partial<Record<K, Cell>> = {};
    for (const [k, i] of present) cells[k] = line[i];
    t.rows.push({ row: r, cells } as SchemaRow<K>);
  }
}
