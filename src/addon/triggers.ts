import { buildMenu } from "../sheets/menu";
import { recheckFormResponse } from "../sheets/forms/on-submit";
import { recheckEditedRows } from "../sheets/on-edit";

/** Simple trigger: builds the Tính chỉ tiêu menu. May run in AuthMode.NONE, so it does nothing else. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs when the script is installed as an add-on: same menu as onOpen. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Simple trigger: re-checks the edited rows of a log tab. Never throws at the user. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    recheckEditedRows(e);
  } catch (err) {
    // A broken book (missing sheet, bad settings) is reported by the menu commands, not by typing.
    console.error(`onEdit: ${(err as Error)?.message ?? err}`);
  }
}

/**
 * Installable trigger (installed by Tạo biểu mẫu nhập): checks a response row that the phone form
 * has just added, like onEdit checks a typed row. Never throws at anyone.
 */
export function kiemTraCauTraLoi(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  try {
    recheckFormResponse(e);
  } catch (err) {
    console.error(`kiemTraCauTraLoi: ${(err as Error)?.message ?? err}`);
  }
}
