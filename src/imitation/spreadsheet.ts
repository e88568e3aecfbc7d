// Spreadsheet: its sheets, sharing, locale and time zone; and LocalSpreadsheet.create() to build a
// book from plain data for tests and loaders.

import { parseA1 } from "./a1";
import { Context } from "./context";
import { countCalls } from "./counter";
import { MSG } from "./errors";
import { BookModel, type SheetModel } from "./model";
import { assertCanEditBook, assertCanWrite } from "./permissions";
import { protectionsOf } from "./protection";
import { localSheet, sheetApi, type LocalSheet } from "./sheet";
import { userApi } from "./user";
import { isValidTimeZone } from "./zone";

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GUser = GoogleAppsScript.Base.User;

type SpreadsheetMethods =
  | "addEditor"
  | "addEditors"
  | "addViewer"
  | "addViewers"
  | "appendRow"
  | "deleteActiveSheet"
  | "deleteSheet"
  | "getActiveSheet"
  | "getDataRange"
  | "getEditors"
  | "getFormUrl"
  | "getFrozenRows"
  | "getId"
  | "getLastColumn"
  | "getLastRow"
  | "getName"
  | "getNumSheets"
  | "getOwner"
  | "getProtections"
  | "getRange"
  | "getRangeByName"
  | "getSheetById"
  | "getSheetByName"
  | "getSheetId"
  | "getSheetName"
  | "getSheets"
  | "getSpreadsheetLocale"
  | "getSpreadsheetTimeZone"
  | "getUrl"
  | "getViewers"
  | "insertSheet"
  | "moveActiveSheet"
  | "removeEditor"
  | "removeViewer"
  | "rename"
  | "renameActiveSheet"
  | "setActiveSheet"
  | "setFrozenRows"
  | "setSpreadsheetLocale"
  | "setSpreadsheetTimeZone"
  | "toast";

export interface SheetSpec {
  name: string;
  /** Cell values from A1; Dates become date cells, strings stay text as given. */
  rows?: readonly (readonly unknown[])[];
  /** Number formats from A1 (null: automatic), applied before `rows`. */
  formats?: readonly (readonly (string | null)[])[];
  frozenRows?: number;
  maxRows?: number;
  maxColumns?: number;
  hidden?: boolean;
}

export interface BookSpec {
  name?: string;
  id?: string;
  timeZone?: string;
  locale?: string;
  owner?: string;
  editors?: readonly string[];
  viewers?: readonly string[];
  /** The file lives in a shared drive: getOwner() is null. */
  sharedDrive?: boolean;
  sheets?: readonly SheetSpec[];
}

let bookCounter = 0;

function freshId(): string {
  bookCounter++;
  return `1Local${String(bookCounter).padStart(4, "0")}TinhChiTieu${"x".repeat(23)}`.slice(0, 44);
}

const facades = new WeakMap<BookModel, LocalSpreadsheet>();

export function spreadsheetApi(book: BookModel): GSpreadsheet {
  return localSpreadsheet(book) as unknown as GSpreadsheet;
}

export function localSpreadsheet(book: BookModel): LocalSpreadsheet {
  let s = facades.get(book);
  if (!s) facades.set(book, (s = new LocalSpreadsheet(book)));
  return s;
}

function emailOf(user: unknown): string {
  if (user && typeof (user as GUser).getEmail === "function") return (user as GUser).getEmail();
  return String(user).trim();
}

export class LocalSpreadsheet implements Pick<GSpreadsheet, SpreadsheetMethods> {
  constructor(readonly book: BookModel) {}

  /** Builds a book from plain data (nothing is counted). */
  static create(spec: BookSpec = {}): LocalSpreadsheet {
    const owner = spec.owner ?? "owner@example.com";
    const ctx = new Context();
    ctx.user = owner;
    ctx.effectiveUser = owner;
    const book = new BookModel(ctx, {
      id: spec.id ?? freshId(),
      name: spec.name ?? "Bảng tính không có tiêu đề",
      timeZone: spec.timeZone ?? "Asia/Ho_Chi_Minh",
      locale: spec.locale ?? "vi_VN",
      owner,
      editors: spec.editors,
      viewers: spec.viewers,
      sharedDrive: spec.sharedDrive,
    });
    const sheets = spec.sheets?.length ? spec.sheets : [{ name: "Sheet1" }];
    for (const s of sheets) {
      const model = book.addSheet(s.name);
      const api = localSheet(model);
      s.formats?.forEach((line, i) => {
        line.forEach((f, j) => {
          if (f !== null) api.rawSetCell(i + 1, j + 1, { format: f });
        });
      });
      if (s.rows) api.rawSetValues(1, 1, s.rows);
      model.ensureSize(s.maxRows ?? 0, s.maxColumns ?? 0);
      if (s.maxRows !== undefined) model.maxRows = Math.max(s.maxRows, model.grid.lastRow(), 1);
      if (s.maxColumns !== undefined) model.maxColumns = Math.max(s.maxColumns, model.grid.lastColumn(), 1);
      model.frozenRows = s.frozenRows ?? 0;
      model.hidden = s.hidden ?? false;
    }
    return localSpreadsheet(book);
  }

