// `Lịch sử chạy`: one appended row per command run (SPEC §2).
import { COLUMNS, SHEET } from "../text";
import { makeBlock, writeBlock } from "./write";

/** `Lịch sử chạy`, created with its header when missing. */
export function historySheet(book: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = book.getSheetByName(SHEET.history);
  if (!sheet) {
    sheet = book.insertSheet(SHEET.history);
    writeBlock(sheet, 1, 1, makeBlock([[...COLUMNS.history]]));
    sheet.getRange(1, 1, 1, COLUMNS.history.length).setFontWeight("bold");
    sheet.setFrozenRows(1);
  }
  return sheet;
}

export function appendHistory(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  row: { at: Date; by: string; command: string; result: string },
): void {
  const sheet = historySheet(book);
  // appendRow is atomic: two offices running at once each get their own row.
  const next = sheet.getLastRow() + 1;
  const block = makeBlock([[row.at, row.by, row.command, row.result]]);
  block.formats[0][0] = "dd/MM/yyyy HH:mm:ss";
  writeBlock(sheet, next, 1, block);
}
