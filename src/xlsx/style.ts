// Cell formatting between exceljs styles and the model's CellStyle. Loading maps what the model holds
// (number format, bold, font colour, solid background, alignment, wrap, note); saving patches only
// the attributes the add-in changed, so fonts, borders and the like of the original stay as they were.

import type ExcelJS from "exceljs";
import { DEFAULT_STYLE, type CellStyle, type HorizontalAlignment, type ValidationData } from "../imitation/cells";
import { colorFromArgb, colorToArgb, formatFromXlsx, formatToXlsx } from "./format";

type XStyle = Partial<ExcelJS.Style>;

function hAlignFrom(h: string | undefined): HorizontalAlignment | null {
  return h === "left" || h === "center" || h === "right" ? h : null;
}

function solidColor(fill: ExcelJS.Fill | undefined): string | null {
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return null;
  return colorFromArgb(fill.fgColor?.argb);
}

/** The model attributes of an exceljs style (memoized per style object: exceljs shares them per style id). */
export class StyleReader {
  private readonly memo = new Map<object, CellStyle>();
  private readonly extra = new Map<CellStyle, Map<string, CellStyle>>();

  read(style: XStyle | undefined): CellStyle {
    if (!style) return DEFAULT_STYLE;
    let out = this.memo.get(style);
    if (!out) {
      const next: CellStyle = {
        format: formatFromXlsx(style.numFmt),
        background: solidColor(style.fill),
        fontWeight: style.font?.bold ? "bold" : "normal",
        fontColor: colorFromArgb(style.font?.color?.argb),
        hAlign: hAlignFrom(style.alignment?.horizontal),
        wrap: style.alignment?.wrapText === true,
        note: "",
        validation: null,
      };
      out = sameAs(next, DEFAULT_STYLE) ? DEFAULT_STYLE : Object.freeze(next);
      this.memo.set(style, out);
    }
    return out;
  }

  /** The style with a note and/or a validation; equal inputs give the same object. */
  with(style: CellStyle, note: string, validation: ValidationData | null): CellStyle {
    if (note === style.note && validation === style.validation) return style;
    let byKey = this.extra.get(style);
    if (!byKey) this.extra.set(style, (byKey = new Map()));
    const key = `${note}\u0000${validation ? validationKey(validation) : ""}`;
    let out = byKey.get(key);
    if (!out) byKey.set(key, (out = Object.freeze({ ...style, note, validation })));
    return out;
  }
}

const validationIds = new WeakMap<ValidationData, number>();
let nextValidationId = 1;
function validationKey(v: ValidationData): number {
  let id = validationIds.get(v);
  if (id === undefined) validationIds.set(v, (id = nextValidationId++));
  return id;
}

function sameAs(a: CellStyle, b: CellStyle): boolean {
  return (Object.keys(b) as (keyof CellStyle)[]).every((k) => a[k] === b[k]);
}

/** The font most cells of a worksheet use (name, size, family), or undefined when none says. */
export function usualFont(ws: ExcelJS.Worksheet): Partial<ExcelJS.Font> | undefined {
  const counts = new Map<string, { font: Partial<ExcelJS.Font>; n: number }>();
  let seen = 0;
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (seen > 2000) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      const f = cell.font;
      seen++;
      if (!f?.name) return;
      const key = `${f.name}\u0000${f.size ?? ""}\u0000${f.family ?? ""}`;
      const c = counts.get(key) ?? { font: { name: f.name, size: f.size, family: f.family }, n: 0 };
      c.n++;
      counts.set(key, c);
    });
  });
  let best: { font: Partial<ExcelJS.Font>; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.font;
}

/** Text of an exceljs note (plain or rich). */
export function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** Applies to an exceljs cell what changed between two model styles (a fresh style object: exceljs shares them). */
export function patchStyle(
  cell: ExcelJS.Cell,
  old: CellStyle,
  next: CellStyle,
  sheetFont?: Partial<ExcelJS.Font>,
): void {
  const s: XStyle = { ...cell.style };
  if (old.format !== next.format) s.numFmt = formatToXlsx(next.format);
  if (old.fontWeight !== next.fontWeight || old.fontColor !== next.fontColor) {
    // A cell without a font of its own gets the sheet's (name, size, family): a bare { bold } would
    // show in the application's default font instead (SPEC §17).
    const font: Partial<ExcelJS.Font> = {
      ...(s.font?.name ? {} : sheetFont),
      ...s.font,
      bold: next.fontWeight === "bold",
    };
    const argb = colorToArgb(next.fontColor);
    if (argb) font.color = { argb };
    else if (old.fontColor !== next.fontColor) delete font.color;
    s.font = font;
  }
  if (old.background !== next.background) {
    const argb = colorToArgb(next.background);
    s.fill = argb ? { type: "pattern", pattern: "solid", fgColor: { argb } } : { type: "pattern", pattern: "none" };
  }
  if (old.hAlign !== next.hAlign || old.wrap !== next.wrap) {
    const alignment: Partial<ExcelJS.Alignment> = { ...s.alignment };
    if (next.hAlign && next.hAlign !== "normal") alignment.horizontal = next.hAlign;
    else delete alignment.horizontal;
    if (next.wrap) alignment.wrapText = true;
    else delete alignment.wrapText;
    s.alignment = alignment;
  }
  cell.style = s;
  if (old.note === next.note) return;
  if (next.note) cell.note = next.note;
  else (cell as unknown as { _comment?: unknown })._comment = undefined; // exceljs has no way to remove a note
}
