// Plan tabs (SPEC §10): `Kế hoạch đi cơ sở` and the office tabs named exactly `Kế hoạch - <Đơn vị công
// tác>`, read in tab order without writing. Only their two result columns are written, in the write
// phase, appended there when missing.
import { foldText, type PlanRowResult, type PlanTab } from "../domain";
import { PLAN } from "../schema";
import { PLAN_OFFICE_TAB_PREFIX, PLAN_SHEET } from "../text";
import { resultAreas, withEditable, writeResultPair } from "./log-tabs";
import { bookSheets } from "./book-sheets";
import { ensureColumns, readTable, type Table } from "./table";
import type { WritePlan } from "./write-plan";

type PlanField = keyof typeof PLAN.fields;
export type PlanSheet = Table<PlanField> & { editable: boolean };

const OFFICE_PREFIX = () => foldText(PLAN_OFFICE_TAB_PREFIX);

/** `Kế hoạch đi cơ sở` or `Kế hoạch - <…>`; a tab merely starting with "Kế hoạch" is not a plan tab. */
export function isPlanTabName(name: string): boolean {
  const f = foldText(name);
  return f === foldText(PLAN_SHEET.plan) || (f.startsWith(OFFICE_PREFIX()) && f.length > OFFICE_PREFIX().length);
}

export function planSheets(book: GoogleAppsScript.Spreadsheet.Spreadsheet): PlanSheet[] {
  return bookSheets(book)
    .list()
    .filter((s) => isPlanTabName(s.name))
    .map((s) => withEditable(readTable(s.sheet, PLAN, {}, s.name)));
}

export const toPlanTab = (t: PlanSheet): PlanTab => ({ name: t.name, rows: t.rows });

const RESULT_FIELDS = ["status", "detail"] as const;

/**
 * Plans the result columns of a plan tab for the sheet rows first…last (default: the whole tab, its
 * result headers appended when missing). onEdit passes its rows and adds no header.
 */
export function planPlanResults(
  plan: WritePlan,
  t: PlanSheet,
  results: readonly PlanRowResult[],
  rows?: { first: number; last: number },
): void {
  if (!t.editable) return;
  if (rows && (t.columns.status === undefined || t.columns.detail === undefined)) return;
  const c = ensureColumns(plan, t, RESULT_FIELDS);
  const cols = { checkStatus: c.status, checkDetail: c.detail };
  const byRow = new Map(results.filter((r) => r.tab === t.name).map((r) => [r.row, r]));
  const first = rows?.first ?? t.headerRow + 2;
  const last = rows?.last ?? t.values.length;
  if (last < first) return;
  plan.add({
    sheet: t.name,
    checked: t.sheet,
    areas: resultAreas(cols.checkStatus, cols.checkDetail, first, last),
    write: () => writeResultPair(t.sheet, cols, byRow, first, last),
  });
}
