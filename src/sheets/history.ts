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

export function appendHistory(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  row: { at: Date; by: string; command: string; result: string },
): void {
  const sheet = historySheet(book);
  // Not appendRow: it would read "=…" or "001" in the text like typed input. Commands hold the
  // document lock, so two runs never race for the same row.
  const next = sheet.getLastRow() + 1;
  ensureSize(sheet, next, HEADERS.length);
  const block = makeBlock([[row.at, row.by, row.command, row.result]]);
  block.formats[0][0] = HISTORY.fields.runAt.format!;
  writeBlock(sheet, next, 1, block);
}
