// Protections (SPEC §7, §9): who may edit which sheet, checked before anything is written, and set
// with the documented Apps Script pattern so that re-running updates rather than duplicates.
import { foldText, type Settings } from "../domain";
import { PROTECTION_MARK, SHARE_MSG, SHEET_MSG } from "../text";
import { checkCellLimit } from "./cell-limit";
import { UserError } from "./errors";
import type { Area, PlannedWrite, WritePlan } from "./write-plan";
import {
  apiProtectionsOf,
  askedOnce,
  bookSheets,
  editableOnce,
  effectiveUser,
  findSheet,
  running,
  sheetProtections,
  sizeOf,
} from "./book-sheets";
import { a1 } from "./a1";
import { blocksUser, gridArea, protectsSheet } from "./sheet-properties";
import { sameSheetName } from "./sheet-names";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const lower = (emails: readonly string[]) =>
  emails.map((e) => e.trim().toLowerCase()).filter((e, i, a) => e !== "" && a.indexOf(e) === i);

/** The user running the script: the active user when Google tells it, else the effective user. */
export function currentUser(): string {
  return askedOnce("me", () => {
    try {
      return (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || "").toLowerCase();
    } catch {
      return "";
    }
  });
}

/** The owner's email, "" when the file has none (a shared drive); asked once per execution. */
function ownerOf(book: Book): string {
  const ask = () => book.getOwner()?.getEmail() ?? "";
  return running()?.book === book ? askedOnce("owner", ask) : ask();
}

/** The owner and `Email quản trị`. */
export function adminsOf(book: Book, settings: Settings): string[] {
  return lower([ownerOf(book), ...settings.adminEmails]);
}

/** Stops unless the current user is the owner or in `Email quản trị`; returns the admins. */
export function requireAdmin(caption: string, admins: string[]): string[] {
  const me = currentUser();
  if (!me || !admins.includes(me)) throw new UserError(SHARE_MSG.adminOnly(caption, me));
  return admins;
}

/**
 * Whether the book's owner runs the command, asked once (the owner may edit every protected sheet and
 * range: no protection needs reading).
 */
function ownerRuns(): boolean {
  const s = running();
  return !!s?.user && (s.owner ??= ownerEmail(s.book).toLowerCase() === s.user);
}

export function canEditSheet(sheet: Sheet): boolean {
  return editableOnce(sheet, () => {
    const api = apiProtectionsOf(sheet);
    if (api) return !api.some((p) => protectsSheet(p) && blocksUser(p));
    return ownerRuns() || sheetProtections(sheet).every((p) => p.isWarningOnly() || p.canEdit());
  });
}

/** A protection description is the add-in's mark (folded when asked: nothing runs at load). */
const isOurMark = (description: string) => foldText(description) === foldText(PROTECTION_MARK);
const isOurs = (p: GoogleAppsScript.Spreadsheet.Protection) => isOurMark(p.getDescription());

/** The sheet is kept from the user by a protection `Phân quyền` made (not by one a user set by hand). */
export function lockedByOurs(sheet: Sheet): boolean {
  const api = apiProtectionsOf(sheet);
  if (api) return api.some((p) => protectsSheet(p) && blocksUser(p) && isOurMark(p.description ?? ""));
  return sheetProtections(sheet).some((p) => !p.isWarningOnly() && !p.canEdit() && isOurs(p));
}

/** The admins (owner and `Email quản trị`), looked up only when the pre-flight must say who can help. */
export type AdminLookup = () => readonly string[];

export function adminLookup(book: Book, read: () => Settings): AdminLookup {
  return () => {
    try {
      return adminsOf(book, read());
    } catch {
      return lower([ownerEmail(book)]);
    }
  };
}

/**
 * Who can add an admin who is not yet on the add-in's protections: the owner and the other listed
 * admins (getEditors() would throw for this user, so who is really on a protection cannot be asked).
 */
export function resyncHelpers(book: Book, me: string, admins: readonly string[]) {
  const owner = ownerEmail(book).toLowerCase();
  return { owner, others: admins.filter((e) => e !== me && e !== owner) };
}

