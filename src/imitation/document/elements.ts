// Body, Paragraph, Table, TableRow, TableCell and the inline rules of a Google Doc. Every object
// is a fresh view over the model (like Apps Script, which hands out new wrappers each call).

import { countCalls } from "../counter";
import {
  HORIZONTAL_ALIGNMENTS,
  PARAGRAPH_ATTRIBUTES,
  PARAGRAPH_HEADINGS,
  TEXT_ATTRIBUTES,
  VERTICAL_ALIGNMENTS,
} from "./enums";
import { DOC_MSG, type DocHandle } from "./handle";
import {
  containerText,
  newParagraph,
  newTable,
  newText,
  paragraphsIn,
  paragraphText,
  textsOf,
  type AnyElement,
  type Attrs,
  type BlockModel,
  type BodyModel,
  type CellModel,
  type ContainerModel,
  type ParagraphModel,
  type RowModel,
  type TableModel,
} from "./model";
import { LocalText, restyle } from "./text";

type GElement = GoogleAppsScript.Document.Element;
type GParagraph = GoogleAppsScript.Document.Paragraph;
type GTable = GoogleAppsScript.Document.Table;
type GRow = GoogleAppsScript.Document.TableRow;
type GCell = GoogleAppsScript.Document.TableCell;
type GBody = GoogleAppsScript.Document.Body;
type GText = GoogleAppsScript.Document.Text;

/** The Apps Script object for a model element. */
export function elementApi(handle: DocHandle, el: AnyElement): GElement {
  switch (el.kind) {
    case "BODY_SECTION":
      return new LocalBody(handle, el) as unknown as GElement;
    case "PARAGRAPH":
      return new LocalParagraph(handle, el) as unknown as GElement;
    case "TABLE":
      return new LocalTable(handle, el) as unknown as GElement;
    case "TABLE_ROW":
      return new LocalTableRow(handle, el) as unknown as GElement;
    case "TABLE_CELL":
      return new LocalTableCell(handle, el) as unknown as GElement;
    case "TEXT":
      return new LocalText(handle, { kind: "text", text: el }) as unknown as GElement;
    default:
      return new LocalInline(handle, el) as unknown as GElement;
  }
}

function siblingsOf(el: AnyElement): AnyElement[] | null {
  if (el.kind === "BODY_SECTION") return null;
  const parent = el.parent;
  switch (parent.kind) {
    case "PARAGRAPH":
      return parent.children;
    case "TABLE":
      return parent.rows;
    case "TABLE_ROW":
      return parent.cells;
    default:
      return parent.children;
  }
}

/** What every element can do: its type, parent, siblings, removal, and the as*() casts. */
abstract class LocalElementBase<M extends AnyElement> {
  constructor(
    readonly handle: DocHandle,
    readonly model: M,
  ) {}

  get calls() {
    return this.handle.ctx.calls;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return this.model.kind as unknown as GoogleAppsScript.Document.ElementType;
  }
  getParent(): GoogleAppsScript.Document.ContainerElement {
    const m = this.model;
    return (
      m.kind === "BODY_SECTION" ? null : elementApi(this.handle, m.parent)
    ) as GoogleAppsScript.Document.ContainerElement;
  }
  getNextSibling(): GElement {
    const list = siblingsOf(this.model);
    const i = list ? list.indexOf(this.model) : -1;
    return (list && i >= 0 && i + 1 < list.length ? elementApi(this.handle, list[i + 1]) : null) as GElement;
  }
  getPreviousSibling(): GElement {
    const list = siblingsOf(this.model);
    const i = list ? list.indexOf(this.model) : -1;
    return (list && i > 0 ? elementApi(this.handle, list[i - 1]) : null) as GElement;
  }
  isAtDocumentEnd(): boolean {
    const m = this.model;
    if (m.kind === "BODY_SECTION" || m.parent.kind !== "BODY_SECTION") return false;
    const list = m.parent.children;
    return list[list.length - 1] === m;
  }
  removeFromParent(): this {
    this.handle.assertEditable();
    const m = this.model;
    const list = siblingsOf(m);
    if (!list) return this;
    if (m.kind === "PARAGRAPH" && m.parent.kind === "BODY_SECTION" && lastParagraph(m.parent, m))
      throw this.handle.ctx.error(DOC_MSG.lastParagraph);
    const i = list.indexOf(m);
    if (i >= 0) list.splice(i, 1);
    return this;
  }
  asParagraph(): GParagraph {
    return this._as("PARAGRAPH") as unknown as GParagraph;
  }
  asTable(): GTable {
    return this._as("TABLE") as unknown as GTable;
  }
  asTableRow(): GRow {
    return this._as("TABLE_ROW") as unknown as GRow;
  }
  asTableCell(): GCell {
    return this._as("TABLE_CELL") as unknown as GCell;
  }
  asBody(): GBody {
    return this._as("BODY_SECTION") as unknown as GBody;
  }
  asText(): GText {
    return this._as("TEXT") as unknown as GText;
  }

