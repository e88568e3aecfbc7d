// The cell store of one sheet: values and formulas in row arrays, formatting in shared immutable
// styles (a column of 50,000 dates shares one style object), so big logs stay cheap.

import { AUTOMATIC, type CellValue } from "./number-format";

export type { CellValue };

/** A data-validation rule as stored on a cell. */
export interface ValidationData {
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export type HorizontalAlignment = "left" | "center" | "normal" | "right";

/** A link over the characters [start, end) of a text cell. */
export interface LinkRun {
  readonly start: number;
  readonly end: number;
  readonly url: string | null;
}

export interface CellStyle {
  readonly format: string;
  readonly background: string | null;
  readonly fontWeight: "normal" | "bold";
  readonly fontColor: string | null;
  readonly hAlign: HorizontalAlignment | null;
  readonly wrap: boolean;
  readonly note: string;
  readonly validation: ValidationData | null;
  /** The links of the cell's rich text (setRichTextValues); any other write of its contents drops them. */
  readonly links: readonly LinkRun[] | null;
}

export const DEFAULT_STYLE: CellStyle = Object.freeze({
  format: AUTOMATIC,
  background: null,
  fontWeight: "normal",
  fontColor: null,
  hAlign: null,
  wrap: false,
  note: "",
  validation: null,
  links: null,
});

const formatMemo = new WeakMap<CellStyle, Map<string, CellStyle>>();

/** The style with another number format; equal inputs give the same object. */
export function withFormat(style: CellStyle, format: string): CellStyle {
  if (style.format === format) return style;
  let byFormat = formatMemo.get(style);
  if (!byFormat) formatMemo.set(style, (byFormat = new Map()));
  let next = byFormat.get(format);
  if (!next) byFormat.set(format, (next = Object.freeze({ ...style, format })));
  return next;
}

/** Everything a cell holds, as tests and loaders see it. */
export interface CellData extends CellStyle {
  readonly value: CellValue;
  readonly formula: string;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

interface Row {
  v: CellValue[];
  f: string[] | null;
  s: (CellStyle | undefined)[] | null;
  /** Held by a snapshot too (`share`): copied before it is written. */
  shared: boolean;
}

/** One row of a grid as stored, read only (undefined in `v`, `f`, `s`: an empty cell). */
export type GridRow = Readonly<{
  v: readonly CellValue[];
  f: readonly string[] | null;
  s: readonly (CellStyle | undefined)[] | null;
}>;

export class Grid {
  private rows: (Row | undefined)[] = [];
  private extent: { rows: number; cols: number } | null = null;

  private row(r: number, create: true): Row;
  private row(r: number, create: false): Row | undefined;
  private row(r: number, create: boolean): Row | undefined {
    let row = this.rows[r - 1];
    if (!row && create) {
      while (this.rows.length < r - 1) this.rows.push(undefined);
      row = { v: [], f: null, s: null, shared: false };
      this.rows[r - 1] = row;
    }
    return row;
  }

  /** Row r, to be written: a row a snapshot shares is replaced by a copy of its own first. */
  private own(row: Row, r: number): Row {
    if (!row.shared) return row;
    const copy: Row = {
      v: copyOf(row.v),
      f: row.f ? copyOf(row.f) : null,
      s: row.s ? copyOf(row.s) : null,
      shared: false,
    };
    this.rows[r - 1] = copy;
    return copy;
  }

  /**
   * Every row as it is now, for a snapshot of the grid (the .xlsx adapter's copy of what the file
   * held): the rows are shared, not copied, and the grid copies a row before it first writes it. A
   * row the grid has not written since is the snapshot's own object (`rawRow(r) === snapshot[r - 1]`).
   */
  share(): readonly (GridRow | undefined)[] {
    for (const row of this.rows) if (row) row.shared = true;
    return this.rows.slice();
  }

  /** Row r as stored (raw: never counted), undefined when nothing was ever put in it. */
  rawRow(r: number): GridRow | undefined {
    return this.rows[r - 1];
  }

  value(r: number, c: number): CellValue {
    const v = this.rows[r - 1]?.v[c - 1];
    return v === undefined ? "" : v;
  }

  formula(r: number, c: number): string {
    return this.rows[r - 1]?.f?.[c - 1] ?? "";
  }

  style(r: number, c: number): CellStyle {
    return this.rows[r - 1]?.s?.[c - 1] ?? DEFAULT_STYLE;
  }

  cell(r: number, c: number): CellData {
    return { ...this.style(r, c), value: this.value(r, c), formula: this.formula(r, c) };
  }

  hasContent(r: number, c: number): boolean {
    return this.value(r, c) !== "" || this.formula(r, c) !== "";
  }

  setContent(r: number, c: number, value: CellValue, formula: string): void {
    const row = this.rows[r - 1];
    if (!row && value === "" && formula === "") return;
    const target = row ? this.own(row, r) : this.row(r, true);
    while (target.v.length < c - 1) target.v.push("");
    target.v[c - 1] = value;
    const style = target.s?.[c - 1];
    if (style?.links) target.s![c - 1] = Object.freeze({ ...style, links: null });
    if (formula !== "" || target.f) {
      if (!target.f) target.f = [];
      while (target.f.length < c - 1) target.f.push("");
      target.f[c - 1] = formula;
    }
    this.extent = null;
  }

