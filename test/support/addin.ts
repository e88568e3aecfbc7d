// The built add-in loaded over a local book, ready to be clicked like a user would.
import { readFileSync } from "node:fs";
import vm from "node:vm";
import {
  advancedServicesOf,
  createLocalEnvironment,
  type EnvironmentOptions,
  type LocalSpreadsheet,
} from "../../src/imitation";
import { customFunctionsOf, entryPointMode } from "../../src/imitation/auth";
import type { SheetModel } from "../../src/imitation/model";
import { MENU_ITEMS } from "../../src/text/menu";
import { builtBundle, callTopLevel } from "./bundle";

/**
 * Menu commands that fail their test when they read the spreadsheet after their first write (Apps Script
 * would send the batched writes there: a round trip). `Tạo biểu mẫu nhập` must find the response tab the
 * form link created, so it may.
 */
const STRICT = new Set<string>(MENU_ITEMS.flatMap((m) => (m && m.handler !== "taoBieuMauNhap" ? [m.handler] : [])));

/** `strict: false` (the bench) counts late reads instead of failing on them. */
export async function addinFor(
  book: LocalSpreadsheet,
  options: EnvironmentOptions = {},
  harness: { strict?: boolean } = {},
) {
  const { code, manifestPath } = await builtBundle();
  // The advanced services the built manifest enables (the Sheets API), unless the test says otherwise.
  const advancedServices =
    options.advancedServices ?? advancedServicesOf(JSON.parse(readFileSync(manifestPath, "utf8")));
  const env = createLocalEnvironment({ books: [book], ...options, advancedServices });
  const ctx = env.loadScript(code);
  const customFunctions = customFunctionsOf(code);
  // Each entry point runs in the authorization mode Sheets gives it (onOpen NONE, onEdit LIMITED, …).
  const run = (name: string, ...args: unknown[]) =>
    env.calls.command(
      name,
      () => env.runAs(entryPointMode(name, customFunctions), () => callTopLevel(ctx, name, ...args)),
      harness.strict !== false && STRICT.has(name),
    );
  return { env, ctx, book, run };
}

/**
 * The event Sheets hands onEdit when the user types into `rows` × `cols` cells from (row, col) of
 * `sheet` (by default one whole log row), built inside the script's realm.
 */
export function editEvent(ctx: vm.Context, sheet: string, row: number, rows = 1, col = 1, cols = 9): unknown {
  return vm.runInContext(
    `({ range: SpreadsheetApp.getActive().getSheetByName(${JSON.stringify(sheet)}).getRange(${row}, ${col}, ${rows}, ${cols}),
        source: SpreadsheetApp.getActive(), authMode: "LIMITED", user: {} })`,
    ctx,
  );
}

/** Tries to type into A2 of `sheet` as the current user, as the script would; returns the error text or "ok". */
export function tryWrite(ctx: vm.Context, sheet: string): string {
  return vm.runInContext(
    `(function () { try { SpreadsheetApp.getActive().getSheetByName(${JSON.stringify(sheet)}).getRange("A2").setValue("x"); return "ok"; }
       catch (e) { return String(e.message); } })()`,
    ctx,
  );
}

type SheetAreaLike = { sheet: SheetModel; area: object };
const areaText = (a: SheetAreaLike) => `${a.sheet.name}!${JSON.stringify(a.area)}`;
/** A chart's cells one column at a time: the Sheets API names each series' column apart, SpreadsheetApp the ranges it was given. */
const columnsText = (a: { sheet: SheetModel; area: { r1: number; c1: number; r2: number; c2: number } }) =>
  Array.from({ length: a.area.c2 - a.area.c1 + 1 }, (_, i) =>
    areaText({ sheet: a.sheet, area: { ...a.area, c1: a.area.c1 + i, c2: a.area.c1 + i } }),
  );

/** Everything a user could see of one sheet: every cell (value, formula, format, note, validation…), size, rules, charts. */
export function snapshotSheet(book: LocalSpreadsheet, name: string): string {
  const sheet = book.rawSheet(name);
  const model = book.raw().sheets.find((s) => s.name === name)!;
  const values = sheet.rawValues();
  const width = Math.max(0, ...values.map((r) => r.length));
  const cells = values.map((_r, i) => Array.from({ length: width }, (_, j) => sheet.rawCell(i + 1, j + 1)));
  const ranges = (_k: string, v: unknown) =>
    v && typeof v === "object" && "rawSheetArea" in v
      ? areaText((v as { rawSheetArea(): SheetAreaLike }).rawSheetArea())
      : v;
  return JSON.stringify(
    {
      cells,
      maxRows: model.maxRows,
      maxColumns: model.maxColumns,
      frozen: [model.frozenRows, model.frozenColumns],
      widths: [...model.columnWidths].sort((a, b) => a[0] - b[0]),
      rules: model.condRules.map((r) => ({ ...r, ranges: r.ranges.map(areaText) })),
      charts: model.charts.map((c) => ({ ...c, ranges: c.ranges.flatMap(columnsText) })),
    },
    ranges,
  );
}

export function snapshotBook(book: LocalSpreadsheet, except: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = { "(tabs)": JSON.stringify(book.rawSheetNames()), "(locale)": book.raw().locale };
  for (const name of book.rawSheetNames()) if (!except.includes(name)) out[name] = snapshotSheet(book, name);
  return out;
}

/** Column of `header` in a result sheet (header on row 2), as values of the data rows. */
export function resultColumn(book: LocalSpreadsheet, sheet: string, header: string, headerRow = 2): unknown[] {
  const values = book.rawSheet(sheet).rawValues();
  const c = values[headerRow - 1].indexOf(header);
  if (c < 0) throw new Error(`no column ${header} in ${sheet}`);
  return values.slice(headerRow).map((r) => r[c]);
}
