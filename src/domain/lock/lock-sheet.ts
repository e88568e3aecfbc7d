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
