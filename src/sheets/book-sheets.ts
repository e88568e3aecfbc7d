// The book's sheets as the running command found them: the list and every name read once (getSheets,
// then the Sheets API's properties of all — names, sizes, frozen rows — in one call, or getName of each
// and a sheet's size and frozen rows when first asked) — all in the read phase, since
// Apps Script sends the batched writes before any read (a round trip). A write step that adds, resizes,
// renames or deletes a sheet tells the snapshot, so later steps size their writes without asking the
// spreadsheet again. Outside a command every lookup reads the book afresh.
import { bookPropertiesOf, type ApiChart, type ApiProtection, type ApiRule } from "./sheet-properties";
import type { SheetSetup } from "./sheet-setup";
import { sheetKey } from "./sheet-names";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetSize {
  rows: number;
  cols: number;
}

/** A sheet Spreadsheet.insertSheet() makes: 1,000 rows × 26 columns, nothing frozen. */
export const NEW_SHEET: Readonly<SheetSize> = { rows: 1000, cols: 26 };

export class BookSheets {
  private entries: Entry[];
  private readonly byKey = new Map<string, Entry>();
  private readonly bySheet = new Map<Sheet, Entry>();

  /** `oneCall`: a menu command's snapshot, whose properties come from one Sheets API call when it can. */
  constructor(
    readonly book: Book,
    oneCall = false,
  ) {
    const sheets = book.getSheets();
    const props = oneCall ? bookPropertiesOf(book, sheets.length) : null;
    this.entries = sheets.map((sheet, i) => (props ? { sheet, ...props.sheets[i] } : { sheet, name: sheet.getName() }));
    for (const e of this.entries) this.index(e);
    this.locale = props?.locale;
    this.timeZone = props?.timeZone;
    this.api = props !== null;
  }

  /** Whether the Sheets API answered this command (it may set up the sheets the command makes). */
  readonly api: boolean;
  /** The looks of the sheets the command made, set when it ends (finishSetups). */
  readonly setups: SheetSetup[] = [];

  /** The book's locale and time zone, when the one call gave them. */
  readonly locale?: string;
  readonly timeZone?: string;

  private index(e: Entry): void {
    this.byKey.set(sheetKey(e.name), e);
    this.bySheet.set(e.sheet, e);
  }

  /** The entry of a sheet object this snapshot handed out or was told about. */
  known(sheet: Sheet): Entry | undefined {
    return this.bySheet.get(sheet);
  }

  private bookEditors?: GoogleAppsScript.Base.User[];
  runner?: GoogleAppsScript.Base.User;
  /** The email of the user running the command, when known, and whether the book is theirs. */
  user = "";
  owner?: boolean;
  /** Who runs the script and who owns the book, asked once per execution (see askedOnce). */
  readonly asked = new Map<string, string>();
  /** Each sheet's cells as the read phase read them (readValues), until the first planned write runs. */
  readonly values = new Map<Sheet, unknown[][]>();
  private writing = false;

  /** The command's writes begin: from now on a read asks the sheet again. */
  startWrites(): void {
    this.writing = true;
    this.values.clear();
  }

  /** Whether reads may still be answered from what the command read before. */
  get reading(): boolean {
    return !this.writing;
  }

  /** The book's editors (a new protection starts with them), read the first time they are asked. */
  editors(): GoogleAppsScript.Base.User[] {
    this.bookEditors ??= this.book.getEditors();
    return this.bookEditors;
  }

  /** Every sheet with its name, in tab order. */
  list(): readonly { sheet: Sheet; name: string }[] {
    return this.entries;
  }

  /** The sheet called `name`, in any case (sheet names are unique regardless of case). */
  find(name: string): Sheet | null {
    return this.byKey.get(sheetKey(name))?.sheet ?? null;
  }

  /** The name the sheet has, in the book's spelling. */
  nameOf(name: string): string | undefined {
    return this.byKey.get(sheetKey(name))?.name;
  }

  /** A sheet the command made (insertSheet): `size` unless given is a new sheet's. */
  added(name: string, sheet: Sheet, size: SheetSize = NEW_SHEET): Sheet {
    const e: Entry = { sheet, name, rows: size.rows, cols: size.cols, frozenRows: 0 };
    this.entries.push(e);
    this.index(e);
    return sheet;
  }

  renamed(from: string, to: string): void {
    const e = this.byKey.get(sheetKey(from));
    if (!e) return;
    this.byKey.delete(sheetKey(from));
    e.name = to;
    this.byKey.set(sheetKey(to), e);
  }

  removed(name: string): void {
    const e = this.byKey.get(sheetKey(name));
    if (!e) return;
    this.byKey.delete(sheetKey(name));
    this.bySheet.delete(e.sheet);
    this.entries = this.entries.filter((x) => x !== e);
  }
}

type Entry = {
  sheet: Sheet;
  name: string;
  /** The conditional format rules and protections as the Sheets API gave them (absent when it did not). */
  rules?: ApiRule[];
  apiProtections?: ApiProtection[];
  charts?: ApiChart[];
  rows?: number;
  cols?: number;
  editable?: boolean;
  protections?: GoogleAppsScript.Spreadsheet.Protection[];
  frozenRows?: number;
};

