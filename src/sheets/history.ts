// `Lịch sử chạy`: one appended row per command run (SPEC §2).
import { COLUMNS, SHEET } from "../text";
import { ensureSize, makeBlock, writeBlock } from "./write";

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
  // Not appendRow: it would read "=…" or "001" in the text like typed input. Commands hold the
  // document lock, so two runs never race for the same row.
  const next = sheet.getLastRow() + 1;
  ensureSize(sheet, next, COLUMNS.history.length);
  const block = makeBlock([[row.at, row.by, row.command, row.result]]);
  block.formats[0][0] = "dd/MM/yyyy HH:mm:ss";
  writeBlock(sheet, next, 1, block);
}