  private _as(kind: string): this {
    if (this.model.kind !== kind) throw this.handle.ctx.error(`Cannot cast a ${this.model.kind} to ${kind}.`);
    return this;
  }
}
countCalls(LocalElementBase, "Element");

/** Whether `p` is the only paragraph left of a body (a body always keeps one). */
function lastParagraph(body: BodyModel, p: ParagraphModel): boolean {
  return body.children.filter((c) => c.kind === "PARAGRAPH" && c !== p).length === 0;
}

// ---- attributes ----

type Kind = "body" | "paragraph" | "table" | "row" | "cell";
const OWN_ATTRIBUTES: Record<Kind, ReadonlySet<string>> = {
  body: new Set(["PAGE_WIDTH", "PAGE_HEIGHT", "MARGIN_TOP", "MARGIN_BOTTOM", "MARGIN_LEFT", "MARGIN_RIGHT"]),
  paragraph: PARAGRAPH_ATTRIBUTES,
  table: new Set(["BORDER_COLOR", "BORDER_WIDTH"]),
  row: new Set(["MINIMUM_HEIGHT"]),
  cell: new Set([
    "BACKGROUND_COLOR",
    "WIDTH",
    "PADDING_TOP",
    "PADDING_BOTTOM",
    "PADDING_LEFT",
    "PADDING_RIGHT",
    "VERTICAL_ALIGNMENT",
  ]),
};

/**
 * setAttributes: the element's own attributes are stored on it, text attributes go to every
 * character inside it (and to the paragraphs' defaults, for text still to come).
 */
function setAttributes(
  handle: DocHandle,
  kind: Kind,
  el: BodyModel | BlockModel | RowModel | CellModel,
  attrs: unknown,
  method: string,
): void {
  handle.assertEditable();
  if (!attrs || typeof attrs !== "object") throw handle.signature(method, [attrs]);
  const own: Attrs = {};
  const text: Attrs = {};
  for (const [k, v] of Object.entries(attrs as Attrs)) {
    if (OWN_ATTRIBUTES[kind].has(k)) own[k] = v;
    else if (TEXT_ATTRIBUTES.has(k)) text[k] = v;
  }
  for (const [k, v] of Object.entries(own)) {
    if (v === null) delete el.attrs[k];
    else el.attrs[k] = v;
  }
  if (Object.keys(text).length) {
    for (const p of paragraphsIn(el)) {
      for (const t of textsOf(p)) t.styles = t.styles.map((s) => restyle(s, text));
      p.textDefaults = restyle(p.textDefaults, text);
    }
  }
}

function getAttributes(
  handle: DocHandle,
  kind: Kind,
  el: { attrs: Attrs },
  text: LocalText | null,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of OWN_ATTRIBUTES[kind]) out[k] = el.attrs[k] ?? null;
  if (text) {
    const t = text.getAttributes() as Record<string, unknown>;
    for (const k of TEXT_ATTRIBUTES) if (!(k in out)) out[k] = t[k];
  }
  return handle.ctx.record(out as Record<string, string>);
}

function setOwn(handle: DocHandle, el: { attrs: Attrs }, key: string, value: unknown): void {
  handle.assertEditable();
  el.attrs[key] = value;
}

// ---- containers (body and table cell) ----

function childAt<T>(handle: DocHandle, list: readonly T[], index: unknown, method: string): T {
  const i = handle.number(method, index);
  if (!Number.isInteger(i) || i < 0 || i >= list.length) throw handle.ctx.error(DOC_MSG.childIndex(i, list.length));
  return list[i];
}

function insertBlock(handle: DocHandle, container: ContainerModel, index: number, block: BlockModel): void {
  handle.assertEditable();
  if (!Number.isInteger(index) || index < 0 || index > container.children.length)
    throw handle.ctx.error(DOC_MSG.childIndex(index, container.children.length));
  container.children.splice(index, 0, block);
  // A section cannot end with a table: an empty paragraph follows a table put last.
  if (block.kind === "TABLE" && index === container.children.length - 1)
    container.children.push(newParagraph(container, ""));
}

function paragraphFrom(handle: DocHandle, container: ContainerModel, arg: unknown, method: string): ParagraphModel {
  if (arg instanceof LocalParagraph) return copyParagraph(arg.model, container);
  return newParagraph(container, handle.text(method, arg));
}

