// Loads an .xlsx file into a LocalSpreadsheet: every sheet, values with their types (dates as date
// serials, numbers, text exactly as stored, booleans, formulas with their cached value), number
// formats, frozen panes, column widths, dropdowns and conditional formatting.

import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { DEFAULT_STYLE, type CellStyle, type CellValue, type ValidationData } from "../imitation/cells";
import type { SheetModel } from "../imitation/model";
import { LocalSpreadsheet } from "../imitation/spreadsheet";
import { isValidTimeZone } from "../imitation/zone";
import { colorFromArgb, dateToSerial } from "./format";
import { parts, setOrigin, sheetOrigin, type BookOrigin } from "./origin";
import { areaOf, rulesFromXlsx, validationFromXlsx } from "./rules";
import { noteText, StyleReader } from "./style";

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

/** Parts of the file exceljs drops when it saves (it reads only what it can write back). */
function partsNotKept(bytes: Buffer): string[] {
  const lost: string[] = [];
  if (bytes.includes("xl/charts/")) lost.push("charts");
  if (bytes.includes("xl/pivotTables/")) lost.push("pivotTables");
  if (bytes.includes("xl/drawings/vmlDrawing") && bytes.includes("xl/ctrlProps/")) lost.push("controls");
  return lost;
}

function cellContent(cell: ExcelJS.Cell): { value: CellValue; formula: string } {
  const v = cell.value;
  if (v === null || v === undefined || cell.type === ExcelJS.ValueType.Merge) return { value: "", formula: "" };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return { value: v, formula: "" };
  if (v instanceof Date) return { value: dateToSerial(v), formula: "" };
  if ("richText" in v) return { value: v.richText.map((t) => t.text).join(""), formula: "" };
  if ("error" in v) return { value: String(v.error), formula: "" };
  if ("hyperlink" in v) {
    const text = v.text as unknown;
    const plain =
      typeof text === "string"
        ? text
        : ((text as ExcelJS.CellRichTextValue)?.richText ?? []).map((t) => t.text).join("");
    return { value: plain, formula: "" };
  }
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    const value: CellValue =
      result instanceof Date
        ? dateToSerial(result)
        : result === null || result === undefined
          ? ""
          : typeof result === "object"
            ? String((result as { error?: string }).error ?? "")
            : result;
    return { value, formula: `=${cell.formula}` };
  }
  return { value: String(cell.text ?? ""), formula: "" };
}

function loadSheet(ws: ExcelJS.Worksheet, model: SheetModel, styles: StyleReader): void {
  const { grid } = model;
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const { value, formula } = cellContent(cell);
      let style: CellStyle = styles.read(cell.style);
      const note = noteText(cell.note);
      if (note) style = styles.with(style, note, null);
      if (value === "" && formula === "" && style === DEFAULT_STYLE) return;
      grid.setContent(r, c, value, formula);
      grid.setStyle(r, c, style);
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    });
  });
  const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  if (view?.state === "frozen") {
    model.frozenRows = view.ySplit ?? 0;
    model.frozenColumns = view.xSplit ?? 0;
  }
  model.hidden = ws.state === "hidden" || ws.state === "veryHidden";
  model.tabColor = colorFromArgb((ws.properties?.tabColor as { argb?: string } | undefined)?.argb);
  (ws.columns ?? []).forEach((col, i) => {
    if (col?.width) model.columnWidths.set(i + 1, Math.round(col.width * 7 + 5)); // Excel characters → pixels
  });
  model.maxRows = Math.max(MIN_ROWS, lastRow, ws.rowCount);
  model.maxColumns = Math.max(MIN_COLUMNS, lastCol, ws.columnCount);
}

function loadValidations(
  ws: ExcelJS.Worksheet,
  model: SheetModel,
  styles: StyleReader,
  sheetByName: (n: string) => SheetModel | null,
): void {
  const entries = Object.entries(parts(ws).dataValidations?.model ?? {});
  const converted = new Map<ExcelJS.DataValidation, ValidationData>();
  for (const [address, dv] of entries) {
    if (!dv) continue;
    const at = areaOf(address, model);
    if (!at) continue;
    let data = converted.get(dv);
    if (!data) converted.set(dv, (data = validationFromXlsx(dv, model, sheetByName)));
    for (let r = at.r1; r <= at.r2; r++) {
      for (let c = at.c1; c <= at.c2; c++) {
        const old = model.grid.style(r, c);
        model.grid.setStyle(r, c, styles.with(old, old.note, data));
      }
    }
    model.ensureSize(at.r2, at.c2);
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
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new XlsxError("damaged", file, (err as Error).message);
  }
  const worksheets = workbook.worksheets;
  if (!worksheets.length) throw new XlsxError("damaged", file, "no worksheet");

  const { timeZone, locale } = metaFromKeywords(workbook.keywords);
  const book = LocalSpreadsheet.create({
    name: options.name ?? basename(file, extname(file)),
    timeZone,
    locale,
    owner: options.owner,
    editors: options.editors,
    sheets: worksheets.map((ws) => ({ name: ws.name })),
  });
  const model = book.raw();
  const styles = new StyleReader();
  const sheetByName = (name: string) => model.sheetByName(name);
  worksheets.forEach((ws, i) => {
    loadSheet(ws, model.sheets[i], styles);
  });
  worksheets.forEach((ws, i) => {
    loadValidations(ws, model.sheets[i], styles, sheetByName);
  });

  const activeTab = workbook.views?.[0]?.activeTab ?? 0;
  model.active = model.sheets[activeTab] ?? model.sheets[0];
  const origin: BookOrigin = { workbook, sheets: new Map(), lostParts: partsNotKept(bytes), active: model.active };
  worksheets.forEach((ws, i) => {
    const sheet = model.sheets[i];
    origin.sheets.set(sheet, sheetOrigin(sheet, ws, rulesFromXlsx(ws, sheet)));
  });
  setOrigin(model, origin);
  return book;
}
