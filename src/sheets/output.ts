// Output sheets (`Tiến độ chỉ tiêu`, `Xếp loại`, `Tổng hợp`) are rewritten completely on each run:
// title line, header row, data — one format call and one value call whatever the number of rows.
import { formatDay, type Cell, type Settings } from "../domain";
import { RUN_MSG } from "../text";
import type { CommandContext } from "./command";
import { ensureSize, fitRows, makeBlock, writeBlock } from "./write";

export type OutputSheet = {
  name: string;
  title: string;
  /** The header row under the title; frozen with it. */
  header?: readonly string[];
  rows: Cell[][];
  /** Number format per column for numbers (strings are always written as text). */
  numberFormats?: (string | undefined)[];
  /** More sheet rows (1-based) to set in bold: section headings. */
  boldRows?: number[];
};

/** Row 2 holds the header; data starts on row 3. */
export const FIRST_DATA_ROW = 3;

/** "Tính đến ngày …, chạy lúc … bởi …" (SPEC §6). */
export function titleLine(ctx: CommandContext, settings: Settings): string {
  const at = Utilities.formatDate(ctx.clock.now, ctx.clock.timeZone, "HH:mm dd/MM/yyyy");
  return RUN_MSG.titleLine(formatDay(settings.asOf), at, ctx.user);
}

export function rewriteOutputSheet(book: GoogleAppsScript.Spreadsheet.Spreadsheet, out: OutputSheet) {
  const sheet = book.getSheetByName(out.name) ?? book.insertSheet(out.name);
  sheet.clear();
  const lines: Cell[][] = [[out.title], ...(out.header ? [[...out.header]] : []), ...out.rows];
  const block = makeBlock(lines, out.numberFormats);
  fitRows(sheet, block.values.length);
  ensureSize(sheet, block.values.length, block.values[0].length);
  writeBlock(sheet, 1, 1, block);
  const width = block.values[0].length;
  sheet.getRange(1, 1).setFontWeight("bold");
  for (const row of [...(out.header ? [2] : []), ...(out.boldRows ?? [])]) {
    sheet.getRange(row, 1, 1, width).setFontWeight("bold");
  }
  sheet.setFrozenRows(out.header ? 2 : 1);
  return sheet;
}
