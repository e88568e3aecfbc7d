// Reading a table by its header names (SPEC §2): the header may sit in any of the first 5 rows,
// compared with foldText; columns may be reordered, and extra columns are left alone.
import type { Row, Schema } from "../schema/field";
import { fieldKeys } from "../schema/field";
import { foldText } from "./fold";
import type { Cell } from "./types";

export type HeaderMatch =
  | { ok: true; headerRow: number; columns: Record<string, number | undefined> }
  | { ok: false; missing: string[] };

/** Columns by header text (a null-prototype object: a header such as `constructor` is just a key). */
export function matchHeaders(
  rows: Cell[][],
  wanted: readonly string[],
  required: readonly string[],
  maxHeaderRows = 5,
): HeaderMatch {
  let bestMissing: string[] = [...required];
  for (let r = 0; r < Math.min(maxHeaderRows, rows.length); r++) {
    const at = new Map<string, number>();
    rows[r].forEach((cell, i) => {
      const key = foldText(cell);
      if (key && !at.has(key)) at.set(key, i);
    });
    const missing = required.filter((h) => !at.has(foldText(h)));
    if (missing.length === 0) {
      const columns: Record<string, number | undefined> = Object.create(null);
      for (const h of [...wanted, ...required]) columns[h] = at.get(foldText(h));
      return { ok: true, headerRow: r, columns };
    }
    if (missing.length < bestMissing.length) bestMissing = missing;
  }
  return { ok: false, missing: bestMissing };
}

/** A data row keyed by field, plus the cells of the extra columns asked for, keyed by folded header. */
export type SchemaRow<K extends string> = Row<K> & { extra?: ReadonlyMap<string, Cell> };

export type RowsRead<K extends string> =
  | {
      ok: true;
      /** 0-based index of the header row in the values. */
      headerRow: number;
      /** 0-based column of each field found. */
      columns: Partial<Record<K, number>>;
      /** 0-based column of each extra header found, keyed by folded header. */
      extra: Map<string, number>;
      rows: SchemaRow<K>[];
    }
  | { ok: false; missing: string[] };

export interface ReadOptions<K extends string> {
  /** More headers to read (per-criterion columns); their cells land in `extra`. */
  extra?: readonly string[];
  /** Overrides the schema's required fields. */
  required?: readonly K[];
  /** Sheet row of values[0] (default 1). */
  firstRow?: number;
}

/** The rows of `values` under `schema`'s header, keyed by field; never throws, reports missing headers. */
export function readRows<K extends string>(
  values: Cell[][],
  schema: Schema<K>,
  opts: ReadOptions<K> = {},
): RowsRead<K> {
  const keys = fieldKeys(schema);
  const required = opts.required ?? keys.filter((k) => schema.fields[k].required);
  const headers = keys.map((k) => schema.fields[k].header);
  const m = matchHeaders(
    values,
    [...headers, ...(opts.extra ?? [])],
    required.map((k) => schema.fields[k].header),
  );
  if (!m.ok) return m;
  const columns: Partial<Record<K, number>> = {};
  // The fields found and their columns, side by side: the row loop below reads them by index.
  const fields: K[] = [];
  const at: number[] = [];
  keys.forEach((k, i) => {
    const col = m.columns[headers[i]];
    if (col !== undefined) {
      columns[k] = col;
      fields.push(k);
      at.push(col);
    }
  });
  const extra = new Map<string, number>();
  for (const h of opts.extra ?? []) {
    const at = m.columns[h];
    if (at !== undefined && !extra.has(foldText(h))) extra.set(foldText(h), at);
  }
  const firstRow = opts.firstRow ?? 1;
  const rows: SchemaRow<K>[] = [];
  // Indexed loops: this runs for every cell of a table, mostly before V8 optimises it.
  const extraKeys = [...extra.keys()];
  const extraAt = [...extra.values()];
  // Every row's cells start as a copy of one object already holding all the fields: the copy takes its
  // final shape and property store at once, and the loop below only overwrites fields (grown key by key
  // from {}, each row would walk the shape transitions and reallocate its property store as it grows).
  const shape: Partial<Record<K, Cell>> = {};
  for (const f of fields) shape[f] = undefined;
  for (let r = m.headerRow + 1; r < values.length; r++) {
    const line = values[r];
    const cells: Partial<Record<K, Cell>> = { ...shape };
    for (let j = 0; j < fields.length; j++) cells[fields[j]] = line[at[j]];
    const row: SchemaRow<K> = { row: r + firstRow, cells };
    if (opts.extra) {
      const cellsOf = new Map<string, Cell>();
      for (let j = 0; j < extraKeys.length; j++) cellsOf.set(extraKeys[j], line[extraAt[j]]);
      row.extra = cellsOf;
    }
    rows.push(row);
  }
  return { ok: true, headerRow: m.headerRow, columns, extra, rows };
}
