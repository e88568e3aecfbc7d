// `Tạo bảng mẫu` (SPEC §8): creates what is missing — sheets, header cells, settings rows, lists,
// dropdowns, formats — and never changes or deletes a cell that is there. A second run changes nothing.
import { matchHeaders, type Cell } from "../domain";
import {
  ACTIVITIES,
  COLUMNS,
  EXAMPLE_CRITERION,
  H,
  LEVEL,
  REQUIRED,
  SETTINGS_CHOICES,
  SETTINGS_ROWS,
  SETUP_MSG,
  SHEET,
} from "../text";
import { foldText } from "../domain/fold";
import type { CommandContext, CommandOutcome } from "./command";
import { DATE_FORMAT, ensureSize, makeBlock, TEXT_FORMAT, writeBlock } from "./write";
import { columnLetter } from "./a1";
import { isLogTabName, isSnapshotTabName } from "./log-tabs";
import { appendMissingHeaders } from "./table";
import { requireEditable } from "./permissions";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type SheetSpec = {
  name: string;
  columns: readonly string[];
  required: readonly string[];
  /** Columns formatted dd/MM/yyyy on a new sheet. */
  dates?: readonly string[];
  /** Code columns formatted as plain text on a new sheet, so a typed 001 stays 001. */
  texts?: readonly string[];
  /** Rows added under the header when the table has no data row yet. */
  seed?: readonly (readonly Cell[])[];
};

/** A log tab: the main one, and each office tab `Phân quyền` creates. */
export const LOG_SPEC: SheetSpec = {
  name: SHEET.log,
  columns: COLUMNS.log,
  required: REQUIRED.log,
  dates: [H.dateFrom, H.dateTo, H.reportDate],
};

const SPECS: SheetSpec[] = [
  { name: SHEET.settings, columns: COLUMNS.settings, required: REQUIRED.settings },
  {
    name: SHEET.roster,
    columns: COLUMNS.roster,
    required: REQUIRED.roster,
    dates: [H.applyFrom, H.applyTo],
    texts: [H.cadreCode],
  },
  { name: SHEET.units, columns: COLUMNS.units, required: REQUIRED.units, texts: [H.unitCode] },
  {
    name: SHEET.activities,
    columns: COLUMNS.activities,
    required: REQUIRED.activities,
    seed: ACTIVITIES.map((a) => [a]),
  },
  LOG_SPEC,
  {
    name: SHEET.criteria,
    columns: COLUMNS.criteria,
    required: REQUIRED.criteria,
    texts: [H.criterionCode],
    seed: [EXAMPLE_CRITERION],
  },
  {
    name: SHEET.scores,
    columns: [...COLUMNS.scores, EXAMPLE_CRITERION[0], H.finalLevel, H.note],
    required: REQUIRED.scores,
    texts: [H.unitCode],
  },
  { name: SHEET.history, columns: COLUMNS.history, required: COLUMNS.history },
];

export type Found = { sheet: Sheet; headerRow: number; columns: Record<string, number | undefined>; values: Cell[][] };

type Report = { created: string[]; columns: number; settings: number; skipped: string[] };

export function setUpBook(ctx: CommandContext): CommandOutcome {
  const { book, ui } = ctx;
  const report: Report = { created: [], columns: 0, settings: 0, skipped: [] };
  const notes: string[] = [];
  requireEditable(
    book,
    SPECS.map((s) => s.name),
  );

  const locale = book.getSpreadsheetLocale();
  if (locale !== "vi_VN") {
    const answer = ui.alert(ctx.caption, SETUP_MSG.askLocale(locale), ui.ButtonSet.YES_NO);
    if (answer === ui.Button.YES) {
      book.setSpreadsheetLocale("vi_VN");
      notes.push(SETUP_MSG.localeChanged);
    } else notes.push(SETUP_MSG.localeKept(locale));
  }

  const found = new Map<string, Found>();
  for (const spec of SPECS) {
    const table = ensureTable(book, spec, report);
    if (table) found.set(spec.name, table);
  }
  const settings = found.get(SHEET.settings);
  if (settings) addMissingSettings(settings, report);
  const criteria = found.get(SHEET.criteria);
  const scores = found.get(SHEET.scores);
  if (criteria && scores) addCriterionColumns(criteria, scores, report);

  addDropdowns(book, found);
  for (const s of report.skipped) notes.push(SETUP_MSG.skipped(s));

  const summary = SETUP_MSG.done(report.created, report.columns, report.settings);
  return { summary, alert: [summary, ...notes, "", SETUP_MSG.help].join("\n") };
}

