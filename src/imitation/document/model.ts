// A Google Doc as data: a body of paragraphs and tables; a paragraph holds text runs (one attribute
// map per character), horizontal rules and page breaks; a table holds rows of cells, each cell a
// list of blocks of its own. No counting and no access checks here.

import type { Context } from "../context";
import { canEditFile, canViewFile } from "../file-access";

/** Attribute values by DocumentApp.Attribute name ("BOLD" → true). */
export type Attrs = Record<string, unknown>;

export interface TextModel {
  kind: "TEXT";
  chars: string;
  /** One frozen attribute map per character. */
  styles: Readonly<Attrs>[];
  parent: ParagraphModel;
}

export interface RuleModel {
  kind: "HORIZONTAL_RULE" | "PAGE_BREAK";
  parent: ParagraphModel;
}

export type InlineModel = TextModel | RuleModel;

export interface ParagraphModel {
  kind: "PARAGRAPH";
  children: InlineModel[];
  attrs: Attrs;
  /** Text attributes set on the paragraph while it had no text: new text starts with them. */
  textDefaults: Readonly<Attrs>;
  parent: ContainerModel;
}

export interface TableModel {
  kind: "TABLE";
  rows: RowModel[];
  attrs: Attrs;
  columnWidths: (number | null)[];
  parent: ContainerModel;
}

export interface RowModel {
  kind: "TABLE_ROW";
  cells: CellModel[];
  attrs: Attrs;
  parent: TableModel;
}

export interface CellModel {
  kind: "TABLE_CELL";
  children: BlockModel[];
  attrs: Attrs;
  parent: RowModel;
}

export interface BodyModel {
  kind: "BODY_SECTION";
  children: BlockModel[];
  attrs: Attrs;
  doc: DocModel;
}

export type BlockModel = ParagraphModel | TableModel;
export type ContainerModel = BodyModel | CellModel;
export type AnyElement = BodyModel | BlockModel | RowModel | CellModel | InlineModel;

export class DocModel {
  readonly editors = new Set<string>();
  readonly viewers = new Set<string>();
  readonly body: BodyModel;
  /** Times saveAndClose() was called on it. */
  saves = 0;

  constructor(
    readonly ctx: Context,
    readonly id: string,
    public name: string,
    public owner: string,
  ) {
    // A new document: Letter paper with 1-inch margins, one empty paragraph.
    this.body = {
      kind: "BODY_SECTION",
      children: [],
      attrs: {
        PAGE_WIDTH: 612,
        PAGE_HEIGHT: 792,
        MARGIN_TOP: 72,
        MARGIN_BOTTOM: 72,
        MARGIN_LEFT: 72,
        MARGIN_RIGHT: 72,
      },
      doc: this,
    };
    this.body.children.push(newParagraph(this.body, ""));
  }

  url(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }

  canEdit(user: string): boolean {
    return canEditFile(this, user);
  }

  canView(user: string): boolean {
    return canViewFile(this, user);
  }
}

const NO_STYLE: Readonly<Attrs> = Object.freeze({});

export function newParagraph(
  parent: ContainerModel,
  text: string,
  textStyle: Readonly<Attrs> = NO_STYLE,
): ParagraphModel {
  const p: ParagraphModel = { kind: "PARAGRAPH", children: [], attrs: {}, textDefaults: NO_STYLE, parent };
  if (text !== "") p.children.push(newText(p, text, textStyle));
  return p;
}

export function newText(parent: ParagraphModel, text: string, style: Readonly<Attrs>): TextModel {
  return { kind: "TEXT", chars: text, styles: Array.from({ length: text.length }, () => style), parent };
}

export function newCell(row: RowModel, text: string): CellModel {
  const cell: CellModel = { kind: "TABLE_CELL", children: [], attrs: {}, parent: row };
  cell.children.push(newParagraph(cell, text));
  return cell;
}

export function newTable(parent: ContainerModel, cells: readonly (readonly string[])[]): TableModel {
  const table: TableModel = { kind: "TABLE", rows: [], attrs: {}, columnWidths: [], parent };
  for (const line of cells) {
    const row: RowModel = { kind: "TABLE_ROW", cells: [], attrs: {}, parent: table };
    for (const text of line) row.cells.push(newCell(row, text));
    table.rows.push(row);
  }
  return table;
}

/** The document an element belongs to. */
export function docOf(el: AnyElement): DocModel {
  let cur: AnyElement = el;
  for (;;) {
    if (cur.kind === "BODY_SECTION") return cur.doc;
    cur = cur.parent;
  }
}

/** Every paragraph inside a container or table, in reading order. */
export function paragraphsIn(el: BodyModel | CellModel | TableModel | RowModel | ParagraphModel): ParagraphModel[] {
  switch (el.kind) {
    case "PARAGRAPH":
      return [el];
    case "TABLE":
      return el.rows.flatMap(paragraphsIn);
    case "TABLE_ROW":
      return el.cells.flatMap(paragraphsIn);
    default:
      return el.children.flatMap(paragraphsIn);
  }
}

export function textsOf(p: ParagraphModel): TextModel[] {
  return p.children.filter((c): c is TextModel => c.kind === "TEXT");
}

export function paragraphText(p: ParagraphModel): string {
  return textsOf(p)
    .map((t) => t.chars)
    .join("");
}

/** Text of a container as Apps Script's getText() gives it: paragraphs separated by "\n". */
export function containerText(el: BodyModel | CellModel | TableModel | RowModel | ParagraphModel): string {
  return paragraphsIn(el).map(paragraphText).join("\n");
}
