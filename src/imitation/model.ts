// The workbook as data: books, sheets, protections, conditional-format rules and charts.
// No counting and no permission checks here; the API classes do both before they call in.

import { Grid, shiftArea, type Area } from "./cells";
import type { Context } from "./context";
import { MSG } from "./errors";
import { canEditFile, canViewFile } from "./file-access";

export type ProtectionKind = "RANGE" | "SHEET";

export interface ProtectionData {
  kind: ProtectionKind;
  sheet: SheetModel;
  /** The protected cells (a SHEET protection covers the whole sheet: null). */
  area: Area | null;
  unprotected: Area[];
  description: string;
  warningOnly: boolean;
  domainEdit: boolean;
  /** null: the editors still mirror the spreadsheet's (no one is kept out yet). */
  editors: Set<string> | null;
  rangeName: string | null;
}

export interface SheetArea {
  sheet: SheetModel;
  area: Area;
}

export interface CondFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface CondRuleData {
  criteria: string | null;
  values: unknown[];
  format: CondFormat;
  ranges: SheetArea[];
}

export interface ChartData {
  id: number | null;
  type: string;
  ranges: SheetArea[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
}

export class SheetModel {
  readonly grid = new Grid();
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  condRules: CondRuleData[] = [];
  charts: ChartData[] = [];
  deleted = false;
  /** The form whose responses land here (Sheet.getFormUrl), set by Form.setDestination. */
  formUrl: string | null = null;

  constructor(
    readonly book: BookModel,
    readonly id: number,
    public name: string,
  ) {}

  /** Every rectangle that moves with inserted and deleted rows/columns; `drop` removes one that vanished. */
  private *movingAreas(): Generator<{ area: Area; drop: () => void }> {
    for (const p of [...this.book.protections]) {
      if (p.sheet !== this) continue;
      if (p.area) {
        const area = p.area;
        yield { area, drop: () => this.book.protections.splice(this.book.protections.indexOf(p), 1) };
      }
      for (const u of [...p.unprotected])
        yield { area: u, drop: () => p.unprotected.splice(p.unprotected.indexOf(u), 1) };
    }
    const lists: SheetArea[][] = [];
    for (const sheet of this.book.sheets) {
      for (const rule of sheet.condRules) lists.push(rule.ranges);
      for (const chart of sheet.charts) lists.push(chart.ranges);
    }
    for (const list of lists) {
      for (const ref of [...list])
        if (ref.sheet === this) yield { area: ref.area, drop: () => list.splice(list.indexOf(ref), 1) };
    }
  }

  private shift(dim: "row" | "column", at: number, delta: number): void {
    const gone: (() => void)[] = [];
    for (const m of this.movingAreas()) if (!shiftArea(m.area, dim, at, delta)) gone.push(m.drop);
    for (const drop of gone) drop();
    for (const sheet of this.book.sheets) sheet.condRules = sheet.condRules.filter((r) => r.ranges.length > 0);
  }

  insertRows(before: number, n: number): void {
    this.book.assertRoom(n * this.maxColumns);
    this.grid.insertRows(before, n);
    this.maxRows += n;
    this.shift("row", before, n);
  }

  deleteRows(at: number, n: number): void {
    this.grid.deleteRows(at, n);
    this.maxRows -= n;
    if (this.frozenRows >= at) this.frozenRows = Math.max(at - 1, this.frozenRows - n);
    this.shift("row", at, -n);
  }

  insertColumns(before: number, n: number): void {
    this.book.assertRoom(n * this.maxRows);
    this.grid.insertColumns(before, n);
    this.maxColumns += n;
    this.shift("column", before, n);
  }

  deleteColumns(at: number, n: number): void {
    this.grid.deleteColumns(at, n);
    this.maxColumns -= n;
    if (this.frozenColumns >= at) this.frozenColumns = Math.max(at - 1, this.frozenColumns - n);
    this.shift("column", at, -n);
  }

  /** Grows the grid so that it holds `rows` × `columns`. */
  ensureSize(rows: number, columns: number): void {
    const r = Math.max(rows, this.maxRows);
    const c = Math.max(columns, this.maxColumns);
    this.book.assertRoom(r * c - this.maxRows * this.maxColumns);
    if (rows > this.maxRows) this.maxRows = rows;
    if (columns > this.maxColumns) this.maxColumns = columns;
  }

  index(): number {
    return this.book.sheets.indexOf(this) + 1;
  }
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export interface BookOptions {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors?: readonly string[];
  viewers?: readonly string[];
  /** In a shared drive: the file has no owner (getOwner() is null). */
  sharedDrive?: boolean;
}

/** Cells a spreadsheet may hold, over all its sheets. */
export const CELL_LIMIT = 10_000_000;

export class BookModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  sharedDrive: boolean;
  readonly editors: Set<string>;
  readonly viewers: Set<string>;
  readonly sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  readonly protections: ProtectionData[] = [];
  readonly documentProperties = new Map<string, string>();
  readonly toasts: Toast[] = [];
  private nextSheetId = 0;
  private nextChartId = 1;

  constructor(
    public ctx: Context,
    options: BookOptions,
  ) {
    this.id = options.id;
    this.name = options.name;
    this.timeZone = options.timeZone;
    this.locale = options.locale;
    this.owner = options.owner;
    this.sharedDrive = options.sharedDrive ?? false;
    this.editors = new Set(options.editors ?? []);
    this.viewers = new Set(options.viewers ?? []);
  }

  /** Adds a sheet at `index` (0-based, default last); the first sheet gets id 0 like a new spreadsheet. */
  addSheet(name: string, index = this.sheets.length): SheetModel {
    this.assertRoom(1000 * 26);
    const sheet = new SheetModel(this, this.nextSheetId, name);
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_000_001 : this.nextSheetId + 7_919;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  /** Cells of every sheet's grid. */
  cellCount(): number {
    let n = 0;
    for (const s of this.sheets) n += s.maxRows * s.maxColumns;
    return n;
  }

  /** Throws the real error when `more` cells would take the book past the limit. */
  assertRoom(more: number): void {
    if (more > 0 && this.cellCount() + more > CELL_LIMIT) throw this.ctx.error(MSG.cellLimit);
  }

  removeSheet(sheet: SheetModel): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    for (let k = this.protections.length - 1; k >= 0; k--)
      if (this.protections[k].sheet === sheet) this.protections.splice(k, 1);
    if (this.active === sheet) this.active = this.sheets[Math.min(i, this.sheets.length - 1)] ?? null;
  }

  sheetByName(name: string): SheetModel | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  /** Sheet names are unique regardless of case. */
  nameTaken(name: string, except?: SheetModel): boolean {
    const key = name.toLowerCase();
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === key);
  }

  /** "Sheet1", "Sheet2", … the first name not taken. */
  freshSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.nameTaken(`Sheet${n}`)) return `Sheet${n}`;
  }

  chartId(): number {
    return this.nextChartId++ * 104_729;
  }

  url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  canEdit(user: string): boolean {
    return canEditFile(this, user);
  }

  canView(user: string): boolean {
    return canViewFile(this, user);
  }
}