let current: BookSheets | null = null;

/** The running command's snapshot of `book`; outside a command, a fresh one (the list is read again). */
export function bookSheets(book: Book): BookSheets {
  return current && current.book === book ? current : new BookSheets(book);
}

/** The sheet called `name`, in any case, as the running command found the book (else the exact name first). */
export function findSheet(book: Book, name: string): Sheet | null {
  if (current?.book === book) return current.find(name);
  return book.getSheetByName(name) ?? new BookSheets(book).find(name);
}

/** A new sheet called `name`, known to the running command's snapshot. */
export function insertSheet(book: Book, name: string): Sheet {
  const sheet = book.insertSheet(name);
  if (current?.book === book) current.added(name, sheet);
  return sheet;
}

/** Renames a sheet, telling the running command's snapshot. */
export function renameSheet(sheet: Sheet, from: string, to: string): void {
  sheet.setName(to);
  if (current?.known(sheet)) current.renamed(from, to);
}

/** The name of `sheet`: from the running command's snapshot when it knows the sheet. */
export function nameOf(sheet: Sheet): string {
  return current?.known(sheet)?.name ?? sheet.getName();
}

/** getMaxRows × getMaxColumns of `sheet`: from the running command's snapshot when it knows the sheet. */
export function sizeOf(sheet: Sheet): SheetSize {
  return { rows: rowsOf(sheet), cols: colsOf(sheet) };
}

/** What `read` gives for `sheet`, read once per command when the running command's snapshot knows the sheet. */
function once<K extends "rows" | "cols" | "frozenRows" | "editable" | "protections">(
  sheet: Sheet,
  key: K,
  read: () => NonNullable<Entry[K]>,
): NonNullable<Entry[K]> {
  const e = current?.known(sheet);
  return e ? (e[key] ??= read()) : read();
}

/** getMaxRows of `sheet`, read once per command when the running command's snapshot knows the sheet. */
export const rowsOf = (sheet: Sheet) => once(sheet, "rows", () => sheet.getMaxRows());

export const colsOf = (sheet: Sheet) => once(sheet, "cols", () => sheet.getMaxColumns());

/** Whether the user may edit `sheet`, asked once per command (protections do not change before the writes). */
export const editableOnce = (sheet: Sheet, ask: () => boolean) => once(sheet, "editable", ask);

/** The sheet protections of `sheet` (at most one, but a list), read once per command. */
export const sheetProtections = (sheet: Sheet) =>
  once(sheet, "protections", () => sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET));

/** The user the script runs as (Session.getEffectiveUser), asked once per command. */
export function effectiveUser(): GoogleAppsScript.Base.User {
  if (!current) return Session.getEffectiveUser();
  current.runner ??= Session.getEffectiveUser();
  return current.runner;
}

/** The sheet's conditional format rules as the running command's one Sheets API call gave them, if it did. */
export const apiRulesOf = (sheet: Sheet): readonly ApiRule[] | undefined => current?.known(sheet)?.rules;

/** The sheet's charts as the running command's one Sheets API call gave them, if it did. */
export const apiChartsOf = (sheet: Sheet): readonly ApiChart[] | undefined => current?.known(sheet)?.charts;

/** The sheet's protections as the running command's one Sheets API call gave them, if it did. */
export const apiProtectionsOf = (sheet: Sheet): readonly ApiProtection[] | undefined =>
  current?.known(sheet)?.apiProtections;

/** Records the grid a write left `sheet` with. */
export function resizedTo(sheet: Sheet, size: Partial<SheetSize>): void {
  const e = current?.known(sheet);
  if (e) Object.assign(e, size);
}

export const frozenRowsOf = (sheet: Sheet) => once(sheet, "frozenRows", () => sheet.getFrozenRows());

/** Freezes `rows` rows, telling the running command's snapshot; nothing when the snapshot has them frozen. */
export function freezeRows(sheet: Sheet, rows: number): void {
  const e = current?.known(sheet);
  if (e?.frozenRows === rows) return;
  sheet.setFrozenRows(rows);
  if (e) e.frozenRows = rows;
}

/** `ask()` (the user's or the owner's email), asked once per execution when a command runs. */
export function askedOnce(key: "me" | "owner", ask: () => string): string {
  if (!current) return ask();
  let v = current.asked.get(key);
  if (v === undefined) current.asked.set(key, (v = ask()));
  return v;
}

/** The running command's snapshot, if any. */
export const running = () => current;

/**
 * Runs one command (by `user`, when known) with a snapshot of `book` read now, before anything is
 * written; `menu`: a menu command (full authorization), whose snapshot may come from the Sheets API.
 */
export function withBookSheets<T>(book: Book, body: () => T, user = "", menu = false): T {
  const outer = current;
  current = new BookSheets(book, menu);
  current.user = user;
  // Same execution: who runs it has not changed, nor who owns the same book (its sheets may have, during a dialog).
  for (const [k, v] of outer?.asked ?? []) if (k === "me" || outer?.book === book) current.asked.set(k, v);
  try {
    return body();
  } finally {
    current = outer;
  }
}