function copyParagraph(src: ParagraphModel, parent: ContainerModel): ParagraphModel {
  const p = newParagraph(parent, "");
  p.attrs = { ...src.attrs };
  p.textDefaults = src.textDefaults;
  for (const c of src.children) {
    if (c.kind === "TEXT") p.children.push({ kind: "TEXT", chars: c.chars, styles: [...c.styles], parent: p });
    else p.children.push({ kind: c.kind, parent: p });
  }
  return p;
}

function copyTable(src: TableModel, parent: ContainerModel): TableModel {
  const t: TableModel = {
    kind: "TABLE",
    rows: [],
    attrs: { ...src.attrs },
    columnWidths: [...src.columnWidths],
    parent,
  };
  for (const r of src.rows) {
    const row: RowModel = { kind: "TABLE_ROW", cells: [], attrs: { ...r.attrs }, parent: t };
    for (const c of r.cells) {
      const cell: CellModel = { kind: "TABLE_CELL", children: [], attrs: { ...c.attrs }, parent: row };
      cell.children = c.children.map((b) => (b.kind === "PARAGRAPH" ? copyParagraph(b, cell) : copyTable(b, cell)));
      row.cells.push(cell);
    }
    t.rows.push(row);
  }
  return t;
}

function tableFrom(handle: DocHandle, container: ContainerModel, cells: unknown, method: string): TableModel {
  if (cells === undefined || cells === null) return newTable(container, []);
  if (cells instanceof LocalTable) return copyTable(cells.model, container);
  if (!Array.isArray(cells) || !cells.every((r) => Array.isArray(r))) throw handle.signature(method, [cells]);
  const width = cells.length ? (cells[0] as unknown[]).length : 0;
  if (cells.some((r) => (r as unknown[]).length !== width)) throw handle.ctx.error(DOC_MSG.notRectangular);
  return newTable(
    container,
    (cells as unknown[][]).map((r) => r.map((v) => handle.text(method, v))),
  );
}

function newRuleParagraph(container: ContainerModel, kind: "HORIZONTAL_RULE" | "PAGE_BREAK"): ParagraphModel {
  const p = newParagraph(container, "");
  p.children.push({ kind, parent: p });
  return p;
}

function removeChild(handle: DocHandle, container: ContainerModel, child: unknown, method: string): void {
  handle.assertEditable();
  const model = child instanceof LocalElementBase ? (child.model as AnyElement) : null;
  if (!model) throw handle.signature(method, [child]);
  const i = container.children.indexOf(model as BlockModel);
  if (i < 0) throw handle.ctx.error(DOC_MSG.elementNotChild);
  if (model.kind === "PARAGRAPH" && container.kind === "BODY_SECTION" && lastParagraph(container, model))
    throw handle.ctx.error(DOC_MSG.lastParagraph);
  container.children.splice(i, 1);
}

type BodyMethods =
  | "appendHorizontalRule"
  | "appendPageBreak"
  | "appendParagraph"
  | "appendTable"
  | "clear"
  | "editAsText"
  | "getAttributes"
  | "getChild"
  | "getChildIndex"
  | "getMarginBottom"
  | "getMarginLeft"
  | "getMarginRight"
  | "getMarginTop"
  | "getNumChildren"
  | "getPageHeight"
  | "getPageWidth"
  | "getParagraphs"
  | "getTables"
  | "getText"
  | "getType"
  | "insertParagraph"
  | "insertTable"
  | "removeChild"
  | "setAttributes"
  | "setMarginBottom"
  | "setMarginLeft"
  | "setMarginRight"
  | "setMarginTop"
  | "setPageHeight"
  | "setPageWidth"
  | "setText";

export class LocalBody extends LocalElementBase<BodyModel> implements Pick<GBody, BodyMethods> {
  private _api(): GBody {
    return this as unknown as GBody;
  }
  private _dim(key: string, v: unknown, method: string): GBody {
    setOwn(this.handle, this.model, key, this.handle.number(`Body.${method}`, v));
    return this._api();
  }

