// Every menu command runs through here: one command at a time (the document lock), Vietnamese
// messages for every failure, no stack trace for the user, and a row in `Lịch sử chạy`. A command
// reads, checks and computes, then hands back its write plan: the pre-flight judges the whole plan
// before the first write, so a command that stops has written nothing (SPEC §9).
import { menuCaption, MSG, RUN_MSG, SETUP_MSG, type MenuHandlerName } from "../text";
import { UserError } from "./errors";
import { running, withBookSheets } from "./book-sheets";
import { historyWriter } from "./history";
import { finishSetups } from "./sheet-setup";
import { readSettings } from "./config";
import { adminLookup, currentUser, preflight } from "./permissions";
import type { WritePlan } from "./write-plan";
import { clockFor, type Clock } from "./zone";

export const VI_VN = "vi_VN";

/** How long a second command waits for the first before saying another run is in progress. */
const LOCK_WAIT_MS = 5000;

export type CommandContext = {
  book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  ui: GoogleAppsScript.Base.Ui;
  clock: Clock;
  user: string;
  caption: string;
  /** The book's locale, read once before the lock. */
  locale: string;
  /** The answer of the command's question, asked before the lock was taken. */
  answer?: unknown;
};

/** A question a command asks before taking the lock (a dialog suspends the script, and a lock does not survive it). */
export type Question = (
  ui: GoogleAppsScript.Base.Ui,
  caption: string,
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  locale: string,
) => unknown;

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
  /** The book's locale was switched to vi_VN by this command: no locale warning. */
  localeChanged?: boolean;
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

export function runCommand(
  handler: MenuHandlerName,
  body: (ctx: CommandContext) => CommandResult,
  question?: Question,
): CommandOutcome {
  const caption = menuCaption(handler);
  const ui = SpreadsheetApp.getUi();
  const book = SpreadsheetApp.getActiveSpreadsheet();
  // A question needs the locale now; otherwise it comes with the sheets (one call) under the lock.
  const asked = question ? book.getSpreadsheetLocale() : undefined;
  const answer = question?.(ui, caption, book, asked as string);
  // null outside a document; then there is nobody to share the book with and nothing to wait for.
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    ui.alert(caption, MSG.busy, ui.ButtonSet.OK);
    return { command: caption, stopped: true, summary: MSG.busy };
  }
  const me = currentUser();
  const run = () => {
    const ctx: CommandContext = {
      book,
      ui,
      clock: clockFor(book),
      user: me || RUN_MSG.unknownUser,
      caption,
      locale: asked ?? running()?.locale ?? book.getSpreadsheetLocale(),
      answer,
    };
    return runLocked(body, ctx, lock);
  };
  return withBookSheets(book, run, me, true);
}

/** The command under the lock, with the book's sheets read once (BookSheets). */
function runLocked(
  body: (ctx: CommandContext) => CommandResult,
  ctx: CommandContext,
  lock: GoogleAppsScript.Lock.Lock | null,
): CommandOutcome {
  const { book, ui, caption, locale } = ctx;
  // Dialogs wait until the lock is let go: a dialog suspends the script, and the lock would not survive it.
  let alert = "";
  let outcome: CommandOutcome;
  let writeHistory: ReturnType<typeof historyWriter> | undefined;
  try {
    writeHistory = historyWriter(book);
  } catch (err) {
    console.error(`Không đọc được Lịch sử chạy: ${(err as Error).message}`);
  }
  const history = (result: string) => {
    try {
      (writeHistory ?? historyWriter(book))({ at: ctx.clock.now, by: ctx.user, command: caption, result });
    } catch (err) {
      console.error(`Không ghi được Lịch sử chạy: ${(err as Error).message}`);
    }
  };
  const stop = (message: string, line: string): CommandOutcome => {
    history(RUN_MSG.stopped(line));
    alert = message;
    return { command: caption, stopped: true, summary: RUN_MSG.stopped(line) };
  };
  try {
    const planned = body(ctx);
    if (planned.cancelled) outcome = { command: caption, stopped: true, summary: "" };
    else {
      if (planned.plan) {
        preflight(
          book,
          planned.plan,
          adminLookup(book, () => readSettings(book, ctx.clock).settings),
        );
        planned.plan.apply();
      }
      const result = planned.report ? { ...planned, ...planned.report() } : planned;
      history(result.summary);
      // Typed dates are read month-first in another locale: say so on every command until it is vi_VN.
      const warning = locale !== VI_VN && !result.localeChanged ? SETUP_MSG.localeWarning(locale) : "";
      if (result.alert || warning) alert = [result.alert ?? result.summary, warning].filter(Boolean).join("\n\n");
      // The alert starts with what the toast would say: it is said once.
      else if (result.toast) book.toast(result.toast, caption, 10);
      outcome = { command: caption, stopped: false, summary: result.summary, counts: result.counts };
    }
  } catch (err) {
    if (err instanceof UserError) outcome = stop(err.message, err.message.split("\n")[0]);
    else {
      console.error(`${caption}: ${(err as Error)?.stack ?? err}`);
      outcome = stop(MSG.unexpected(caption), MSG.unexpected(caption));
    }
  } finally {
    // The new sheets' looks (one Sheets API call after a flush, when it can).
    const sent = finishSetups(book);
    if (lock) {
      // Pending writes reach the sheet before another run may start.
      if (!sent) SpreadsheetApp.flush();
      lock.releaseLock();
    }
  }
  if (alert) ui.alert(caption, alert, ui.ButtonSet.OK);
  return outcome;
}
