// `Minh chứng` keeps its links on the way to `Xếp loại` (SPEC §13). A link typed over a cell's text
// (Ctrl+K) lives in the cell's rich text, which getValues does not give; a HYPERLINK formula gives only
// its text. Both become a HYPERLINK formula with the same link and text, set on the column in one call
// (a rich text per cell would need a builder call per row). Two reads of the one column, made only when
// `Xếp loại` is written.
import { isBlankCell } from "../domain";
import type { Table } from "./table";

type Rich = GoogleAppsScript.Spreadsheet.RichTextValue;

const HYPERLINK = /^=\s*HYPERLINK\s*\(/i;

/** A formula text with its quotes doubled. */
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** `=HYPERLINK("url","text")`. */
export const hyperlinkFormula = (url: string, text: string): string =>
  `=HYPERLINK(${quoted(url)},${quoted(text || url)})`;

/** The link over the whole text, else the first link over a part of it (a HYPERLINK links the whole cell). */
function linkOf(rich: Rich): string | null {
  const whole = rich.getLinkUrl();
  if (whole) return whole;
  for (const run of rich.getRuns()) {
    const url = run.getLinkUrl();
    if (url) return url;
  }
  return null;
}

/** The HYPERLINK formula of each linked `Minh chứng` cell of the table's rows, by sheet row. */
export function evidenceLinks(table: Table<string>): Map<number, string> {
  const links = new Map<number, string>();
  const col = table.columns.evidence;
  const rows = table.rows;
  if (col === undefined || !rows.length) return links;
  // The rows follow the header one by one: row k is sheet row rows[0].row + k.
  const range = table.sheet.getRange(rows[0].row, col + 1, rows.length, 1);
  const formulas = range.getFormulas();
  const rich = range.getRichTextValues();
  rows.forEach((r, k) => {
    const formula = formulas[k][0];
    if (HYPERLINK.test(formula)) {
      links.set(r.row, formula);
      return;
    }
    if (isBlankCell(r.cells.evidence)) return;
    const value = rich[k][0];
    const url = value && linkOf(value);
    if (url) links.set(r.row, hyperlinkFormula(url, value.getText()));
  });
  return links;
}
