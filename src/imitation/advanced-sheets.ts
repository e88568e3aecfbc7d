// The Sheets advanced service (the Sheets API v4 through Apps Script), the part the add-in calls:
// `Sheets.Spreadsheets.get(id, {fields})` for the spreadsheet's and its sheets' properties and
// conditional format rules, and `batchUpdate` for the looks of new sheets (sheets-batch-update.ts). The global
// exists only when the manifest enables it (`dependencies.enabledAdvancedServices`); it answers in FULL
// authorization only, as the REST API does: JSON with a field mask, and a field at its default value
// (0, false) left out, as proto3 JSON does.
import { requireFull, SCOPE } from "./auth";
import type { Context } from "./context";
import { countCalls } from "./counter";
import type { Area } from "./cells";
import type { BookModel, ChartData, CondRuleData, ProtectionData, SheetModel } from "./model";
import { protectionAllows } from "./permissions";
import { applyBatch } from "./sheets-batch-update";

/** An advanced service as the manifest names it (appsscript.json `dependencies.enabledAdvancedServices`). */
export interface AdvancedService {
  userSymbol: string;
  serviceId: string;
  version: string;
}

/** The advanced services a manifest enables. */
export function advancedServicesOf(manifest: unknown): AdvancedService[] {
  const deps = (manifest as { dependencies?: { enabledAdvancedServices?: AdvancedService[] } } | null)?.dependencies;
  return deps?.enabledAdvancedServices ?? [];
}

type Json = string | number | boolean | Json[] | { [key: string]: Json };

/** "a,b(c,d(e)),f.g" as a tree: { a: {}, b: { c: {}, d: { e: {} } }, f: { g: {} } }; an empty tree is "every field". */
interface Mask {
  [field: string]: Mask;
}

export function parseFieldMask(fields: string): Mask {
  let at = 0;
  const list = (): Mask => {
    const out: Mask = {};
    for (;;) {
      let node = out;
      for (;;) {
        const m = /^[A-Za-z_][\w]*/.exec(fields.slice(at));
        if (!m) throw new Error(`Invalid field selection at ${at}: ${fields}`);
        at += m[0].length;
        node = node[m[0]] ??= {};
        if (fields[at] !== ".") break;
        at++;
      }
      if (fields[at] === "(") {
        at++;
        Object.assign(node, list());
        if (fields[at++] !== ")") throw new Error(`Invalid field selection: ${fields}`);
      }
      if (fields[at] !== ",") return out;
      at++;
      while (fields[at] === " ") at++;
    }
  };
  const mask = list();
  if (at !== fields.length) throw new Error(`Invalid field selection: ${fields}`);
  return mask;
}

