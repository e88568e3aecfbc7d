// onEdit (SPEC §8): re-checks only the edited rows of a log tab — a pasted block included — and writes
// only their result cells, the same results `Kiểm tra nhật ký` would give them, within simple-trigger
// limits. It reads only what those rows' checks need (edit-reads.ts). Skips while a command holds the
// lock, so a command's batch write cannot overwrite fresher results; never throws.
import { addRowWarnings, checkLocks, type Cadre, type Visit } from "../domain";
import { checkLogTabs } from "./commands/check";
import { withBookSheets } from "./book-sheets";
import { comparePlanWith, followUpWarnings } from "./commands/follow-ups";
import type { BookConfig } from "./config";
import { readBookConfig } from "./config";
import { planHeads, readLogFor, readPlanFor, type EditedRows } from "./edit-reads";
import { UserError } from "./errors";
import { readLocks } from "./locks";
import { isLogTabName, planEditedRows, type LogSheet } from "./log-tabs";
import { isPlanTabName, planPlanResults } from "./plan-tabs";
import { preflight } from "./permissions";
import { WritePlan } from "./write-plan";
import type { Clock } from "./zone";
import { clockFor } from "./zone";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const ON_EDIT_LOCK_MS = 1000;

export function recheckEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  const range = e?.range;
  if (!range) return;
  const tab = range.getSheet().getName();
  const planTab = isPlanTabName(tab);
  if (!isLogTabName(tab) && !planTab) return;
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(ON_EDIT_LOCK_MS)) return;
  try {
    const book = e!.source ?? SpreadsheetApp.getActiveSpreadsheet();
    const edited = { tab, first: range.getRow(), last: range.getRow() + range.getNumRows() - 1 };
    withBookSheets(book, () => {
      const clock = clockFor(book);
      const config = readBookConfig(book, clock);
      if (planTab) recheckPlanRows(book, config, clock, edited);
      else recheckLogRows(book, config, clock, edited);
    });
  } finally {
    lock?.releaseLock();
  }
}

/** The rows of the edited rows' cadres checked; only the edited rows reported (all rows without `edited`). */
function checkRows(config: BookConfig, clock: Clock, tabs: readonly LogSheet[], edited?: EditedRows) {
  const only = edited && ((t: string, row: number) => t === edited.tab && row >= edited.first && row <= edited.last);
  return checkLogTabs(tabs, config, clock, only);
}

/**
 * The edited log rows, checked as `Kiểm tra nhật ký` checks them: against the other rows of their
 * cadres, then warned "ngoài kế hoạch" (when the plan is required) and "changed in a locked period".
 */
function recheckLogRows(book: Book, config: BookConfig, clock: Clock, edited: EditedRows): void {
  const log = readLogFor(book, config, { edited });
  const tab = log.tabs.find((t) => t.name === edited.tab);
  if (!tab) return;
  const result = checkRows(config, clock, log.tabs, edited);
  const codes = new Set([...log.concerned].map((c) => c.code));
  const locks = checkLocks(readLocks(book, clock, codes).periods, result.visits, config.cadres, config.settings);
  // Without `Bắt buộc có trong kế hoạch` the plan adds nothing to log rows: only its headers are read.
  const plan = config.settings.planRequired
    ? comparePlanOf(book, config, clock, log.concerned, result.visits)
    : void planHeads(book);
  addRowWarnings(result, followUpWarnings(locks, plan));
  const write = new WritePlan();
  planEditedRows(write, tab, result.rows, Math.max(edited.first, tab.headerRow + 2), edited.last);
  applyWhereAllowed(book, write);
}

function comparePlanOf(book: Book, config: BookConfig, clock: Clock, cadres: ReadonlySet<Cadre>, visits: Visit[]) {
  return comparePlanWith(config, clock, readPlanFor(book, config, { cadres }).tabs, visits);
}

/**
 * An edited plan tab (SPEC §10): its edited rows are compared again with every visit of their cadres
 * (any may fulfil them) and only their result cells, on that tab only, are rewritten.
 */
function recheckPlanRows(book: Book, config: BookConfig, clock: Clock, edited: EditedRows): void {
  const planRead = readPlanFor(book, config, { edited });
  const tab = planRead.tabs.find((t) => t.name === edited.tab);
  if (!tab) return;
  const log = readLogFor(book, config, { cadres: planRead.concerned });
  const compared = comparePlanWith(config, clock, planRead.tabs, checkRows(config, clock, log.tabs).visits);
  if (!compared.active) return;
  const write = new WritePlan();
  planPlanResults(write, tab, compared.rows, { first: Math.max(edited.first, tab.headerRow + 2), last: edited.last });
  applyWhereAllowed(book, write);
}

/** Only where the user may write: a protected result column is left alone, silently. */
function applyWhereAllowed(book: Book, plan: WritePlan): void {
  try {
    preflight(book, plan);
  } catch (err) {
    if (err instanceof UserError) return;
    throw err;
  }
  plan.apply();
}
