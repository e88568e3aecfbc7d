// onEdit (SPEC §8): re-checks only the edited rows of a log tab — a pasted block included — against
// the whole log, within simple-trigger limits, and writes only their result cells. Skips while a
// command holds the lock, so a command's batch write cannot overwrite fresher results; never throws.
import { readAndCheckLog } from "./commands/check";
import { readBookConfig } from "./config";
import { isLogTabName, planEditedRows } from "./log-tabs";
import { WritePlan } from "./write-plan";
import { clockFor } from "./zone";

const ON_EDIT_LOCK_MS = 1000;

export function recheckEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const tab = sheet.getName();
  if (!isLogTabName(tab)) return;
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(ON_EDIT_LOCK_MS)) return;
  try {
    const book = e!.source ?? SpreadsheetApp.getActiveSpreadsheet();
    const clock = clockFor(book);
    const config = readBookConfig(book, clock);
    const top = range.getRow();
    const last = top + range.getNumRows() - 1;
    const { tabs, result } = readAndCheckLog(book, config, clock, (t, row) => t === tab && row >= top && row <= last);
    const edited = tabs.find((t) => t.name === tab);
    if (!edited) return;
    const plan = new WritePlan();
    planEditedRows(plan, edited, result.rows, Math.max(top, edited.headerRow + 2), last);
    plan.apply();
  } finally {
    lock?.releaseLock();
  }
}
