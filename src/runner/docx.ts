// Renderer 2 of the period report (SPEC §14): the ReportDocument the add-in describes, written as a
// real .docx with the `docx` package — A4 portrait, the Đoàn margins, Times New Roman, borderless
// header and signature tables, dotted fill lines as a right tab with a dot leader.
import {
  AlignmentType,
  BorderStyle,
  Document,
  LeaderType,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { Block, Paragraph as ParagraphModel, ReportDocument, Table as TableModel } from "../domain/report/model";

/** Twentieths of a point per millimetre. */
const twip = (mm: number) => Math.round((mm / 25.4) * 1440);
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;
/** About 1 mm on each side of a cell's text (Word's default 1.9 mm wraps the narrow columns). */
const CELL_MARGIN = twip(1);
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

function paragraph(p: ParagraphModel, font: string, size: number): Paragraph {
  return new Paragraph({
    alignment: ALIGN[p.align ?? "left"],
    indent: p.indent ? { firstLine: twip(p.indent) } : undefined,
    spacing: { after: (p.after ?? 0) * 20, before: (p.before ?? 0) * 20 },
    keepNext: p.keepNext,
    children: p.runs.map(
      (r) =>
        new TextRun({
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

function dots(doc: ReportDocument): Paragraph {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: twip(width), leader: LeaderType.DOT }],
    spacing: { after: 0 },
    children: [new TextRun({ children: [new Tab()], size: doc.bodySize * 2, font: doc.font })],
  });
}

function table(t: TableModel, font: string): Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: twip(total), type: WidthType.DXA },
    columnWidths: t.widths.map(twip),
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: t.borders
      ? { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }
      : TableBorders.NONE,
    rows: t.rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: i < t.headerRows,
          cantSplit: true,
          children: row.map(
            (c, j) =>
              new TableCell({
                width: { size: twip(t.widths[j]), type: WidthType.DXA },
                verticalAlign: t.borders ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
                children: c.paragraphs.map((p) => paragraph(p, font, t.size)),
              }),
          ),
        }),
    ),
  });
}

function block(b: Block, doc: ReportDocument): Paragraph | Table {
  switch (b.kind) {
    case "paragraph":
      return paragraph(b, doc.font, doc.bodySize);
    case "dots":
      return dots(doc);
    case "table":
      return table(b, doc.font);
    default:
      return new Paragraph({ children: [new PageBreak()] });
  }
}

export function reportDocx(doc: ReportDocument): Document {
  const m = doc.page.margins;
  return new Document({
    title: doc.title,
    creator: "Tính chỉ tiêu",
    styles: { default: { document: { run: { font: doc.font, size: doc.bodySize * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(doc.page.width), height: twip(doc.page.height), orientation: PageOrientation.PORTRAIT },
            margin: { top: twip(m.top), bottom: twip(m.bottom), left: twip(m.left), right: twip(m.right) },
          },
        },
        children: doc.blocks.map((b) => block(b, doc)),
      },
    ],
  });
}

export async function reportDocxBuffer(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(reportDocx(doc));
}