  appendParagraph(paragraph: string | GParagraph): GParagraph {
    const p = paragraphFrom(this.handle, this.model, paragraph, "Body.appendParagraph");
    insertBlock(this.handle, this.model, this.model.children.length, p);
    return new LocalParagraph(this.handle, p) as unknown as GParagraph;
  }
  insertParagraph(childIndex: number, paragraph: string | GParagraph): GParagraph {
    const p = paragraphFrom(this.handle, this.model, paragraph, "Body.insertParagraph");
    insertBlock(this.handle, this.model, this.handle.number("Body.insertParagraph", childIndex), p);
    return new LocalParagraph(this.handle, p) as unknown as GParagraph;
  }
  appendTable(cells?: string[][] | GTable): GTable {
    const t = tableFrom(this.handle, this.model, cells, "Body.appendTable");
    insertBlock(this.handle, this.model, this.model.children.length, t);
    return new LocalTable(this.handle, t) as unknown as GTable;
  }
  insertTable(childIndex: number, cells?: string[][] | GTable | null): GTable {
    const t = tableFrom(this.handle, this.model, cells, "Body.insertTable");
    insertBlock(this.handle, this.model, this.handle.number("Body.insertTable", childIndex), t);
    return new LocalTable(this.handle, t) as unknown as GTable;
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    const p = newRuleParagraph(this.model, "HORIZONTAL_RULE");
    insertBlock(this.handle, this.model, this.model.children.length, p);
    return new LocalInline(this.handle, p.children[0] as never) as unknown as GoogleAppsScript.Document.HorizontalRule;
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    const p = newRuleParagraph(this.model, "PAGE_BREAK");
    insertBlock(this.handle, this.model, this.model.children.length, p);
    return new LocalInline(this.handle, p.children[0] as never) as unknown as GoogleAppsScript.Document.PageBreak;
  }
  /** Leaves one empty paragraph: a body is never without one. */
  clear(): GBody {
    this.handle.assertEditable();
    this.model.children = [newParagraph(this.model, "")];
    return this._api();
  }
  editAsText(): GText {
    return new LocalText(this.handle, { kind: "container", el: this.model }) as unknown as GText;
  }
  getText(): string {
    return containerText(this.model);
  }
  setText(text: string): GBody {
    this.editAsText().setText(text);
    return this._api();
  }
  getNumChildren(): number {
    return this.model.children.length;
  }
  getChild(childIndex: number): GElement {
    return elementApi(this.handle, childAt(this.handle, this.model.children, childIndex, "Body.getChild"));
  }
  getChildIndex(child: GElement): number {
    const model = child instanceof LocalElementBase ? child.model : null;
    const i = this.model.children.indexOf(model as BlockModel);
    if (i < 0) throw this.handle.ctx.error(DOC_MSG.elementNotChild);
    return i;
  }
  removeChild(child: GElement): GBody {
    removeChild(this.handle, this.model, child, "Body.removeChild");
    return this._api();
  }
  /** Every paragraph, those inside tables included (as the real getParagraphs does). */
  getParagraphs(): GParagraph[] {
    return this.handle.ctx.list(
      paragraphsIn(this.model).map((p) => new LocalParagraph(this.handle, p) as unknown as GParagraph),
    );
  }
  getTables(): GTable[] {
    const tables: TableModel[] = [];
    const walk = (blocks: BlockModel[]) => {
      for (const b of blocks) {
        if (b.kind !== "TABLE") continue;
        tables.push(b);
        for (const r of b.rows) for (const c of r.cells) walk(c.children);
      }
    };
    walk(this.model.children);
    return this.handle.ctx.list(tables.map((t) => new LocalTable(this.handle, t) as unknown as GTable));
  }
  getAttributes(): Record<string, unknown> {
    return getAttributes(this.handle, "body", this.model, null);
  }
  setAttributes(attributes: object): GBody {
    setAttributes(this.handle, "body", this.model, attributes, "Body.setAttributes");
    return this._api();
  }
  getPageWidth(): number {
    return this.model.attrs.PAGE_WIDTH as number;
  }
  getPageHeight(): number {
    return this.model.attrs.PAGE_HEIGHT as number;
  }
  getMarginTop(): number {
    return this.model.attrs.MARGIN_TOP as number;
  }
  getMarginBottom(): number {
    return this.model.attrs.MARGIN_BOTTOM as number;
  }
  getMarginLeft(): number {
    return this.model.attrs.MARGIN_LEFT as number;
  }
  getMarginRight(): number {
    return this.model.attrs.MARGIN_RIGHT as number;
  }
  setPageWidth(pageWidth: number): GBody {
    return this._dim("PAGE_WIDTH", pageWidth, "setPageWidth");
  }
  setPageHeight(pageHeight: number): GBody {
    return this._dim("PAGE_HEIGHT", pageHeight, "setPageHeight");
  }
  setMarginTop(marginTop: number): GBody {
    return this._dim("MARGIN_TOP", marginTop, "setMarginTop");
  }
  setMarginBottom(marginBottom: number): GBody {
    return this._dim("MARGIN_BOTTOM", marginBottom, "setMarginBottom");
  }
  setMarginLeft(marginLeft: number): GBody {
    return this._dim("MARGIN_LEFT", marginLeft, "setMarginLeft");
  }
  setMarginRight(marginRight: number): GBody {
    return this._dim("MARGIN_RIGHT", marginRight, "setMarginRight");
  }
}
countCalls(LocalBody, "Body");

