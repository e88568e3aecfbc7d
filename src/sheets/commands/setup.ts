// `Tạo bảng mẫu` (SPEC §8): for each schema, creates what is missing — sheets, header cells, settings
// rows, lists, dropdowns, formats — and never changes or deletes a cell that is there. A second run
// changes nothing. Everything is read and planned first; the writes run after the pre-flight.
import { defaultSettings, foldText, readRows, type Cell } from "../../domain";
import {
  ACTIVITY_LIST,
  activitySeed,
  CRITERIA,
  EXEMPTIONS,
  HISTORY,
  OFFICIAL,
  TIERS,
  LOG,
  PLAN,
  ROSTER,
  SCORES,
  SETTINGS,
  UNITS,
  type Schema,
} from "../../schema";
import { EXAMPLE_CRITERION, OPTIONAL_SHEETS_TEXT, SETTINGS_CHOICES, SETTINGS_ROWS, SETUP_MSG } from "../../text";
import { isFormTabName } from "../forms/read-responses";
import { isLogTabName, isSnapshotTabName } from "../log-tabs";
import { isPlanTabName } from "../plan-tabs";
import { VI_VN, type CommandContext, type CommandResult, type Question } from "../run-command";
import { readValues, tableOf, tryReadTable, type Table } from "../table";
import {
  planAppendRows,
  planCurrentLists,
  planDropdowns,
  planExtraHeaders,
  planNewTable,
  planRule,
  planTemplateColumns,
  rowInColumns,
  type ListFilter,
  type Placed,
} from "../template";
import { WritePlan } from "../write-plan";
import { bookSheets, findSheet } from "../book-sheets";
import { adminLookup, editorsOf } from "../permissions";
import { settingsOf } from "../config";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheets `Tạo bảng mẫu` makes, in order, with the rows a new table starts with. */
const TEMPLATES: { schema: Schema; seed?: readonly (readonly Cell[])[] }[] = [
  { schema: SETTINGS, seed: SETTINGS_ROWS },
  { schema: ROSTER },
  { schema: UNITS },
  { schema: ACTIVITY_LIST, seed: activitySeed() },
  { schema: LOG },
  { schema: PLAN },
  { schema: CRITERIA, seed: [EXAMPLE_CRITERION] },
  { schema: SCORES },
  { schema: HISTORY },
];

/** Created only after one yes/no question (SPEC Part II); each is active only when it has rows. */
const OPTIONAL: { schema: Schema; seed?: readonly (readonly Cell[])[] }[] = [
  { schema: EXEMPTIONS },
  { schema: TIERS },
  { schema: OFFICIAL },
];

type Report = { created: string[]; columns: number; settings: number; skipped: string[] };
/** A table after the plan: placed, and its rows when it existed. */
type Found = Placed & { schema: Schema; table?: Table<string> };

type Answers = { locale: boolean; optional: boolean };

