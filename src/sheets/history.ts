// `Lịch sử chạy`: one appended row per command run (SPEC §2).
import { HISTORY, headersOf } from "../schema";
import { ensureSize, makeBlock, setWidths, writeBlock } from "./write";
import { findSheet, freezeRows, insertSheet, sizeOf } from "./book-sheets";

const HEADERS = headersOf(HISTORY);

/** `Lịch sử chạy`, created with its header when missing. */
export function historySheet(book: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = findSheet(book, HISTORY.sheet);
  if (!sheet) {
    sheet = insertSheet(book, HISTORY.sheet);
    const block = makeBlock([HEADERS]);
    block.weights = [HEADERS.map(() => "bold")];
    writeBlock(sheet, 1, 1, block);
    freezeRows(sheet, 1);
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
  const existing = findSheet(book, HISTORY.sheet);
  const next = existing ? existing.getLastRow() + 1 : 2;
  if (existing) sizeOf(existing);
  return (row) => {
    const sheet = existing ?? historySheet(book);
    // Not appendRow: it would read "=…" or "001" in the text like typed input. Commands hold the
    // document lock, so two runs never race for the same row.
    ensureSize(sheet, next, HEADERS.length);
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
