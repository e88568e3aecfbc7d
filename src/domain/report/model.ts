// The report as a plain description (SPEC §14): what the Google Doc renderer (src/sheets) and the
// .docx renderer (src/runner) both draw. Sizes in points, lengths in millimetres.

export type Align = "left" | "center" | "right" | "justify";

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; default: the block's size (body 14, tables 13). */
  size?: number;
}

export interface Paragraph {
  kind: "paragraph";
  runs: Run[];
  align?: Align;
  /** First-line indent, mm (body text of a Vietnamese administrative document: 10–12.7 mm). */
  indent?: number;
  /** Space before and after, points. */
  before?: number;
  after?: number;
  /** Keep with the next block (headings). */
  keepNext?: boolean;
}

/** A line to fill in by hand: dots from the indent to the right margin. */
export interface DottedLine {
  kind: "dots";
}

export interface TableCell {
  paragraphs: Paragraph[];
}

export interface Table {
  kind: "table";
  /** Column widths, mm; they add up to the text width. */
  widths: number[];
  borders: boolean;
  /** Leading rows repeated on every page (the header row). */
  headerRows: number;
  rows: TableCell[][];
  /** Points for runs without their own size. */
  size: number;
}

export interface PageBreak {
  kind: "pageBreak";
}

export type Block = Paragraph | DottedLine | Table | PageBreak;

export interface Page {
  size: "A4";
  orientation: "portrait";
  /** mm */
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
}

export interface ReportDocument {
  /** The file's name: "Báo cáo đi cơ sở <kỳ> — <book name>". */
  title: string;
  page: Page;
  font: string;
  /** Points. */
  bodySize: number;
  tableSize: number;
  blocks: Block[];
}

/** HD 29-HD/TWĐTN-VP (2013) and NĐ 30/2020: A4 portrait, 20/20/30/20 mm, Times New Roman 14 pt. */
export const REPORT_PAGE: Page = {
  size: "A4",
  orientation: "portrait",
  width: 210,
  height: 297,
  margins: { top: 20, bottom: 20, left: 30, right: 20 },
};

/** Text width, mm. */
export const TEXT_WIDTH = REPORT_PAGE.width - REPORT_PAGE.margins.left - REPORT_PAGE.margins.right;

export const MM_PER_POINT = 25.4 / 72;

export const para = (runs: Run[] | string, options: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph => ({
  kind: "paragraph",
  runs: typeof runs === "string" ? [{ text: runs }] : runs,
  ...options,
});

/** All the text of a block, for tests and the plain-text view. */
export function blockText(b: Block): string {
  if (b.kind === "paragraph") return b.runs.map((r) => r.text).join("");
  if (b.kind === "table")
    return b.rows.map((r) => r.map((c) => c.paragraphs.map(blockText).join("\n")).join("\t")).join("\n");
  if (b.kind === "dots") return "…";
  return "";
}