/** Finds the table of `spec`, creating the sheet or header cells that are missing. */
function ensureTable(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: SheetSpec,
  report: Report,
): Found | undefined {
  let sheet = book.getSheetByName(spec.name);
  const isNew = !sheet;
  if (!sheet) {
    sheet = book.insertSheet(spec.name);
    report.created.push(spec.name);
  }
  const values = isNew ? [] : (sheet.getDataRange().getValues() as Cell[][]);
  const isEmpty = values.every((r) => r.every((c) => c === ""));
  if (isEmpty) return writeNewTable(sheet, spec);

  const match = matchHeaders(values, spec.columns, spec.required);
  if (!match.ok) {
    report.skipped.push(spec.name);
    return undefined;
  }
  const found = { sheet, headerRow: match.headerRow, columns: { ...match.columns }, values };
  report.columns += appendMissingHeaders(found, spec.columns);
  const columns = found.columns;
  if (spec.seed && values.length <= match.headerRow + 1)
    appendRows(
      found,
      spec.seed.map((r) => rowFor(spec, columns, r)),
    );
  return found;
}

export function writeNewTable(sheet: Sheet, spec: SheetSpec): Found {
  const columns: Record<string, number> = {};
  spec.columns.forEach((c, i) => {
    columns[c] = i;
  });
  const rows = [[...spec.columns] as Cell[], ...(spec.seed ?? []).map((r) => [...r])];
  const block = makeBlock(rows);
  ensureSize(sheet, rows.length, spec.columns.length);
  writeBlock(sheet, 1, 1, block);
  sheet.getRange(1, 1, 1, spec.columns.length).setFontWeight("bold");
  sheet.setFrozenRows(1);
  const dataRows = sheet.getMaxRows() - 1;
  for (const c of spec.dates ?? []) sheet.getRange(2, columns[c] + 1, dataRows, 1).setNumberFormat(DATE_FORMAT);
  for (const c of spec.texts ?? []) sheet.getRange(2, columns[c] + 1, dataRows, 1).setNumberFormat(TEXT_FORMAT);
  return { sheet, headerRow: 0, columns, values: rows };
}

function rowFor(spec: SheetSpec, columns: Record<string, number | undefined>, seed: readonly Cell[]): Cell[] {
  const row: Cell[] = [];
  spec.columns.forEach((c, i) => {
    const at = columns[c];
    if (at !== undefined && i < seed.length) row[at] = seed[i];
  });
  return Array.from(row, (v) => v ?? "");
}

/** Writes rows under the last row of the table. */
function appendRows(t: Found, rows: Cell[][]): void {
  if (!rows.length) return;
  const block = makeBlock(rows);
  const first = t.values.length + 1;
  ensureSize(t.sheet, first + rows.length - 1, block.values[0].length);
  writeBlock(t.sheet, first, 1, block);
  t.values.push(...block.values);
}

function addMissingSettings(t: Found, report: Report): void {
  const paramCol = t.columns[H.param]!;
  const present = new Set(t.values.slice(t.headerRow + 1).map((r) => foldText(r[paramCol])));
  const missing = SETTINGS_ROWS.filter(([p]) => !present.has(foldText(p)));
  if (!missing.length) return;
  const spec = SPECS[0];
  appendRows(
    t,
    missing.map((r) => rowFor(spec, t.columns, r)),
  );
  report.settings += missing.length;
}

