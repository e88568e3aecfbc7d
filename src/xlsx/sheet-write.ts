// One worksheet part as the model now has it. A sheet that did not change keeps its part as it was;
// a changed one keeps every row and cell the add-in did not touch exactly as they were written
// (rich text, shared formulas, row heights…) and every element the model does not know (merged
// cells, print setup, drawings, protections…); only <sheetData> rows that changed, and the settings,
// dropdowns and rules that changed, are written anew.
import { DEFAULT_STYLE, type CellStyle, type CellValue, type GridRow } from "../imitation/cells";
import type { SheetModel } from "../imitation/model";
import { GridSnapshot, type SheetOrigin } from "./origin";
import { currentRuleKeys, NO_RULES, rulesToXlsx, validationsXml, type LoadedRules } from "./rules";
import {
  eachCell,
  eachRow,
  lastCellColumn,
  sections,
  sheetDataOf,
  spliceWorksheet,
  type CellSlice,
  type RowSlice,
  type XmlText,
} from "./sheet-xml";
import { ByteSink } from "./byte-sink";
import { XmlPart } from "./part";
import type { StylesPart } from "./styles-part";
import { colorToArgb } from "./format";
import { attr, elements, escapeText, firstElement, withAttr } from "./xml";

export const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="15"/><sheetData/>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

