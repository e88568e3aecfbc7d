// Range: reads and writes of a rectangle of cells, with the real service's checks and messages.

import { a1Notation } from "./a1";
import {
  DEFAULT_STYLE,
  withFormat,
  type Area,
  type CellStyle,
  type CellValue,
  type HorizontalAlignment,
  type ValidationData,
} from "./cells";
import { signatureError, type Context } from "./context";
import { countCalls } from "./counter";
import { MSG } from "./errors";
import type { SheetArea, SheetModel } from "./model";
import { AUTOMATIC, AUTOMATIC_REPORTED, formatCell } from "./number-format";
import { assertCanWrite, type WriteTarget } from "./permissions";
import { protectionApi, newProtection } from "./protection";
import { sheetApi } from "./sheet";
import { accepts, LocalDataValidation, validationData } from "./validation";
import { LocalRichTextValue } from "./rich-text";
import { readValue, storeValue, type Stored } from "./values";

type GRange = GoogleAppsScript.Spreadsheet.Range;

type RangeMethods =
  | "activate"
  | "canEdit"
  | "clear"
  | "clearContent"
  | "clearDataValidations"
  | "clearFormat"
  | "clearNote"
  | "getA1Notation"
  | "getBackground"
  | "getBackgrounds"
  | "getCell"
  | "getColumn"
  | "getDataValidation"
  | "getDataValidations"
  | "getDisplayValue"
  | "getDisplayValues"
  | "getFontColor"
  | "getFontColors"
  | "getFontWeight"
  | "getFontWeights"
  | "getFormula"
  | "getFormulas"
  | "getGridId"
  | "getHeight"
  | "getHorizontalAlignment"
  | "getHorizontalAlignments"
  | "getLastColumn"
  | "getLastRow"
  | "getNote"
  | "getNotes"
  | "getNumColumns"
  | "getNumRows"
  | "getNumberFormat"
  | "getNumberFormats"
  | "getRichTextValue"
  | "getRichTextValues"
  | "getRow"
  | "getRowIndex"
  | "getSheet"
  | "getValue"
  | "getValues"
  | "getWidth"
  | "getWrap"
  | "getWraps"
  | "isBlank"
  | "offset"
  | "protect"
  | "setBackground"
  | "setBackgrounds"
  | "setDataValidation"
  | "setDataValidations"
  | "setFontColor"
  | "setFontColors"
  | "setFontWeight"
  | "setFontWeights"
  | "setFormula"
  | "setFormulas"
  | "setHorizontalAlignment"
  | "setHorizontalAlignments"
  | "setNote"
  | "setNotes"
  | "setNumberFormat"
  | "setNumberFormats"
  | "setRichTextValue"
  | "setRichTextValues"
  | "setValue"
  | "setValues"
  | "setWrap"
  | "setWraps";

/** Throws like Sheet.getRange for a rectangle that does not fit the sheet. */
export function checkBounds(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): void {
  const ctx = sheet.book.ctx;
  if (row < 1) throw ctx.error(MSG.startRowTooSmall);
  if (column < 1) throw ctx.error(MSG.startColumnTooSmall);
  if (numRows < 1) throw ctx.error(MSG.rowsAtLeastOne);
  if (numColumns < 1) throw ctx.error(MSG.columnsAtLeastOne);
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns)
    throw ctx.error(MSG.outsideSheet);
}

/** Formats cleared; the note, the rule and the links (they belong to the contents) stay. */
function resetFormats(s: CellStyle): CellStyle {
  return s.note === "" && s.validation === null && s.links === null
    ? DEFAULT_STYLE
    : Object.freeze({ ...DEFAULT_STYLE, note: s.note, validation: s.validation, links: s.links });
}

export class LocalRange implements Pick<GRange, RangeMethods> {
  constructor(
    readonly sheet: SheetModel,
    readonly area: Readonly<Area>,
    private readonly wholeColumns = false,
    private readonly wholeRows = false,
  ) {}

  get calls() {
    return this.sheet.book.ctx.calls;
  }

  private get _ctx(): Context {
    return this.sheet.book.ctx;
  }

  // ---- raw accessors for tests and loaders (not counted) ----

  rawSheetArea(): SheetArea {
    return { sheet: this.sheet, area: { ...this.area } };
  }

  // ---- helpers ----

  private _api(): GRange {
    return this as unknown as GRange;
  }