// ---- paragraph ----

type ParagraphMethods =
  | "appendHorizontalRule"
  | "appendPageBreak"
  | "appendText"
  | "clear"
  | "editAsText"
  | "getAlignment"
  | "getAttributes"
  | "getChild"
  | "getHeading"
  | "getIndentEnd"
  | "getIndentFirstLine"
  | "getIndentStart"
  | "getLineSpacing"
  | "getNumChildren"
  | "getSpacingAfter"
  | "getSpacingBefore"
  | "getText"
  | "getType"
  | "setAlignment"
  | "setAttributes"
  | "setHeading"
  | "setIndentEnd"
  | "setIndentFirstLine"
  | "setIndentStart"
  | "setLineSpacing"
  | "setSpacingAfter"
  | "setSpacingBefore"
  | "setText";

export class LocalParagraph extends LocalElementBase<ParagraphModel> implements Pick<GParagraph, ParagraphMethods> {
  private _api(): GParagraph {
    return this as unknown as GParagraph;
  }
  private _num(key: string, v: unknown, method: string): GParagraph {
    setOwn(this.handle, this.model, key, this.handle.number(`Paragraph.${method}`, v));
    return this._api();
  }
  private _attr<T>(key: string, fallback: T): T {
    return (this.model.attrs[key] as T) ?? fallback;
  }

  getText(): string {
    return paragraphText(this.model);
  }
  setText(text: string): void {
    this.editAsText().setText(text);
  }
  editAsText(): GText {
    return new LocalText(this.handle, { kind: "paragraph", paragraph: this.model }) as unknown as GText;
  }
  /** A new run at the end; it starts with the attributes of the character before it. */
  appendText(text: string | GText): GText {
    this.handle.assertEditable();
    const value = text instanceof LocalText ? text.getText() : this.handle.text("Paragraph.appendText", text);
    const last = textsOf(this.model).at(-1);
    const style = last?.styles.at(-1) ?? this.model.textDefaults;
    const t = newText(this.model, value, style);
    this.model.children.push(t);
    return new LocalText(this.handle, { kind: "text", text: t }) as unknown as GText;
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.handle.assertEditable();
    const rule = { kind: "HORIZONTAL_RULE" as const, parent: this.model };
    this.model.children.push(rule);
    return new LocalInline(this.handle, rule) as unknown as GoogleAppsScript.Document.HorizontalRule;
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.handle.assertEditable();
    const rule = { kind: "PAGE_BREAK" as const, parent: this.model };
    this.model.children.push(rule);
    return new LocalInline(this.handle, rule) as unknown as GoogleAppsScript.Document.PageBreak;
  }
  clear(): GParagraph {
    this.handle.assertEditable();
    this.model.children = [];
    return this._api();
  }
  getNumChildren(): number {
    return this.model.children.length;
  }
  getChild(childIndex: number): GElement {
    return elementApi(this.handle, childAt(this.handle, this.model.children, childIndex, "Paragraph.getChild"));
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return this._attr("HEADING", "NORMAL") as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): GParagraph {
    const h = this.handle.oneOf("Paragraph.setHeading", heading, PARAGRAPH_HEADINGS);
    setOwn(this.handle, this.model, "HEADING", h);
    return this._api();
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return this._attr("HORIZONTAL_ALIGNMENT", null) as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): GParagraph {
    const a = this.handle.oneOf("Paragraph.setAlignment", alignment, HORIZONTAL_ALIGNMENTS);
    setOwn(this.handle, this.model, "HORIZONTAL_ALIGNMENT", a);
    return this._api();
  }
  getSpacingBefore(): number {
    return this._attr("SPACING_BEFORE", null) as unknown as number;
  }
  getSpacingAfter(): number {
    return this._attr("SPACING_AFTER", null) as unknown as number;
  }
  getLineSpacing(): number {
    return this._attr("LINE_SPACING", null) as unknown as number;
  }
  getIndentFirstLine(): number {
    return this._attr("INDENT_FIRST_LINE", null) as unknown as number;
  }
  getIndentStart(): number {
    return this._attr("INDENT_START", null) as unknown as number;
  }
  getIndentEnd(): number {
    return this._attr("INDENT_END", null) as unknown as number;
  }
  setSpacingBefore(spacingBefore: number): GParagraph {
    return this._num("SPACING_BEFORE", spacingBefore, "setSpacingBefore");
  }
  setSpacingAfter(spacingAfter: number): GParagraph {
    return this._num("SPACING_AFTER", spacingAfter, "setSpacingAfter");
  }
  setLineSpacing(multiplier: number): GParagraph {
    return this._num("LINE_SPACING", multiplier, "setLineSpacing");
  }
  setIndentFirstLine(indentFirstLine: number): GParagraph {
    return this._num("INDENT_FIRST_LINE", indentFirstLine, "setIndentFirstLine");
  }
  setIndentStart(indentStart: number): GParagraph {
    return this._num("INDENT_START", indentStart, "setIndentStart");
  }
  setIndentEnd(indentEnd: number): GParagraph {
    return this._num("INDENT_END", indentEnd, "setIndentEnd");
  }
  getAttributes(): Record<string, unknown> {
    const text = new LocalText(this.handle, { kind: "paragraph", paragraph: this.model });
    return getAttributes(this.handle, "paragraph", this.model, text);
  }
  setAttributes(attributes: object): GParagraph {
    setAttributes(this.handle, "paragraph", this.model, attributes, "Paragraph.setAttributes");
    return this._api();
  }
}
countCalls(LocalParagraph, "Paragraph");

