// `Lịch sử chạy`: one appended row per command run (SPEC §2).
import { once } from "../domain";
import { HISTORY, fieldWidths, headersOf } from "../schema";
import { ensureSize, makeBlock, writeBlock } from "./write";
import { findSheet, insertSheet, sizeOf } from "./book-sheets";
import { setUpSheet } from "./sheet-setup";

const headers = once(() => headersOf(HISTORY));

type Row = { at: Date; by: string; command: string; result: string };

/**
 * History rows as a block (under the header with `header`), the run time in its own format (not
 * appendRow: it would read "=…" or "001" like typed input).
 */
function rowBlock(rows: readonly Row[], header = false) {
  const block = makeBlock([...(header ? [headers()] : []), ...rows.map((r) => [r.at, r.by, r.command, r.result])]);
  block.formats.forEach((f, i) => {
    if (i || !header) f[0] = HISTORY.fields.runAt.format!;
  });
  return block;
}

/** A new `Lịch sử chạy`: bold frozen header, then `rows`, in one write. */
function createHistory(book: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: readonly Row[] = []) {
  const sheet = insertSheet(book, HISTORY.sheet);
  const block = rowBlock(rows, true);
  writeBlock(sheet, 1, 1, {
    ...block,
    weights: block.values.map((_, i) => headers().map(() => (i ? "normal" : "bold"))),
  });
  setUpSheet({ sheet, name: HISTORY.sheet, frozenRows: 1, widths: fieldWidths(HISTORY) });
  return sheet;
}

/** `Lịch sử chạy`, created with its header when missing. */
export function historySheet(book: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  return findSheet(book, HISTORY.sheet) ?? createHistory(book);
}

/**
 * Reads where the command's history row will go — before the command writes anything, since a read
 * after a write costs Apps Script a round trip — and returns the write of that row.
 */
export function historyWriter(book: GoogleAppsScript.Spreadsheet.Spreadsheet): (row: Row) => void {
  const existing = findSheet(book, HISTORY.sheet);
  const next = existing ? existing.getLastRow() + 1 : 2;
  if (existing) sizeOf(existing);
  return (row) => {
    // A command that made the sheet itself (Phân quyền) appends under its header.
    const sheet = existing ?? findSheet(book, HISTORY.sheet);
    if (!sheet) {
      createHistory(book, [row]);
      return;
    }
    // Commands hold the document lock, so two runs never race for the same row.
    ensureSize(sheet, next, headers().length);
    writeBlock(sheet, next, 1, rowBlock([row]));
  };
}

export function appendHistory(book: GoogleAppsScript.Spreadsheet.Spreadsheet, row: Row): void {
  historyWriter(book)(row);
}
