// Renderer 1 of the period report (SPEC §14): the ReportDocument drawn as a Google Doc with
// DocumentApp. Apps Script has no tab leaders, so a dotted fill line is a line of dots.
import type { Block, Paragraph, ReportDocument, Run, Table } from "../../domain";

const PT_PER_MM = 72 / 25.4;
const pt = (mm: number) => Math.round(mm * PT_PER_MM * 100) / 100;
/** Ellipses of Times New Roman 14 pt (1 em each) that fill the 160 mm text width with a little room. */
const DOTS = "…".repeat(31);

type Body = GoogleAppsScript.Document.Body;
type Container = Body | GoogleAppsScript.Document.TableCell;
type DocText = GoogleAppsScript.Document.Text;

/** Run attributes to set once the body's font and sizes are in place. */
type RunOp = { text: DocText; start: number; end: number; run: Run };

function alignment(a: Paragraph["align"]): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return a === "center" ? H.CENTER : a === "right" ? H.RIGHT : a === "justify" ? H.JUSTIFY : H.LEFT;
}

const styled = (run: Run) => run.text.length > 0 && !!(run.bold || run.italic || run.underline || run.size);

/**
 * Sets what `model` asks of `p`. A paragraph of a new table cell has the Normal text spacing, 0 before
 * and after: `inCell` leaves a 0 unset (two calls a cell, on tables of thousands of cells).
 */
function fill(p: GoogleAppsScript.Document.Paragraph, model: Paragraph, ops: RunOp[], inCell = false): void {
  if (model.align && model.align !== "left") p.setAlignment(alignment(model.align));
  if (model.indent) p.setIndentFirstLine(pt(model.indent));
  if (!inCell || model.before) p.setSpacingBefore(model.before ?? 0);
  if (!inCell || model.after) p.setSpacingAfter(model.after ?? 0);
  if (!model.runs.some(styled)) return;
  let at = 0;
  const text = p.editAsText();
  for (const run of model.runs) {
    const end = at + run.text.length - 1;
    if (styled(run)) ops.push({ text, start: at, end, run });
    at = end + 1;
  }
}

/** Whether a cell's first paragraph needs any call: the table was made with its text already. */
const needsFill = (m: Paragraph) =>
  (!!m.align && m.align !== "left") || !!m.indent || !!m.before || !!m.after || m.runs.some(styled);

const joined = (p: Paragraph) => p.runs.map((r) => r.text).join("");

function appendParagraph(into: Container, model: Paragraph, ops: RunOp[]): void {
  fill(into.appendParagraph(joined(model)), model, ops);
}

function appendTable(body: Body, model: Table, ops: RunOp[], sized: GoogleAppsScript.Document.Table[]): void {
  const cells = model.rows.map((row) => row.map((c) => (c.paragraphs[0] ? joined(c.paragraphs[0]) : "")));
  const table = body.appendTable(cells);
  if (!model.borders) table.setBorderWidth(0);
  model.widths.forEach((w, i) => {
    table.setColumnWidth(i, pt(w));
  });
  model.rows.forEach((row, r) => {
    row.forEach((c, k) => {
      const [first, ...rest] = c.paragraphs;
      if (!rest.length && !(first && needsFill(first))) return;
      const cell = table.getCell(r, k);
      if (first && needsFill(first)) fill(cell.getChild(0).asParagraph(), first, ops, true);
      for (const p of rest) appendParagraph(cell, p, ops);
    });
  });
  sized.push(table);
}

function append(body: Body, b: Block, ops: RunOp[], sized: GoogleAppsScript.Document.Table[]): void {
  if (b.kind === "paragraph") appendParagraph(body, b, ops);
  else if (b.kind === "dots") body.appendParagraph(DOTS).setSpacingAfter(0);
  else if (b.kind === "table") appendTable(body, b, ops, sized);
  else body.appendPageBreak();
}

/** Creates the Google Doc of `doc` in the user's Drive and returns it open (the caller shares it, then saves and closes it). */
export function renderGoogleDoc(doc: ReportDocument): GoogleAppsScript.Document.Document {
  const file = DocumentApp.create(doc.title);
  const body = file.getBody();
  const m = doc.page.margins;
  body
    .setPageWidth(pt(doc.page.width))
    .setPageHeight(pt(doc.page.height))
    .setMarginTop(pt(m.top))
    .setMarginBottom(pt(m.bottom))
    .setMarginLeft(pt(m.left))
    .setMarginRight(pt(m.right));
  const ops: RunOp[] = [];
  const tables: GoogleAppsScript.Document.Table[] = [];
  for (const b of doc.blocks) append(body, b, ops, tables);
  // A new document starts with one empty paragraph: drop it (it is never the last one here).
  const first = body.getChild(0);
  if (first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === "") {
    first.removeFromParent();
  }
  // Font and sizes for everything, then tables at their size, then each run's own attributes.
  body.editAsText().setFontFamily(doc.font).setFontSize(doc.bodySize);
  const models = doc.blocks.filter((b): b is Table => b.kind === "table");
  tables.forEach((t, i) => {
    if (models[i].size !== doc.bodySize) t.editAsText().setFontSize(models[i].size);
  });
  for (const { text, start, end, run } of ops) {
    if (run.bold) text.setBold(start, end, true);
    if (run.italic) text.setItalic(start, end, true);
    if (run.underline) text.setUnderline(start, end, true);
    if (run.size) text.setFontSize(start, end, run.size);
  }
  return file;
}