  /** The cells of the range, row by row, in arrays of the add-in's realm (made there, not copied). */
  private _map<T>(cell: (r: number, c: number) => T): T[][] {
    const ctx = this._ctx;
    const { r1, c1, r2, c2 } = this.area;
    const rows = ctx.array<T[]>();
    for (let r = r1; r <= r2; r++) {
      const row = ctx.array<T>();
      for (let c = c1; c <= c2; c++) row.push(cell(r, c));
      rows.push(row);
    }
    return rows;
  }

  private _first<T>(cell: (r: number, c: number) => T): T {
    return cell(this.area.r1, this.area.c1);
  }

  private _guard(target: WriteTarget = this.area): void {
    assertCanWrite(this.sheet, target);
  }

  /** Checks that `data` is a 2-D array the size of the range (the real messages). */
  private _checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw signatureError(this._ctx, `SpreadsheetApp.Range.${method}`, [data]);
    }
    const rows = this.area.r2 - this.area.r1 + 1;
    const cols = this.area.c2 - this.area.c1 + 1;
    if (data.length !== rows) throw this._ctx.error(MSG.rowsMismatch(data.length, rows));
    for (const row of data as unknown[][])
      if (row.length !== cols) throw this._ctx.error(MSG.columnsMismatch(row.length, cols));
    return data as unknown[][];
  }

  /** Writes stored contents computed for each cell, after checking all of them against validation. */
  private _writeContents(compute: (r: number, c: number, style: CellStyle) => Stored): GRange {
    this._guard();
    const { r1, c1, r2, c2 } = this.area;
    const grid = this.sheet.grid;
    const out: Stored[] = [];
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const style = grid.style(r, c);
        const stored = compute(r, c, style);
        const rule = style.validation;
        if (rule && !rule.allowInvalid && !accepts(this.sheet.book, rule, stored.value)) {
          throw this._ctx.error(MSG.invalidData(a1Notation(r, c, r, c)));
        }
        out.push(stored);
      }
    }
    let k = 0;
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const s = out[k++];
        grid.setContent(r, c, s.value, s.formula);
        const style = grid.style(r, c);
        if (s.format !== style.format) grid.setStyle(r, c, withFormat(style, s.format));
      }
    }
    return this._api();
  }

  /** Sets one style property on every cell, from a matrix or one value. */
  private _writeStyle<T>(data: T[][] | null, one: T, change: (s: CellStyle, v: T) => CellStyle): GRange {
    this._guard();
    const { r1, c1, r2, c2 } = this.area;
    if (!data) {
      this.sheet.grid.updateStyles(this.area, (s) => change(s, one));
      return this._api();
    }
    const grid = this.sheet.grid;
    // Equal inputs share one output style (a 50,000-row column of one weight holds one style object).
    const memo = new Map<CellStyle, Map<T, CellStyle>>();
    // Neighbouring cells mostly have the same style and get the same value: the last answer first.
    let lastOld: CellStyle | undefined;
    let lastValue: T | undefined;
    let lastNext: CellStyle | undefined;
    for (let r = r1; r <= r2; r++) {
      const line = data[r - r1];
      for (let c = c1; c <= c2; c++) {
        const old = grid.style(r, c);
        const v = line[c - c1];
        if (v !== null && (typeof v === "object" || typeof v === "function")) {
          grid.setStyle(r, c, change(old, v));
          continue;
        }
        let next: CellStyle | undefined;
        if (old === lastOld && v === lastValue) next = lastNext!;
        else {
          let byValue = memo.get(old);
          if (!byValue) memo.set(old, (byValue = new Map()));
          next = byValue.get(v);
          if (next === undefined) byValue.set(v, (next = change(old, v)));
          lastOld = old;
          lastValue = v;
          lastNext = next;
        }
        if (next !== old) grid.setStyle(r, c, next);
      }
    }
    return this._api();
  }

  // ---- geometry ----

  getA1Notation(): string {
    const { r1, c1, r2, c2 } = this.area;
    return a1Notation(r1, c1, r2, c2, this.wholeColumns, this.wholeRows);
  }
  getRow(): number {
    return this.area.r1;
  }
  getRowIndex(): number {
    return this.area.r1;
  }
  getColumn(): number {
    return this.area.c1;
  }
  getLastRow(): number {
    return this.area.r2;
  }
  getLastColumn(): number {
    return this.area.c2;
  }
  getNumRows(): number {
    return this.area.r2 - this.area.r1 + 1;
  }
  getNumColumns(): number {
    return this.area.c2 - this.area.c1 + 1;
  }
  getHeight(): number {
    return this.getNumRows();
  }
  getWidth(): number {
    return this.getNumColumns();
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetApi(this.sheet);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const r = this.area.r1 + rowOffset;
    const c = this.area.c1 + columnOffset;
    const nr = numRows ?? this.getNumRows();
    const nc = numColumns ?? this.getNumColumns();
    checkBounds(this.sheet, r, c, nr, nc);
    return new LocalRange(this.sheet, { r1: r, c1: c, r2: r + nr - 1, c2: c + nc - 1 }) as unknown as GRange;
  }

  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.getNumRows() || column > this.getNumColumns()) {
      throw this._ctx.error("Cell reference out of range");
    }
    const r = this.area.r1 + row - 1;
    const c = this.area.c1 + column - 1;
    return new LocalRange(this.sheet, { r1: r, c1: c, r2: r, c2: c }) as unknown as GRange;
  }

  activate(): GRange {
    this.sheet.book.active = this.sheet;
    return this._api();
  }

  canEdit(): boolean {
    try {
      assertCanWrite(this.sheet, this.area);
      return true;
    } catch {
      return false;
    }
  }

  isBlank(): boolean {
    const { r1, c1, r2, c2 } = this.area;
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (this.sheet.grid.hasContent(r, c)) return false;
    return true;
  }

  // ---- values ----

  getValues(): unknown[][] {
    const { grid, book } = this.sheet;
    const ctx = this._ctx;
    const { r1, c1, r2, c2 } = this.area;
    // Row by row from the stored rows (the add-in reads every sheet whole): one lookup of each row,
    // not two per cell, and a cell's style looked at only when it holds a number (a date or not).
    const rows = ctx.array<unknown[]>();
    for (let r = r1; r <= r2; r++) {
      const stored = grid.rawRow(r);
      const row = ctx.array<unknown>();
      for (let c = c1; c <= c2; c++) {
        const v = stored?.v[c - 1];
        if (v === undefined) row.push("");
        else if (typeof v !== "number") row.push(v);
        else row.push(readValue(book, v, stored?.s?.[c - 1] ?? DEFAULT_STYLE));
      }
      rows.push(row);
    }
    return rows;
  }
  getValue(): unknown {
    const { grid, book } = this.sheet;
    return this._first((r, c) => readValue(book, grid.value(r, c), grid.style(r, c)));
  }
  getDisplayValues(): string[][] {
    const { grid, book } = this.sheet;
    return this._map((r, c) => formatCell(grid.value(r, c), grid.style(r, c).format, book.locale));
  }
  getDisplayValue(): string {
    const { grid, book } = this.sheet;
    return this._first((r, c) => formatCell(grid.value(r, c), grid.style(r, c).format, book.locale));
  }
  getFormulas(): string[][] {
    return this._map((r, c) => this.sheet.grid.formula(r, c));
  }
  getFormula(): string {
    return this._first((r, c) => this.sheet.grid.formula(r, c));
  }

  // ---- rich text (links) ----

  /** A text cell's text and links; null for a number, a date or a boolean (SpreadsheetApp's rule). */
  private _richText(r: number, c: number): GoogleAppsScript.Spreadsheet.RichTextValue | null {
    const value = this.sheet.grid.value(r, c);
    if (typeof value !== "string") return null;
    const links = this.sheet.grid.style(r, c).links ?? [];
    return new LocalRichTextValue(this._ctx, value, links) as unknown as GoogleAppsScript.Spreadsheet.RichTextValue;
  }
  getRichTextValues(): (GoogleAppsScript.Spreadsheet.RichTextValue | null)[][] {
    return this._map((r, c) => this._richText(r, c));
  }
  getRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValue | null {
    return this._first((r, c) => this._richText(r, c));
  }
  /** Each cell gets the value's text as text (never read as a number, a date or a formula) and its links. */
  setRichTextValues(values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): GRange {
    const data = this._checkShape(values, "setRichTextValues");
    for (const row of data)
      for (const v of row)
        if (!(v instanceof LocalRichTextValue))
          throw signatureError(this._ctx, "SpreadsheetApp.Range.setRichTextValues", [values]);
    const { r1, c1, r2, c2 } = this.area;
    const at = (r: number, c: number) => data[r - r1][c - c1] as LocalRichTextValue;
    this._writeContents((r, c, style) => ({ value: at(r, c).text, formula: "", format: style.format }));
    const grid = this.sheet.grid;
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        const links = at(r, c).links.filter((l) => l.url !== null);
        if (links.length) grid.setStyle(r, c, Object.freeze({ ...grid.style(r, c), links }));
      }
    return this._api();
  }
  setRichTextValue(value: GoogleAppsScript.Spreadsheet.RichTextValue): GRange {
    const { r1, c1, r2, c2 } = this.area;
    return this.setRichTextValues(Array.from({ length: r2 - r1 + 1 }, () => Array(c2 - c1 + 1).fill(value)));
  }

  setValues(values: unknown[][]): GRange {
    const data = this._checkShape(values, "setValues");
    const { r1, c1 } = this.area;
    return this._writeContents((r, c, style) => storeValue(this.sheet.book, data[r - r1][c - c1], style.format));
  }
  setValue(value: unknown): GRange {
    return this._writeContents((_r, _c, style) => storeValue(this.sheet.book, value, style.format));
  }
  setFormulas(formulas: string[][]): GRange {
    const data = this._checkShape(formulas, "setFormulas");
    const { r1, c1 } = this.area;
    return this._writeContents((r, c, style) => storeFormula(this.sheet, data[r - r1][c - c1], style));
  }
  setFormula(formula: string): GRange {
    return this._writeContents((_r, _c, style) => storeFormula(this.sheet, formula, style));
  }

  // ---- formats ----

  getNumberFormats(): string[][] {
    return this._map((r, c) => reportedFormat(this.sheet.grid.style(r, c)));
  }
  getNumberFormat(): string {
    return this._first((r, c) => reportedFormat(this.sheet.grid.style(r, c)));
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    return this._writeStyle(this._checkShape(numberFormats, "setNumberFormats") as string[][], "", (s, f) =>
      withFormat(s, String(f)),
    );
  }
  setNumberFormat(numberFormat: string): GRange {
    return this._writeStyle(null, String(numberFormat), (s, f) => withFormat(s, f));
  }

  getBackgrounds(): string[][] {
    return this._map((r, c) => this.sheet.grid.style(r, c).background ?? "#ffffff");
  }
  getBackground(): string {
    return this._first((r, c) => this.sheet.grid.style(r, c).background ?? "#ffffff");
  }
  setBackgrounds(color: (string | null)[][]): GRange {
    const data = this._checkShape(color, "setBackgrounds") as (string | null)[][];
    return this._writeStyle(data, null, (s, v) => ({ ...s, background: normalizeColor(v) }));
  }
  setBackground(color: string | null): GRange {
    return this._writeStyle(null, normalizeColor(color), (s, v) => ({ ...s, background: v }));
  }

  getFontColor(): string {
    return this._first((r, c) => this.sheet.grid.style(r, c).fontColor ?? "#000000");
  }
  getFontColors(): string[][] {
    return this._map((r, c) => this.sheet.grid.style(r, c).fontColor ?? "#000000");
  }
  setFontColor(color: string | null): GRange {
    return this._writeStyle(null, normalizeColor(color), (s, v) => ({ ...s, fontColor: v }));
  }
  setFontColors(colors: unknown[][]): GRange {
    const data = this._checkShape(colors, "setFontColors");
    return this._writeStyle(data, null, (s, v) => ({ ...s, fontColor: normalizeColor(v as string | null) }));
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._map((r, c) => this.sheet.grid.style(r, c).fontWeight);
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this._first((r, c) => this.sheet.grid.style(r, c).fontWeight);
  }
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): GRange {
    const data = this._checkShape(fontWeights, "setFontWeights") as (string | null)[][];
    return this._writeStyle(data, null, (s, v) => ({ ...s, fontWeight: v === "bold" ? "bold" : "normal" }));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    const weight: CellStyle["fontWeight"] = fontWeight === "bold" ? "bold" : "normal";
    return this._writeStyle(null, weight, (s, v) => ({ ...s, fontWeight: v }));
  }

  getHorizontalAlignments(): string[][] {
    return this._map((r, c) => this.sheet.grid.style(r, c).hAlign ?? "general");
  }
  getHorizontalAlignment(): string {
    return this._first((r, c) => this.sheet.grid.style(r, c).hAlign ?? "general");
  }
  setHorizontalAlignments(alignments: (HorizontalAlignment | null)[][]): GRange {
    const data = this._checkShape(alignments, "setHorizontalAlignments") as (HorizontalAlignment | null)[][];
    return this._writeStyle(data, null, (s, v) => ({ ...s, hAlign: v }));
  }
  setHorizontalAlignment(alignment: HorizontalAlignment | null): GRange {
    return this._writeStyle(null, alignment, (s, v) => ({ ...s, hAlign: v }));
  }

  getWraps(): boolean[][] {
    return this._map((r, c) => this.sheet.grid.style(r, c).wrap);
  }
  getWrap(): boolean {
    return this._first((r, c) => this.sheet.grid.style(r, c).wrap);
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    const data = this._checkShape(isWrapEnabled, "setWraps") as boolean[][];
    return this._writeStyle(data, false, (s, v) => ({ ...s, wrap: Boolean(v) }));
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this._writeStyle(null, Boolean(isWrapEnabled), (s, v) => ({ ...s, wrap: v }));
  }

  // ---- notes ----

  getNotes(): string[][] {
    return this._map((r, c) => this.sheet.grid.style(r, c).note);
  }
  getNote(): string {
    return this._first((r, c) => this.sheet.grid.style(r, c).note);
  }
  setNotes(notes: (string | null)[][]): GRange {
    const data = this._checkShape(notes, "setNotes") as (string | null)[][];
    return this._writeStyle(data, null, (s, v) => ({ ...s, note: v === null || v === undefined ? "" : String(v) }));
  }
  setNote(note: string | null): GRange {
    return this._writeStyle(null, note === null || note === undefined ? "" : String(note), (s, v) => ({
      ...s,
      note: v,
    }));
  }
  clearNote(): GRange {
    return this._writeStyle(null, "", (s) => (s.note === "" ? s : { ...s, note: "" }));
  }

  // ---- data validation ----

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this._map((r, c) => validationApi(this._ctx, this.sheet.grid.style(r, c).validation));
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this._first((r, c) => validationApi(this._ctx, this.sheet.grid.style(r, c).validation));
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GRange {
    const data = this._checkShape(rules, "setDataValidations").map((row) =>
      row.map((rule) => validationData(this._ctx, rule, "SpreadsheetApp.Range.setDataValidations")),
    );
    return this._writeStyle(data, null, (s, v) => ({ ...s, validation: v }));
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    const data = validationData(this._ctx, rule, "SpreadsheetApp.Range.setDataValidation");
    return this._writeStyle(null, data, (s, v) => ({ ...s, validation: v }));
  }
  clearDataValidations(): GRange {
    return this._writeStyle(null, null, (s) => (s.validation === null ? s : { ...s, validation: null }));
  }

  // ---- clearing ----

  clearContent(): GRange {
    this._guard();
    const { r1, c1, r2, c2 } = this.area;
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) this.sheet.grid.setContent(r, c, "", "");
    return this._api();
  }
  clearFormat(): GRange {
    return this._writeStyle(null, null, (s) => resetFormats(s));
  }
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GRange {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!any || o.contentsOnly) this.clearContent();
    if (!any || o.formatOnly) this.clearFormat();
    if (o.commentsOnly) this.clearNote();
    if (o.validationsOnly) this.clearDataValidations();
    return this._api();
  }

  // ---- protection ----

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return protectionApi(newProtection(this.sheet, "RANGE", { ...this.area }));
  }
}

