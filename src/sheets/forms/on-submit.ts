// The on-form-submit trigger's work (SPEC §16): the new response row is checked with onEdit's code
// path; events from other tabs (another form linked to the book) are ignored, and a trigger the book
// no longer trusts (another admin took over) removes itself instead of checking twice.
import { FORM_TAB } from "../../text";
import { recheckEditedRows } from "../on-edit";
import { activeTriggerId } from "./state";
import { removeOwnTrigger } from "./trigger";

export function recheckFormResponse(e: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): void {
  if (!e?.range) return;
  const active = activeTriggerId();
  if (e.triggerUid && active && e.triggerUid !== active) {
    removeOwnTrigger(e.triggerUid);
    return;
  }
  if (e.range.getSheet().getName() !== FORM_TAB.responses) return;
  const source = (e as unknown as { source?: GoogleAppsScript.Spreadsheet.Spreadsheet }).source;
  recheckEditedRows({ range: e.range, source } as GoogleAppsScript.Events.SheetsOnEdit);
}