/**
 * Before the first write: stops when the user may not write a sheet of the plan, or when its steps
 * would take the book past the cell limit. With `admins`, a
 * listed admin kept out by the add-in's own protections (of a sheet written or skipped) is told that
 * `Phân quyền` must be re-run by someone already on them.
 */
export function preflight(book: Book, plan: WritePlan, admins?: AdminLookup): void {
  const blocked: { name: string; sheet: Sheet }[] = [];
  const checked = new Set(plan.steps.flatMap((s) => (s.checked && s.sheet !== undefined ? [s.sheet] : [])));
  for (const name of plan.sheets()) {
    if (checked.has(name)) continue;
    const sheet = findSheet(book, name);
    if (sheet && !canEditSheet(sheet)) blocked.push({ name, sheet });
  }
  const kept = [...blocked, ...plan.skipped];
  if (kept.length && admins) {
    const me = currentUser();
    const list = admins();
    const ours = me && list.includes(me) ? kept.filter((k) => lockedByOurs(k.sheet)).map((k) => k.name) : [];
    if (ours.length) {
      const { owner, others } = resyncHelpers(book, me, list);
      throw new UserError(SHARE_MSG.notYetOnProtection(me, [...new Set(ours)], owner, others));
    }
  }
  if (blocked.length) throw new UserError(SHEET_MSG.noPermission(blocked.map((b) => b.name)));
  const ranges = blockedRanges(lockedRanges(book), plan);
  if (ranges.length) throw new UserError(SHEET_MSG.protectedRanges(ranges, ownerEmail(book)));
  checkCellLimit(book, plan);
}

/** The owner's email, "" when the file has none (a shared drive) or the trigger may not ask. */
function ownerEmail(book: Book): string {
  try {
    return ownerOf(book);
  } catch {
    return "";
  }
}

const overlaps = (a: Area, b: Area) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/**
 * The range protections the plan would write into and the user cannot edit, as «Sheet» A1. A script
 * is not stopped by a warning-only protection, so those do not count; a write without areas (a sheet
 * rewritten) meets every protected range of its sheet. An optional step that meets one is left out of
 * the plan instead.
 */
function blockedRanges(locked: readonly LockedRange[], plan: WritePlan): string[] {
  if (!locked.length) return [];
  const meets = (s: PlannedWrite, l: LockedRange) =>
    s.sheet !== undefined && sameSheetName(s.sheet, l.name) && (!s.areas || s.areas.some((a) => overlaps(a, l.area)));
  plan.leaveOut((s) => s.optional === true && locked.some((l) => meets(s, l)));
  return locked.filter((l) => plan.steps.some((s) => meets(s, l))).map((l) => l.label);
}

interface LockedRange {
  name: string;
  area: Area;
  /** «Sheet» A1 */
  label: string;
}

/** The range protections of the book that keep the running user out (none when the owner runs). */
function lockedRanges(book: Book): LockedRange[] {
  const listed = running()?.book === book ? bookSheets(book).list() : [];
  if (listed.length && listed.every((e) => apiProtectionsOf(e.sheet))) {
    const out: LockedRange[] = [];
    for (const { sheet, name } of listed)
      for (const p of apiProtectionsOf(sheet)!) {
        if (protectsSheet(p) || !blocksUser(p)) continue;
        const area = gridArea(p.range, sizeOf(sheet))!;
        out.push({ name, area, label: `«${name}» ${a1(area.row, area.col, area.rows, area.cols)}` });
      }
    return out;
  }
  if (ownerRuns()) return [];
  return book
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => !p.isWarningOnly() && !p.canEdit())
    .map((p) => {
      const range = p.getRange();
      const name = range.getSheet().getName();
      const area: Area = {
        row: range.getRow(),
        col: range.getColumn(),
        rows: range.getNumRows(),
        cols: range.getNumColumns(),
      };
      return { name, area, label: `«${name}» ${range.getA1Notation()}` };
    });
}

/**
 * What `Phân quyền` did to one sheet: restricted it to `editors` people, made it warning-only, kept a
 * protection the add-in did not make ("theirs": the user's own, never edited), or could not change its
 * own protection because the user running it is not an editor of it ("locked").
 */
export type Protected = number | "warning" | "theirs" | "locked";