  setStyle(r: number, c: number, style: CellStyle): void {
    const row = this.rows[r - 1];
    if (!row && style === DEFAULT_STYLE) return;
    const target = row ? this.own(row, r) : this.row(r, true);
    if (!target.s) target.s = [];
    target.s[c - 1] = style === DEFAULT_STYLE ? undefined : style;
  }

  /** Applies `change` to the style of every cell of `area`; equal inputs share one output. */
  updateStyles(area: Area, change: (old: CellStyle) => CellStyle): void {
    const memo = new Map<CellStyle, CellStyle>();
    for (let r = area.r1; r <= area.r2; r++) {
      for (let c = area.c1; c <= area.c2; c++) {
        const old = this.style(r, c);
        let next = memo.get(old);
        if (!next) memo.set(old, (next = change(old)));
        if (next !== old) this.setStyle(r, c, next);
      }
    }
  }

  /** Number of the last row / column holding a value or a formula (0 when none). */
  lastRow(): number {
    return this.measure().rows;
  }

  lastColumn(): number {
    return this.measure().cols;
  }

  private measure(): { rows: number; cols: number } {
    if (this.extent) return this.extent;
    let rows = 0;
    let cols = 0;
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i];
      if (!row) continue;
      for (let j = Math.max(row.v.length, row.f?.length ?? 0) - 1; j >= 0; j--) {
        if ((row.v[j] !== undefined && row.v[j] !== "") || row.f?.[j]) {
          rows = i + 1;
          if (j + 1 > cols) cols = j + 1;
          break;
        }
      }
    }
    return (this.extent = { rows, cols });
  }

  /** Inserts `n` empty rows before row `at`. */
  insertRows(at: number, n: number): void {
    if (at - 1 >= this.rows.length) return;
    this.rows.splice(at - 1, 0, ...new Array<Row | undefined>(n).fill(undefined));
    this.extent = null;
  }

  deleteRows(at: number, n: number): void {
    this.rows.splice(at - 1, n);
    this.extent = null;
  }

  insertColumns(at: number, n: number): void {
    const blanks = (fill: unknown) => new Array(n).fill(fill);
    for (let i = 0; i < this.rows.length; i++) {
      const held = this.rows[i];
      if (!held || !reaches(held, at)) continue;
      const row = this.own(held, i + 1);
      if (row.v.length >= at) row.v.splice(at - 1, 0, ...(blanks("") as CellValue[]));
      if (row.f && row.f.length >= at) row.f.splice(at - 1, 0, ...(blanks("") as string[]));
      if (row.s && row.s.length >= at) row.s.splice(at - 1, 0, ...(blanks(undefined) as undefined[]));
    }
    this.extent = null;
  }

  deleteColumns(at: number, n: number): void {
    for (let i = 0; i < this.rows.length; i++) {
      const held = this.rows[i];
      if (!held || !reaches(held, at)) continue;
      const row = this.own(held, i + 1);
      row.v.splice(at - 1, n);
      row.f?.splice(at - 1, n);
      row.s?.splice(at - 1, n);
    }
    this.extent = null;
  }
}

/**
 * A row's array copied by pushing, not by slice(): a copy is made to be written, usually a cell or two
 * after its last one (a log row's check result), and an exact-size copy then grows to twice its size;
 * one filled by push has the room a row read from a file has (at 50,000 rows, 10 MiB less at the peak).
 */
function copyOf<T>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) out.push(items[i]);
  return out;
}

/** Whether the row stores anything in column `at` or after it (else inserting or deleting columns there leaves it alone). */
function reaches(row: Row, at: number): boolean {
  return row.v.length >= at || (row.f?.length ?? 0) >= at || (row.s?.length ?? 0) >= at;
}

/** Shifts a rectangle for rows/columns inserted before `at`; false when nothing of it is left after a delete. */
export function shiftArea(area: Area, dim: "row" | "column", at: number, delta: number): boolean {
  const lo = dim === "row" ? "r1" : "c1";
  const hi = dim === "row" ? "r2" : "c2";
  if (delta > 0) {
    if (area[lo] >= at) area[lo] += delta;
    if (area[hi] >= at) area[hi] += delta;
    return true;
  }
  const n = -delta;
  const end = at + n - 1;
  const move = (v: number, isLow: boolean): number => (v > end ? v - n : v >= at ? (isLow ? at : at - 1) : v);
  area[lo] = move(area[lo], true);
  area[hi] = move(area[hi], false);
  return area[hi] >= area[lo];
}

export function intersects(a: Area, b: Area): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

/** The parts of `a` not covered by `b` (at most four rectangles). */
export function subtract(a: Area, b: Area): Area[] {
  if (!intersects(a, b)) return [a];
  const out: Area[] = [];
  if (a.r1 < b.r1) out.push({ r1: a.r1, c1: a.c1, r2: b.r1 - 1, c2: a.c2 });
  if (a.r2 > b.r2) out.push({ r1: b.r2 + 1, c1: a.c1, r2: a.r2, c2: a.c2 });
  const r1 = Math.max(a.r1, b.r1);
  const r2 = Math.min(a.r2, b.r2);
  if (a.c1 < b.c1) out.push({ r1, c1: a.c1, r2, c2: b.c1 - 1 });
  if (a.c2 > b.c2) out.push({ r1, c1: b.c2 + 1, r2, c2: a.c2 });
  return out;
}

/** True when every cell of `area` lies in one of `cover`. */
export function coveredBy(area: Area, cover: readonly Area[]): boolean {
  let left = [area];
  for (const b of cover) left = left.flatMap((a) => subtract(a, b));
  return left.length === 0;
}