countCalls(LocalRange, "Range");

function reportedFormat(style: CellStyle): string {
  return style.format === AUTOMATIC ? AUTOMATIC_REPORTED : style.format;
}

/** Colors are kept as given, lower-cased ("#FF0000" reads back "#ff0000"); null resets to white. */
function normalizeColor(color: string | null | undefined): string | null {
  if (color === null || color === undefined || color === "") return null;
  return String(color).toLowerCase();
}

function validationApi(ctx: Context, data: ValidationData | null): GoogleAppsScript.Spreadsheet.DataValidation | null {
  return data ? (new LocalDataValidation(ctx, data) as unknown as GoogleAppsScript.Spreadsheet.DataValidation) : null;
}

function storeFormula(sheet: SheetModel, formula: unknown, style: CellStyle): Stored {
  const text = formula === null || formula === undefined ? "" : String(formula);
  if (text === "") return { value: "", formula: "", format: style.format };
  if (text.startsWith("=")) return { value: "", formula: text, format: style.format };
  return storeValue(sheet.book, text, style.format);
}

/** The sheet and rectangle of a Range handed back by add-in code. */
export function sheetAreaOf(ctx: Context, range: unknown, method: string): SheetArea {
  if (range instanceof LocalRange) return range.rawSheetArea();
  throw signatureError(ctx, method, [range]);
}

/** A Range for a stored rectangle. */
export function rangeApi(ref: SheetArea): GRange {
  return new LocalRange(ref.sheet, { ...ref.area }) as unknown as GRange;
}

/** Stored values of a Range (for VALUE_IN_RANGE validation), row by row. */
export function valuesIn(range: unknown): CellValue[] {
  if (!(range instanceof LocalRange)) return [];
  const out: CellValue[] = [];
  const { r1, c1, r2, c2 } = range.area;
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(range.sheet.grid.value(r, c));
  return out;
}
