// onEdit (SPEC §8): re-checks only the edited rows of a log tab — a pasted block included — against
// the whole log, within simple-trigger limits, and writes only their result cells. Skips while a
// command holds the lock, so a command's batch write cannot overwrite fresher results; never throws.
import { readAndCheckLog } from "./commands/check";
import { readBookConfig } from "./config";
import { isLogTabName, planEditedRows } from "./log-tabs";
import { planPlanResults, isPlanTabName } from "./plan-tabs";
import { readFollowUps } from "./commands/follow-ups";
import type { BookConfig } from "./config";
import { UserError } from "./errors";
import { preflight } from "./permissions";
import { WritePlan } from "./write-plan";
import type { Clock } from "./zone";
import { clockFor } from "./zone";

const ON_EDIT_LOCK_MS = 1000;

export function recheckEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const tab = sheet.getName();
  const planTab = isPlanTabName(tab);
  if (!isLogTabName(tab) && !planTab) return;
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(ON_EDIT_LOCK_MS)) return;
  try {
    const book = e!.source ?? SpreadsheetApp.getActiveSpreadsheet();
    const clock = clockFor(book);
    const config = readBookConfig(book, clock);
    const top = range.getRow();
    const last = top + range.getNumRows() - 1;
    if (planTab) {
      recheckPlanRows(book, config, clock, tab, top, last);
      return;
    }
    const { tabs, result } = readAndCheckLog(book, config, clock, (t, row) => t === tab && row >= top && row <= last);
    const edited = tabs.find((t) => t.name === tab);
    if (!edited) return;
    const plan = new WritePlan();
    planEditedRows(plan, edited, result.rows, Math.max(top, edited.headerRow + 2), last);
    applyWhereAllowed(book, plan);
  } finally {
    lock?.releaseLock();
  }
}

/**
 * An edited plan tab (SPEC §10): its edited rows are compared again with the whole log (every visit
 * of the cadre may fulfil them) and only their result cells, on that tab only, are rewritten.
 */
function recheckPlanRows(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  config: BookConfig,
  clock: Clock,
  tab: string,
  top: number,
  last: number,
): void {
  const checked = readAndCheckLog(book, config, clock);
  const follow = readFollowUps(book, config, clock, checked);
  const edited = follow.planTabs.find((t) => t.name === tab);
  if (!edited || !follow.plan.active) return;
  const plan = new WritePlan();
  planPlanResults(plan, edited, follow.plan.rows, { first: Math.max(top, edited.headerRow + 2), last });
  applyWhereAllowed(book, plan);
}

/** Only where the user may write: a protected result column is left alone, silently. */
function applyWhereAllowed(book: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: WritePlan): void {
  try {
    preflight(book, plan);
  } catch (err) {
    if (err instanceof UserError) return;
    throw err;
  }
  plan.apply();
}