/** `value` cut down to `mask`; a field the mask names that this imitation does not model is an error. */
function project(value: Json, mask: Mask, path: string, modelled: Mask): Json | undefined {
  if (Object.keys(mask).length === 0) return value;
  if (Array.isArray(value)) return value.map((v) => project(v, mask, path, modelled) as Json);
  if (typeof value !== "object") return value;
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(mask)) {
    if (!(key in modelled))
      throw new Error(`The local Sheets API does not model the field ${path}${key}; add it to advanced-sheets.ts`);
    const v = value[key];
    if (v === undefined) continue;
    const p = project(v, mask[key], `${path}${key}.`, modelled[key]);
    if (p !== undefined) out[key] = p;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The fields of a Spreadsheet resource this imitation gives (the rest of the resource is not modelled). */
const COLOR = "(red,green,blue)";
const MODELLED = parseFieldMask(
  "spreadsheetId,properties(title,locale,timeZone),sheets(" +
    "properties(sheetId,title,index,sheetType,hidden,gridProperties(rowCount,columnCount,frozenRowCount,frozenColumnCount))," +
    "conditionalFormats(ranges(sheetId,startRowIndex,endRowIndex,startColumnIndex,endColumnIndex)," +
    `booleanRule(condition(type,values(userEnteredValue)),format(backgroundColor${COLOR},backgroundColorStyle(rgbColor${COLOR}),` +
    `textFormat(bold,italic,strikethrough,underline,foregroundColor${COLOR},foregroundColorStyle(rgbColor${COLOR})))),gradientRule),` +
    "protectedRanges(protectedRangeId,range(sheetId,startRowIndex,endRowIndex,startColumnIndex,endColumnIndex)," +
    "unprotectedRanges(sheetId,startRowIndex,endRowIndex,startColumnIndex,endColumnIndex),description,warningOnly,requestingUserCanEdit)," +
    "charts(chartId,spec(title,basicChart(chartType,stackedType,headerCount,domains(domain(sourceRange(sources)))," +
    "series(series(sourceRange(sources))))),position(overlayPosition(anchorCell(sheetId,rowIndex,columnIndex)))))",
);

/** SpreadsheetApp's BooleanCriteria as the API's ConditionType. */
const CONDITION_TYPE: Record<string, string> = {
  CUSTOM_FORMULA: "CUSTOM_FORMULA",
  CELL_EMPTY: "BLANK",
  CELL_NOT_EMPTY: "NOT_BLANK",
  TEXT_EQUAL_TO: "TEXT_EQ",
  TEXT_CONTAINS: "TEXT_CONTAINS",
  TEXT_DOES_NOT_CONTAIN: "TEXT_NOT_CONTAINS",
  TEXT_STARTS_WITH: "TEXT_STARTS_WITH",
  TEXT_ENDS_WITH: "TEXT_ENDS_WITH",
  NUMBER_BETWEEN: "NUMBER_BETWEEN",
  NUMBER_NOT_BETWEEN: "NUMBER_NOT_BETWEEN",
  NUMBER_EQUAL_TO: "NUMBER_EQ",
  NUMBER_NOT_EQUAL_TO: "NUMBER_NOT_EQ",
  NUMBER_GREATER_THAN: "NUMBER_GREATER",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_EQ",
  NUMBER_LESS_THAN: "NUMBER_LESS",
  NUMBER_LESS_THAN_OR_EQUAL_TO: "NUMBER_LESS_THAN_EQ",
};

/** "#f4c7c3" as the API's Color: each channel 0–1, a channel at 0 left out. */
function color(hex: string): Json {
  const n = Number.parseInt(hex.slice(1), 16);
  return withoutDefaults({ red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 });
}

/** A GridRange: 0-based, end exclusive; a whole sheet is its sheetId alone. */
function gridRange(sheet: SheetModel, area: Area | null): Json {
  if (!area) return withoutDefaults({ sheetId: sheet.id });
  return withoutDefaults({
    sheetId: sheet.id,
    startRowIndex: area.r1 - 1,
    endRowIndex: area.r2,
    startColumnIndex: area.c1 - 1,
    endColumnIndex: area.c2,
  });
}

/** A protection as ProtectedRange; `requestingUserCanEdit` for the user running the script. */
function protectionResource(p: ProtectionData, index: number, user: string): Json {
  return withoutDefaults({
    protectedRangeId: index + 1,
    range: gridRange(p.sheet, p.area),
    ...(p.unprotected.length ? { unprotectedRanges: p.unprotected.map((a) => gridRange(p.sheet, a)) } : {}),
    ...(p.description ? { description: p.description } : {}),
    warningOnly: p.warningOnly,
    requestingUserCanEdit: protectionAllows(p, user),
  });
}

function ruleResource(rule: CondRuleData): Json {
  const ranges = rule.ranges.map(({ sheet, area }) => gridRange(sheet, area));
  if (!rule.criteria) return { ranges, gradientRule: {} };
  const type = CONDITION_TYPE[rule.criteria];
  if (!type) throw new Error(`The local Sheets API does not model the condition ${rule.criteria}`);
  const f = rule.format;
  const format: { [key: string]: Json } = {};
  if (f.background) {
    format.backgroundColor = color(f.background);
    format.backgroundColorStyle = { rgbColor: color(f.background) };
  }
  const text: { [key: string]: Json } = {};
  for (const k of ["bold", "italic", "strikethrough", "underline"] as const) if (f[k] !== null) text[k] = f[k];
  if (f.fontColor) {
    text.foregroundColor = color(f.fontColor);
    text.foregroundColorStyle = { rgbColor: color(f.fontColor) };
  }
  if (Object.keys(text).length) format.textFormat = text;
  const values = rule.values.map((v) => ({ userEnteredValue: String(v) }));
  return { ranges, booleanRule: { condition: values.length ? { type, values } : { type }, format } };
}

/** proto3 JSON: a number 0 or false is not written. */
function withoutDefaults(o: { [key: string]: Json }): { [key: string]: Json } {
  for (const k of Object.keys(o)) if (o[k] === 0 || o[k] === false) delete o[k];
  return o;
}

/**
 * A chart as an EmbeddedChart: its cells one column at a time, the first the domain (categories), each
 * other a series — how the API describes a chart whatever made it (best guess for one SpreadsheetApp drew).
 */
function chartResource(c: ChartData, host: SheetModel): Json {
  const columns = c.ranges.flatMap(({ sheet, area }) =>
    Array.from({ length: area.c2 - area.c1 + 1 }, (_, i) =>
      gridRange(sheet, { ...area, c1: area.c1 + i, c2: area.c1 + i }),
    ),
  );
  const [domain, ...series] = columns;
  const sourced = (g: Json) => ({ sourceRange: { sources: [g] } });
  const basic: { [key: string]: Json } = { chartType: c.type };
  if (c.options.isStacked === true) basic.stackedType = "STACKED";
  if (c.numHeaders > 0) basic.headerCount = c.numHeaders;
  if (domain) basic.domains = [{ domain: sourced(domain) }];
  if (series.length) basic.series = series.map((g) => ({ series: sourced(g) }));
  return {
    ...(c.id === null ? {} : { chartId: c.id }),
    spec: { ...(typeof c.options.title === "string" ? { title: c.options.title } : {}), basicChart: basic },
    position: {
      overlayPosition: {
        anchorCell: withoutDefaults({
          sheetId: host.id,
          rowIndex: c.position.row - 1,
          columnIndex: c.position.column - 1,
        }),
      },
    },
  };
}

function sheetResource(s: SheetModel, index: number, user: string): Json {
  const protections = s.book.protections.filter((p) => p.sheet === s);
  return {
    properties: withoutDefaults({
      sheetId: s.id,
      title: s.name,
      index,
      sheetType: "GRID",
      hidden: s.hidden,
      gridProperties: withoutDefaults({
        rowCount: s.maxRows,
        columnCount: s.maxColumns,
        frozenRowCount: s.frozenRows,
        frozenColumnCount: s.frozenColumns,
      }),
    }),
    ...(s.condRules.length ? { conditionalFormats: s.condRules.map(ruleResource) } : {}),
    ...(protections.length
      ? { protectedRanges: protections.map((p) => protectionResource(p, s.book.protections.indexOf(p), user)) }
      : {}),
    ...(s.charts.length ? { charts: s.charts.map((c) => chartResource(c, s)) } : {}),
  };
}

function spreadsheetResource(book: BookModel, user: string): Json {
  return {
    spreadsheetId: book.id,
    properties: { title: book.name, locale: book.locale, timeZone: book.timeZone },
    sheets: book.sheets.map((s, i) => sheetResource(s, i, user)),
  };
}

/** What the API call throws: a GoogleJsonResponseException naming the REST method. */
function apiError(ctx: Context, method: string, message: string): Error {
  const e = ctx.error(`API call to ${method} failed with error: ${message}`);
  e.name = "GoogleJsonResponseException";
  return e;
}

/** Copies JSON into the script's realm (objects and arrays of the vm, as the service hands them over). */
function inRealm(ctx: Context, v: Json): unknown {
  if (Array.isArray(v)) return ctx.list(v.map((x) => inRealm(ctx, x)));
  if (typeof v !== "object") return v;
  const out = new ctx.realm.Object() as Record<string, unknown>;
  for (const k of Object.keys(v)) out[k] = inRealm(ctx, v[k]);
  return out;
}

export class LocalSheetsSpreadsheets {
  constructor(
    private readonly ctx: Context,
    private readonly books: (id: string) => BookModel | undefined,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  get(spreadsheetId: string, optionalArgs?: { fields?: string; includeGridData?: boolean }): unknown {
    requireFull(this.ctx, "Sheets.Spreadsheets.get", SCOPE.spreadsheets);
    const method = "sheets.spreadsheets.get";
    const book = this.books(String(spreadsheetId));
    if (!book) throw apiError(this.ctx, method, "Requested entity was not found.");
    if (!book.canView(this.ctx.user)) throw apiError(this.ctx, method, "The caller does not have permission");
    if (optionalArgs?.includeGridData) throw new Error("The local Sheets API does not model includeGridData");
    const fields = optionalArgs?.fields;
    if (!fields) throw new Error("The local Sheets API answers only with a field mask (fields)");
    let mask: Mask;
    try {
      mask = parseFieldMask(fields);
    } catch {
      throw apiError(this.ctx, method, `Invalid field selection ${fields}`);
    }
    return inRealm(this.ctx, project(spreadsheetResource(book, this.ctx.user), mask, "", MODELLED) ?? {});
  }

  batchUpdate(resource: { requests?: unknown[] }, spreadsheetId: string): unknown {
    requireFull(this.ctx, "Sheets.Spreadsheets.batchUpdate", SCOPE.spreadsheets);
    const method = "sheets.spreadsheets.batchUpdate";
    const book = this.books(String(spreadsheetId));
    if (!book) throw apiError(this.ctx, method, "Requested entity was not found.");
    if (!book.canEdit(this.ctx.user)) throw apiError(this.ctx, method, "The caller does not have permission");
    // The REST API reads the book as Apps Script last sent it: writes still held would be missing there.
    if (this.ctx.unflushedWrites > 0)
      throw new Error(
        "Sheets.Spreadsheets.batchUpdate with SpreadsheetApp writes not yet sent: the API would not see them " +
          "(call SpreadsheetApp.flush() first)",
      );
    const requests = (resource?.requests ?? []) as GoogleAppsScript.Sheets.Schema.Request[];
    const replies = applyBatch(book, requests, (message) => apiError(this.ctx, method, message));
    return inRealm(this.ctx, { spreadsheetId: book.id, replies: replies as Json[] });
  }
}
countCalls(LocalSheetsSpreadsheets, "Sheets.Spreadsheets");

/** The global `Sheets` (only the Spreadsheets collection). */
export function localSheetsService(ctx: Context, books: (id: string) => BookModel | undefined) {
  return { Spreadsheets: new LocalSheetsSpreadsheets(ctx, books) };
}
