// The form's response tab (SPEC §16): found by its form link, never by its name (Google names it in
// the linking user's language), renamed `Nhật ký (biểu mẫu)` so that it is a log tab, and placed last
// so that a row typed in the main log earlier counts as the original of a duplicate sent by phone.
import { FORM_TAB } from "../../text";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function formIdOfLink(url: string): string {
  try {
    return FormApp.openByUrl(url).getId();
  } catch {
    return "";
  }
}

/** The tab whose responses come from the form `formId`, or null. */
export function formTabOf(book: Book, formId: string): Sheet | null {
  for (const sheet of book.getSheets()) {
    const url = sheet.getFormUrl();
    if (url && formIdOfLink(url) === formId) return sheet;
  }
  return null;
}

/** A free name for the older tab: `Nhật ký (biểu mẫu cũ)`, then `… cũ 2)`, `… cũ 3)`. */
function olderName(book: Book): string {
  if (!book.getSheetByName(FORM_TAB.older)) return FORM_TAB.older;
  for (let n = 2; ; n++) {
    const name = FORM_TAB.older.replace(/\)$/, ` ${n})`);
    if (!book.getSheetByName(name)) return name;
  }
}

/** Renames `tab` to `Nhật ký (biểu mẫu)` (an older tab of that name renamed first) and puts it last. */
export function placeResponseTab(book: Book, tab: Sheet): { renamedOld: boolean } {
  let renamedOld = false;
  if (tab.getName() !== FORM_TAB.responses) {
    const older = book.getSheetByName(FORM_TAB.responses);
    if (older) {
      older.setName(olderName(book));
      renamedOld = true;
    }
    tab.setName(FORM_TAB.responses);
    book.setActiveSheet(tab);
    book.moveActiveSheet(book.getNumSheets());
  }
  return { renamedOld };
}
