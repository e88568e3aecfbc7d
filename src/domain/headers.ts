// Finding columns by header name (SPEC §2): any of the first rows, compared with foldText.
import { foldText } from "./fold";
import type { Cell, RecordInput } from "./types";

export type HeaderMatch =
  | { ok: true; headerRow: number; columns: Record<string, number | undefined> }
  | { ok: false; missing: string[] };

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
      const columns: Record<string, number | undefined> = {};
      for (const h of wanted) columns[h] = at.get(foldText(h));
      for (const h of required) columns[h] = at.get(foldText(h));
      return { ok: true, headerRow: r, columns };
    }
    if (missing.length < bestMissing.length) bestMissing = missing;
  }
  return { ok: false, missing: bestMissing };
}

export type RecordsRead =
  | { ok: true; headerRow: number; columns: Record<string, number | undefined>; records: RecordInput[] }
  | { ok: false; missing: string[] };

/**
 * Header match plus one record per data row, keyed by the wanted header text. `row` is the 1-based row
 * within `rows` (the sheet row when `rows` starts at row 1); `firstRow` shifts it for a range lower down.
 */
export function readRecords(
  rows: Cell[][],
  wanted: readonly string[],
  required: readonly string[],
  firstRow = 1,
): RecordsRead {
  const m = matchHeaders(rows, wanted, required);
  if (!m.ok) return m;
  const present = Object.entries(m.columns).filter((e): e is [string, number] => e[1] !== undefined);
  const records: RecordInput[] = [];
  for (let r = m.headerRow + 1; r < rows.length; r++) {
    const cells: Record<string, Cell> = {};
    for (const [h, i] of present) cells[h] = rows[r][i];
    records.push({ row: r + firstRow, cells });
  }
  return { ...m, records };
}
