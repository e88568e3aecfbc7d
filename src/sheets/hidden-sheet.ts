// A hidden sheet the add-in keeps for itself (`Dấu kỳ đã chốt`, `Báo cáo đã chốt`, `Danh sách chọn`):
// rewritten whole under its schema's header, sized to its rows, hidden when made.
import type { Cell } from "../domain";
import { fieldKeys, type Schema } from "../schema";
import { findSheet, frozenRowsOf, insertSheet } from "./book-sheets";
import { readProtection, restrictSheet } from "./permissions";
import { fitSheet, makeBlock, writeBlock } from "./write";
import type { WritePlan } from "./write-plan";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const formatsOf = (schema: Schema) => fieldKeys(schema).map((k) => schema.fields[k].format);
export const headerOf = (schema: Schema) => fieldKeys(schema).map((k) => schema.fields[k].header);

/**
 * Plans the rewrite of the hidden sheet of `schema` with `rows`. With `admins`, a sheet this plan makes
 * is protected for them (an existing one keeps its protection).
 */
export function planHiddenSheet(plan: WritePlan, book: Book, schema: Schema, rows: Cell[][], admins?: string[]): void {
  const existing = findSheet(book, schema.sheet) ?? undefined;
  const adds =
    (existing ? 0 : plan.cells.created(schema.sheet)) +
    plan.cells.fitted(schema.sheet, existing ?? null, rows.length + 1, headerOf(schema).length);
  plan.add({ sheet: schema.sheet, addsCells: adds, write: rewriteHidden(book, schema, existing, rows, admins) });
}

/** The rewrite of a hidden sheet, its state read now. */
function rewriteHidden(
  book: Book,
  schema: Schema,
  existing: Sheet | undefined,
  rows: Cell[][],
  admins: string[] | undefined,
): () => void {
  const hidden = existing?.isSheetHidden() ?? false;
  if (existing) frozenRowsOf(existing);
  const fresh = existing || !admins ? undefined : readProtection(book, null);
  return () => {
    const sheet = existing ?? insertSheet(book, schema.sheet);
    if (existing) sheet.clear();
    const formats = formatsOf(schema);
    const block = makeBlock([headerOf(schema), ...rows], (i) => (i === 0 ? [] : formats));
    // Sized to its rows (one delete and one insert whatever their number), like an output sheet.
    fitSheet(sheet, block.values.length, block.values[0].length, true);
    writeBlock(sheet, 1, 1, block);
    if (!hidden) sheet.hideSheet();
    if (fresh && admins) restrictSheet(sheet, fresh, admins);
  };
}