/** `Chấm điểm` needs one column per `Mã TC` of `Tiêu chí` (SPEC §2). */
function addCriterionColumns(criteria: Found, scores: Found, report: Report): void {
  const codeCol = criteria.columns[H.criterionCode]!;
  const codes = criteria.values
    .slice(criteria.headerRow + 1)
    .map((r) => String(r[codeCol] ?? "").trim())
    .filter(Boolean);
  const header = (scores.values[scores.headerRow] ?? []).map(foldText);
  const columns: Record<string, number | undefined> = {};
  for (const c of codes) columns[c] ??= header.indexOf(foldText(c)) >= 0 ? header.indexOf(foldText(c)) : undefined;
  report.columns += appendMissingHeaders({ ...scores, columns }, Object.keys(columns));
}

export type ListSources = [string, GoogleAppsScript.Spreadsheet.Range | undefined][];

/** The open-ended list ranges the log dropdowns follow: cadre names, unit names, activities. */
export function logListSources(lookup: (name: string) => Found | undefined): ListSources {
  const listRange = (name: string, header: string) => {
    const t = lookup(name);
    const c = t?.columns[header];
    if (!t || c === undefined) return undefined;
    const letter = columnLetter(c + 1);
    return t.sheet.getRange(`${letter}${t.headerRow + 2}:${letter}`);
  };
  return [
    [H.cadre, listRange(SHEET.roster, H.fullName)],
    [H.unit, listRange(SHEET.units, H.unitName)],
    [H.activity, listRange(SHEET.activities, H.activity)],
  ];
}

/** Dropdowns of one log tab, where its columns have none yet. */
export function addLogDropdowns(t: Found, sources: ListSources): void {
  for (const [header, source] of sources) {
    const c = t.columns[header];
    if (source && c !== undefined)
      setRuleIfNone(t, c, SpreadsheetApp.newDataValidation().requireValueInRange(source, true));
  }
}

/** Dropdowns that warn but allow other values; a column that already has a rule is left as it is. */
function addDropdowns(book: GoogleAppsScript.Spreadsheet.Spreadsheet, found: Map<string, Found>): void {
  const sources = logListSources((name) => found.get(name));
  for (const sheet of book.getSheets()) {
    const name = sheet.getName();
    if (!isLogTabName(name) || isSnapshotTabName(name)) continue;
    const t = found.get(sheet.getName()) ?? findTable(sheet, COLUMNS.log, REQUIRED.log);
    if (t) addLogDropdowns(t, sources);
  }
  const settings = found.get(SHEET.settings);
  if (settings) {
    const pc = settings.columns[H.param]!;
    const vc = settings.columns[H.value]!;
    settings.values.forEach((r, i) => {
      const choices = i > settings.headerRow ? SETTINGS_CHOICES[String(r[pc])] : undefined;
      if (choices)
        setRuleIfNone(
          settings,
          vc,
          SpreadsheetApp.newDataValidation().requireValueInList([...choices], true),
          i + 1,
          1,
        );
    });
  }
  const scores = found.get(SHEET.scores);
  const fc = scores?.columns[H.finalLevel];
  if (scores && fc !== undefined) {
    const levels = [LEVEL.top, LEVEL.good, LEVEL.pass, LEVEL.fail].map((l) => l.code);
    setRuleIfNone(scores, fc, SpreadsheetApp.newDataValidation().requireValueInList(levels, true));
  }
}

export function findTable(sheet: Sheet, wanted: readonly string[], required: readonly string[]): Found | undefined {
  const values = sheet.getDataRange().getValues() as Cell[][];
  const m = matchHeaders(values, wanted, required);
  return m.ok ? { sheet, headerRow: m.headerRow, columns: m.columns, values } : undefined;
}

export function setRuleIfNone(
  t: Found,
  col: number,
  builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  row = t.headerRow + 2,
  rows = t.sheet.getMaxRows() - t.headerRow - 1,
): void {
  if (rows < 1) return;
  const range = t.sheet.getRange(row, col + 1, rows, 1);
  if (range.getDataValidation()) return;
  range.setDataValidation(builder.setAllowInvalid(true).build());
}
