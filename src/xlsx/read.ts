// Loads an .xlsx file into a LocalSpreadsheet: every sheet, values with their types (dates as date
// serials, numbers, text exactly as stored, booleans, formulas with their cached value), number
// formats, frozen panes, column widths, notes, dropdowns and conditional formatting. The file is
// read with native zlib and a scanner made for SpreadsheetML; the parts stay as they were stored,
// so that saving rewrites only what the add-in changed.

import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { DEFAULT_STYLE, type CellStyle, type CellValue, type ValidationData } from "../imitation/cells";
import type { SheetModel } from "../imitation/model";
import { LocalSpreadsheet } from "../imitation/spreadsheet";
import { isValidTimeZone } from "../imitation/zone";
import { colorFromArgb } from "./format";
import { GridSnapshot, setOrigin, sheetOrigin, type BookOrigin } from "./origin";
import { parseRels, REL, relsPath, type Parts } from "./package";
import { areasOf, NO_RULES, rulesFromXlsx, validationFromXlsx } from "./rules";
import { shiftFormula } from "./shared-formula";
import { plainString, sharedStrings, stringAt, XmlPart } from "./part";
import { eachCell, eachRow, sections, sheetDataOf, type CellSlice } from "./sheet-xml";
import { StyleVariants } from "./style";
import { EMPTY_STYLES, StylesPart } from "./styles-part";
import { attr, decodeXml, elements, firstElement, runText } from "./xml";
import { entryBytes, entryText, inflateEntry, readZip, type ZipEntry } from "./zip";

export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";
export const DEFAULT_LOCALE = "vi_VN";
/** Sheets' default grid, which an imported sheet gets at least. */
const MIN_ROWS = 1000;
const MIN_COLUMNS = 26;

export type XlsxProblem = "missing" | "not-xlsx" | "legacy" | "damaged";