  get calls() {
    return this.book.ctx.calls;
  }

  private _api(): GSpreadsheet {
    return this as unknown as GSpreadsheet;
  }

  private _active(): LocalSheet {
    const active = this.book.active ?? this.book.sheets[0];
    return localSheet(active);
  }

  // ---- raw accessors (not counted) ----

  raw(): BookModel {
    return this.book;
  }

  /** The sheet named `name` with its raw accessors, or throws. */
  rawSheet(name: string): LocalSheet {
    const model = this.book.sheetByName(name);
    if (!model) throw new Error(`No sheet named "${name}" in ${this.book.name}`);
    return localSheet(model);
  }

  rawSheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  // ---- identity and settings ----

  getId(): string {
    return this.book.id;
  }
  getUrl(): string {
    return this.book.url();
  }
  getName(): string {
    return this.book.name;
  }
  rename(newName: string): void {
    assertCanEditBook(this.book);
    this.book.name = String(newName);
  }
  /** The form of the first response sheet (which one, with several forms, is "indeterminate" in the reference). */
  getFormUrl(): string | null {
    return this.book.sheets.find((s) => s.formUrl !== null)?.formUrl ?? null;
  }
  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    assertCanEditBook(this.book);
    if (!isValidTimeZone(timezone)) throw this.book.ctx.error(MSG.invalidTimeZone(String(timezone)));
    this.book.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.book.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    assertCanEditBook(this.book);
    this.book.locale = String(locale);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.book.toasts.push({
      message: String(msg),
      title: title === undefined ? "" : String(title),
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }

  // ---- sharing ----

  /** null for a file in a shared drive (files there belong to the drive, not to a user). */
  getOwner(): GUser | null {
    if (this.book.sharedDrive) return null;
    return userApi(this.book.ctx, this.book.owner);
  }
  getEditors(): GUser[] {
    const emails = [this.book.owner, ...this.book.editors];
    return this.book.ctx.list(emails.map((e) => userApi(this.book.ctx, e)));
  }
  getViewers(): GUser[] {
    const emails = [...this.book.viewers].filter((e) => !this.book.canEdit(e));
    return this.book.ctx.list(emails.map((e) => userApi(this.book.ctx, e)));
  }
  addEditor(user: string | GUser): GSpreadsheet {
    return this.addEditors([emailOf(user)]);
  }
  addEditors(emailAddresses: string[]): GSpreadsheet {
    assertCanEditBook(this.book);
    for (const e of emailAddresses) if (emailOf(e) && emailOf(e) !== this.book.owner) this.book.editors.add(emailOf(e));
    return this._api();
  }
  removeEditor(user: string | GUser): GSpreadsheet {
    assertCanEditBook(this.book);
    this.book.editors.delete(emailOf(user));
    return this._api();
  }
  addViewer(user: string | GUser): GSpreadsheet {
    return this.addViewers([emailOf(user)]);
  }
  addViewers(emailAddresses: string[]): GSpreadsheet {
    assertCanEditBook(this.book);
    for (const e of emailAddresses) if (emailOf(e) && !this.book.canEdit(emailOf(e))) this.book.viewers.add(emailOf(e));
    return this._api();
  }
  removeViewer(user: string | GUser): GSpreadsheet {
    assertCanEditBook(this.book);
    this.book.viewers.delete(emailOf(user));
    return this._api();
  }

  // ---- sheets ----

  getSheets(): GSheet[] {
    return this.book.ctx.list(this.book.sheets.map(sheetApi));
  }
  getNumSheets(): number {
    return this.book.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    const model = this.book.sheetByName(String(name));
    return model ? sheetApi(model) : null;
  }
  getSheetById(id: number): GSheet | null {
    const model = this.book.sheets.find((s) => s.id === id);
    return model ? sheetApi(model) : null;
  }
  getActiveSheet(): GSheet {
    return this._active() as unknown as GSheet;
  }
  setActiveSheet(sheet: GSheet): GSheet {
    const model = this._model(sheet);
    this.book.active = model;
    return sheetApi(model);
  }
  getSheetId(): number {
    return this._active().getSheetId();
  }
  getSheetName(): string {
    return this._active().getName();
  }

  private _model(sheet: unknown): SheetModel {
    const model = (sheet as LocalSheet | null)?.model;
    if (!model || model.book !== this.book || model.deleted) throw this.book.ctx.error(MSG.rangeNotFound);
    return model;
  }

  insertSheet(
    a?: string | number | { template?: GSheet },
    b?: number | { template?: GSheet },
    c?: { template?: GSheet },
  ): GSheet {
    assertCanEditBook(this.book);
    const name = typeof a === "string" ? a : this.book.freshSheetName();
    const index = typeof a === "number" ? a : typeof b === "number" ? b : undefined;
    const options = [a, b, c].find((x): x is { template?: GSheet } => typeof x === "object" && x !== null);
    if (this.book.nameTaken(name)) throw this.book.ctx.error(MSG.sheetExists(name));
    const activeIndex = this.book.active ? this.book.sheets.indexOf(this.book.active) + 1 : this.book.sheets.length;
    const model = this.book.addSheet(name, index ?? activeIndex);
    if (options?.template) copySheetInto(this._model(options.template), model);
    this.book.active = model;
    return sheetApi(model);
  }

  deleteSheet(sheet: GSheet): void {
    const model = this._model(sheet);
    assertCanWrite(model, "sheet-and-ranges");
    if (this.book.sheets.filter((s) => !s.hidden && s !== model).length === 0)
      throw this.book.ctx.error(MSG.lastVisibleSheet);
    this.book.removeSheet(model);
  }
  deleteActiveSheet(): GSheet {
    const active = this._active();
    this.deleteSheet(active as unknown as GSheet);
    return this._active() as unknown as GSheet;
  }
  moveActiveSheet(pos: number): void {
    const active = this._active().model;
    assertCanEditBook(this.book);
    const list = this.book.sheets;
    list.splice(list.indexOf(active), 1);
    list.splice(Math.max(0, Math.min(pos - 1, list.length)), 0, active);
  }
  renameActiveSheet(newName: string): void {
    this._active().setName(newName);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return protectionsOf(this.book, type);
  }

  // ---- ranges (A1 with a sheet name, else on the active sheet) ----

  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const ref = parseA1(String(a1Notation));
    if (!ref) throw this.book.ctx.error(MSG.rangeNotFound);
    const model = ref.sheetName === null ? this._active().model : this.book.sheetByName(ref.sheetName);
    if (!model) throw this.book.ctx.error(MSG.rangeNotFound);
    return localSheet(model)._a1(ref);
  }
  getRangeByName(_name: string): GoogleAppsScript.Spreadsheet.Range | null {
    return null;
  }
  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    return this._active().getDataRange();
  }
  getLastRow(): number {
    return this._active().getLastRow();
  }
  getLastColumn(): number {
    return this._active().getLastColumn();
  }
  appendRow(rowContents: unknown[]): GSheet {
    return this._active().appendRow(rowContents);
  }
  getFrozenRows(): number {
    return this._active().getFrozenRows();
  }
  setFrozenRows(rows: number): void {
    this._active().setFrozenRows(rows);
  }
}

countCalls(LocalSpreadsheet, "Spreadsheet");

/** Copies a template sheet's size, cells and frozen rows into a new sheet. */
function copySheetInto(from: SheetModel, to: SheetModel): void {
  to.maxRows = from.maxRows;
  to.maxColumns = from.maxColumns;
  to.frozenRows = from.frozenRows;
  to.frozenColumns = from.frozenColumns;
  for (let r = 1; r <= from.maxRows; r++) {
    for (let c = 1; c <= from.maxColumns; c++) {
      const cell = from.grid.cell(r, c);
      to.grid.setContent(r, c, cell.value, cell.formula);
      to.grid.setStyle(r, c, from.grid.style(r, c));
    }
  }
}
