// Every menu command runs through here: one command at a time (the document lock), Vietnamese
// messages for every failure, no stack trace for the user, and a row in `Lịch sử chạy`.
import { menuCaption, MSG, RUN_MSG, type MenuHandlerName } from "../text";
import { UserError } from "./errors";
import { appendHistory } from "./history";
import { currentUser } from "./permissions";
import { clockFor, type Clock } from "./zone";

/** How long a second command waits for the first before saying another run is in progress. */
export const LOCK_WAIT_MS = 5000;

export type CommandContext = {
  book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  ui: GoogleAppsScript.Base.Ui;
  clock: Clock;
  user: string;
  caption: string;
};

export type CommandOutcome = {
  /** One line for `Lịch sử chạy`. */
  summary: string;
  /** Shown as a toast when given. */
  toast?: string;
  /** Shown as an alert when given (used when the user must read it). */
  alert?: string;
  /** The user cancelled a question: nothing was done, nothing is recorded. */
  cancelled?: boolean;
};

export function runCommand(handler: MenuHandlerName, body: (ctx: CommandContext) => CommandOutcome): void {
  const caption = menuCaption(handler);
  const ui = SpreadsheetApp.getUi();
  const book = SpreadsheetApp.getActiveSpreadsheet();
  // null outside a document; then there is nobody to share the book with and nothing to wait for.
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    ui.alert(caption, MSG.busy, ui.ButtonSet.OK);
    return;
  }
  const ctx: CommandContext = { book, ui, clock: clockFor(book), user: currentUser() || RUN_MSG.unknownUser, caption };
  const history = (result: string) => {
    try {
      appendHistory(book, { at: ctx.clock.now, by: ctx.user, command: caption, result });
    } catch (err) {
      console.error(`Không ghi được Lịch sử chạy: ${(err as Error).message}`);
    }
  };
  try {
    const outcome = body(ctx);
    if (outcome.cancelled) return;
    history(outcome.summary);
    if (outcome.toast) book.toast(outcome.toast, caption, 10);
    if (outcome.alert) ui.alert(caption, outcome.alert, ui.ButtonSet.OK);
  } catch (err) {
    if (err instanceof UserError) {
      history(RUN_MSG.stopped(err.message.split("\n")[0]));
      ui.alert(caption, err.message, ui.ButtonSet.OK);
    } else {
      console.error(`${caption}: ${(err as Error)?.stack ?? err}`);
      history(RUN_MSG.stopped(MSG.unexpected(caption)));
      ui.alert(caption, MSG.unexpected(caption), ui.ButtonSet.OK);
    }
  } finally {
    lock?.releaseLock();
  }
}
