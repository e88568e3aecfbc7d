// What a `Chốt <kỳ>` sheet holds (SPEC §15): the title line, then the period report of §14 exactly as
// `Lập báo cáo` describes it — each paragraph on one row, each table row on one row — as plain text,
// so the frozen figures read the same as the report sent upward.
import type { Block, ReportDocument, TableCell } from "../report/model";

const textOf = (cell: TableCell) => cell.paragraphs.map((p) => p.runs.map((r) => r.text).join("")).join("\n");

/** Rows of text, one array per sheet row (ragged; the writer pads them). */
export function lockSheetRows(title: string, doc: ReportDocument): string[][] {
  const rows: string[][] = [[title], []];
  for (const b of doc.blocks) rows.push(...blockRows(b));
  return rows;
}

function blockRows(b: Block): string[][] {
  switch (b.kind) {
    case "paragraph": {
      const text = b.runs.map((r) => r.text).join("");
      return text.trim() ? [[text]] : [];
    }
    case "table":
      return b.rows.map((r) => r.map(textOf)).filter((r) => r.some((t) => t.trim()));
    default:
      return [];
  }
}

/** Column A holds the report's paragraphs, one a row, read across the sheet. */
const PARAGRAPH_WIDTH = 320;
const MIN_WIDTH = 60;
const MAX_WIDTH = 320;
/** About 7 pixels a character at Sheets' 10 pt Arial, and room for the cell's padding. */
const px = (chars: number) => Math.round(chars * 7 + 16);

/**
 * Column widths of a `Chốt <kỳ>` sheet (SPEC §17: names and levels not clipped): column A for the
 * paragraphs, each other column as wide as its longest cell within bounds.
 */
export function lockSheetWidths(rows: readonly (readonly string[])[]): number[] {
  const widths = [PARAGRAPH_WIDTH];
  for (const row of rows) {
    for (let c = 1; c < row.length; c++) {
      const longest = Math.max(...row[c].split("\n").map((line) => Array.from(line).length));
      widths[c] = Math.min(MAX_WIDTH, Math.max(widths[c] ?? MIN_WIDTH, px(longest)));
    }
  }
  return Array.from(widths, (w) => w ?? MIN_WIDTH);
}