/** A horizontal rule or a page break (inside a paragraph). */
export class LocalInline extends LocalElementBase<Extract<AnyElement, { kind: "HORIZONTAL_RULE" | "PAGE_BREAK" }>> {}
countCalls(LocalInline, "Element");

// ---- table ----

type TableMethods =
  | "appendTableRow"
  | "editAsText"
  | "getAttributes"
  | "getBorderColor"
  | "getBorderWidth"
  | "getCell"
  | "getChild"
  | "getColumnWidth"
  | "getNumChildren"
  | "getNumRows"
  | "getRow"
  | "getText"
  | "getType"
  | "removeRow"
  | "setAttributes"
  | "setBorderColor"
  | "setBorderWidth"
  | "setColumnWidth";

export class LocalTable extends LocalElementBase<TableModel> implements Pick<GTable, TableMethods> {
  private _api(): GTable {
    return this as unknown as GTable;
  }

  appendTableRow(): GRow {
    this.handle.assertEditable();
    const row: RowModel = { kind: "TABLE_ROW", cells: [], attrs: {}, parent: this.model };
    this.model.rows.push(row);
    return new LocalTableRow(this.handle, row) as unknown as GRow;
  }
  removeRow(rowIndex: number): GRow {
    this.handle.assertEditable();
    const row = childAt(this.handle, this.model.rows, rowIndex, "Table.removeRow");
    this.model.rows.splice(this.model.rows.indexOf(row), 1);
    return new LocalTableRow(this.handle, row) as unknown as GRow;
  }
  getNumRows(): number {
    return this.model.rows.length;
  }
  getNumChildren(): number {
    return this.model.rows.length;
  }
  getRow(rowIndex: number): GRow {
    return new LocalTableRow(
      this.handle,
      childAt(this.handle, this.model.rows, rowIndex, "Table.getRow"),
    ) as unknown as GRow;
  }
  getChild(childIndex: number): GElement {
    return this.getRow(childIndex) as unknown as GElement;
  }
  getCell(rowIndex: number, cellIndex: number): GCell {
    const row = childAt(this.handle, this.model.rows, rowIndex, "Table.getCell");
    return new LocalTableCell(
      this.handle,
      childAt(this.handle, row.cells, cellIndex, "Table.getCell"),
    ) as unknown as GCell;
  }
  getText(): string {
    return containerText(this.model);
  }
  editAsText(): GText {
    return new LocalText(this.handle, { kind: "container", el: this.model }) as unknown as GText;
  }
  getBorderWidth(): number {
    return (this.model.attrs.BORDER_WIDTH as number) ?? 1;
  }
  setBorderWidth(width: number): GTable {
    setOwn(this.handle, this.model, "BORDER_WIDTH", this.handle.number("Table.setBorderWidth", width));
    return this._api();
  }
  getBorderColor(): string {
    return (this.model.attrs.BORDER_COLOR as string) ?? "#000000";
  }
  setBorderColor(color: string): GTable {
    setOwn(this.handle, this.model, "BORDER_COLOR", this.handle.text("Table.setBorderColor", color));
    return this._api();
  }
  getColumnWidth(columnIndex: number): number {
    return (
      this.model.columnWidths[this.handle.number("Table.getColumnWidth", columnIndex)] ?? (null as unknown as number)
    );
  }
  setColumnWidth(columnIndex: number, width: number): GTable {
    this.handle.assertEditable();
    const i = this.handle.number("Table.setColumnWidth", columnIndex);
    const columns = this.model.rows.reduce((n, r) => Math.max(n, r.cells.length), 0);
    if (!Number.isInteger(i) || i < 0 || i >= columns) throw this.handle.ctx.error(DOC_MSG.childIndex(i, columns));
    this.model.columnWidths[i] = this.handle.number("Table.setColumnWidth", width);
    return this._api();
  }
  getAttributes(): Record<string, unknown> {
    return getAttributes(this.handle, "table", this.model, null);
  }
  setAttributes(attributes: object): GTable {
    setAttributes(this.handle, "table", this.model, attributes, "Table.setAttributes");
    return this._api();
  }
}
countCalls(LocalTable, "Table");