/** Why a file cannot be loaded; `detail` is the library's own message (English) when there is one. */
export class XlsxError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    readonly file: string,
    readonly detail = "",
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ""}`);
  }
}

export interface LoadOptions {
  /** The spreadsheet's name (default: the file name without .xlsx). */
  name?: string;
  owner?: string;
  editors?: readonly string[];
}

// .xlsx cannot hold a spreadsheet time zone; it travels in the Keywords property as "timeZone=…".
const ZONE_TOKEN = /(?:^|[\s;,])timeZone=([^\s;,]+)/;
const LOCALE_TOKEN = /(?:^|[\s;,])locale=([A-Za-z]{2,3}(?:_[A-Za-z]{2})?)/;

export function metaFromKeywords(keywords: string | undefined): { timeZone: string; locale: string } {
  const zone = ZONE_TOKEN.exec(keywords ?? "")?.[1];
  const locale = LOCALE_TOKEN.exec(keywords ?? "")?.[1];
  return { timeZone: zone && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE, locale: locale ?? DEFAULT_LOCALE };
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new XlsxError(code === "ENOENT" || code === "ENOTDIR" ? "missing" : "damaged", file, (err as Error).message);
  }
}

/** Excel's ISO date cell (t="d") as a date serial. */
function isoToSerial(text: string): number | string {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(ms) ? text : ms / 86_400_000 + 25_569;
}

interface SheetEntry {
  name: string;
  part: string;
  tag: string;
  hidden: boolean;
}

class Reader {
  readonly parts: Parts = new Map();
  readonly styles: StylesPart;
  readonly strings: string[];
  readonly variants = new StyleVariants();
  readonly workbookPart: string;
  readonly stylesPart: string;
  readonly workbookXml: string;

  constructor(entries: ZipEntry[]) {
    for (const e of entries) this.parts.set(e.name, e);
    const root = parseRels(this.text("_rels/.rels"), "");
    this.workbookPart = root.find((r) => r.type === REL.officeDocument)?.target ?? "xl/workbook.xml";
    const xml = this.text(this.workbookPart);
    if (!xml) throw new Error("no workbook part");
    this.workbookXml = xml;
    const rels = this.workbookRels();
    this.stylesPart = rels.find((r) => r.type === REL.styles)?.target ?? "xl/styles.xml";
    this.styles = new StylesPart(this.text(this.stylesPart) ?? EMPTY_STYLES);
    const sst = rels.find((r) => r.type === REL.sharedStrings)?.target;
    const sstPart = sst ? this.part(sst) : undefined;
    this.strings = sstPart ? sharedStrings(sstPart) : [];
  }

  part(name: string): XmlPart | undefined {
    const e = this.parts.get(name);
    return e ? new XmlPart(entryBytes(e)) : undefined;
  }

  text(part: string): string | undefined {
    const e = this.parts.get(part);
    return e ? entryText(e) : undefined;
  }

  workbookRels() {
    return parseRels(this.text(relsPath(this.workbookPart)), this.workbookPart);
  }

  sheets(): SheetEntry[] {
    const rels = new Map(this.workbookRels().map((r) => [r.id, r]));
    const list = elements(firstElement(this.workbookXml, "sheets")?.inner ?? "", "sheet");
    const out: SheetEntry[] = [];
    for (const s of list) {
      const rel = rels.get(attr(s.tag, "r:id") ?? "");
      if (!rel || rel.type !== REL.worksheet || !this.parts.has(rel.target)) continue;
      const state = attr(s.tag, "state");
      out.push({
        name: attr(s.tag, "name") ?? "",
        part: rel.target,
        tag: s.xml,
        hidden: state === "hidden" || state === "veryHidden",
      });
    }
    return out;
  }

  keywords(): string | undefined {
    const core = parseRels(this.text("_rels/.rels"), "").find((r) => r.type === REL.coreProperties)?.target;
    const xml = core ? this.text(core) : undefined;
    const el = xml ? firstElement(xml, "keywords") : undefined;
    return el ? decodeXml(el.inner) : undefined;
  }

  activeTab(): number {
    const view = firstElement(this.workbookXml, "workbookView");
    return Number(view ? (attr(view.tag, "activeTab") ?? 0) : 0);
  }

  /** The external link targets of a sheet's relationships, by relationship id. */
  links(part: string): Map<string, string> {
    const rels = parseRels(this.text(relsPath(part)), part);
    return new Map(rels.filter((r) => r.type === REL.hyperlink && r.external).map((r) => [r.id, r.target]));
  }

  /** Notes of a sheet by "A1" reference. */
  notes(part: string): Map<string, string> {
    const out = new Map<string, string>();
    const rel = parseRels(this.text(relsPath(part)), part).find((r) => r.type === REL.comments);
    const xml = rel ? this.text(rel.target) : undefined;
    if (!xml) return out;
    for (const c of elements(xml, "comment")) out.set(attr(c.tag, "ref") ?? "", runText(c.inner));
    return out;
  }

  /** What readCell found: the value and formula of the cell, and its shared-formula group. */
  value: CellValue = "";
  formula = "";
  sharedSi: string | undefined;
  sharedRef: string | undefined;

  /** Reads the value and formula of the cell whose inside is [from, to) into value, formula, sharedSi and sharedRef. */
  readCell(part: XmlPart, t: string, from: number, to: number): void {
    const x = part.xml;
    let formula = "";
    this.sharedSi = undefined;
    this.sharedRef = undefined;
    // The usual inline string, <is><t>…</t></is> and nothing else: no child to look for.
    const plain = t === "inlineStr" ? plainString(part, from, to) : undefined;
    if (plain !== undefined) {
      this.formula = formula;
      this.value = plain;
      return;
    }
    let vFrom = -1;
    let vTo = -1;
    // The children of <c> found by their "<" (a search for a child the cell lacks would run on into the next cells).
    for (let p = from < to ? x.indexOf("<", from) : -1; p >= 0 && p < to; p = x.indexOf("<", p + 1)) {
      const name = x.charCodeAt(p + 1);
      const after = x.charCodeAt(p + 2);
      if (name === 102 /* f */ && formula === "" && (after === 62 || after === 32 || after === 47)) {
        const tagEnd = x.indexOf(">", p);
        const empty = x.charCodeAt(tagEnd - 1) === 47;
        const close = empty ? tagEnd : x.indexOf("</f>", tagEnd);
        const text = empty ? "" : decodeXml(part.text(tagEnd + 1, close));
        const tag = x.slice(p, tagEnd + 1);
        if (tag.includes("shared")) {
          const t = part.text(p, tagEnd + 1);
          if (attr(t, "t") === "shared") {
            this.sharedSi = attr(t, "si") ?? "";
            this.sharedRef = attr(t, "ref");
          }
        }
        formula = text ? `=${text}` : "";
        p = close;
      } else if (name === 118 /* v */ && after === 62 && vFrom < 0) {
        vFrom = p + 3;
        vTo = x.indexOf("</v>", p);
        p = vTo;
      }
    }
    this.formula = formula;
    const hasV = vFrom >= 0;
    switch (t) {
      case "s":
        if (hasV) {
          const k = wholeNumber(x, vFrom, vTo);
          this.value = this.strings[k >= 0 ? k : Number(x.slice(vFrom, vTo))] ?? "";
        } else this.value = "";
        break;
      case "b":
        this.value = hasV
          ? vTo === vFrom + 1
            ? x.charCodeAt(vFrom) === 49
            : vTo === vFrom + 4 && x.startsWith("true", vFrom)
          : "";
        break;
      case "str":
      case "e":
        this.value = hasV ? part.textValue(vFrom, vTo) : "";
        break;
      case "inlineStr":
        this.value = stringAt(part, from, to);
        break;
      case "d":
        this.value = hasV ? isoToSerial(decodeXml(part.text(vFrom, vTo))) : "";
        break;
      default: {
        if (!hasV || vFrom === vTo) {
          this.value = "";
          break;
        }
        const n = wholeNumber(x, vFrom, vTo);
        let value: CellValue = n >= 0 ? n : Number(x.slice(vFrom, vTo));
        if (Number.isNaN(value)) value = decodeXml(part.text(vFrom, vTo));
        this.value = value;
      }
    }
  }
}

/** The number written in digits only in xml[from, to) (at most 15 of them), else -1. */
function wholeNumber(xml: string, from: number, to: number): number {
  if (to - from > 15 || to <= from) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const ch = xml.charCodeAt(k);
    if (ch < 48 || ch > 57) return -1;
    n = n * 10 + ch - 48;
  }
  return n;
}

/** Loads the cells and settings of a sheet; returns its <conditionalFormatting> and <dataValidations> XML. */
function loadSheet(
  reader: Reader,
  entry: SheetEntry,
  model: SheetModel,
  bytes: Buffer,
): { rules: string[]; validations: string; font: number | undefined; validated: Set<number> } {
  const part = new XmlPart(bytes);
  const xml = part.xml;
  const { grid } = model;
  const notes = reader.notes(entry.part);
  const masters = new Map<string, { formula: string; r: number; c: number }>();
  let lastRow = 0;
  let lastCol = 0;
  let rowCount = 0;
  const data = sheetDataOf(xml);
  // The formats of the first cells tell the sheet's usual font.
  const formats = new Map<number, number>();
  let counted = 0;
  let r = 0;
  const onCell = (cell: CellSlice) => {
    if (counted < 2000) {
      counted++;
      formats.set(cell.s, (formats.get(cell.s) ?? 0) + 1);
    }
    const c = cell.c;
    reader.readCell(part, cell.t, cell.innerStart, cell.innerEnd);
    const value = reader.value;
    let formula = reader.formula;
    const si = reader.sharedSi;
    if (si !== undefined) {
      if (formula) masters.set(si, { formula: formula.slice(1), r, c });
      else {
        const m = masters.get(si);
        if (m) formula = `=${shiftFormula(m.formula, r - m.r, c - m.c)}`;
      }
    }
    let style: CellStyle = reader.styles.style(cell.s);
    if (notes.size) {
      const note = notes.get(`${columnLetter(c)}${r}`);
      if (note) style = reader.variants.with(style, note, null);
    }
    if (value === "" && formula === "" && style === DEFAULT_STYLE) return;
    grid.setContent(r, c, value, formula);
    if (style !== DEFAULT_STYLE) grid.setStyle(r, c, style);
    if (r > lastRow) lastRow = r;
    if (c > lastCol) lastCol = c;
  };
  eachRow(xml, data.innerStart, data.innerEnd, (row) => {
    r = row.r;
    if (r > rowCount) rowCount = r;
    eachCell(xml, row, onCell);
  });

  const found = sections(xml).list;
  const section = (name: string) => {
    const s = found.find((x) => x.name === name);
    return s ? part.text(s.start, s.end) : "";
  };
  const view = firstElement(section("sheetViews"), "pane");
  const state = view ? attr(view.tag, "state") : undefined;
  if (view && (state === "frozen" || state === "frozenSplit")) {
    model.frozenRows = Number(attr(view.tag, "ySplit") ?? 0);
    model.frozenColumns = Number(attr(view.tag, "xSplit") ?? 0);
  }
  model.hidden = entry.hidden;
  const tab = firstElement(section("sheetPr"), "tabColor");
  model.tabColor = tab ? colorFromArgb(attr(tab.tag, "rgb")) : null;
  for (const col of elements(section("cols"), "col")) {
    const width = attr(col.tag, "width");
    const min = Number(attr(col.tag, "min"));
    const max = Math.min(Number(attr(col.tag, "max")), Math.max(min, MIN_COLUMNS, lastCol));
    if (!width || !(min >= 1)) continue;
    for (let c = min; c <= max; c++) model.columnWidths.set(c, Math.round(Number(width) * 7 + 5)); // Excel characters → pixels
  }
  model.maxRows = Math.max(MIN_ROWS, lastRow, rowCount);
  model.maxColumns = Math.max(MIN_COLUMNS, lastCol);
  loadLinks(model, section("hyperlinks"), reader.links(entry.part));
  let font: number | undefined;
  let most = 0;
  for (const [xf, n] of formats) {
    const f = reader.styles.namedFont(xf);
    if (f !== undefined && n > most) [font, most] = [f, n];
  }
  return {
    rules: found.filter((s) => s.name === "conditionalFormatting").map((s) => part.text(s.start, s.end)),
    validations: section("dataValidations"),
    font,
    validated: new Set(),
  };
}

/**
 * A link to an address outside the book (Insert → Link over a cell, `<hyperlink r:id>` whose relationship
 * is external) becomes the link over the whole text of each text cell it covers, as Sheets keeps it.
 * A link to a place in the book (`location`) is not an address: it is left out.
 */
function loadLinks(model: SheetModel, xml: string, targets: ReadonlyMap<string, string>): void {
  if (!xml) return;
  const { grid } = model;
  for (const link of elements(xml, "hyperlink")) {
    const url = targets.get(attr(link.tag, "r:id") ?? "");
    if (!url) continue;
    for (const a of areasOf(attr(link.tag, "ref") ?? "", model))
      for (let r = a.r1; r <= a.r2; r++)
        for (let c = a.c1; c <= a.c2; c++) {
          const text = grid.value(r, c);
          if (typeof text !== "string" || text === "") continue;
          grid.setStyle(r, c, Object.freeze({ ...grid.style(r, c), links: [{ start: 0, end: text.length, url }] }));
        }
  }
}

function columnLetter(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function loadValidations(
  xml: string,
  reader: Reader,
  model: SheetModel,
  validated: Set<number>,
  sheetByName: (n: string) => SheetModel | null,
): void {
  const converted = new Map<string, ValidationData>();
  for (const dv of elements(xml, "dataValidation")) {
    const key = dv.xml.replace(/\ssqref="[^"]*"/, "");
    let data = converted.get(key);
    if (!data) converted.set(key, (data = validationFromXlsx(dv.xml, model, sheetByName)));
    // The styles of a column come in a few kinds: each one with the dropdown worked out once.
    const withRule = new Map<CellStyle, CellStyle>();
    // A rule over whole columns stops at the sheet's last row (Sheets' grid is not a million rows).
    for (const at of areasOf(attr(dv.tag, "sqref") ?? "", model)) {
      const r2 = Math.min(at.r2, model.maxRows);
      const c2 = Math.min(at.c2, model.maxColumns);
      for (let c = at.c1; c <= c2; c++) validated.add(c);
      for (let r = at.r1; r <= r2; r++) {
        for (let c = at.c1; c <= c2; c++) {
          const old = model.grid.style(r, c);
          let next = withRule.get(old);
          if (!next) withRule.set(old, (next = reader.variants.with(old, old.note, data)));
          model.grid.setStyle(r, c, next);
        }
      }
    }
  }
}

/** Reads an .xlsx file (or its bytes) into a new LocalSpreadsheet, remembered for `saveXlsx`. */
export async function loadXlsx(
  file: string,
  options: LoadOptions = {},
  bytes = readBytes(file),
): Promise<LocalSpreadsheet> {
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) throw new XlsxError("legacy", file);
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw new XlsxError("not-xlsx", file);
  let reader: Reader;
  let sheets: SheetEntry[];
  try {
    reader = new Reader(readZip(bytes));
    sheets = reader.sheets();
  } catch (err) {
    throw new XlsxError("damaged", file, (err as Error).message);
  }
  if (!sheets.length) throw new XlsxError("damaged", file, "no worksheet");

  const { timeZone, locale } = metaFromKeywords(reader.keywords());
  const book = LocalSpreadsheet.create({
    name: options.name ?? basename(file, extname(file)),
    timeZone,
    locale,
    owner: options.owner,
    editors: options.editors,
    sheets: sheets.map((s) => ({ name: s.name })),
  });
  const model = book.raw();
  const sheetByName = (name: string) => model.sheetByName(name);
  const loadedParts: ReturnType<typeof loadSheet>[] = [];
  // Every sheet's part inflated in zlib's thread pool while the first ones are read.
  const inflated = sheets.map((s) => inflateEntry(reader.parts.get(s.part)!));
  for (const p of inflated) p.catch(() => {}); // each is awaited below; one that fails is "damaged" there
  try {
    for (const [i, s] of sheets.entries()) loadedParts.push(loadSheet(reader, s, model.sheets[i], await inflated[i]));
    // After every sheet is loaded: a dropdown may name a range of a later sheet.
    loadedParts.forEach((p, i) => {
      loadValidations(p.validations, reader, model.sheets[i], p.validated, sheetByName);
    });
  } catch (err) {
    throw new XlsxError("damaged", file, (err as Error).message);
  }

  const activeTab = reader.activeTab();
  model.active = model.sheets[activeTab] ?? model.sheets[0];
  const origin: BookOrigin = {
    parts: reader.parts,
    workbookPart: reader.workbookPart,
    stylesPart: reader.stylesPart,
    sheets: new Map(),
    lostParts: [],
    active: model.active,
  };
  sheets.forEach((s, i) => {
    const sheet = model.sheets[i];
    const { rules } = loadedParts[i];
    const loaded = rules.length ? rulesFromXlsx(rules, sheet, reader.styles) : NO_RULES;
    // What the file holds, kept beside the model for the save: the grid's rows, shared with it.
    const cells = GridSnapshot.of(sheet);
    cells.validated = loadedParts[i].validated;
    origin.sheets.set(sheet, sheetOrigin(sheet, s.part, s.tag, loaded, null, loadedParts[i].font, cells));
  });
  setOrigin(model, origin);
  return book;
}
