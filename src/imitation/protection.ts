// Protection of a range or a sheet. A new protection mirrors the spreadsheet's editors until the
// script changes its editors (so it keeps no one out yet); the owner and the running user cannot be
// removed from it; warning-only protections never stop a script.

import type { Area } from "./cells";
import { signatureError } from "./context";
import { countCalls } from "./counter";
import type { ProtectionData, ProtectionKind, SheetModel } from "./model";
import { assertCanEditBook, protectionAllows } from "./permissions";
import { rangeApi, sheetAreaOf } from "./range";
import { userApi } from "./user";

type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GUser = GoogleAppsScript.Base.User;

type ProtectionMethods =
  | "addEditor"
  | "addEditors"
  | "canDomainEdit"
  | "canEdit"
  | "getDescription"
  | "getEditors"
  | "getProtectionType"
  | "getRange"
  | "getRangeName"
  | "getUnprotectedRanges"
  | "isWarningOnly"
  | "remove"
  | "removeEditor"
  | "removeEditors"
  | "setDescription"
  | "setDomainEdit"
  | "setRange"
  | "setRangeName"
  | "setUnprotectedRanges"
  | "setWarningOnly";

const NOT_ALLOWED = "You do not have permission to perform that action.";

/** Creates a protection (a sheet keeps at most one SHEET protection: asking again returns it). */
export function newProtection(sheet: SheetModel, kind: ProtectionKind, area: Area | null): ProtectionData {
  const book = sheet.book;
  assertCanEditBook(book);
  if (kind === "SHEET") {
    const existing = book.protections.find((p) => p.sheet === sheet && p.kind === "SHEET");
    if (existing) return existing;
  }
  const data: ProtectionData = {
    kind,
    sheet,
    area,
    unprotected: [],
    description: "",
    warningOnly: false,
    domainEdit: false,
    editors: null,
    rangeName: null,
  };
  book.protections.push(data);
  return data;
}

function emailOf(user: unknown): string {
  if (typeof user === "string") return user.trim();
  if (user && typeof (user as GUser).getEmail === "function") return (user as GUser).getEmail();
  return String(user);
}

export class LocalProtection implements Pick<GProtection, ProtectionMethods> {
  constructor(readonly data: ProtectionData) {}

  get calls() {
    return this.data.sheet.book.ctx.calls;
  }

  private _api(): GProtection {
    return this as unknown as GProtection;
  }

  private _assertCanEdit(): void {
    const book = this.data.sheet.book;
    if (!protectionAllows(this.data, book.ctx.user) || !book.protections.includes(this.data)) {
      throw book.ctx.error(NOT_ALLOWED);
    }
  }

  /** The editor list, materialized from the spreadsheet's editors on the first change. */
  private _editors(): Set<string> {
    if (!this.data.editors) this.data.editors = new Set(this.data.sheet.book.editors);
    return this.data.editors;
  }

  addEditor(user: string | GUser): GProtection {
    this._assertCanEdit();
    const email = emailOf(user);
    if (email) this._editors().add(email);
    return this._api();
  }

  addEditors(emailAddresses: string[]): GProtection {
    this._assertCanEdit();
    for (const e of emailAddresses) if (emailOf(e)) this._editors().add(emailOf(e));
    return this._api();
  }

  removeEditor(user: string | GUser): GProtection {
    return this.removeEditors([user as string]);
  }

  removeEditors(users: (string | GUser)[]): GProtection {
    this._assertCanEdit();
    if (!Array.isArray(users))
      throw signatureError(this.data.sheet.book.ctx, "SpreadsheetApp.Protection.removeEditors", [users]);
    const book = this.data.sheet.book;
    const editors = this._editors();
    for (const u of users) {
      const email = emailOf(u);
      if (email !== book.owner && email !== book.ctx.user) editors.delete(email);
    }
    return this._api();
  }

  getEditors(): GUser[] {
    this._assertCanEdit();
    const book = this.data.sheet.book;
    const emails = [book.owner, ...(this.data.editors ?? book.editors)].filter(
      (e, i, all) => e && all.indexOf(e) === i,
    );
    return book.ctx.list(emails.map((e) => userApi(book.ctx, e)));
  }

  canEdit(): boolean {
    return protectionAllows(this.data, this.data.sheet.book.ctx.user);
  }

  canDomainEdit(): boolean {
    return this.data.domainEdit;
  }

  setDomainEdit(editable: boolean): GProtection {
    this._assertCanEdit();
    this._editors();
    this.data.domainEdit = Boolean(editable);
    return this._api();
  }

  getDescription(): string {
    return this.data.description;
  }

  setDescription(description: string): GProtection {
    this._assertCanEdit();
    this.data.description = String(description);
    return this._api();
  }

  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): GProtection {
    this._assertCanEdit();
    this.data.warningOnly = Boolean(warningOnly);
    return this._api();
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.data.kind as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const s = this.data.sheet;
    return rangeApi({ sheet: s, area: this.data.area ?? { r1: 1, c1: 1, r2: s.maxRows, c2: s.maxColumns } });
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): GProtection {
    this._assertCanEdit();
    const ref = sheetAreaOf(this.data.sheet.book.ctx, range, "SpreadsheetApp.Protection.setRange");
    if (this.data.kind === "RANGE") this.data.area = ref.area;
    return this._api();
  }

  getRangeName(): string | null {
    return this.data.rangeName;
  }

  setRangeName(rangeName: string): GProtection {
    this._assertCanEdit();
    this.data.rangeName = String(rangeName);
    return this._api();
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    const ctx = this.data.sheet.book.ctx;
    return ctx.list(this.data.unprotected.map((area) => rangeApi({ sheet: this.data.sheet, area })));
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GProtection {
    this._assertCanEdit();
    const ctx = this.data.sheet.book.ctx;
    if (!Array.isArray(ranges)) throw signatureError(ctx, "SpreadsheetApp.Protection.setUnprotectedRanges", [ranges]);
    const areas = ranges.map((r) => sheetAreaOf(ctx, r, "SpreadsheetApp.Protection.setUnprotectedRanges"));
    if (this.data.kind === "SHEET")
      this.data.unprotected = areas.filter((a) => a.sheet === this.data.sheet).map((a) => a.area);
    return this._api();
  }

  remove(): void {
    this._assertCanEdit();
    const list = this.data.sheet.book.protections;
    list.splice(list.indexOf(this.data), 1);
  }
}

countCalls(LocalProtection, "Protection");

export function protectionApi(data: ProtectionData): GProtection {
  return new LocalProtection(data) as unknown as GProtection;
}

/** Protections of one kind, in creation order, optionally of one sheet. */
export function protectionsOf(book: SheetModel["book"], kind: unknown, sheet?: SheetModel): GProtection[] {
  const name = String(kind);
  if (name !== "RANGE" && name !== "SHEET")
    throw signatureError(book.ctx, "SpreadsheetApp.Spreadsheet.getProtections", [kind]);
  const found = book.protections.filter((p) => p.kind === name && (!sheet || p.sheet === sheet));
  return book.ctx.list(found.map(protectionApi));
}
