// Saves a LocalSpreadsheet as .xlsx. A book loaded from a file is written over its own exceljs
// workbook and only the cells, sheets and settings the add-in changed are touched: everything else
// (fonts, borders, merged cells, row heights, print setup, rules of kinds the model does not know)
// goes back exactly as it came. A book built in memory starts from an empty workbook.

import ExcelJS from "exceljs";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import type { CellValue, ValidationData } from "../imitation/cells";
import type { BookModel, SheetModel } from "../imitation/model";
import { isDateFormat } from "../imitation/number-format";
import type { LocalSpreadsheet } from "../imitation/spreadsheet";
import { colorToArgb, serialToDate } from "./format";
import { GridSnapshot, originOf, parts, setOrigin, sheetOrigin, type BookOrigin, type SheetOrigin } from "./origin";
import { areaA1, currentRuleKeys, rulesToXlsx, validationToXlsx } from "./rules";
import { patchStyle, usualFont } from "./style";

/** What the saved file could not hold; the runner tells the user. */
export interface SaveReport {
  /** Native charts, per sheet name. */
  charts: { sheet: string; count: number }[];
  /** Protections (sheet or range, with their editors). */
  protections: number;
  /** Conditional-format rules and dropdowns of kinds .xlsx has no equivalent for. */
  rulesDropped: number;
  validationsDropped: number;
  /** Parts of the original file the library does not keep (charts, pivot tables…). */
  lostParts: string[];
}

function xlsxValue(value: CellValue, formula: string, format: string): ExcelJS.CellValue {
  const plain = typeof value === "number" && isDateFormat(format) ? serialToDate(value) : value;
  if (formula)
    return { formula: formula.replace(/^=/, ""), result: plain === "" ? undefined : plain } as ExcelJS.CellFormulaValue;
  return plain === "" ? null : plain;
}

function keywordsWith(keywords: string | undefined, book: BookModel): string {
  const rest = (keywords ?? "").replace(/(^|[\s;,])(timeZone|locale)=[^\s;,]+/g, "").trim();
  return [rest, `timeZone=${book.timeZone}`, `locale=${book.locale}`].filter(Boolean).join(" ");
}

/** Writes the cells of one sheet that changed since `before`. */
function writeCells(
  ws: ExcelJS.Worksheet,
  model: SheetModel,
  before: GridSnapshot,
  bookFont?: Partial<ExcelJS.Font>,
): void {
  const { grid } = model;
  let font: Partial<ExcelJS.Font> | undefined | null = null;
  const rows = Math.max(model.maxRows, before.maxRows);
  const cols = Math.max(model.maxColumns, before.maxColumns);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const style = grid.style(r, c);
      const old = before.style(r, c);
      const value = grid.value(r, c);
      const formula = grid.formula(r, c);
      const contentChanged = value !== before.value(r, c) || formula !== before.formula(r, c);
      if (!contentChanged && style === old) continue;
      const cell = ws.getCell(r, c);
      if (style !== old) {
        if (font === null) font = usualFont(ws) ?? bookFont;
        patchStyle(cell, old, style, font);
      }
      if (contentChanged) cell.value = xlsxValue(value, formula, style.format);
    }
  }
}

/**
 * The sheet's dropdowns from the model (every one, so none is lost or doubled), one entry per run of
 * equal rules down a column; returns how many rules .xlsx could not hold.
 */
function writeValidations(ws: ExcelJS.Worksheet, model: SheetModel): number {
  const out: Record<string, ExcelJS.DataValidation> = {};
  const converted = new Map<ValidationData, ExcelJS.DataValidation | null>();
  for (let c = 1; c <= model.maxColumns; c++) {
    let start = 0;
    let current: ValidationData | null = null;
    const flush = (end: number) => {
      if (!current) return;
      if (!converted.has(current)) converted.set(current, validationToXlsx(current));
      const x = converted.get(current);
      if (x) out[areaA1({ r1: start, c1: c, r2: end, c2: c })] = x;
    };
    for (let r = 1; r <= model.maxRows + 1; r++) {
      const v = r <= model.maxRows ? model.grid.style(r, c).validation : null;
      if (v === current) continue;
      flush(r - 1);
      current = v;
      start = r;
    }
  }
  parts(ws).dataValidations.model = out;
  return [...converted.values()].filter((x) => x === null).length;
}

/** A4 as exceljs numbers paper sizes. */
const A4 = 9;

/** Whether the sheet still has exceljs's default print setup (Letter, portrait, no fit, no titles). */
function defaultPageSetup(ws: ExcelJS.Worksheet): boolean {
  const p = ws.pageSetup;
  return p.paperSize === undefined && p.orientation !== "landscape" && !p.fitToPage && !p.printTitlesRow;
}

/** The setup this writer saves (so a result file run again keeps getting it, frozen rows updated). */
function ourPageSetup(ws: ExcelJS.Worksheet): boolean {
  const p = ws.pageSetup;
  return (
    p.paperSize === A4 &&
    p.orientation === "landscape" &&
    p.fitToPage === true &&
    p.fitToWidth === 1 &&
    p.fitToHeight === 0
  );
}

