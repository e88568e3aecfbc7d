// Sheet: ranges, size, rows and columns, frozen panes, conditional formats, charts, protections.

import { parseA1, type A1Ref } from "./a1";
import { DEFAULT_STYLE, withFormat, type Area, type CellData, type CellStyle } from "./cells";
import { chartApi, chartData, copyChart, newChartBuilder } from "./charts";
import { condRuleApi, condRuleData } from "./conditional-format";
import { isDate, signatureError, type Context } from "./context";
import { countCalls } from "./counter";
import { MSG } from "./errors";
import { autoDateFormat } from "./locale";
import type { CondRuleData, SheetModel } from "./model";
import { formatCell } from "./number-format";
import { assertCanWrite, type WriteTarget } from "./permissions";
import { newProtection, protectionApi, protectionsOf } from "./protection";
import { checkBounds, LocalRange } from "./range";
import { spreadsheetApi } from "./spreadsheet";
import { dateSerial, readValue, storeValue } from "./values";

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

type SheetMethods =
  | "activate"
  | "appendRow"
  | "autoResizeColumn"
  | "autoResizeColumns"
  | "clear"
  | "clearConditionalFormatRules"
  | "clearContents"
  | "clearFormats"
  | "clearNotes"
  | "deleteColumn"
  | "deleteColumns"
  | "deleteRow"
  | "deleteRows"
  | "getCharts"
  | "getColumnWidth"
  | "getConditionalFormatRules"
  | "getDataRange"
  | "getFormUrl"
  | "getFrozenColumns"
  | "getFrozenRows"
  | "getIndex"
  | "getLastColumn"
  | "getLastRow"
  | "getMaxColumns"
  | "getMaxRows"
  | "getName"
  | "getParent"
  | "getProtections"
  | "getRange"
  | "getSheetId"
  | "getSheetName"
  | "getSheetValues"
  | "getTabColor"
  | "getType"
  | "hideSheet"
  | "insertChart"
  | "insertColumnAfter"
  | "insertColumnBefore"
  | "insertColumns"
  | "insertColumnsAfter"
  | "insertColumnsBefore"
  | "insertRowAfter"
  | "insertRowBefore"
  | "insertRows"
  | "insertRowsAfter"
  | "insertRowsBefore"
  | "isSheetHidden"
  | "newChart"
  | "protect"
  | "removeChart"
  | "setColumnWidth"
  | "setColumnWidths"
  | "setConditionalFormatRules"
  | "setFrozenColumns"
  | "setFrozenRows"
  | "setName"
  | "setTabColor"
  | "showSheet"
  | "updateChart";

const facades = new WeakMap<SheetModel, LocalSheet>();

/** The one Sheet object of a sheet. */
export function sheetApi(model: SheetModel): GSheet {
  return localSheet(model) as unknown as GSheet;
}

export function localSheet(model: SheetModel): LocalSheet {
  let s = facades.get(model);
  if (!s) facades.set(model, (s = new LocalSheet(model)));
  return s;
}

function sameRule(a: CondRuleData, b: CondRuleData): boolean {
  const key = (r: CondRuleData) =>
    JSON.stringify([r.criteria, r.values.map(String), r.format, r.ranges.map((x) => [x.sheet.id, x.area])]);
  return key(a) === key(b);
}

export class LocalSheet implements Pick<GSheet, SheetMethods> {
  constructor(readonly model: SheetModel) {}

  get calls() {
    return this.model.book.ctx.calls;
  }

  private get _ctx(): Context {
    return this.model.book.ctx;
  }

  private _api(): GSheet {
    return this as unknown as GSheet;
  }

  private _guard(target: WriteTarget): void {
    assertCanWrite(this.model, target);
  }

  private _range(r: number, c: number, nr: number, nc: number, wholeColumns = false, wholeRows = false): GRange {
    checkBounds(this.model, r, c, nr, nc);
    return new LocalRange(
      this.model,
      { r1: r, c1: c, r2: r + nr - 1, c2: c + nc - 1 },
      wholeColumns,
      wholeRows,
    ) as unknown as GRange;
  }

  private _whole(): LocalRange {
    return new LocalRange(this.model, { r1: 1, c1: 1, r2: this.model.maxRows, c2: this.model.maxColumns });
  }

  // ---- raw accessors for tests and loaders (not counted) ----

  /** Everything one cell holds (value as stored: dates are serials). */
  rawCell(row: number, column: number): CellData {
    return this.model.grid.cell(row, column);
  }

