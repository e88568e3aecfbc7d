// Sheets.Spreadsheets.batchUpdate: the requests the add-in sends to set up a sheet it made — frozen
// rows (updateSheetProperties), column widths (updateDimensionProperties), conditional format rules
// (addConditionalFormatRule) and column charts (addChart). The requests apply in order, each seeing
// the ones before; the batch is atomic: the first bad one fails the call with its index and the book
// is left as it was. The book changes as the same SpreadsheetApp calls would change it.
import type { Area } from "./cells";
import { MSG } from "./errors";
import type { BookModel, ChartData, CondRuleData, SheetModel } from "./model";
import { mayWrite } from "./permissions";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type Color = GoogleAppsScript.Sheets.Schema.Color;
type Reply = Record<string, unknown>;

/** A request that failed its checks: the message after "Invalid requests[i].kind: ". */
class Invalid extends Error {}

/** A request on a sheet a protection keeps from the user: the call fails with the protected-cell message. */
class Protected extends Error {}

/** The kinds of request modelled: each checks itself against the book, then applies. */
const HANDLERS: Record<string, (book: BookModel, body: never) => Reply> = {
  updateSheetProperties,
  updateDimensionProperties,
  addConditionalFormatRule,
  addChart,
};

/**
 * Applies `requests` to `book` (all or none), as the user running the script. Throws `fail(message)`
 * for a request the API would refuse.
 */
export function applyBatch(book: BookModel, requests: readonly Request[], fail: (message: string) => Error): Reply[] {
  const saved = book.sheets.map((sheet) => ({
    sheet,
    frozenRows: sheet.frozenRows,
    widths: new Map(sheet.columnWidths),
    rules: [...sheet.condRules],
    charts: [...sheet.charts],
  }));
  try {
    return requests.map((r, i) => {
      const kinds = Object.keys(r ?? {});
      if (kinds.length !== 1) throw fail(`Invalid requests[${i}]: exactly one kind of request must be set`);
      const kind = kinds[0];
      const handler = HANDLERS[kind];
      if (!handler)
        throw new Error(`The local Sheets API does not model the request ${kind}; add it to sheets-batch-update.ts`);
      try {
        return handler(book, (r as Record<string, never>)[kind]);
      } catch (err) {
        if (err instanceof Invalid) throw fail(`Invalid requests[${i}].${kind}: ${err.message}`);
        if (err instanceof Protected) throw fail(MSG.protectedCell);
        throw err;
      }
    });
  } catch (err) {
    for (const s of saved) {
      s.sheet.frozenRows = s.frozenRows;
      s.sheet.columnWidths.clear();
      for (const [c, w] of s.widths) s.sheet.columnWidths.set(c, w);
      s.sheet.condRules = s.rules;
      s.sheet.charts = s.charts;
    }
    throw err;
  }
}

/** The sheet with id `sheetId` (a sheetId left out is 0). */
function gridOf(book: BookModel, sheetId: number | undefined): SheetModel {
  const sheet = book.sheets.find((s) => s.id === (sheetId ?? 0));
  if (!sheet) throw new Invalid(`No grid with id: ${sheetId ?? 0}`);
  return sheet;
}

/** The sheet with id `sheetId`, which the user must be allowed to change as an object (frozen rows, widths, rules, charts). */
function sheetOf(book: BookModel, sheetId: number | undefined): SheetModel {
  const sheet = gridOf(book, sheetId);
  if (!mayWrite(sheet, "sheet")) throw new Protected();
  return sheet;
}

/** A bounded GridRange as 1-based cells of its sheet; `changed`: the user changes what is on that sheet. */
function areaOf(book: BookModel, g: GridRange | undefined, changed = true): { sheet: SheetModel; area: Area } {
  const sheet = changed ? sheetOf(book, g?.sheetId) : gridOf(book, g?.sheetId);
  const r1 = (g?.startRowIndex ?? 0) + 1;
  const c1 = (g?.startColumnIndex ?? 0) + 1;
  const r2 = g?.endRowIndex ?? sheet.maxRows;
  const c2 = g?.endColumnIndex ?? sheet.maxColumns;
  if (r2 < r1 || c2 < c1 || r2 > sheet.maxRows || c2 > sheet.maxColumns)
    throw new Invalid(`Range (${sheet.name}!R${r1}C${c1}:R${r2}C${c2}) is outside the grid of ${sheet.name}`);
  return { sheet, area: { r1, c1, r2, c2 } };
}

function updateSheetProperties(
  book: BookModel,
  body: GoogleAppsScript.Sheets.Schema.UpdateSheetPropertiesRequest,
): Reply {
  if (body.fields !== "gridProperties.frozenRowCount")
    throw new Error(`The local Sheets API models updateSheetProperties of gridProperties.frozenRowCount only`);
  const sheet = sheetOf(book, body.properties?.sheetId);
  const rows = body.properties?.gridProperties?.frozenRowCount ?? 0;
  if (rows < 0 || rows >= sheet.maxRows) throw new Invalid("You can't freeze all visible rows on the sheet.");
  sheet.frozenRows = rows;
  return {};
}

