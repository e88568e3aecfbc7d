// onEdit (SPEC §8): re-checks only the edited rows of a log tab — a pasted block included — against
// the whole log, within simple-trigger limits. Skips while a command holds the lock, so a command's
// batch write cannot overwrite fresher results; never throws at the user.
import { checkLog } from "../domain";
import { readBase } from "./book";
import { isLogTabName, readLogSheets, toLogTab, writeCheckResults } from "./log-tabs";
import { clockFor } from "./zone";

export const ON_EDIT_LOCK_MS = 1000;

export function recheckEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const tab = sheet.getName();
  if (!isLogTabName(tab)) return;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(ON_EDIT_LOCK_MS)) return;
  try {
    const book = e!.source ?? SpreadsheetApp.getActiveSpreadsheet();
    const clock = clockFor(book);
    const base = readBase(book, clock);
    const tabs = readLogSheets(book);
    const edited = tabs.find((t) => t.name === tab);
    if (!edited) return;
    const first = Math.max(range.getRow(), edited.headerRow + 2);
    const last = range.getRow() + range.getNumRows() - 1;
    if (last < first) return;
    const result = checkLog({
      tabs: tabs.map(toLogTab),
      cadres: base.cadres,
      units: base.units,
      activities: base.activities,
      settings: base.settings,
      zoneDay: clock.zoneDay,
      only: (t, row) => t === tab && row >= first && row <= last,
    });
    writeCheckResults(edited, new Map(result.rows.map((r) => [r.row, r])), first, last);
  } finally {
    lock.releaseLock();
  }
}