/**
 * A sheet's protection as read before the first write: the one this add-in manages (it carries
 * PROTECTION_MARK) with what restricting it needs, one somebody made by hand ("theirs", never edited), or
 * none — then ours is made, and a new protection mirrors the book's editors until it is changed.
 */
export type ProtectionState =
  | { kind: "none"; bookEditors: GoogleAppsScript.Base.User[] }
  | { kind: "theirs" }
  | {
      kind: "ours";
      p: GoogleAppsScript.Spreadsheet.Protection;
      canEdit: boolean;
      warningOnly: boolean;
      editors: GoogleAppsScript.Base.User[];
      domainEdit: boolean;
    };

/**
 * Reads the sheet protection of `sheet` (null: a sheet the plan creates). A sheet has at most one sheet
 * protection and `protect()` returns it when there is one, so a protection made by hand is never asked for.
 */
export function readProtection(book: Book, sheet: Sheet | null): ProtectionState {
  const all = sheet ? sheetProtections(sheet) : [];
  const p = all.find(isOurs);
  if (p) {
    const canEdit = p.canEdit();
    const warningOnly = p.isWarningOnly();
    // getEditors() throws for a user the protection keeps out.
    return {
      kind: "ours",
      p,
      canEdit,
      warningOnly,
      editors: canEdit ? p.getEditors() : [],
      domainEdit: canEdit && p.canDomainEdit(),
    };
  }
  if (all.length) return { kind: "theirs" };
  return { kind: "none", bookEditors: bookSheets(book).editors() };
}

/**
 * Who may edit `sheet` under this add-in's protection (their emails, as the protection lists them), when it has one
 * this user may edit; undefined when it has none or only a warning. For a user that protection keeps out,
 * who cannot ask it who is on it: `admins()` (the owner and `Email quản trị`, whom Phân quyền puts
 * there), else undefined.
 */
export function editorsOf(book: Book, sheet: Sheet | null, admins?: () => readonly string[]): string[] | undefined {
  const state = sheet ? readProtection(book, sheet) : undefined;
  if (state?.kind !== "ours" || state.warningOnly) return undefined;
  if (!state.canEdit) return admins ? lower(admins()) : undefined;
  return lower(state.editors.map((u) => u.getEmail()));
}

/** Our protection of `sheet`, made now when the sheet had none. */
function protectionOf(sheet: Sheet, state: ProtectionState & { kind: "none" | "ours" }) {
  if (state.kind === "ours")
    return { p: state.p, canEdit: state.canEdit, editors: state.editors, domainEdit: state.domainEdit };
  const p = sheet.protect().setDescription(PROTECTION_MARK);
  // A new protection mirrors the book: its editors are the book's, its domain setting unknown.
  return { p, canEdit: true, editors: state.bookEditors, domainEdit: undefined };
}

/** Only `editors` (and the owner) may edit `sheet`; returns how many were given access. Writes only. */
export function restrictSheet(sheet: Sheet, state: ProtectionState, editors: readonly string[]): Protected {
  if (state.kind === "theirs") return "theirs";
  const { p, canEdit, editors: before, domainEdit } = protectionOf(sheet, state);
  if (!canEdit) return "locked";
  p.setWarningOnly(false);
  // The documented pattern — keep the runner, remove everyone else (getEditors() after adding the
  // runner: the editors read before, and the runner), no domain-wide edit, then add.
  const me = effectiveUser();
  p.addEditor(me);
  p.removeEditors([...before, me]);
  if (domainEdit) p.setDomainEdit(false);
  else if (domainEdit === undefined) {
    try {
      p.setDomainEdit(false);
    } catch {
      // Not a Google Workspace book: there is no domain to keep out.
    }
  }
  const list = lower(editors);
  if (list.length) p.addEditors(list);
  return list.length;
}

/** Anyone may edit, with a warning when done by hand (scripts are never blocked by it); set only once. */
export function warnOnlySheet(sheet: Sheet, state: ProtectionState): Protected {
  if (state.kind === "theirs") return "theirs";
  if (state.kind === "ours" && state.warningOnly) return "warning";
  const { p, canEdit } = protectionOf(sheet, state);
  if (!canEdit) return "locked";
  p.setWarningOnly(true);
  return "warning";
}