export function columnLetters(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const NEEDS_SPACE = /^\s|\s$|\n/;

/** The end of an inline-string cell after its r and s: `t="inlineStr"><is><t>…</t></is></c>`. */
function inlineTail(value: string): string {
  const space = NEEDS_SPACE.test(value) ? ' xml:space="preserve"' : "";
  return ` t="inlineStr"><is><t${space}>${escapeText(value)}</t></is></c>`;
}

/** A new <c> element. */
function cellXml(ref: string, xf: number, value: CellValue, formula: string, tails?: Map<string, string>): string {
  const s = xf ? ` s="${xf}"` : "";
  const f = formula ? `<f>${escapeText(formula.slice(1))}</f>` : "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return `<c r="${ref}"${s} t="e">${f}<v>#NUM!</v></c>`;
    return `<c r="${ref}"${s}>${f}<v>${value}</v></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
  if (value === "") return f ? `<c r="${ref}"${s}>${f}</c>` : `<c r="${ref}"${s}/>`;
  if (f) return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(value)}</v></c>`;
  // A column repeats the same few texts: each one escaped once.
  let tail = tails?.get(value);
  if (tail === undefined) {
    tail = inlineTail(value);
    if (tails && tails.size < 1 << 16) tails.set(value, tail);
  }
  return `<c r="${ref}"${s}${tail}`;
}

interface Grids {
  sheet: SheetModel;
  before: GridSnapshot;
  columns: number;
}

const NO_ROW: GridRow = { v: [], f: null, s: null };

/** Whether the cell at index i (column i + 1) holds the same value, formula and style in both stored rows. */
function cellSame(a: GridRow, b: GridRow, i: number): boolean {
  return (
    (a.v[i] ?? "") === (b.v[i] ?? "") &&
    (a.f?.[i] ?? "") === (b.f?.[i] ?? "") &&
    (a.s?.[i] ?? DEFAULT_STYLE) === (b.s?.[i] ?? DEFAULT_STYLE)
  );
}

/** The first column of row r whose cell changed, 0 when none did. */
function firstChange(g: Grids, r: number): number {
  const now = g.sheet.grid.rawRow(r);
  const was = g.before.row(r);
  // A row the grid has not written since the snapshot is still the snapshot's own object (or in neither).
  if (now === was) return 0;
  const a = now ?? NO_ROW;
  const b = was ?? NO_ROW;
  for (let i = 0; i < g.columns; i++) if (!cellSame(a, b, i)) return i + 1;
  return 0;
}

function sameRow(g: Grids, r: number): boolean {
  return firstChange(g, r) === 0;
}

const LETTERS: string[] = [];

/** "A"…"ZZ…" of column c, kept: a rewritten sheet names the same few columns in every row. */
function lettersOf(c: number): string {
  return (LETTERS[c] ??= columnLetters(c));
}

/**
 * Whether a row of the sheet may differ from what the file holds (false: its <sheetData> is kept
 * without reading the part). Every row the writer could find changed lies in 1…max(the model's last
 * row, the file's last row).
 */
export function rowsChanged(sheet: SheetModel, before: SheetOrigin): boolean {
  const g: Grids = { sheet, before: before.cells, columns: Math.max(sheet.maxColumns, before.cells.maxColumns) };
  const last = Math.max(sheet.grid.lastRow(), sheet.maxRows, before.cells.maxRows);
  for (let r = 1; r <= last; r++) if (!sameRow(g, r)) return true;
  return false;
}

/** The start tag of the cell's <f> when the formula is shared, else undefined (the children found by their "<"). */
function sharedTagOf(x: string, from: number, to: number): string | undefined {
  for (let p = from < to ? x.indexOf("<", from) : -1; p >= 0 && p < to; p = x.indexOf("<", p + 1)) {
    const after = x.charCodeAt(p + 2);
    if (x.charCodeAt(p + 1) === 102 /* f */ && (after === 32 || after === 62 || after === 47)) {
      const tag = x.slice(p, x.indexOf(">", p) + 1);
      return attr(tag, "t") === "shared" ? tag : undefined;
    }
  }
  return undefined;
}

function copyOf(c: CellSlice): CellSlice {
  return { ...c };
}

class SheetDataWriter {
  /** Shared-formula groups whose first cell was rewritten: the other cells get their formula in full. */
  private readonly broken = new Set<string>();
  changed = false;
  /** Notes the add-in changed: .xlsx comments are not written (the add-in itself never sets notes). */
  notesDropped = 0;
  private readonly out: ByteSink;
  /** The ends of inline-string cells written, by their text (see cellXml). */
  private readonly tails = new Map<string, string>();
  /** The cells of the row being rewritten (objects reused from row to row). */
  private readonly cells: CellSlice[] = [];
  private count = 0;
  private readonly keep = (c: CellSlice) => {
    const k = this.count++;
    if (k === this.cells.length) this.cells.push(copyOf(c));
    else {
      const o = this.cells[k];
      o.c = c.c;
      o.start = c.start;
      o.end = c.end;
      o.s = c.s;
      o.t = c.t;
      o.innerStart = c.innerStart;
      o.innerEnd = c.innerEnd;
    }
  };

  constructor(
    private readonly part: XmlPart,
    private readonly g: Grids,
    private readonly styles: StylesPart,
    private readonly font: number | undefined,
  ) {
    const data = sheetDataOf(part.xml);
    this.out = new ByteSink(part.bytes, Math.round((data.innerEnd - data.innerStart) * 1.3) + (1 << 16));
  }

  /**
   * Writes row `r` from the model: the original row's start tag [start, innerStart) (else a new one)
   * and its `count` cells in `this.cells`; a cell that did not change is copied as it was. The cells
   * before column `from` are known not to have changed; `keepCells`: the row's cells all lie
   * before `from` and are written as they were, whole, without reading them one by one.
   */
  private newRow(r: number, row: RowSlice | null, from: number, keepCells = false): void {
    const { out, part, cells, count } = this;
    // The cells compared and read as stored: one lookup of each row, not six accessor calls per cell.
    const now = this.g.sheet.grid.rawRow(r) ?? NO_ROW;
    const was = this.g.before.row(r) ?? NO_ROW;
    const x = part.xml;
    const last = Math.max(this.g.columns, count ? cells[count - 1].c : 0);
    // The start tag loses its spans (the cells change) and is never self-closing; a tag that needs
    // neither change is copied as it was.
    const tag = row ? x.slice(row.start, row.innerStart) : "";
    const copyTag = row !== null && !tag.endsWith("/>") && !tag.includes("spans");
    let open = "";
    if (!copyTag) {
      open = row
        ? withAttr(part.text(row.start, row.innerStart).replace(/\/>$/, ">"), "spans", undefined)
        : `<row r="${r}">`;
    }
    let opened = false;
    let k = 0;
    let c = 1;
    if (keepCells && row) {
      c = from;
      if (row.innerStart < row.innerEnd) {
        opened = true;
        if (copyTag) out.copy(row.start, row.innerStart);
        else out.push(open);
        out.copy(row.innerStart, row.innerEnd);
      }
    }
    for (; c <= last; c++) {
      while (k < count && cells[k].c < c) k++;
      const o = k < count && cells[k].c === c ? cells[k] : undefined;
      const same = c < from || cellSame(now, was, c - 1);
      const sharedTag =
        o && o.innerStart < o.innerEnd && (!same || this.broken.size > 0)
          ? sharedTagOf(x, o.innerStart, o.innerEnd)
          : undefined;
      const si = sharedTag ? attr(sharedTag, "si") : undefined;
      const isBroken = si !== undefined && !attr(sharedTag!, "ref") && this.broken.has(si);
      if (same && !isBroken) {
        if (o) {
          if (!opened) {
            opened = true;
            if (copyTag) out.copy(row!.start, row!.innerStart);
            else out.push(open);
          }
          out.copy(o.start, o.end);
        }
        continue;
      }
      const value = now.v[c - 1] ?? "";
      const formula = now.f?.[c - 1] ?? "";
      const style: CellStyle = now.s?.[c - 1] ?? DEFAULT_STYLE;
      const oldStyle = was.s?.[c - 1] ?? DEFAULT_STYLE;
      if (style !== oldStyle && style.note !== oldStyle.note) this.notesDropped++;
      const xf = this.styles.indexFor(o?.s ?? 0, style, this.font);
      const contentSame = value === (was.v[c - 1] ?? "") && formula === (was.f?.[c - 1] ?? "");
      let cell: string | null = null;
      if (o && contentSame && !isBroken) {
        const tagEnd = x.indexOf(">", o.start) + 1;
        cell = withAttr(part.text(o.start, tagEnd), "s", xf ? String(xf) : undefined);
        if (!opened) {
          opened = true;
          if (copyTag) out.copy(row!.start, row!.innerStart);
          else out.push(open);
        }
        out.push(cell);
        out.copy(tagEnd, o.end);
        continue;
      }
      if (si !== undefined && attr(sharedTag!, "ref")) this.broken.add(si);
      if (value === "" && formula === "" && xf === 0) continue;
      if (!opened) {
        opened = true;
        if (copyTag) out.copy(row!.start, row!.innerStart);
        else out.push(open);
      }
      out.push(cellXml(`${lettersOf(c)}${r}`, xf, value, formula, this.tails));
    }
    if (opened) out.push("</row>");
    // A row of the model without cells is not written; one of the file keeps its tag (its height…).
    else if (row)
      out.push((open || withAttr(part.text(row.start, row.innerStart), "spans", undefined)).replace(/\/?>$/, "/>"));
  }

  private fromOriginal(row: RowSlice): void {
    const x = this.part.xml;
    const holdsBrokenShare = this.broken.size > 0 && x.slice(row.innerStart, row.innerEnd).includes('t="shared"');
    const from = firstChange(this.g, row.r);
    if (!holdsBrokenShare && from === 0) {
      this.out.copy(row.start, row.end);
      return;
    }
    this.changed = true;
    this.count = 0;
    // The usual change: cells added after the last one of the row (a check result column).
    if (!holdsBrokenShare && this.broken.size === 0) {
      const lastColumn = lastCellColumn(x, row);
      if (lastColumn >= 0 && lastColumn < from) {
        this.newRow(row.r, row, from, true);
        return;
      }
    }
    eachCell(x, row, this.keep);
    this.newRow(row.r, row, holdsBrokenShare ? 1 : from);
  }

  private fromModel(r: number): void {
    const from = firstChange(this.g, r);
    if (from === 0) return;
    this.changed = true;
    this.count = 0;
    this.newRow(r, null, from);
  }

  write(): Buffer {
    const x = this.part.xml;
    const data = sheetDataOf(x);
    const { out } = this;
    out.push("<sheetData>");
    // Every row of the grid: a row may hold only formats or dropdowns (a column prepared for typing).
    const lastModelRow = Math.max(this.g.sheet.grid.lastRow(), this.g.sheet.maxRows);
    let next = 1;
    const modelRowsUntil = (limit: number) => {
      for (; next < limit && next <= lastModelRow; next++) this.fromModel(next);
    };
    eachRow(x, data.innerStart, data.innerEnd, (row) => {
      modelRowsUntil(row.r);
      this.fromOriginal(row);
      next = row.r + 1;
    });
    modelRowsUntil(lastModelRow + 1);
    out.push("</sheetData>");
    return out.bytes();
  }
}

/** Each part's top-level elements, kept only while the part itself is (a save drops its parts). */
const sectionsOf = new WeakMap<XmlPart, ReturnType<typeof sections>["list"]>();

/** One top-level element of the part ("" when absent); the part is scanned once for all of them. */
function sectionXml(part: XmlPart, name: string): string {
  let list = sectionsOf.get(part);
  if (!list) sectionsOf.set(part, (list = sections(part.xml).list));
  const s = list.find((x) => x.name === name);
  return s ? part.text(s.start, s.end) : "";
}

function sheetViewsXml(xml: XmlPart, sheet: SheetModel): string {
  const views = sectionXml(xml, "sheetViews");
  const view = firstElement(views, "sheetView");
  let tag = view?.tag ?? '<sheetView workbookViewId="0">';
  if (tag.endsWith("/>")) tag = `${tag.slice(0, -2).trimEnd()}>`;
  let inner = view?.inner ?? "";
  for (const name of ["pane", "selection"])
    for (const el of elements(inner, name).reverse()) inner = inner.slice(0, el.start) + inner.slice(el.end);
  const fr = sheet.frozenRows;
  const fc = sheet.frozenColumns;
  let pane = "";
  if (fr > 0 || fc > 0) {
    const active = fr && fc ? "bottomRight" : fr ? "bottomLeft" : "topRight";
    pane =
      `<pane${fc ? ` xSplit="${fc}"` : ""}${fr ? ` ySplit="${fr}"` : ""} topLeftCell="${columnLetters(fc + 1)}${fr + 1}" ` +
      `activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
  }
  const rebuilt = `${tag}${pane}${inner}</sheetView>`;
  if (!view) return `<sheetViews>${rebuilt}</sheetViews>`;
  return views.slice(0, view.start) + rebuilt + views.slice(view.end);
}

interface ColRange {
  min: number;
  max: number;
  tag: string;
}

function colsXml(xml: XmlPart, sheet: SheetModel, before: Map<number, number>): string {
  let ranges: ColRange[] = elements(sectionXml(xml, "cols"), "col").map((e) => ({
    min: Number(attr(e.tag, "min")),
    max: Number(attr(e.tag, "max")),
    tag: e.tag.endsWith("/>") ? e.tag : `${e.tag.slice(0, -1)}/>`,
  }));
  for (const [c, px] of sheet.columnWidths) {
    if (before.get(c) === px) continue;
    const width = String(Math.max(0, Math.round(((px - 5) / 7) * 100) / 100));
    const hit = ranges.find((x) => x.min <= c && c <= x.max);
    const tagOf = (t: string, min: number, max: number) =>
      withAttr(withAttr(t, "min", String(min)), "max", String(max));
    const own = withAttr(withAttr(tagOf(hit?.tag ?? "<col/>", c, c), "width", width), "customWidth", "1");
    const rest = hit
      ? [
          ...(hit.min < c ? [{ min: hit.min, max: c - 1, tag: tagOf(hit.tag, hit.min, c - 1) }] : []),
          ...(c < hit.max ? [{ min: c + 1, max: hit.max, tag: tagOf(hit.tag, c + 1, hit.max) }] : []),
        ]
      : [];
    ranges = [...ranges.filter((x) => x !== hit), ...rest, { min: c, max: c, tag: own }];
  }
  ranges.sort((a, b) => a.min - b.min);
  return ranges.length ? `<cols>${ranges.map((x) => x.tag).join("")}</cols>` : "";
}

function sheetPrXml(xml: XmlPart, tabColor: string | null): string {
  let pr = sectionXml(xml, "sheetPr") || "<sheetPr/>";
  if (pr.endsWith("/>") && !pr.includes("</")) pr = `${pr.slice(0, -2).trimEnd()}></sheetPr>`;
  const tagEnd = pr.indexOf(">") + 1;
  let inner = pr.slice(tagEnd, pr.lastIndexOf("</"));
  const old = firstElement(inner, "tabColor");
  if (old) inner = inner.slice(0, old.start) + inner.slice(old.end);
  const argb = colorToArgb(tabColor);
  if (argb) inner = `<tabColor rgb="${argb}"/>${inner}`;
  const tag = pr.slice(0, tagEnd);
  return inner ? `${tag}${inner}</sheetPr>` : `${tag.slice(0, -1)}/>`;
}

/** A4 in SpreadsheetML's paper sizes. */
const A4 = "9";

/** What SPEC §17 asks of a printed result: A4 landscape, one page wide, the frozen header rows repeated. */
export interface PrintSetup {
  /** Whether the sheet had Print_Titles of its own (a user's setup). */
  hasTitles: boolean;
}

function pageSetupOf(xml: XmlPart): { setup: string; fit: boolean } {
  const setup = firstElement(sectionXml(xml, "pageSetup") || "", "pageSetup")?.tag ?? "";
  const pr = firstElement(sectionXml(xml, "sheetPr"), "pageSetUpPr")?.tag ?? "";
  return { setup, fit: attr(pr, "fitToPage") === "1" || attr(pr, "fitToPage") === "true" };
}

/** Whether the sheet's print setup is the application's default, or the one this writer saves. */
function ownsPrintSetup(xml: XmlPart, hasTitles: boolean): boolean {
  const { setup, fit } = pageSetupOf(xml);
  const paper = attr(setup, "paperSize");
  const landscape = attr(setup, "orientation") === "landscape";
  const untouched = paper === undefined && !landscape && !fit && !hasTitles;
  const ours =
    paper === A4 && landscape && fit && attr(setup, "fitToWidth") === "1" && attr(setup, "fitToHeight") === "0";
  return untouched || ours;
}

function withPrintSetup(xml: XmlPart, replace: Map<string, XmlText>): void {
  let setup = pageSetupOf(xml).setup || "<pageSetup/>";
  for (const [k, v] of [
    ["paperSize", A4],
    ["orientation", "landscape"],
    ["fitToWidth", "1"],
    ["fitToHeight", "0"],
  ])
    setup = withAttr(setup, k, v);
  replace.set("pageSetup", setup.endsWith("/>") ? setup : `${setup.slice(0, -1)}/>`);
  const set = replace.get("sheetPr");
  let pr = (typeof set === "string" ? set : set?.toString("utf8")) ?? sectionXml(xml, "sheetPr") ?? "";
  if (!pr) pr = "<sheetPr/>";
  if (pr.endsWith("/>") && !pr.includes("</")) pr = `${pr.slice(0, -2).trimEnd()}></sheetPr>`;
  const tagEnd = pr.indexOf(">") + 1;
  let inner = pr.slice(tagEnd, pr.lastIndexOf("</"));
  const old = firstElement(inner, "pageSetUpPr");
  const fit = withAttr(old?.tag ?? "<pageSetUpPr/>", "fitToPage", "1");
  if (old) inner = inner.slice(0, old.start) + fit + inner.slice(old.end);
  else {
    // CT_SheetPr: tabColor, outlinePr, pageSetUpPr.
    const after = firstElement(inner, "outlinePr") ?? firstElement(inner, "tabColor");
    inner = after ? inner.slice(0, after.end) + fit + inner.slice(after.end) : fit + inner;
  }
  replace.set("sheetPr", `${pr.slice(0, tagEnd)}${inner}</sheetPr>`);
}

export interface SheetWrite {
  /** The new part in pieces, or null when the sheet did not change. */
  xml: XmlText[] | null;
  rules: LoadedRules;
  validations: string | null;
  rulesDropped: number;
  validationsDropped: number;
  notesDropped: number;
  /** Rows to repeat on every printed page ("1:2"), when this writer owns the sheet's print setup. */
  printTitles: string | null | undefined;
}

function sameWidths(a: Map<number, number>, b: Map<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/**
 * `original` gives the sheet's part as the file holds it (asked for only when something of it is
 * needed); `rows` false: the caller found with `rowsChanged` that no row changed.
 */
export function writeSheet(
  original: (() => Buffer | undefined) | undefined,
  sheet: SheetModel,
  before: SheetOrigin | undefined,
  styles: StylesPart,
  timeZone: string,
  print: PrintSetup & { font: number | undefined },
  rows = true,
): SheetWrite {
  let part: XmlPart | undefined;
  const xml = () => (part ??= new XmlPart(original?.() ?? Buffer.from(NEW_SHEET, "utf8")));
  const snapshot = before?.cells ?? new GridSnapshot(0, 0);
  const g: Grids = { sheet, before: snapshot, columns: Math.max(sheet.maxColumns, snapshot.maxColumns) };
  const replace = new Map<string, XmlText>();

  const data = rows || !before ? new SheetDataWriter(xml(), g, styles, before?.font ?? print.font) : null;
  const sheetData = data?.write();
  if (data && (data.changed || !before)) {
    replace.set("sheetData", sheetData!);
    const lastRow = sheet.grid.lastRow();
    const lastCol = sheet.grid.lastColumn();
    replace.set(
      "dimension",
      `<dimension ref="${lastRow && lastCol ? `A1:${columnLetters(lastCol)}${lastRow}` : "A1"}"/>`,
    );
  }
  if (!before || before.frozenRows !== sheet.frozenRows || before.frozenColumns !== sheet.frozenColumns)
    replace.set("sheetViews", sheetViewsXml(xml(), sheet));
  if (!sameWidths(sheet.columnWidths, before?.widths ?? new Map())) {
    replace.set("cols", colsXml(xml(), sheet, before?.widths ?? new Map()));
  }
  if ((before?.tabColor ?? null) !== sheet.tabColor) replace.set("sheetPr", sheetPrXml(xml(), sheet.tabColor));

  let rules = before?.rules ?? NO_RULES;
  let rulesDropped = 0;
  if (currentRuleKeys(sheet).join("\n") !== rules.keys.join("\n")) {
    const out = rulesToXlsx(sheet, rules, timeZone, styles);
    replace.set("conditionalFormatting", out.xml.join(""));
    rulesDropped = out.dropped;
    rules = out.written;
  }
  // Dropdowns ride on cell styles: a sheet whose every row is as it was has them as they were.
  let v = { xml: before?.validations ?? "", dropped: 0 };
  if (data?.changed || !before) {
    v = validationsXml(sheet, (r) => sheet.grid.rawRow(r)?.s);
    const old = before
      ? (before.validations ?? validationsXml(snapshot, (r) => snapshot.row(r)?.s, snapshot.validated).xml)
      : "";
    if (v.xml !== old) replace.set("dataValidations", v.xml);
  }

  const notesDropped = data?.notesDropped ?? 0;
  // SPEC §17 on every sheet this save writes, unless the user chose a print setup of their own.
  let printTitles: string | null | undefined;
  if (replace.size && ownsPrintSetup(xml(), print.hasTitles)) {
    withPrintSetup(xml(), replace);
    printTitles = sheet.frozenRows > 0 ? `1:${sheet.frozenRows}` : null;
  }
  return {
    xml: replace.size ? spliceWorksheet(xml(), replace) : null,
    rules,
    validations: v.xml,
    rulesDropped,
    validationsDropped: v.dropped,
    notesDropped,
    printTitles,
  };
}