  /** Values of the used area, or of `area` (1-based, inclusive), as getValues() would return them (dates as Date). */
  rawValues(area?: Readonly<Area>): unknown[][] {
    const { grid, book } = this.model;
    const { r1, c1, r2, c2 } = area ?? { r1: 1, c1: 1, r2: grid.lastRow(), c2: grid.lastColumn() };
    const rows: unknown[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row: unknown[] = [];
      for (let c = c1; c <= c2; c++) {
        const v = readValue(book, grid.value(r, c), grid.style(r, c));
        row.push(isDate(v) ? new Date(v.getTime()) : v);
      }
      rows.push(row);
    }
    return rows;
  }

  /** Display values of the used area. */
  rawDisplayValues(): string[][] {
    const { grid, book } = this.model;
    return Array.from({ length: grid.lastRow() }, (_, i) =>
      Array.from({ length: grid.lastColumn() }, (_, j) =>
        formatCell(grid.value(i + 1, j + 1), grid.style(i + 1, j + 1).format, book.locale),
      ),
    );
  }

  /** Stores `values` from (row, column) as they are: strings stay text, Dates become date cells. */
  rawSetValues(row: number, column: number, values: readonly (readonly unknown[])[]): void {
    const { grid, book } = this.model;
    values.forEach((line, i) => {
      line.forEach((v, j) => {
        const r = row + i;
        const c = column + j;
        if (isDate(v)) {
          const { serial, withTime } = dateSerial(book, v.getTime());
          grid.setContent(r, c, serial, "");
          const style = grid.style(r, c);
          if (!style.format) grid.setStyle(r, c, withFormat(style, autoDateFormat(book.locale, withTime)));
        } else grid.setContent(r, c, v === null || v === undefined ? "" : (v as string | number | boolean), "");
      });
    });
    let width = 0;
    for (const l of values) width = Math.max(width, l.length);
    this.model.ensureSize(row + values.length - 1, column + width - 1);
  }

  /** Sets parts of one cell directly (value, formula, format, background, note, validation…). */
  rawSetCell(row: number, column: number, patch: Partial<CellData>): void {
    const { grid } = this.model;
    const { value, formula, ...style } = patch;
    if (value !== undefined || formula !== undefined) {
      grid.setContent(row, column, value ?? grid.value(row, column), formula ?? grid.formula(row, column));
    }
    if (Object.keys(style).length)
      grid.setStyle(row, column, Object.freeze({ ...grid.style(row, column), ...style }) as CellStyle);
    this.model.ensureSize(row, column);
  }

  // ---- identity ----

