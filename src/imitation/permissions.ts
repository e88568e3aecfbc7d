// Who may write where: the book's owner and editors, minus what protections keep out.
// Warning-only protections never stop a script; the owner can always edit.

import { requireWritable } from "./auth";
import { coveredBy, intersects, type Area } from "./cells";
import { MSG } from "./errors";
import type { BookModel, ProtectionData, SheetModel } from "./model";

function domain(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}

/** Whether `user` may edit what `p` protects. */
export function protectionAllows(p: ProtectionData, user: string): boolean {
  const book = p.sheet.book;
  if (p.warningOnly || user === book.owner) return true;
  if (!book.canEdit(user)) return false;
  if (p.editors === null || p.editors.has(user)) return true;
  return p.domainEdit && domain(user) !== "" && domain(user) === domain(book.owner);
}

/**
 * What a write touches: cells of a sheet, the sheet as an object (name, charts, frozen rows,
 * inserted rows), or the whole sheet with everything on it (deleting it).
 */
export type WriteTarget = Area | "sheet" | "sheet-and-ranges";

function blocks(p: ProtectionData, target: WriteTarget): boolean {
  if (p.kind === "SHEET") {
    if (target === "sheet" || target === "sheet-and-ranges") return true;
    return !coveredBy(target, p.unprotected);
  }
  if (target === "sheet") return false;
  if (target === "sheet-and-ranges") return true;
  return p.area !== null && intersects(p.area, target);
}

/** Whether no protection keeps the running user from this write (the book's edit right aside). */
export function mayWrite(sheet: SheetModel, target: WriteTarget): boolean {
  const user = sheet.book.ctx.user;
  return !sheet.book.protections.some((p) => p.sheet === sheet && blocks(p, target) && !protectionAllows(p, user));
}

/** Throws the real service's error when the running user may not make this write. */
export function assertCanWrite(sheet: SheetModel, target: WriteTarget): void {
  const book = sheet.book;
  requireWritable(book.ctx);
  if (!book.canEdit(book.ctx.user)) throw book.ctx.error(MSG.noAccess);
  book.ctx.unflushedWrites++;
  if (!mayWrite(sheet, target)) throw book.ctx.error(MSG.protectedCell);
}

/** Throws unless the running user may edit the book itself (insert sheets, share, settings). */
export function assertCanEditBook(book: BookModel): void {
  requireWritable(book.ctx);
  if (!book.canEdit(book.ctx.user)) throw book.ctx.error(MSG.noAccess);
  book.ctx.unflushedWrites++;
}
