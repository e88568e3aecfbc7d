// xl/styles.xml: the model's CellStyle of each cell format (xf) of the file, and new formats for
// cells the add-in restyled. A new format starts from the cell's own one and changes only what the
// add-in changed (number format, bold, font colour, solid background, alignment, wrap), so its
// font, size, borders and the like stay as the user made them.
import { DEFAULT_STYLE, type CellStyle, type HorizontalAlignment } from "../imitation/cells";
import type { CondFormat } from "../imitation/model";
import { colorFromArgb, colorToArgb, formatFromXlsx, formatToXlsx } from "./format";
import { attr, elements, escapeAttr, firstElement, withAttr } from "./xml";

/** Excel's built-in number formats (ECMA-376 §18.8.30); 14 is the system short date. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
const BUILTIN_IDS = new Map(Object.entries(BUILTIN_FORMATS).map(([id, code]) => [code, Number(id)]));
const FIRST_CUSTOM_FORMAT = 164;

const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/></styleSheet>';

function isOn(xml: string, name: string): boolean {
  const el = firstElement(xml, name);
  if (!el) return false;
  const v = attr(el.tag, "val");
  return v === undefined || (v !== "0" && v !== "false" && v !== "none");
}

function rgbOf(xml: string, name: string): string | null {
  const el = firstElement(xml, name);
  return el ? colorFromArgb(attr(el.tag, "rgb")) : null;
}

function solidFill(fill: string): string | null {
  const p = firstElement(fill, "patternFill");
  if (!p || attr(p.tag, "patternType") !== "solid") return null;
  return rgbOf(p.inner, "fgColor");
}

function hAlignFrom(h: string | undefined): HorizontalAlignment | null {
  return h === "left" || h === "center" || h === "right" ? h : null;
}

/** The parts of a style an xf holds (not notes or dropdowns). */
function xfKey(s: CellStyle): string {
  return `${s.format}\u0000${s.fontWeight}\u0000${s.fontColor}\u0000${s.background}\u0000${s.hAlign}\u0000${s.wrap}`;
}

function replaceChild(xml: string, name: string, child: string | null): string {
  const el = firstElement(xml, name);
  if (el) return xml.slice(0, el.start) + (child ?? "") + xml.slice(el.end);
  return child ? child + xml : xml;
}

export class StylesPart {
  private readonly formats = new Map<number, string>();
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly xfs: string[];
  private readonly dxfs: string[];
  private readonly styles: CellStyle[] = [];
  private readonly memo = new Map<string, number>();
  private readonly answers = new Map<number, Map<CellStyle, { font: number | undefined; index: number }>>();
  private readonly added = { formats: false, fonts: false, fills: false, xfs: false, dxfs: false };
  private nextFormatId = FIRST_CUSTOM_FORMAT;

