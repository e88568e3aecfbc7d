// What a book looked like when it was loaded from (or last saved to) an .xlsx file, so that saving
// touches only what changed: the file's parts (compressed, as stored), and per sheet a copy of every
// cell and setting. No parsed copy of the file is kept beside the in-memory spreadsheet.

import { DEFAULT_STYLE, type CellStyle, type CellValue } from "../imitation/cells";
import type { BookModel, SheetModel } from "../imitation/model";
import type { LoadedRules } from "./rules";
import type { ZipEntry } from "./zip";
export interface SnapRow {
  v: CellValue[];
  f: string[] | null;
  s: (CellStyle | undefined)[];
}

/** Every cell of a sheet as it was: values, formulas and (shared, immutable) style objects. */
export class GridSnapshot {
  private readonly rows: (SnapRow | undefined)[] = [];
  /** The columns that hold a dropdown, when known (a sheet read from a file); null: any may. */
  validated: Set<number> | null = null;

  constructor(
    public maxRows: number,
    public maxColumns: number,
  ) {}

  /** Records a cell that is not empty (value, formula or a style other than the default). */
  put(r: number, c: number, v: CellValue, f: string, s: CellStyle): void {
    let row = this.rows[r - 1];
    if (!row) row = this.rows[r - 1] = { v: [], f: null, s: [] };
    row.v[c - 1] = v;
    if (f) (row.f ??= [])[c - 1] = f;
    else if (row.f) row.f[c - 1] = "";
    row.s[c - 1] = s === DEFAULT_STYLE ? undefined : s;
  }

  /** Records the style a cell now has. */
  restyle(r: number, c: number, s: CellStyle): void {
    let row = this.rows[r - 1];
    if (!row) {
      if (s === DEFAULT_STYLE) return;
      row = this.rows[r - 1] = { v: [], f: null, s: [] };
    }
    row.s[c - 1] = s === DEFAULT_STYLE ? undefined : s;
  }

  static of(model: SheetModel): GridSnapshot {
    const snap = new GridSnapshot(model.maxRows, model.maxColumns);
    const { grid } = model;
    for (let r = 1; r <= model.maxRows; r++) {
      let row: SnapRow | undefined;
      for (let c = 1; c <= model.maxColumns; c++) {
        const v = grid.value(r, c);
        const f = grid.formula(r, c);
        const s = grid.style(r, c);
        if (v === "" && f === "" && s === DEFAULT_STYLE) continue;
        row ??= snap.rows[r - 1] = { v: [], f: null, s: [] };
        row.v[c - 1] = v;
        if (f) (row.f ??= [])[c - 1] = f;
        if (s !== DEFAULT_STYLE) row.s[c - 1] = s;
      }
    }
    return snap;
  }

  /** Row r as it was (undefined: nothing in it). */
  row(r: number): SnapRow | undefined {
    return this.rows[r - 1];
  }

  value(r: number, c: number): CellValue {
    return this.rows[r - 1]?.v[c - 1] ?? "";
  }
  formula(r: number, c: number): string {
    return this.rows[r - 1]?.f?.[c - 1] ?? "";
  }
  style(r: number, c: number): CellStyle {
    return this.rows[r - 1]?.s[c - 1] ?? DEFAULT_STYLE;
  }
}

export interface SheetOrigin {
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
  /** Its <sheet> element in workbook.xml. */
  sheetTag: string;
  cells: GridSnapshot;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  widths: Map<number, number>;
  rules: LoadedRules;
  /** The dropdowns as the file holds them (the <dataValidations> the cells would give); null: work it out from `cells` when needed. */
  validations: string | null;
  /** The font most of its cells are written in (index in styles.xml), when it names one. */
  font: number | undefined;
}

export interface BookOrigin {
  /** Every part of the file, in the file's order. */
  parts: Map<string, ZipEntry>;
  workbookPart: string;
  stylesPart: string;
  sheets: Map<SheetModel, SheetOrigin>;
  /** Parts of the original file the save cannot keep, for the summary (none since parts are copied). */
  lostParts: string[];
  /** The tab the file opens on; it stays the same tab when sheets are added before it. */
  active: SheetModel | null;
}

const origins = new WeakMap<BookModel, BookOrigin>();

export function originOf(book: BookModel): BookOrigin | undefined {
  return origins.get(book);
}

export function setOrigin(book: BookModel, origin: BookOrigin): void {
  origins.set(book, origin);
}

export function forgetOrigin(book: BookModel): void {
  origins.delete(book);
}

export function sheetOrigin(
  model: SheetModel,
  part: string,
  sheetTag: string,
  rules: LoadedRules,
  validations: string | null,
  font: number | undefined,
  cells = GridSnapshot.of(model),
): SheetOrigin {
  return {
    part,
    sheetTag,
    cells,
    frozenRows: model.frozenRows,
    frozenColumns: model.frozenColumns,
    hidden: model.hidden,
    tabColor: model.tabColor,
    widths: new Map(model.columnWidths),
    rules,
    validations,
    font,
  };
}