  getName(): string {
    return this.model.name;
  }
  getSheetName(): string {
    return this.model.name;
  }
  setName(name: string): GSheet {
    const text = String(name);
    this._guard("sheet");
    if (this.model.book.nameTaken(text, this.model)) throw this._ctx.error(MSG.sheetExists(text));
    this.model.name = text;
    return this._api();
  }
  getFormUrl(): string | null {
    return this.model.formUrl;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getIndex(): number {
    return this.model.index();
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetApi(this.model.book);
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return "GRID" as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }
  activate(): GSheet {
    this.model.book.active = this.model;
    return this._api();
  }
  hideSheet(): GSheet {
    this._guard("sheet");
    const visible = this.model.book.sheets.filter((s) => !s.hidden && s !== this.model);
    if (visible.length === 0) throw this._ctx.error(MSG.hideAllSheets);
    this.model.hidden = true;
    return this._api();
  }
  showSheet(): GSheet {
    this._guard("sheet");
    this.model.hidden = false;
    return this._api();
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  setTabColor(color: string | null): GSheet {
    this._guard("sheet");
    this.model.tabColor = color ? String(color).toLowerCase() : null;
    return this._api();
  }

  // ---- ranges ----

  getRange(a: number | string, b?: number, c?: number, d?: number): GRange {
    if (typeof a === "string" && b === undefined) {
      const ref = parseA1(a);
      if (!ref) throw this._ctx.error(MSG.rangeNotFound);
      let model = this.model;
      if (ref.sheetName !== null) {
        const other = this.model.book.sheetByName(ref.sheetName);
        if (!other) throw this._ctx.error(MSG.rangeNotFound);
        model = other;
      }
      return localSheet(model)._a1(ref);
    }
    const args = [a, b, c, d].slice(0, d !== undefined ? 4 : c !== undefined ? 3 : 2);
    if (args.some((x) => typeof x !== "number" || Number.isNaN(x))) {
      throw signatureError(this._ctx, "SpreadsheetApp.Sheet.getRange", args);
    }
    const [row, col, nr = 1, nc = 1] = args.map((x) => Math.trunc(x as number));
    return this._range(row, col, nr, nc);
  }

  /** A range from parsed A1 notation on this sheet. */
  _a1(ref: A1Ref): GRange {
    const m = this.model;
    const r1 = ref.start.row ?? 1;
    const c1 = ref.start.col ?? 1;
    const r2 = ref.end.row ?? m.maxRows;
    const c2 = ref.end.col ?? m.maxColumns;
    const [top, bottom] = r1 <= r2 ? [r1, r2] : [r2, r1];
    const [left, right] = c1 <= c2 ? [c1, c2] : [c2, c1];
    if (bottom > m.maxRows || right > m.maxColumns) throw this._ctx.error(MSG.rangeNotFound);
    return this._range(top, left, bottom - top + 1, right - left + 1, ref.start.row === null, ref.start.col === null);
  }

  getDataRange(): GRange {
    return this._range(1, 1, Math.max(1, this.model.grid.lastRow()), Math.max(1, this.model.grid.lastColumn()));
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const nr = numRows === -1 ? this.model.grid.lastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? this.model.grid.lastColumn() - startColumn + 1 : numColumns;
    return (this._range(startRow, startColumn, nr, nc) as unknown as LocalRange).getValues();
  }
  getLastRow(): number {
    return this.model.grid.lastRow();
  }
  getLastColumn(): number {
    return this.model.grid.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  appendRow(rowContents: unknown[]): GSheet {
    if (!Array.isArray(rowContents)) throw signatureError(this._ctx, "SpreadsheetApp.Sheet.appendRow", [rowContents]);
    const m = this.model;
    const row = m.grid.lastRow() + 1;
    const width = Math.max(1, rowContents.length);
    this._guard({ r1: row, c1: 1, r2: row, c2: width });
    m.ensureSize(row, width);
    rowContents.forEach((v, j) => {
      const style = m.grid.style(row, j + 1);
      const s = storeValue(m.book, v, style.format);
      m.grid.setContent(row, j + 1, s.value, s.formula);
      if (s.format !== style.format) m.grid.setStyle(row, j + 1, withFormat(style, s.format));
    });
    return this._api();
  }

  // ---- clearing ----

  /** Clearing a sheet's formats also removes its conditional format rules. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    const whole = this._whole();
    if (options && (options.formatOnly || options.contentsOnly)) whole.clear(options);
    else whole.clear();
    if (!options?.contentsOnly || options.formatOnly) this.model.condRules = [];
    return this._api();
  }
  clearContents(): GSheet {
    this._whole().clearContent();
    return this._api();
  }
  clearFormats(): GSheet {
    this._whole().clearFormat();
    this.model.condRules = [];
    return this._api();
  }
  clearNotes(): GSheet {
    this._whole().clearNote();
    return this._api();
  }

  // ---- rows and columns ----

  private _inherit(from: number, first: number, count: number, dim: "row" | "column"): void {
    const g = this.model.grid;
    const span = dim === "row" ? this.model.maxColumns : this.model.maxRows;
    for (let k = 1; k <= span; k++) {
      const src = dim === "row" ? g.style(from, k) : g.style(k, from);
      if (src === DEFAULT_STYLE) continue;
      const style = src.note ? { ...src, note: "" } : src;
      for (let i = first; i < first + count; i++) {
        if (dim === "row") g.setStyle(i, k, style);
        else g.setStyle(k, i, style);
      }
    }
  }

  private _insertRows(before: number, howMany: number, inheritFrom: "above" | "below"): void {
    const m = this.model;
    if (before < 1 || before > m.maxRows + 1 || !(howMany >= 1)) throw this._ctx.error(MSG.rowsOutOfBounds);
    this._guard("sheet");
    m.insertRows(before, howMany);
    const src = inheritFrom === "above" ? before - 1 : before + howMany;
    if (src >= 1 && src <= m.maxRows) this._inherit(src, before, howMany, "row");
  }

  private _insertColumns(before: number, howMany: number, inheritFrom: "left" | "right"): void {
    const m = this.model;
    if (before < 1 || before > m.maxColumns + 1 || !(howMany >= 1)) throw this._ctx.error(MSG.columnsOutOfBounds);
    this._guard("sheet");
    m.insertColumns(before, howMany);
    const src = inheritFrom === "left" ? before - 1 : before + howMany;
    if (src >= 1 && src <= m.maxColumns) this._inherit(src, before, howMany, "column");
  }

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    if (afterPosition < 1 || afterPosition > this.model.maxRows) throw this._ctx.error(MSG.rowsOutOfBounds);
    this._insertRows(afterPosition + 1, howMany, "above");
    return this._api();
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    if (beforePosition < 1 || beforePosition > this.model.maxRows) throw this._ctx.error(MSG.rowsOutOfBounds);
    this._insertRows(beforePosition, howMany, "below");
    return this._api();
  }
  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    if (afterPosition < 1 || afterPosition > this.model.maxColumns) throw this._ctx.error(MSG.columnsOutOfBounds);
    this._insertColumns(afterPosition + 1, howMany, "left");
    return this._api();
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    if (beforePosition < 1 || beforePosition > this.model.maxColumns) throw this._ctx.error(MSG.columnsOutOfBounds);
    this._insertColumns(beforePosition, howMany, "right");
    return this._api();
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const m = this.model;
    if (rowPosition < 1 || !(howMany >= 1) || rowPosition + howMany - 1 > m.maxRows)
      throw this._ctx.error(MSG.rowsOutOfBounds);
    if (m.maxRows - howMany <= m.frozenRows) throw this._ctx.error(MSG.deleteAllRows);
    this._guard({ r1: rowPosition, c1: 1, r2: rowPosition + howMany - 1, c2: m.maxColumns });
    m.deleteRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): GSheet {
    this.deleteRows(rowPosition, 1);
    return this._api();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const m = this.model;
    if (columnPosition < 1 || !(howMany >= 1) || columnPosition + howMany - 1 > m.maxColumns) {
      throw this._ctx.error(MSG.columnsOutOfBounds);
    }
    if (m.maxColumns - howMany <= m.frozenColumns) throw this._ctx.error(MSG.deleteAllColumns);
    this._guard({ r1: 1, c1: columnPosition, r2: m.maxRows, c2: columnPosition + howMany - 1 });
    m.deleteColumns(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): GSheet {
    this.deleteColumns(columnPosition, 1);
    return this._api();
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this._guard("sheet");
    if (rows < 0 || rows >= this.model.maxRows) throw this._ctx.error(MSG.freezeAllRows);
    this.model.frozenRows = rows;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this._guard("sheet");
    if (columns < 0 || columns >= this.model.maxColumns) throw this._ctx.error(MSG.freezeAllColumns);
    this.model.frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? 100;
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    this._guard("sheet");
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this._api();
  }
  autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    this._guard("sheet");
    const g = this.model.grid;
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= g.lastRow(); r++) longest = Math.max(longest, String(g.value(r, c)).length);
      this.model.columnWidths.set(c, Math.max(21, Math.min(1000, 7 * longest + 10)));
    }
    return this._api();
  }

  // ---- conditional formats ----

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this._ctx.list(this.model.condRules.map((r) => condRuleApi(this._ctx, r)));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      throw signatureError(this._ctx, "SpreadsheetApp.Sheet.setConditionalFormatRules", [rules]);
    const next = rules.map((r) => condRuleData(this._ctx, r));
    const old = this.model.condRules;
    const changed = [
      ...next.filter((n) => !old.some((o) => sameRule(o, n))),
      ...old.filter((o) => !next.some((n) => sameRule(o, n))),
    ];
    if (changed.length === 0) this._guard("sheet");
    for (const rule of changed) for (const ref of rule.ranges) assertCanWrite(ref.sheet, ref.area);
    this.model.condRules = next;
  }
  clearConditionalFormatRules(): void {
    this.setConditionalFormatRules([]);
  }

  // ---- charts ----

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return newChartBuilder(this.model);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const data = chartData(this._ctx, chart, "SpreadsheetApp.Sheet.insertChart");
    this._guard("sheet");
    data.id = this.model.book.chartId();
    this.model.charts.push(copyChart(data));
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const data = chartData(this._ctx, chart, "SpreadsheetApp.Sheet.updateChart");
    const i = this.model.charts.findIndex((c) => c.id !== null && c.id === data.id);
    if (i < 0) throw this._ctx.error(MSG.chartNotFound);
    this._guard("sheet");
    this.model.charts[i] = copyChart(data);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const data = chartData(this._ctx, chart, "SpreadsheetApp.Sheet.removeChart");
    const i = this.model.charts.findIndex((c) => c.id !== null && c.id === data.id);
    if (i < 0) throw this._ctx.error(MSG.chartNotFound);
    this._guard("sheet");
    this.model.charts.splice(i, 1);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this._ctx.list(this.model.charts.map((c) => chartApi(this.model, c)));
  }

  // ---- protections ----

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return protectionApi(newProtection(this.model, "SHEET", null));
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return protectionsOf(this.model.book, type, this.model);
  }
}

countCalls(LocalSheet, "Sheet");