type RowMethods =
  | "appendTableCell"
  | "editAsText"
  | "getAttributes"
  | "getCell"
  | "getChild"
  | "getMinimumHeight"
  | "getNumCells"
  | "getNumChildren"
  | "getParentTable"
  | "getText"
  | "getType"
  | "setAttributes"
  | "setMinimumHeight";

export class LocalTableRow extends LocalElementBase<RowModel> implements Pick<GRow, RowMethods> {
  appendTableCell(textContents?: string | GCell): GCell {
    this.handle.assertEditable();
    const cell: CellModel = { kind: "TABLE_CELL", children: [], attrs: {}, parent: this.model };
    const text = textContents === undefined || textContents === null ? "" : textContents;
    if (text instanceof LocalTableCell) {
      cell.attrs = { ...text.model.attrs };
      cell.children = text.model.children.map((b) =>
        b.kind === "PARAGRAPH" ? copyParagraph(b, cell) : copyTable(b, cell),
      );
    } else cell.children.push(newParagraph(cell, this.handle.text("TableRow.appendTableCell", text)));
    this.model.cells.push(cell);
    return new LocalTableCell(this.handle, cell) as unknown as GCell;
  }
  getCell(cellIndex: number): GCell {
    return new LocalTableCell(
      this.handle,
      childAt(this.handle, this.model.cells, cellIndex, "TableRow.getCell"),
    ) as unknown as GCell;
  }
  getChild(childIndex: number): GElement {
    return this.getCell(childIndex) as unknown as GElement;
  }
  getNumCells(): number {
    return this.model.cells.length;
  }
  getNumChildren(): number {
    return this.model.cells.length;
  }
  getParentTable(): GTable {
    return new LocalTable(this.handle, this.model.parent) as unknown as GTable;
  }
  getText(): string {
    return containerText(this.model);
  }
  editAsText(): GText {
    return new LocalText(this.handle, { kind: "container", el: this.model }) as unknown as GText;
  }
  getMinimumHeight(): number {
    return (this.model.attrs.MINIMUM_HEIGHT as number) ?? (null as unknown as number);
  }
  setMinimumHeight(minHeight: number): GRow {
    setOwn(this.handle, this.model, "MINIMUM_HEIGHT", this.handle.number("TableRow.setMinimumHeight", minHeight));
    return this as unknown as GRow;
  }
  getAttributes(): Record<string, unknown> {
    return getAttributes(this.handle, "row", this.model, null);
  }
  setAttributes(attributes: object): GRow {
    setAttributes(this.handle, "row", this.model, attributes, "TableRow.setAttributes");
    return this as unknown as GRow;
  }
}
countCalls(LocalTableRow, "TableRow");

type CellMethods =
  | "appendParagraph"
  | "appendTable"
  | "clear"
  | "editAsText"
  | "getAttributes"
  | "getBackgroundColor"
  | "getChild"
  | "getColSpan"
  | "getNumChildren"
  | "getPaddingBottom"
  | "getPaddingLeft"
  | "getPaddingRight"
  | "getPaddingTop"
  | "getParentRow"
  | "getParentTable"
  | "getRowSpan"
  | "getText"
  | "getType"
  | "getVerticalAlignment"
  | "getWidth"
  | "insertParagraph"
  | "removeChild"
  | "setAttributes"
  | "setBackgroundColor"
  | "setPaddingBottom"
  | "setPaddingLeft"
  | "setPaddingRight"
  | "setPaddingTop"
  | "setText"
  | "setVerticalAlignment"
  | "setWidth";

export class LocalTableCell extends LocalElementBase<CellModel> implements Pick<GCell, CellMethods> {
  private _api(): GCell {
    return this as unknown as GCell;
  }
  private _num(key: string, v: unknown, method: string): GCell {
    setOwn(this.handle, this.model, key, this.handle.number(`TableCell.${method}`, v));
    return this._api();
  }
  private _attr(key: string): never {
    return (this.model.attrs[key] ?? null) as never;
  }