const missingOptional = (book: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
  OPTIONAL.filter((t) => !findSheet(book, t.schema.sheet));

/** Asked before the lock: switch the book to vi_VN? create the optional sheets? (yes = true) */
export const askSetup: Question = (ui, caption, book, locale): Answers => {
  const yes = (text: string) => ui.alert(caption, text, ui.ButtonSet.YES_NO) === ui.Button.YES;
  const missing = missingOptional(book).map((t) => t.schema.sheet);
  return {
    locale: locale !== VI_VN && yes(SETUP_MSG.askLocale(locale)),
    optional: missing.length > 0 && yes(OPTIONAL_SHEETS_TEXT.ask(missing)),
  };
};

export function setUpBook(ctx: CommandContext): CommandResult {
  const { book } = ctx;
  const plan = new WritePlan();
  const report: Report = { created: [], columns: 0, settings: 0, skipped: [] };
  const notes: string[] = [];

  const answers = (ctx.answer ?? { locale: false, optional: false }) as Answers;
  const switchLocale = answers.locale;
  if (switchLocale) {
    plan.add({ write: () => book.setSpreadsheetLocale(VI_VN) });
    notes.push(SETUP_MSG.localeChanged);
  } else if (ctx.locale !== VI_VN) notes.push(SETUP_MSG.localeKept(ctx.locale));

  const missing = missingOptional(book);
  const templates = [...TEMPLATES, ...OPTIONAL.filter((t) => !missing.includes(t))];
  if (missing.length) {
    if (answers.optional) templates.push(...missing);
    else notes.push(OPTIONAL_SHEETS_TEXT.declined(missing.map((t) => t.schema.sheet)));
  }

  // One batch read per sheet, before anything is planned.
  const values = new Map<string, Cell[][]>();
  for (const t of templates) {
    const sheet = findSheet(book, t.schema.sheet);
    if (sheet) values.set(t.schema.sheet, readValues(sheet));
  }
  const found = new Map<string, Found>();
  const codes = criterionCodes(values.get(CRITERIA.sheet));
  for (const t of templates) {
    const table = ensureTable(plan, book, t.schema, t.seed, values.get(t.schema.sheet), report, codes);
    if (table) found.set(t.schema.sheet, table);
  }
  const settings = found.get(SETTINGS.sheet);
  const newSettings: SettingRow[] = settings?.table
    ? addMissingSettings(plan, settings.table, report)
    : settings
      ? SETTINGS_ROWS.map(([param], i) => ({ row: i + 2, param }))
      : [];
  const scores = found.get(SCORES.sheet);
  if (scores?.table) addCriterionColumns(plan, scores.table, codes, report);

  addDropdowns(plan, book, found, newSettings, { today: ctx.clock.today, zoneDay: ctx.clock.zoneDay });
  for (const s of report.skipped) notes.push(SETUP_MSG.skipped(s));

  const summary = SETUP_MSG.done(report.created, report.columns, report.settings);
  return {
    plan,
    localeChanged: switchLocale,
    summary,
    alert: [summary, ...notes, "", SETUP_MSG.help].join("\n"),
    counts: { sheets: report.created.length, columns: report.columns, settings: report.settings },
  };
}

/** `Mã TC` of `Tiêu chí` as typed (the example criterion for a book without one). */
function criterionCodes(values: Cell[][] | undefined): string[] {
  const read = values ? readRows(values, CRITERIA) : undefined;
  if (!read?.ok || read.rows.length === 0) return [EXAMPLE_CRITERION[0]];
  return read.rows.map((r) => String(r.cells.criterionCode ?? "").trim()).filter(Boolean);
}

/** Finds the table of `schema`, planning the sheet or header cells that are missing. */
function ensureTable(
  plan: WritePlan,
  book: Book,
  schema: Schema,
  seed: readonly (readonly Cell[])[] | undefined,
  values: Cell[][] | undefined,
  report: Report,
  codes: readonly string[],
): Found | undefined {
  const name = schema.sheet;
  const sheet = findSheet(book, name);
  const dynamic = schema === SCORES || schema === OFFICIAL ? codes : [];
  if (!sheet || !values) {
    report.created.push(name);
    return { ...planNewTable(plan, book, name, schema, { seed, dynamic }), schema };
  }
  const read = tableOf(sheet, values, schema);
  const blank = !read.ok && values.every((r) => r.every((c) => c === ""));
  if (blank) return { ...planNewTable(plan, book, name, schema, { sheet, seed, dynamic }), schema };
  if (!read.ok) {
    report.skipped.push(name);
    return undefined;
  }
  const t = read.table;
  report.columns += planTemplateColumns(plan, t);
  if (seed && t.rows.length === 0)
    planAppendRows(
      plan,
      t,
      seed.map((r) => rowInColumns(schema, t.columns, r)),
    );
  return { name, headerRow: t.headerRow, columns: t.columns, schema, table: t };
}

type SettingRow = { row: number; param: Cell };

/** Plans the settings rows the table lacks; returns them with their sheet rows. */
function addMissingSettings(plan: WritePlan, t: Table<string>, report: Report): SettingRow[] {
  const present = new Set(t.rows.map((r) => foldText(r.cells.param)));
  const missing = SETTINGS_ROWS.filter(([p]) => !present.has(foldText(p)));
  if (!missing.length) return [];
  const first = t.values.length + 1;
  planAppendRows(
    plan,
    t,
    missing.map((r) => rowInColumns(SETTINGS, t.columns, r)),
  );
  report.settings += missing.length;
  return missing.map(([param], i) => ({ row: first + i, param }));
}

/** `Chấm điểm` needs one column per `Mã TC` of `Tiêu chí` (SPEC §2). */
function addCriterionColumns(plan: WritePlan, scores: Table<string>, codes: readonly string[], report: Report): void {
  const header = new Set((scores.values[scores.headerRow] ?? []).map(foldText));
  const missing: string[] = [];
  for (const c of codes) {
    if (header.has(foldText(c))) continue;
    header.add(foldText(c));
    missing.push(c);
  }
  planExtraHeaders(plan, scores, missing);
  report.columns += missing.length;
}

/** Dropdowns that warn but allow other values; a column that already has a rule is left as it is. */
function addDropdowns(
  plan: WritePlan,
  book: Book,
  found: Map<string, Found>,
  newSettings: SettingRow[],
  filter: ListFilter,
): void {
  const lists = new Map<string, Placed>();
  for (const s of [ROSTER, UNITS, ACTIVITY_LIST]) {
    const t = found.get(s.sheet);
    // The table read, when there is one, so the lists can leave out ended units and past cadres.
    if (t) lists.set(s.sheet, t.table ?? t);
  }
  // Before the dropdowns that may follow it; once Phân quyền has run, a new one is protected like the
  // settings: for the editors of their protection or, when it keeps this user out, for the admins (the
  // user who makes a protection stays on it, in Sheets as here, until an admin runs Phân quyền again).
  const settingsTable = found.get(SETTINGS.sheet)?.table;
  const admins = adminLookup(book, () =>
    settingsTable ? settingsOf(settingsTable, filter).settings : defaultSettings(filter.today),
  );
  planCurrentLists(plan, book, lists, filter, () => editorsOf(book, findSheet(book, SETTINGS.sheet), admins));
  // The log tabs and the plan tabs (SPEC §10: "with dropdowns like the log").
  for (const [schema, isTab] of [
    // The phone form's tab holds "Mã — tên" choices: a dropdown of names would flag every response.
    [LOG, (name: string) => isLogTabName(name) && !isSnapshotTabName(name) && !isFormTabName(name)],
    [PLAN, isPlanTabName],
  ] as const) {
    const main = found.get(schema.sheet);
    if (main && !findSheet(book, schema.sheet)) planDropdowns(plan, book, main, lists, undefined, [], filter);
    for (const { sheet, name } of bookSheets(book).list()) {
      if (!isTab(name)) continue;
      const read = found.has(name) ? undefined : tryReadTable(sheet, schema as Schema);
      const t = found.get(name) ?? (read?.ok ? { ...read.table, schema: schema as Schema } : undefined);
      if (t) planDropdowns(plan, book, t, lists, sheet, [], filter);
    }
  }
  const settings = found.get(SETTINGS.sheet);
  const vc = settings?.columns.value;
  if (settings && vc !== undefined) {
    const choices = new Map([...SETTINGS_CHOICES].map(([p, c]) => [foldText(p), c]));
    const existing = settings.table?.rows.map((r) => ({ row: r.row, param: r.cells.param })) ?? [];
    const sheet = findSheet(book, SETTINGS.sheet) ?? undefined;
    for (const [rows, readRules] of [
      [existing, true],
      [newSettings, false],
    ] as const) {
      for (const r of rows) {
        const list = choices.get(foldText(r.param));
        if (!list) continue;
        const rule = () => SpreadsheetApp.newDataValidation().requireValueInList([...list], true);
        planRule(plan, book, settings, vc, readRules ? sheet : undefined, rule, r.row);
      }
    }
  }
  for (const s of [SCORES, EXEMPTIONS]) {
    const t = found.get(s.sheet);
    if (t) planDropdowns(plan, book, t, lists, findSheet(book, s.sheet) ?? undefined, [], filter);
  }
}
