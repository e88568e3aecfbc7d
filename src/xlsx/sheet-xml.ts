// Scanning a worksheet part: its top-level elements, and the rows and cells of <sheetData> as slices
// of the part's text, so that a save can copy every row and cell it did not change exactly as it was.

import type { XmlPart } from "./part";

/** A top-level child of <worksheet>: its name and where it is in the part. */
export interface Section {
  name: string;
  start: number;
  end: number;
}

/** The children of <worksheet>, in order (each found by its end tag: they do not nest in themselves). */
export function sections(xml: string): { open: number; list: Section[] } {
  const root = xml.search(/<(?:\w+:)?worksheet[\s>]/);
  if (root < 0) throw new Error("not a worksheet");
  const open = xml.indexOf(">", root) + 1;
  const close = xml.lastIndexOf("</");
  const list: Section[] = [];
  let i = open;
  while (i < close) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= close) break;
    if (xml.startsWith("<!--", lt)) {
      i = xml.indexOf("-->", lt) + 3;
      continue;
    }
    if (xml.startsWith("<?", lt)) {
      i = xml.indexOf("?>", lt) + 2;
      continue;
    }
    let n = lt + 1;
    while (n < xml.length && !/[\s/>]/.test(xml[n])) n++;
    const name = xml.slice(lt + 1, n);
    const tagEnd = xml.indexOf(">", n);
    let end: number;
    if (xml[tagEnd - 1] === "/") end = tagEnd + 1;
    else {
      const closeTag = `</${name}>`;
      // <sheetData> is most of the part and comes once: its end is found from the end of the part.
      const at = name === "sheetData" ? xml.lastIndexOf(closeTag, close) : xml.indexOf(closeTag, tagEnd);
      end = at < tagEnd ? close : at + closeTag.length;
    }
    list.push({ name: name.replace(/^\w+:/, ""), start: lt, end });
    i = end;
  }
  return { open, list };
}

/** Excel's order of the children of <worksheet> (ECMA-376 CT_Worksheet). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** XML as text, or already as UTF-8 bytes (a rewritten sheetData, or a piece of the original part). */
export type XmlText = string | Buffer;

/**
 * The part with some top-level elements replaced: `replace` maps an element name to its new XML
 * (all elements of that name give way to it; "" removes them). A name the part lacks is inserted at
 * its place in Excel's order. What is not replaced comes as the part's own bytes.
 */
export function spliceWorksheet(part: XmlPart, replace: Map<string, XmlText>): XmlText[] {
  const { open, list } = sections(part.xml);
  const piece = (from: number, to: number) => part.bytes.subarray(from, to);
  const out: XmlText[] = [piece(0, open)];
  const put = (x: XmlText) => out.push(x);
  const done = new Set<string>();
  const rank = (name: string) => {
    const i = WORKSHEET_ORDER.indexOf(name);
    return i < 0 ? WORKSHEET_ORDER.length : i;
  };
  const insertBefore = (limit: number) => {
    for (const [name, x] of replace) {
      if (!done.has(name) && rank(name) < limit) {
        put(x);
        done.add(name);
      }
    }
  };
  let at = open;
  for (const s of list) {
    insertBefore(rank(s.name));
    out.push(piece(at, s.start));
    if (replace.has(s.name)) {
      if (!done.has(s.name)) put(replace.get(s.name)!);
      done.add(s.name);
    } else out.push(piece(s.start, s.end));
    at = s.end;
  }
  insertBefore(Number.POSITIVE_INFINITY);
  out.push(piece(at, part.length));
  return out;
}

export function columnOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + ch - 64;
  }
  return c;
}

export interface RowSlice {
  r: number;
  /** The start tag is [start, innerStart) ("<row …/>" when the row is empty). */
  start: number;
  end: number;
  /** Where the cells are: between the start and end tags. */
  innerStart: number;
  innerEnd: number;
}

/** The type code (t) of a cell in xml[from, to): the known ones as constants, so reading them allocates nothing. */
function typeAt(xml: string, from: number, to: number): string {
  const n = to - from;
  if (n === 1) {
    const ch = xml.charCodeAt(from);
    if (ch === 115) return "s";
    if (ch === 110) return "n";
    if (ch === 98) return "b";
    if (ch === 101) return "e";
    if (ch === 100) return "d";
  } else if (n === 9 && xml.startsWith("inlineStr", from)) return "inlineStr";
  else if (n === 3 && xml.startsWith("str", from)) return "str";
  return n > 0 ? xml.slice(from, to) : "";
}