function updateDimensionProperties(
  book: BookModel,
  body: GoogleAppsScript.Sheets.Schema.UpdateDimensionPropertiesRequest,
): Reply {
  const { range, properties, fields } = body;
  if (range?.dimension !== "COLUMNS" || fields !== "pixelSize")
    throw new Error("The local Sheets API models updateDimensionProperties of COLUMNS' pixelSize only");
  const sheet = sheetOf(book, range.sheetId);
  const start = range.startIndex ?? 0;
  const end = range.endIndex ?? sheet.maxColumns;
  if (start < 0 || end <= start || end > sheet.maxColumns)
    throw new Invalid(`Invalid dimension range: columns ${start}–${end} of ${sheet.name}`);
  const width = properties?.pixelSize ?? 100;
  for (let c = start + 1; c <= end; c++) sheet.columnWidths.set(c, width);
  return {};
}

/** "#rrggbb" of an API Color (channels 0–1, a channel left out is 0). */
function hexOf(c: Color | undefined): string | null {
  if (!c) return null;
  const ch = (x?: number) =>
    Math.round((x ?? 0) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${ch(c.red)}${ch(c.green)}${ch(c.blue)}`;
}

/** The API's ConditionType as SpreadsheetApp's BooleanCriteria (the ones the add-in sends). */
const CRITERIA: Record<string, string> = { TEXT_EQ: "TEXT_EQUAL_TO", CUSTOM_FORMULA: "CUSTOM_FORMULA" };

function addConditionalFormatRule(
  book: BookModel,
  body: GoogleAppsScript.Sheets.Schema.AddConditionalFormatRuleRequest,
): Reply {
  const rule = body.rule;
  const condition = rule?.booleanRule?.condition;
  const criteria = CRITERIA[condition?.type ?? ""];
  if (!criteria || rule?.gradientRule)
    throw new Error(`The local Sheets API models boolean rules of ${Object.keys(CRITERIA).join(", ")} only`);
  const ranges = (rule?.ranges ?? []).map((g) => areaOf(book, g));
  if (!ranges.length) throw new Invalid("A conditional format rule must have at least one range.");
  const [first] = ranges;
  if (ranges.some((r) => r.sheet !== first.sheet))
    throw new Invalid("All ranges of a conditional format rule must be on the same sheet.");
  const format = rule?.booleanRule?.format;
  const data: CondRuleData = {
    criteria,
    values: (condition?.values ?? []).map((v) => v.userEnteredValue ?? ""),
    format: {
      background: hexOf(format?.backgroundColorStyle?.rgbColor ?? format?.backgroundColor),
      fontColor: hexOf(format?.textFormat?.foregroundColorStyle?.rgbColor ?? format?.textFormat?.foregroundColor),
      bold: format?.textFormat?.bold ?? null,
      italic: format?.textFormat?.italic ?? null,
      strikethrough: format?.textFormat?.strikethrough ?? null,
      underline: format?.textFormat?.underline ?? null,
    },
    ranges,
  };
  const index = body.index ?? 0;
  if (index < 0 || index > first.sheet.condRules.length)
    throw new Invalid(`Index ${index} is out of range: the sheet has ${first.sheet.condRules.length} rules.`);
  first.sheet.condRules = [...first.sheet.condRules.slice(0, index), data, ...first.sheet.condRules.slice(index)];
  return {};
}

function addChart(book: BookModel, body: GoogleAppsScript.Sheets.Schema.AddChartRequest): Reply {
  const spec = body.chart?.spec;
  const basic = spec?.basicChart;
  const anchor = body.chart?.position?.overlayPosition?.anchorCell;
  if (!basic || !anchor || Object.keys(spec ?? {}).some((k) => k !== "title" && k !== "basicChart"))
    throw new Error("The local Sheets API models a basicChart with a title, placed over a cell, only");
  const sourcesOf = (d: GoogleAppsScript.Sheets.Schema.ChartData | undefined) => {
    const sources = d?.sourceRange?.sources ?? [];
    if (sources.length !== 1) throw new Invalid("A chart's domain and each series must have exactly one source range.");
    return areaOf(book, sources[0], false);
  };
  const domains = (basic.domains ?? []).map((d) => sourcesOf(d.domain));
  const series = (basic.series ?? []).map((s) => sourcesOf(s.series));
  if (domains.length !== 1) throw new Invalid("A basic chart must have exactly one domain.");
  const sheet = sheetOf(book, anchor.sheetId);
  const row = (anchor.rowIndex ?? 0) + 1;
  const column = (anchor.columnIndex ?? 0) + 1;
  if (row > sheet.maxRows || column > sheet.maxColumns) throw new Invalid("The anchor cell is outside the grid.");
  const options: Record<string, unknown> = {};
  if (spec?.title !== undefined) options.title = spec.title;
  if (basic.stackedType === "STACKED") options.isStacked = true;
  // As SpreadsheetApp's builder makes it, with the API's one range per column.
  const data: ChartData = {
    id: null,
    type: basic.chartType ?? "COLUMN",
    ranges: [...domains, ...series],
    options,
    position: {
      row,
      column,
      offsetX: body.chart?.position?.overlayPosition?.offsetXPixels ?? 0,
      offsetY: body.chart?.position?.overlayPosition?.offsetYPixels ?? 0,
    },
    numHeaders: basic.headerCount ?? -1,
    transpose: false,
    mergeStrategy: "MERGE_COLUMNS",
    hiddenDimensionStrategy: "IGNORE_BOTH",
  };
  data.id = book.chartId();
  sheet.charts = [...sheet.charts, data];
  return { addChart: { chart: { chartId: data.id, spec, position: body.chart?.position } } };
}