  constructor(private readonly xml: string) {
    for (const el of elements(firstElement(xml, "numFmts")?.inner ?? "", "numFmt")) {
      const id = Number(attr(el.tag, "numFmtId"));
      this.formats.set(id, attr(el.tag, "formatCode") ?? "General");
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
    this.fonts = elements(firstElement(xml, "fonts")?.inner ?? "", "font").map((e) => e.xml);
    this.fills = elements(firstElement(xml, "fills")?.inner ?? "", "fill").map((e) => e.xml);
    this.xfs = elements(firstElement(xml, "cellXfs")?.inner ?? "", "xf").map((e) => e.xml);
    this.dxfs = elements(firstElement(xml, "dxfs")?.inner ?? "", "dxf").map((e) => e.xml);
    if (!this.xfs.length) this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** The model style of cell format `index` (DEFAULT_STYLE for the default look; shared objects). */
  style(index: number): CellStyle {
    let s = this.styles[index];
    if (s) return s;
    const xf = this.xfs[index] ?? this.xfs[0];
    const tag = xf.slice(0, xf.indexOf(">") + 1);
    const id = Number(attr(tag, "numFmtId") ?? 0);
    const font = this.fonts[Number(attr(tag, "fontId") ?? 0)] ?? "";
    const fill = this.fills[Number(attr(tag, "fillId") ?? 0)] ?? "";
    const align = firstElement(xf, "alignment")?.tag ?? "";
    const next: CellStyle = {
      format: formatFromXlsx(this.formats.get(id) ?? BUILTIN_FORMATS[id]),
      background: solidFill(fill),
      fontWeight: isOn(font, "b") ? "bold" : "normal",
      fontColor: rgbOf(font, "color"),
      hAlign: hAlignFrom(attr(align, "horizontal")),
      wrap: attr(align, "wrapText") === "1" || attr(align, "wrapText") === "true",
      note: "",
      validation: null,
      links: null,
    };
    s = xfKey(next) === xfKey(DEFAULT_STYLE) ? DEFAULT_STYLE : Object.freeze(next);
    this.styles[index] = s;
    return s;
  }

  /** The font of cell format `index` when that font names a typeface (what a sheet's cells are written in). */
  namedFont(index: number): number | undefined {
    const xf = this.xfs[index];
    if (!xf) return undefined;
    const id = Number(attr(xf.slice(0, xf.indexOf(">") + 1), "fontId") ?? 0);
    return firstElement(this.fonts[id] ?? "", "name") ? id : undefined;
  }

  /**
   * The index of a cell format for `style`, derived from format `base` (the cell's own). A cell of the
   * default format that turns bold or coloured takes `sheetFont` (the sheet's usual typeface and size),
   * not the application's default (SPEC §17).
   */
  indexFor(base: number, style: CellStyle, sheetFont?: number): number {
    // Called for every rewritten cell: the answer is kept per format, style object and font.
    let byStyle = this.answers.get(base);
    if (!byStyle) this.answers.set(base, (byStyle = new Map()));
    const known = byStyle.get(style);
    if (known && known.font === sheetFont) return known.index;
    const index = this.derive(base, style, sheetFont);
    byStyle.set(style, { font: sheetFont, index });
    return index;
  }

  private derive(base: number, style: CellStyle, sheetFont: number | undefined): number {
    const old = this.style(base);
    if (xfKey(old) === xfKey(style)) return base;
    const key = `${base}\u0001${xfKey(style)}\u0001${sheetFont}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    let xf = this.xfs[base] ?? this.xfs[0];
    const tagEnd = xf.indexOf(">") + 1;
    let tag = xf.slice(0, tagEnd);
    let body = tag.endsWith("/>") ? "" : xf.slice(tagEnd, xf.lastIndexOf("</"));
    if (tag.endsWith("/>")) tag = `${tag.slice(0, -2).trimEnd()}>`;
    if (old.format !== style.format) {
      tag = withAttr(tag, "numFmtId", String(this.formatId(formatToXlsx(style.format))));
      tag = withAttr(tag, "applyNumberFormat", "1");
    }
    if (old.fontWeight !== style.fontWeight || old.fontColor !== style.fontColor) {
      const fontId = base === 0 && sheetFont !== undefined ? sheetFont : Number(attr(tag, "fontId") ?? 0);
      let font = this.fonts[fontId] ?? "<font></font>";
      if (font.endsWith("/>")) font = "<font></font>";
      const inner = font.slice(font.indexOf(">") + 1, font.lastIndexOf("</"));
      let next = replaceChild(inner, "b", style.fontWeight === "bold" ? "<b/>" : null);
      if (old.fontColor !== style.fontColor) {
        const argb = colorToArgb(style.fontColor);
        next = replaceChild(next, "color", argb ? `<color rgb="${argb}"/>` : null);
      }
      this.fonts.push(`<font>${next}</font>`);
      this.added.fonts = true;
      tag = withAttr(tag, "fontId", String(this.fonts.length - 1));
      tag = withAttr(tag, "applyFont", "1");
    }
    if (old.background !== style.background) {
      const argb = colorToArgb(style.background);
      this.fills.push(
        argb
          ? `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`
          : '<fill><patternFill patternType="none"/></fill>',
      );
      this.added.fills = true;
      tag = withAttr(tag, "fillId", String(this.fills.length - 1));
      tag = withAttr(tag, "applyFill", "1");
    }
    if (old.hAlign !== style.hAlign || old.wrap !== style.wrap) {
      let align = firstElement(body, "alignment")?.tag ?? "<alignment/>";
      align = withAttr(align, "horizontal", style.hAlign && style.hAlign !== "normal" ? style.hAlign : undefined);
      align = withAttr(align, "wrapText", style.wrap ? "1" : undefined);
      body = replaceChild(body, "alignment", align === "<alignment/>" ? null : align);
      tag = withAttr(tag, "applyAlignment", "1");
    }
    xf = body ? `${tag}${body}</xf>` : `${tag.slice(0, -1)}/>`;
    this.xfs.push(xf);
    this.added.xfs = true;
    const index = this.xfs.length - 1;
    this.styles[index] = xfKey(style) === xfKey(DEFAULT_STYLE) ? DEFAULT_STYLE : style;
    this.memo.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_IDS.get(code);
    if (builtin !== undefined) return builtin;
    for (const [id, c] of this.formats) if (c === code) return id;
    const id = this.nextFormatId++;
    this.formats.set(id, code);
    this.added.formats = true;
    return id;
  }

  /** The conditional format of differential format `index`. */
  dxf(index: number | undefined): CondFormat {
    const dxf = index === undefined ? "" : (this.dxfs[index] ?? "");
    const font = firstElement(dxf, "font")?.inner ?? "";
    const fill = firstElement(dxf, "fill")?.inner ?? "";
    const has = (n: string) => (firstElement(font, n) ? isOn(font, n) : null);
    return {
      background: rgbOf(fill, "bgColor") ?? rgbOf(fill, "fgColor"),
      fontColor: rgbOf(font, "color"),
      bold: has("b"),
      italic: has("i"),
      strikethrough: has("strike"),
      underline: has("u"),
    };
  }

  /** A new differential format for a conditional rule; its index. */
  addDxf(f: CondFormat): number {
    let font = "";
    const flag = (name: string, on: boolean | null) => (on === null ? "" : on ? `<${name}/>` : `<${name} val="0"/>`);
    font += flag("b", f.bold) + flag("i", f.italic) + flag("strike", f.strikethrough);
    if (f.underline !== null) font += f.underline ? "<u/>" : '<u val="none"/>';
    const color = colorToArgb(f.fontColor);
    if (color) font += `<color rgb="${color}"/>`;
    const bg = colorToArgb(f.background);
    const fill = bg
      ? `<fill><patternFill patternType="solid"><fgColor rgb="${bg}"/><bgColor rgb="${bg}"/></patternFill></fill>`
      : "";
    this.dxfs.push(`<dxf>${font ? `<font>${font}</font>` : ""}${fill}</dxf>`);
    this.added.dxfs = true;
    return this.dxfs.length - 1;
  }

  get changed(): boolean {
    return Object.values(this.added).some(Boolean);
  }

  /** styles.xml with the added formats; the original sections the add-in did not extend stay as they were. */
  toXml(): string {
    let xml = this.xml;
    const formats = [...this.formats]
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`)
      .join("");
    const put = (name: string, items: string[] | string, count: number) => {
      const section = `<${name} count="${count}">${typeof items === "string" ? items : items.join("")}</${name}>`;
      const el = firstElement(xml, name);
      if (el) {
        xml = xml.slice(0, el.start) + section + xml.slice(el.end);
        return;
      }
      const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1)
        .map((n) => firstElement(xml, n))
        .find(Boolean);
      const at = later ? later.start : xml.lastIndexOf("</");
      xml = xml.slice(0, at) + section + xml.slice(at);
    };
    if (this.added.formats) put("numFmts", formats, this.formats.size);
    if (this.added.fonts) put("fonts", this.fonts, this.fonts.length);
    if (this.added.fills) put("fills", this.fills, this.fills.length);
    if (this.added.xfs) put("cellXfs", this.xfs, this.xfs.length);
    if (this.added.dxfs) put("dxfs", this.dxfs, this.dxfs.length);
    return xml;
  }
}