/**
 * SPEC §17: what Apps Script cannot set, the .xlsx can — A4 landscape, one page wide, the frozen header
 * rows repeated on every page. A print setup the user chose in the original file is kept.
 */
function writePageSetup(ws: ExcelJS.Worksheet, model: SheetModel, before: SheetOrigin | undefined): void {
  if (before && !defaultPageSetup(ws) && !ourPageSetup(ws)) return;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: model.frozenRows > 0 ? `1:${model.frozenRows}` : undefined,
  };
}

function writeSheetSettings(ws: ExcelJS.Worksheet, model: SheetModel, before: SheetOrigin | undefined): void {
  writePageSetup(ws, model, before);
  if (!before || before.frozenRows !== model.frozenRows || before.frozenColumns !== model.frozenColumns) {
    const frozen = model.frozenRows > 0 || model.frozenColumns > 0;
    const {
      state: _s,
      xSplit: _x,
      ySplit: _y,
      topLeftCell: _t,
      ...rest
    } = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetViewFrozen>;
    ws.views = [
      frozen
        ? { ...rest, state: "frozen", xSplit: model.frozenColumns, ySplit: model.frozenRows }
        : { ...rest, state: "normal" },
    ];
  }
  if (!before || before.hidden !== model.hidden) ws.state = model.hidden ? "hidden" : "visible";
  if (!before || before.tabColor !== model.tabColor) {
    const argb = colorToArgb(model.tabColor);
    if (argb) ws.properties.tabColor = { argb };
    else delete (ws.properties as { tabColor?: unknown }).tabColor;
  }
  for (const [c, px] of model.columnWidths) {
    if (before?.widths.get(c) !== px) ws.getColumn(c).width = Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
  }
}

/** Brings the exceljs workbook of `book` up to date with the model and returns what .xlsx could not hold. */
function syncWorkbook(model: BookModel, origin: BookOrigin): SaveReport {
  const { workbook } = origin;
  const report: SaveReport = {
    charts: [],
    protections: model.protections.length,
    rulesDropped: 0,
    validationsDropped: 0,
    lostParts: origin.lostParts,
  };
  for (const [sheet, o] of origin.sheets) {
    if (!model.sheets.includes(sheet)) {
      workbook.removeWorksheet(o.ws.id);
      origin.sheets.delete(sheet);
    }
  }
  workbook.keywords = keywordsWith(workbook.keywords, model);
  const opensOn = origin.active ? model.sheets.indexOf(origin.active) : -1;
  if (workbook.views?.[0] && opensOn >= 0) workbook.views[0].activeTab = opensOn;
  // A sheet the add-in creates takes the font of the book's first sheet that names one.
  let bookFont: Partial<ExcelJS.Font> | undefined;
  for (const o of origin.sheets.values()) if ((bookFont = usualFont(o.ws))) break;
  model.sheets.forEach((sheet, i) => {
    const before = origin.sheets.get(sheet);
    const ws = before?.ws ?? workbook.addWorksheet(sheet.name);
    if (ws.name !== sheet.name) ws.name = sheet.name;
    parts(ws).orderNo = i;
    const cellsBefore = before?.cells ?? new GridSnapshot(0, 0);
    writeCells(ws, sheet, cellsBefore, bookFont);
    report.validationsDropped += writeValidations(ws, sheet);
    writeSheetSettings(ws, sheet, before);
    let rules = before?.rules;
    if (!rules || currentRuleKeys(sheet).join("\n") !== rules.keys.join("\n")) {
      const { list, dropped, written } = rulesToXlsx(sheet, rules, model.timeZone);
      parts(ws).conditionalFormattings = list;
      report.rulesDropped += dropped;
      rules = written;
    }
    if (sheet.charts.length) report.charts.push({ sheet: sheet.name, count: sheet.charts.length });
    // From now on this is what the file holds: a second save writes only later changes.
    origin.sheets.set(sheet, sheetOrigin(sheet, ws, rules));
  });
  return report;
}

/** The .xlsx bytes of a book, and what they could not hold. */
export async function xlsxBytes(book: LocalSpreadsheet): Promise<{ bytes: Buffer; report: SaveReport }> {
  const model = book.raw();
  let origin = originOf(model);
  if (!origin) {
    origin = { workbook: new ExcelJS.Workbook(), sheets: new Map(), lostParts: [], active: null };
    origin.workbook.creator = "Tính chỉ tiêu";
    setOrigin(model, origin);
  }
  const report = syncWorkbook(model, origin);
  const bytes = Buffer.from(await origin.workbook.xlsx.writeBuffer());
  return { bytes, report };
}

/** Saves a book as .xlsx: written beside the target first, then moved into place (never half a file). */
export async function saveXlsx(book: LocalSpreadsheet, file: string): Promise<SaveReport> {
  const { bytes, report } = await xlsxBytes(book);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  return report;
}
