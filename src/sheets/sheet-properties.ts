// Every sheet's title, grid, frozen rows, conditional format rules, protections and charts, and the book's
// locale and time zone, in one call of the Sheets advanced service (enabled in appsscript.json) instead
// of getName, getMaxRows, getMaxColumns, getFrozenRows, the rules and the protections of each sheet: a
// command on a book of 17 sheets made up to 68 calls for the sizes alone. Only a menu command asks (the
// service needs full authorization: not onEdit, not a custom function); when the service is missing,
// refuses, or lists other sheets than getSheets() does, the command asks each sheet as before.
import { a1, type GridArea } from "./a1";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetProperties {
  name: string;
  rows: number;
  cols: number;
  frozenRows: number;
  /** The sheet's conditional format rules as the API describes them, in the order getConditionalFormatRules gives. */
  rules: ApiRule[];
  /** Its protections, sheet and range, with whether the user running the command may edit each. */
  apiProtections: ApiProtection[];
  /** Its charts' data: the category column and each series' column. */
  charts: ApiChart[];
}

export type ApiProtection = GoogleAppsScript.Sheets.Schema.ProtectedRange;

export type ApiRule = GoogleAppsScript.Sheets.Schema.ConditionalFormatRule;

export type ApiChart = GoogleAppsScript.Sheets.Schema.EmbeddedChart;

const FIELDS =
  "properties(locale,timeZone),sheets(properties(title,index,sheetType,gridProperties(rowCount,columnCount,frozenRowCount))," +
  "conditionalFormats(ranges,booleanRule),protectedRanges(range,description,warningOnly,requestingUserCanEdit)," +
  "charts(chartId,spec.basicChart(domains.domain.sourceRange.sources,series.series.sourceRange.sources)))";

/** The book's locale and time zone and its sheets' properties, as one call gave them. */
export interface BookProperties {
  locale?: string;
  timeZone?: string;
  sheets: SheetProperties[];
}

type Found = GoogleAppsScript.Sheets.Schema.Sheet;

/** The book's properties, its `count` sheets in tab order (as getSheets() lists them), or null. */
export function bookPropertiesOf(book: Book, count: number): BookProperties | null {
  if (typeof Sheets === "undefined" || !Sheets?.Spreadsheets) return null;
  let got: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  try {
    got = Sheets.Spreadsheets.get(book.getId(), { fields: FIELDS });
  } catch {
    return null;
  }
  const found: Found[] = got.sheets ?? [];
  // The JSON leaves out a field at its default: index 0, no frozen rows.
  const byIndex = [...found].sort((a, b) => (a.properties?.index ?? 0) - (b.properties?.index ?? 0));
  // A chart on a sheet of its own (OBJECT) has no grid: matched only if getSheets() lists it too.
  const sheets =
    byIndex.length === count ? byIndex : byIndex.filter((s) => (s.properties?.sheetType ?? "GRID") === "GRID");
  if (sheets.length !== count || sheets.some((s) => typeof s.properties?.title !== "string")) return null;
  return {
    locale: got.properties?.locale,
    timeZone: got.properties?.timeZone,
    sheets: sheets.map(({ properties: p, conditionalFormats, protectedRanges, charts }) => ({
      name: p?.title as string,
      rows: p?.gridProperties?.rowCount ?? 0,
      cols: p?.gridProperties?.columnCount ?? 0,
      frozenRows: p?.gridProperties?.frozenRowCount ?? 0,
      rules: conditionalFormats ?? [],
      apiProtections: protectedRanges ?? [],
      charts: charts ?? [],
    })),
  };
}

/** A custom-formula rule's formula ("" for any other rule). */
export function apiFormula(rule: ApiRule): string {
  const c = rule.booleanRule?.condition;
  return c?.type === "CUSTOM_FORMULA" ? (c.values?.[0]?.userEnteredValue ?? "") : "";
}

/** A rule's background as "#rrggbb" ("" without one). */
export function apiBackground(rule: ApiRule): string {
  const f = rule.booleanRule?.format;
  const c = f?.backgroundColorStyle?.rgbColor ?? f?.backgroundColor;
  if (!c) return "";
  const hex = (x?: number) =>
    Math.round((x ?? 0) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${hex(c.red)}${hex(c.green)}${hex(c.blue)}`;
}

/** "#rrggbb" as the API's Color (each channel 0–1). */
export function apiColor(hex: string): GoogleAppsScript.Sheets.Schema.Color {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/** A rule's one bounded range in A1 notation ("" for several ranges or an open one). */
export function apiA1(rule: ApiRule): string {
  const r = rule.ranges?.length === 1 ? gridArea(rule.ranges[0]) : null;
  return r ? a1(r.row, r.col, r.rows, r.cols) : "";
}

/**
 * A GridRange as 1-based row, column and size. An open end (whole columns, rows or sheet) runs to the
 * edge of `grid`; without one, an open range is null.
 */
export function gridArea(
  g: GoogleAppsScript.Sheets.Schema.GridRange | undefined,
  grid?: { rows: number; cols: number },
): GridArea | null {
  const bottom = g?.endRowIndex ?? grid?.rows;
  const right = g?.endColumnIndex ?? grid?.cols;
  if (bottom === undefined || right === undefined) return null;
  const { startRowIndex: top = 0, startColumnIndex: left = 0 } = g ?? {};
  return { row: top + 1, col: left + 1, rows: bottom - top, cols: right - left };
}

/** The cells as a GridRange of sheet `sheetId` (0-based, end exclusive): gridArea's inverse. */
export const apiGridRange = (sheetId: number, g: GridArea): GoogleAppsScript.Sheets.Schema.GridRange => ({
  sheetId,
  startRowIndex: g.row - 1,
  endRowIndex: g.row - 1 + g.rows,
  startColumnIndex: g.col - 1,
  endColumnIndex: g.col - 1 + g.cols,
});

/** A protection that keeps the user running the command from writing (not warning-only, not theirs to edit). */
export const blocksUser = (p: ApiProtection) => !p.warningOnly && !p.requestingUserCanEdit;

/** A sheet protection (its range is the sheet alone) rather than a range's. */
export const protectsSheet = (p: ApiProtection) =>
  p.range?.startRowIndex === undefined &&
  p.range?.endRowIndex === undefined &&
  p.range?.startColumnIndex === undefined &&
  p.range?.endColumnIndex === undefined;
