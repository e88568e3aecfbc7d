// The installable on-form-submit trigger (SPEC §16). It belongs to the admin who installs it, and
// getProjectTriggers() shows nobody else's, so the book keeps the owner's email and the trigger's id:
// another admin is told whose trigger is active and may take it over. The old trigger cannot be
// deleted by someone else; it removes itself the next time it fires (its id is no longer the book's),
// so there are never two checking the same response.
import { FORM_MSG } from "../../text";
import type { FormState } from "./state";

/** The top-level function the trigger calls (src/addon/triggers.ts). */
export const FORM_HANDLER = "kiemTraCauTraLoi";

type Ui = GoogleAppsScript.Base.Ui;

function mine(bookId: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter(
    (t) => t.getHandlerFunction() === FORM_HANDLER && t.getTriggerSourceId() === bookId,
  );
}

function install(book: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return ScriptApp.newTrigger(FORM_HANDLER).forSpreadsheet(book).onFormSubmit().create().getUniqueId();
}

/**
 * Makes sure exactly one trigger checks the responses; returns the message for the user (empty when
 * nothing needs saying) and updates `state`.
 */
export function ensureTrigger(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ui: Ui,
  caption: string,
  me: string,
  state: FormState,
): string {
  try {
    const owner = state.triggerOwner;
    if (owner && owner !== me && state.triggerId) {
      const answer = ui.alert(caption, FORM_MSG.triggerOther(owner), ui.ButtonSet.YES_NO);
      if (answer !== ui.Button.YES) return FORM_MSG.triggerKept(owner);
      for (const t of mine(book.getId())) ScriptApp.deleteTrigger(t);
      state.triggerId = install(book);
      state.triggerOwner = me;
      return FORM_MSG.triggerTaken(owner);
    }
    const existing = mine(book.getId());
    const keep = existing.find((t) => t.getUniqueId() === state.triggerId);
    for (const t of existing) if (t !== keep) ScriptApp.deleteTrigger(t);
    state.triggerId = keep ? keep.getUniqueId() : install(book);
    state.triggerOwner = me;
    return "";
  } catch (err) {
    return FORM_MSG.triggerFailed(String((err as Error)?.message ?? err));
  }
}

/** Run by a trigger the book no longer trusts: it removes itself (it runs as its owner, who may). */
export function removeOwnTrigger(uid: string): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
}
