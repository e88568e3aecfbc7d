// Sheet names are unique regardless of case in Google Sheets ("Văn phòng" and "Văn Phòng" cannot both
// exist), while getSheetByName matches the exact name: every lookup goes through here and BookSheets.
const caseKey = (name: string) => name.normalize("NFC").toLocaleLowerCase("vi");

export const sameSheetName = (a: string, b: string): boolean => caseKey(a) === caseKey(b);

/** A key for maps of sheet names: names equal regardless of case share it. */
export const sheetKey = caseKey;