export interface CellSlice {
  c: number;
  start: number;
  end: number;
  /** The style index (s), 0 when absent. */
  s: number;
  /** The type code (t), "" when absent. */
  t: string;
  /** Where the inside of the element is (equal for <c/>). */
  innerStart: number;
  innerEnd: number;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** The value of attribute `name` (one ASCII letter code) of the tag in xml[from, to) as a position, or -1. */
function attrAt(xml: string, from: number, to: number, name: number): number {
  for (let p = from; ; ) {
    const eq = xml.indexOf('="', p);
    if (eq < 0 || eq > to) return -1;
    if (xml.charCodeAt(eq - 1) === name && isSpace(xml.charCodeAt(eq - 2))) return eq + 2;
    p = xml.indexOf('"', eq + 2) + 1;
    if (p === 0) return -1;
  }
}

/** Calls `row` for every <row> of <sheetData>, in order (one object reused: copy what you keep). */
export function eachRow(xml: string, from: number, to: number, row: (r: RowSlice) => void): void {
  let i = from;
  let last = 0;
  const slice: RowSlice = { r: 0, start: 0, end: 0, innerStart: 0, innerEnd: 0 };
  for (;;) {
    const at = xml.indexOf("<row", i);
    if (at < 0 || at >= to) return;
    const tagEnd = xml.indexOf(">", at);
    const v = attrAt(xml, at + 4, tagEnd, 114 /* r */);
    let r = 0;
    if (v >= 0)
      for (let k = v, ch = xml.charCodeAt(k); ch >= 48 && ch <= 57; ch = xml.charCodeAt(++k)) r = r * 10 + ch - 48;
    if (!r) r = last + 1;
    last = r;
    slice.r = r;
    slice.start = at;
    if (xml.charCodeAt(tagEnd - 1) === 47 /* / */) {
      slice.end = slice.innerStart = slice.innerEnd = tagEnd + 1;
      row(slice);
      i = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf("</row>", tagEnd);
    slice.end = close + 6;
    slice.innerStart = tagEnd + 1;
    slice.innerEnd = close;
    row(slice);
    i = close + 6;
  }
}

/** The column of the last cell of a row: 0 when it has none, -1 when its tag does not say (no r). */
export function lastCellColumn(xml: string, row: RowSlice): number {
  if (row.innerStart >= row.innerEnd) return 0;
  const at = xml.lastIndexOf("<c", row.innerEnd - 1);
  if (at < row.innerStart) return 0;
  if (!isSpace(xml.charCodeAt(at + 2))) return -1;
  const tagEnd = xml.indexOf(">", at);
  const v = attrAt(xml, at + 2, tagEnd, 114 /* r */);
  if (v < 0) return -1;
  let col = 0;
  for (let k = v, ch = xml.charCodeAt(k); ch >= 65 && ch <= 90; ch = xml.charCodeAt(++k)) col = col * 26 + ch - 64;
  return col || -1;
}

/** Calls `cell` for every <c> of a row, in order (one object reused: copy what you keep). */
export function eachCell(xml: string, row: RowSlice, cell: (c: CellSlice) => void): void {
  let i = row.innerStart;
  const innerEnd = row.innerEnd;
  let last = 0;
  const slice: CellSlice = { c: 0, start: 0, end: 0, s: 0, t: "", innerStart: 0, innerEnd: 0 };
  for (;;) {
    const at = xml.indexOf("<c", i);
    if (at < 0 || at >= innerEnd) return;
    const next = xml.charCodeAt(at + 2);
    if (!isSpace(next) && next !== 62 && next !== 47) {
      i = at + 2;
      continue;
    }
    const tagEnd = xml.indexOf(">", at);
    let c = last + 1;
    let s = 0;
    let t = "";
    // Attributes r, s and t read in place: this loop runs for every cell of a 50,000-row log.
    for (let p = at + 2; ; ) {
      const eq = xml.indexOf('="', p);
      if (eq < 0 || eq > tagEnd) break;
      const close = xml.indexOf('"', eq + 2);
      if (isSpace(xml.charCodeAt(eq - 2))) {
        const name = xml.charCodeAt(eq - 1);
        if (name === 114 /* r */) {
          let col = 0;
          for (let k = eq + 2; k < close; k++) {
            const ch = xml.charCodeAt(k);
            if (ch < 65 || ch > 90) break;
            col = col * 26 + ch - 64;
          }
          if (col) c = col;
        } else if (name === 115 /* s */) {
          let n = 0;
          for (let k = eq + 2; k < close; k++) n = n * 10 + xml.charCodeAt(k) - 48;
          s = n;
        } else if (name === 116 /* t */) t = typeAt(xml, eq + 2, close);
      }
      p = close + 1;
    }
    last = c;
    slice.c = c;
    slice.s = s;
    slice.t = t;
    slice.start = at;
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      slice.end = slice.innerStart = slice.innerEnd = tagEnd + 1;
      cell(slice);
      i = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf("</c>", tagEnd);
    slice.end = close + 4;
    slice.innerStart = tagEnd + 1;
    slice.innerEnd = close;
    cell(slice);
    i = close + 4;
  }
}

/** The <sheetData> element of a part, or where one would go. */
export function sheetDataOf(xml: string): { start: number; end: number; innerStart: number; innerEnd: number } {
  const at = xml.search(/<(?:\w+:)?sheetData[\s/>]/);
  if (at < 0) return { start: -1, end: -1, innerStart: 0, innerEnd: 0 };
  const tagEnd = xml.indexOf(">", at);
  if (xml[tagEnd - 1] === "/") return { start: at, end: tagEnd + 1, innerStart: tagEnd + 1, innerEnd: tagEnd + 1 };
  const close = xml.indexOf("</", xml.lastIndexOf("</sheetData>") >= 0 ? xml.lastIndexOf("</sheetData>") : tagEnd);
  return { start: at, end: xml.indexOf(">", close) + 1, innerStart: tagEnd + 1, innerEnd: close };
}
