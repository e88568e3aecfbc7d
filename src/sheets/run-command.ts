// Every menu command runs through here: one command at a time (the document lock), Vietnamese
// messages for every failure, no stack trace for the user, and a row in `Lịch sử chạy`. A command
// reads, checks and computes, then hands back its write plan: the pre-flight judges the whole plan
// before the first write, so a command that stops has written nothing (SPEC §9).
import { menuCaption, MSG, RUN_MSG, type MenuHandlerName } from "../text";
import { UserError } from "./errors";
import { appendHistory } from "./history";
import { currentUser, preflight } from "./permissions";
import type { WritePlan } from "./write-plan";
import { clockFor, type Clock } from "./zone";

/** How long a second command waits for the first before saying another run is in progress. */
const LOCK_WAIT_MS = 5000;

export type CommandContext = {
  book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  ui: GoogleAppsScript.Base.Ui;
  clock: Clock;
  user: string;
  caption: string;
};

/** What a command body hands back: its writes (not yet done) and what to tell the user. */
export type CommandResult = {
  /** The writes, run after the pre-flight; none when the command only reports. */
  plan?: WritePlan;
  /** One line for `Lịch sử chạy`. */
  summary: string;
  /** Shown as a toast when given. */
  toast?: string;
  /** Shown as an alert when given (used when the user must read it). */
  alert?: string;
  counts?: Record<string, number>;
  /** The user cancelled a question: nothing was done, nothing is recorded. */
  cancelled?: boolean;
  /** What to tell when it depends on what the writes did; called after the plan has run. */
  report?: () => Omit<CommandResult, "plan" | "report">;
};

/** What a menu handler returns: the local runner reads it instead of `Lịch sử chạy`. */
export type CommandOutcome = {
  /** The menu caption. */
  command: string;
  stopped: boolean;
  summary: string;
  counts?: Record<string, number>;
};

export function runCommand(handler: MenuHandlerName, body: (ctx: CommandContext) => CommandResult): CommandOutcome {
  const caption = menuCaption(handler);
  const ui = SpreadsheetApp.getUi();
  const book = SpreadsheetApp.getActiveSpreadsheet();
  // null outside a document; then there is nobody to share the book with and nothing to wait for.
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    ui.alert(caption, MSG.busy, ui.ButtonSet.OK);
    return { command: caption, stopped: true, summary: MSG.busy };
  }
  const ctx: CommandContext = { book, ui, clock: clockFor(book), user: currentUser() || RUN_MSG.unknownUser, caption };
  const history = (result: string) => {
    try {
      appendHistory(book, { at: ctx.clock.now, by: ctx.user, command: caption, result });
    } catch (err) {
      console.error(`Không ghi được Lịch sử chạy: ${(err as Error).message}`);
    }
  };
  const stop = (message: string, line: string): CommandOutcome => {
    history(RUN_MSG.stopped(line));
    ui.alert(caption, message, ui.ButtonSet.OK);
    return { command: caption, stopped: true, summary: RUN_MSG.stopped(line) };
  };
  try {
    const planned = body(ctx);
    if (planned.cancelled) return { command: caption, stopped: true, summary: "" };
    if (planned.plan) {
      preflight(book, planned.plan);
      planned.plan.apply();
    }
    const result = planned.report ? { ...planned, ...planned.report() } : planned;
    history(result.summary);
    if (result.toast) book.toast(result.toast, caption, 10);
    if (result.alert) ui.alert(caption, result.alert, ui.ButtonSet.OK);
    return { command: caption, stopped: false, summary: result.summary, counts: result.counts };
  } catch (err) {
    if (err instanceof UserError) return stop(err.message, err.message.split("\n")[0]);
    console.error(`${caption}: ${(err as Error)?.stack ?? err}`);
    return stop(MSG.unexpected(caption), MSG.unexpected(caption));
  } finally {
    lock?.releaseLock();
  }
}
