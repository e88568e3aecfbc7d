// Protections (SPEC §7, §9): who may edit which sheet, checked before anything is written, and set
// with the documented Apps Script pattern so that re-running updates rather than duplicates.
import { foldText, type Settings } from "../domain";
import { PROTECTION_MARK, SHEET_MSG } from "../text";
import { UserError } from "./errors";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const lower = (emails: readonly string[]) =>
  emails.map((e) => e.trim().toLowerCase()).filter((e, i, a) => e !== "" && a.indexOf(e) === i);

/** The user running the script: the active user when Google tells it, else the effective user. */
export function currentUser(): string {
  try {
    return (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || "").toLowerCase();
  } catch {
    return "";
  }
}

/** The owner and `Email quản trị`. */
export function adminsOf(book: Book, settings: Settings): string[] {
  const owner = book.getOwner()?.getEmail() ?? "";
  return lower([owner, ...settings.adminEmails]);
}

/** Sheets among `names` (those that exist) that a protection forbids the current user to edit. */
export function blockedSheets(book: Book, names: readonly string[]): string[] {
  const blocked: string[] = [];
  for (const name of names) {
    const sheet = book.getSheetByName(name);
    if (sheet && !canEditSheet(sheet)) blocked.push(name);
  }
  return blocked;
}

export function canEditSheet(sheet: Sheet): boolean {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).every((p) => p.isWarningOnly() || p.canEdit());
}

/** Stops the command before any write when the user may not edit one of `names`. */
export function requireEditable(book: Book, names: readonly string[]): void {
  const blocked = blockedSheets(book, names);
  if (blocked.length) throw new UserError(SHEET_MSG.noPermission(blocked));
}

/** The sheet protection this add-in manages, created once and reused by later runs. */
function ourProtection(sheet: Sheet): GoogleAppsScript.Spreadsheet.Protection {
  const mine = sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .find((p) => foldText(p.getDescription()) === foldText(PROTECTION_MARK));
  return mine ?? sheet.protect().setDescription(PROTECTION_MARK);
}

/** Only `editors` (and the owner) may edit `sheet`; returns how many were given access. */
export function restrictSheet(sheet: Sheet, editors: readonly string[]): number {
  const p = ourProtection(sheet).setWarningOnly(false);
  // The documented pattern: keep the runner, remove everyone else, no domain-wide edit, then add.
  p.addEditor(Session.getEffectiveUser());
  p.removeEditors(p.getEditors());
  if (p.canDomainEdit()) p.setDomainEdit(false);
  const list = lower(editors);
  if (list.length) p.addEditors(list);
  return list.length;
}

/** Anyone may edit, with a warning when done by hand (scripts are never blocked by it). */
export function warnOnlySheet(sheet: Sheet): void {
  ourProtection(sheet).setWarningOnly(true);
}
