// `Lịch sử chạy`: one appended row per command run (SPEC §2).
import { HISTORY, headersOf } from "../schema";
import { ensureSize, makeBlock, setWidths, writeBlock } from "./write";
import { findSheet } from "./sheet-names";

const HEADERS = headersOf(HISTORY);

/** `Lịch sử chạy`, created with its header when missing. */
export function historySheet(book: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = findSheet(book, HISTORY.sheet);
  if (!sheet) {
    sheet = book.insertSheet(HISTORY.sheet);
    const block = makeBlock([HEADERS]);
    block.weights = [HEADERS.map(() => "bold")];
    writeBlock(sheet, 1, 1, block);
    sheet.setFrozenRows(1);
    setWidths(
      sheet,
      Object.values(HISTORY.fields).map((f) => f.width),
    );
  }
  return sheet;
}

/**
 * Reads where the command's history row will go — before the command writes anything, since a read
 * after a write costs Apps Script a round trip — and returns the write of that row.
 */
export function historyWriter(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
): (row: { at: Date; by: string; command: string; result: string }) => void {
  const existing = book.getSheetByName(HISTORY.sheet);
  const next = existing ? existing.getLastRow() + 1 : 2;
  const size = existing ? { rows: existing.getMaxRows(), cols: existing.getMaxColumns() } : null;
  return (row) => {
    const sheet = existing ?? historySheet(book);
    // Not appendRow: it would read "=…" or "001" in the text like typed input. Commands hold the
    // document lock, so two runs never race for the same row.
    if (size) {
      if (next > size.rows) sheet.insertRowsAfter(size.rows, next - size.rows);
      if (HEADERS.length > size.cols) sheet.insertColumnsAfter(size.cols, HEADERS.length - size.cols);
    } else ensureSize(sheet, next, HEADERS.length);
    const block = makeBlock([[row.at, row.by, row.command, row.result]]);
    block.formats[0][0] = HISTORY.fields.runAt.format!;
    writeBlock(sheet, next, 1, block);
  };
}

export function appendHistory(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  row: { at: Date; by: string; command: string; result: string },
): void {
  historyWriter(book)(row);
}
