// Renderer 2 of the period report (SPEC §14): the ReportDocument the add-in describes, written as a
// real .docx with the `docx` package — A4 portrait, the Đoàn margins, Times New Roman, borderless
// header and signature tables, dotted fill lines as a right tab with a dot leader.
import type * as Docx from "docx";
import type { Block, Paragraph as ParagraphModel, ReportDocument, Table as TableModel } from "../domain/report/model";

/** The docx package: imported only when a report is written (loading it costs every run ~20 ms). */
type D = typeof Docx;

/** Twentieths of a point per millimetre. */
const twip = (mm: number) => Math.round((mm / 25.4) * 1440);
const align = (d: D) => ({
  left: d.AlignmentType.LEFT,
  center: d.AlignmentType.CENTER,
  right: d.AlignmentType.RIGHT,
  justify: d.AlignmentType.JUSTIFIED,
});
/** About 1 mm on each side of a cell's text (Word's default 1.9 mm wraps the narrow columns). */
const CELL_MARGIN = twip(1);
const line = (d: D) => ({ style: d.BorderStyle.SINGLE, size: 4, color: "000000" }) as const;

function paragraph(d: D, p: ParagraphModel, font: string, size: number): Docx.Paragraph {
  return new d.Paragraph({
    alignment: align(d)[p.align ?? "left"],
    indent: p.indent ? { firstLine: twip(p.indent) } : undefined,
    spacing: { after: (p.after ?? 0) * 20, before: (p.before ?? 0) * 20 },
    keepNext: p.keepNext,
    children: p.runs.map(
      (r) =>
        new d.TextRun({
          text: r.text,
          bold: r.bold,
          italics: r.italic,
          underline: r.underline ? {} : undefined,
          size: (r.size ?? size) * 2,
          font,
        }),
    ),
  });
}

function dots(d: D, doc: ReportDocument): Docx.Paragraph {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  return new d.Paragraph({
    tabStops: [{ type: d.TabStopType.RIGHT, position: twip(width), leader: d.LeaderType.DOT }],
    spacing: { after: 0 },
    children: [new d.TextRun({ children: [new d.Tab()], size: doc.bodySize * 2, font: doc.font })],
  });
}

function table(d: D, t: TableModel, font: string): Docx.Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const border = line(d);
  return new d.Table({
    width: { size: twip(total), type: d.WidthType.DXA },
    columnWidths: t.widths.map(twip),
    layout: d.TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: t.borders
      ? { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }
      : d.TableBorders.NONE,
    rows: t.rows.map(
      (row, i) =>
        new d.TableRow({
          tableHeader: i < t.headerRows,
          cantSplit: true,
          children: row.map(
            (c, j) =>
              new d.TableCell({
                width: { size: twip(t.widths[j]), type: d.WidthType.DXA },
                verticalAlign: t.borders ? d.VerticalAlignTable.CENTER : d.VerticalAlignTable.TOP,
                children: c.paragraphs.map((p) => paragraph(d, p, font, t.size)),
              }),
          ),
        }),
    ),
  });
}

function block(d: D, b: Block, doc: ReportDocument): Docx.Paragraph | Docx.Table {
  switch (b.kind) {
    case "paragraph":
      return paragraph(d, b, doc.font, doc.bodySize);
    case "dots":
      return dots(d, doc);
    case "table":
      return table(d, b, doc.font);
    default:
      return new d.Paragraph({ children: [new d.PageBreak()] });
  }
}

export function reportDocx(d: D, doc: ReportDocument): Docx.Document {
  const m = doc.page.margins;
  return new d.Document({
    title: doc.title,
    creator: "Tính chỉ tiêu",
    styles: { default: { document: { run: { font: doc.font, size: doc.bodySize * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twip(doc.page.width),
              height: twip(doc.page.height),
              orientation: d.PageOrientation.PORTRAIT,
            },
            margin: { top: twip(m.top), bottom: twip(m.bottom), left: twip(m.left), right: twip(m.right) },
          },
        },
        children: doc.blocks.map((b) => block(d, b, doc)),
      },
    ],
  });
}

export async function reportDocxBuffer(doc: ReportDocument): Promise<Buffer> {
  const d = await import("docx");
  return d.Packer.toBuffer(reportDocx(d, doc));
}
