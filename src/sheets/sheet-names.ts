// Sheet names are unique regardless of case in Google Sheets ("Văn phòng" and "Văn Phòng" cannot both
// exist), while getSheetByName matches the exact name: every lookup goes through here.
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const caseKey = (name: string) => name.normalize("NFC").toLocaleLowerCase("vi");

export const sameSheetName = (a: string, b: string): boolean => caseKey(a) === caseKey(b);

/** The sheet called `name`, in any case; the exact name is tried first (one call). */
export function findSheet(book: Book, name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  return book.getSheetByName(name) ?? book.getSheets().find((s) => sameSheetName(s.getName(), name)) ?? null;
}

/** A key for maps of sheet names: names equal regardless of case share it. */
export const sheetKey = caseKey;