  getText(): string {
    return containerText(this.model);
  }
  /** The cell's content becomes one paragraph holding `text`. */
  setText(text: string): GCell {
    this.handle.assertEditable();
    const value = this.handle.text("TableCell.setText", text);
    const first = paragraphsIn(this.model)[0];
    const p = newParagraph(this.model, value, first ? (textsOf(first)[0]?.styles[0] ?? first.textDefaults) : undefined);
    if (first) p.attrs = { ...first.attrs };
    this.model.children = [p];
    return this._api();
  }
  editAsText(): GText {
    return new LocalText(this.handle, { kind: "container", el: this.model }) as unknown as GText;
  }
  /** Adds after what the cell holds (a new cell already holds one paragraph, kept). */
  appendParagraph(paragraph: string | GParagraph): GParagraph {
    const p = paragraphFrom(this.handle, this.model, paragraph, "TableCell.appendParagraph");
    insertBlock(this.handle, this.model, this.model.children.length, p);
    return new LocalParagraph(this.handle, p) as unknown as GParagraph;
  }
  insertParagraph(childIndex: number, paragraph: string | GParagraph): GParagraph {
    const p = paragraphFrom(this.handle, this.model, paragraph, "TableCell.insertParagraph");
    insertBlock(this.handle, this.model, this.handle.number("TableCell.insertParagraph", childIndex), p);
    return new LocalParagraph(this.handle, p) as unknown as GParagraph;
  }
  appendTable(cells?: string[][] | GTable | null): GTable {
    const t = tableFrom(this.handle, this.model, cells, "TableCell.appendTable");
    insertBlock(this.handle, this.model, this.model.children.length, t);
    return new LocalTable(this.handle, t) as unknown as GTable;
  }
  /** Leaves one empty paragraph. */
  clear(): GCell {
    this.handle.assertEditable();
    this.model.children = [newParagraph(this.model, "")];
    return this._api();
  }
  removeChild(child: GElement): GCell {
    removeChild(this.handle, this.model, child, "TableCell.removeChild");
    return this._api();
  }
  getNumChildren(): number {
    return this.model.children.length;
  }
  getChild(childIndex: number): GElement {
    return elementApi(this.handle, childAt(this.handle, this.model.children, childIndex, "TableCell.getChild"));
  }
  getParentRow(): GRow {
    return new LocalTableRow(this.handle, this.model.parent) as unknown as GRow;
  }
  getParentTable(): GTable {
    return new LocalTable(this.handle, this.model.parent.parent) as unknown as GTable;
  }
  getRowSpan(): number {
    return 1;
  }
  getColSpan(): number {
    return 1;
  }
  getWidth(): number {
    return this._attr("WIDTH");
  }
  setWidth(width: number): GCell {
    return this._num("WIDTH", width, "setWidth");
  }
  getPaddingTop(): number {
    return this._attr("PADDING_TOP");
  }
  getPaddingBottom(): number {
    return this._attr("PADDING_BOTTOM");
  }
  getPaddingLeft(): number {
    return this._attr("PADDING_LEFT");
  }
  getPaddingRight(): number {
    return this._attr("PADDING_RIGHT");
  }
  setPaddingTop(paddingTop: number): GCell {
    return this._num("PADDING_TOP", paddingTop, "setPaddingTop");
  }
  setPaddingBottom(paddingBottom: number): GCell {
    return this._num("PADDING_BOTTOM", paddingBottom, "setPaddingBottom");
  }
  setPaddingLeft(paddingLeft: number): GCell {
    return this._num("PADDING_LEFT", paddingLeft, "setPaddingLeft");
  }
  setPaddingRight(paddingRight: number): GCell {
    return this._num("PADDING_RIGHT", paddingRight, "setPaddingRight");
  }
  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    return this._attr("VERTICAL_ALIGNMENT");
  }
  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): GCell {
    const a = this.handle.oneOf("TableCell.setVerticalAlignment", alignment, VERTICAL_ALIGNMENTS);
    setOwn(this.handle, this.model, "VERTICAL_ALIGNMENT", a);
    return this._api();
  }
  getBackgroundColor(): string {
    return this._attr("BACKGROUND_COLOR");
  }
  setBackgroundColor(color: string): GCell {
    setOwn(this.handle, this.model, "BACKGROUND_COLOR", this.handle.text("TableCell.setBackgroundColor", color));
    return this._api();
  }
  getAttributes(): Record<string, unknown> {
    return getAttributes(this.handle, "cell", this.model, null);
  }
  setAttributes(attributes: object): GCell {
    setAttributes(this.handle, "cell", this.model, attributes, "TableCell.setAttributes");
    return this._api();
  }
}
countCalls(LocalTableCell, "TableCell");
