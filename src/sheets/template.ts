// The table library behind `Tạo bảng mẫu`, `Phân quyền` and `Tổng hợp từ file khác`: new tables laid
// out from their schema (bold frozen header, column formats and widths), missing template columns,
// and dropdowns that follow the lists. Every function plans its writes; none writes by itself.
import { cellString, readDate, type Cell, type Day, type ZoneDay } from "../domain";
import {
  CURRENT_LISTS,
  ROSTER,
  templateKeys,
  UNITS,
  wrapsResult,
  type Field,
  type ListSource,
  type Schema,
} from "../schema";
import { columnLetter } from "./a1";
import { planHiddenSheet } from "./hidden-sheet";
import { ensureColumns, planAppendHeaders, tryReadTable, type Table } from "./table";
import { ensureSize, makeBlock, setWidths, writeBlock } from "./write";
import type { WritePlan } from "./write-plan";
import { findSheet, freezeRows, insertSheet, rowsOf, sizeOf } from "./book-sheets";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where a table sits once the plan has run: enough to point a dropdown at it or into it. */
export type Placed = { name: string; headerRow: number; columns: Readonly<Record<string, number | undefined>> };

/** The template columns of a schema, with `dynamic` headers right after its `dynamicAfter` field. */
function templateColumns(schema: Schema, dynamic: readonly string[] = []): { key?: string; field: Field }[] {
  const out: { key?: string; field: Field }[] = [];
  for (const key of templateKeys(schema)) {
    out.push({ key, field: schema.fields[key] });
    if (key === schema.dynamicAfter) for (const header of dynamic) out.push({ field: { header } });
  }
  return out;
}

/**
 * Plans a new table on the sheet `name` (created unless `sheet` is given): header row, bold and
 * frozen, the seed rows under it, each column's number format and width from the schema.
 */
export function planNewTable(
  plan: WritePlan,
  book: Book,
  name: string,
  schema: Schema,
  opts: { sheet?: Sheet; seed?: readonly (readonly Cell[])[]; dynamic?: readonly string[] } = {},
): Placed {
  const cols = templateColumns(schema, opts.dynamic);
  const columns: Record<string, number> = {};
  cols.forEach((c, i) => {
    if (c.key) columns[c.key] = i;
  });
  const rows: Cell[][] = [cols.map((c) => c.field.header), ...(opts.seed ?? []).map((r) => [...r])];
  const created = opts.sheet ? 0 : plan.cells.created(name);
  plan.add({
    sheet: name,
    addsCells: created + plan.cells.grown(name, opts.sheet ?? null, rows.length, cols.length),
    write: () => {
      const sheet = opts.sheet ?? insertSheet(book, name);
      ensureSize(sheet, rows.length, cols.length);
      const block = makeBlock(rows);
      block.weights = block.values.map((_, i) => Array(block.values[0].length).fill(i === 0 ? "bold" : "normal"));
      writeBlock(sheet, 1, 1, block);
      freezeRows(sheet, 1);
      const dataRows = rowsOf(sheet) - 1;
      cols.forEach((c, i) => {
        if (c.field.format && dataRows > 0) sheet.getRange(2, i + 1, dataRows, 1).setNumberFormat(c.field.format);
        if (wrapsResult(c.field) && dataRows > 0) sheet.getRange(2, i + 1, dataRows, 1).setWrap(true);
      });
      setWidths(
        sheet,
        cols.map((c) => c.field.width),
      );
    },
  });
  return { name, headerRow: 0, columns };
}

/** Plans the template columns an existing table lacks, right of its widest row; returns how many. */
export function planTemplateColumns<K extends string>(plan: WritePlan, t: Table<K>): number {
  const missing = templateKeys(t.schema).filter((k) => t.columns[k] === undefined);
  ensureColumns(plan, t, missing);
  return missing.length;
}

/** Plans rows written under the last row of a table. */
export function planAppendRows(plan: WritePlan, t: Table<string>, rows: Cell[][]): void {
  if (!rows.length) return;
  const block = makeBlock(rows);
  const first = t.values.length + 1;
  const { sheet } = t;
  sizeOf(sheet);
  t.values.push(...block.values);
  plan.add({
    sheet: t.name,
    areas: [{ row: first, col: 1, rows: rows.length, cols: block.values[0].length }],
    addsCells: plan.cells.grown(t.name, sheet, first + rows.length - 1, block.values[0].length),
    write: () => {
      ensureSize(sheet, first + rows.length - 1, block.values[0].length);
      writeBlock(sheet, first, 1, block);
    },
  });
}

/** A seed or settings row laid out in the table's own column order (template order in `row`). */
export function rowInColumns(schema: Schema, columns: Placed["columns"], row: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  templateKeys(schema).forEach((k, i) => {
    const at = columns[k];
    if (at !== undefined && i < row.length) out[at] = row[i];
  });
  return Array.from(out, (v) => v ?? "");
}

/** Plans extra headers (criterion codes) right of the widest row. */
export const planExtraHeaders = planAppendHeaders;

/** A list table placed in the book: each dropdown of another sheet follows one of its columns. */
export type ListTables = ReadonlyMap<string, Placed>;

const builder = () => SpreadsheetApp.newDataValidation();

/** The day and zone against which a list leaves out ended units and cadres whose `Áp dụng đến` has passed. */
export type ListFilter = { today: Day; zoneDay: ZoneDay };

/**
 * Sheets keeps a list of values in the rule itself, at most this many; past it the dropdown follows a
 * column: the list's own while every name is current, else its column of `Danh sách chọn`.
 */
const MAX_LIST_VALUES = 500;

/** The distinct names of a list's rows, in order, without blanks. */
const namesOf = (rows: readonly { cells: Record<string, Cell> }[], field: string) =>
  [...new Set(rows.map((r) => cellString(r.cells[field])))].filter(Boolean);

/**
 * The names still current on `today` when the list has some that are not (SPEC §12): units after their
 * `Hoạt động đến`, cadres after their `Áp dụng đến`. Undefined when every name is current (the dropdown
 * then follows the column, so later rows join it).
 */
function currentNames(t: Placed, source: { sheet: string; field: string }, filter: ListFilter): string[] | undefined {
  const rows = (t as Partial<Table<string>>).rows;
  const end = source.sheet === UNITS.sheet ? "activeTo" : source.sheet === ROSTER.sheet ? "applyTo" : undefined;
  if (!rows || !end) return undefined;
  const ended = (c: Cell) => {
    const d = readDate(c, { zoneDay: filter.zoneDay });
    return d.kind === "day" && d.day < filter.today;
  };
  if (!rows.some((r) => ended(r.cells[end]))) return undefined;
  const kept = namesOf(
    rows.filter((r) => !ended(r.cells[end])),
    source.field,
  );
  return kept.length ? kept : undefined;
}

/** The lists that can have names no longer current, in the order of the columns of `Danh sách chọn`. */
const CURRENT_SOURCES: readonly { sheet: string; field: string }[] = [
  { sheet: UNITS.sheet, field: "unitName" },
  { sheet: ROSTER.sheet, field: "fullName" },
];
/** The column of `Danh sách chọn` of a list (0: none). */
const currentColumn = (sheet: string) => CURRENT_SOURCES.findIndex((s) => s.sheet === sheet) + 1;

/**
 * Plans `Danh sách chọn` with the current names of each list that has more than a rule holds and some
 * names no longer current, before the dropdowns that follow it; written only when it changes (running
 * `Tạo bảng mẫu` twice changes nothing), and left as it is once no list needs it. `editorsOfNew`: who
 * may edit the sheet when this plan makes it (undefined: it is made unprotected), asked only then.
 */
export function planCurrentLists(
  plan: WritePlan,
  book: Book,
  lists: ListTables,
  filter: ListFilter,
  editorsOfNew?: () => string[] | undefined,
): void {
  const columns = CURRENT_SOURCES.map((source) => {
    const t = lists.get(source.sheet);
    const names = t && currentNames(t, source, filter);
    return names && names.length > MAX_LIST_VALUES ? names : [];
  });
  if (columns.every((c) => !c.length)) return;
  const rows: Cell[][] = Array.from({ length: Math.max(...columns.map((c) => c.length)) }, (_, i) =>
    columns.map((c) => c[i] ?? ""),
  );
  const sheet = findSheet(book, CURRENT_LISTS.sheet);
  const read = sheet ? tryReadTable(sheet, CURRENT_LISTS) : undefined;
  const now = read?.ok ? read.table.rows.map((r) => [cellString(r.cells.units), cellString(r.cells.cadres)]) : [];
  while (now.length && now[now.length - 1].every((x) => x === "")) now.pop();
  if (JSON.stringify(now) === JSON.stringify(rows)) return;
  planHiddenSheet(plan, book, CURRENT_LISTS, rows, sheet ? undefined : editorsOfNew?.());
}

/** The range of `Danh sách chọn` a list's dropdown follows (its column from the first name down). */
function currentRange(book: Book, sheet: string): GoogleAppsScript.Spreadsheet.Range | undefined {
  const col = currentColumn(sheet);
  const lists = findSheet(book, CURRENT_LISTS.sheet);
  if (!col || !lists) return undefined;
  const letter = columnLetter(col);
  return lists.getRange(`${letter}2:${letter}`);
}

/** The rule of a dropdown, built once the plan runs (its list sheet may be created by the same plan). */
function ruleFor(book: Book, source: ListSource, lists: ListTables, filter?: ListFilter) {
  if ("values" in source) return builder().requireValueInList([...source.values], true);
  const t = lists.get(source.sheet);
  const c = t?.columns[source.field];
  if (!t || c === undefined) return undefined;
  const current = filter ? currentNames(t, source, filter) : undefined;
  if (current && current.length <= MAX_LIST_VALUES) return builder().requireValueInList(current, true);
  const helper = current && currentRange(book, source.sheet);
  if (helper) return builder().requireValueInRange(helper, true);
  const sheet = findSheet(book, t.name);
  if (!sheet) return undefined;
  const letter = columnLetter(c + 1);
  return builder().requireValueInRange(sheet.getRange(`${letter}${t.headerRow + 2}:${letter}`), true);
}

/**
 * Plans the dropdowns of a table's columns that have none yet (they warn but allow other values).
 * `sheet` is the existing sheet, read now for the rules it already has; absent for a table this plan
 * creates. `skip` leaves some fields out (an office tab's cadre list is its own).
 */
export function planDropdowns(
  plan: WritePlan,
  book: Book,
  t: Placed & { schema: Schema },
  lists: ListTables,
  sheet: Sheet | undefined,
  skip: readonly string[] = [],
  filter?: ListFilter,
): void {
  for (const key of templateKeys(t.schema)) {
    const source = t.schema.fields[key].list;
    const c = t.columns[key];
    if (!source || c === undefined || skip.includes(key)) continue;
    if ("sheet" in source && !lists.has(source.sheet)) continue;
    const stale =
      "sheet" in source && filter ? (rule: DataValidation) => staleList(book, rule, source, lists, filter) : undefined;
    planRule(plan, book, t, c, sheet, () => ruleFor(book, source, lists, filter), undefined, stale);
  }
}

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Whether a column's rule is one of ours that no longer says what `ruleFor` would (SPEC §12: dropdowns
 * leave out ended units and cadres whose `Áp dụng đến` has passed): the whole list column while some
 * names have ended, or a list holding every name still current and some more, or fewer. A list missing
 * a current name is the user's own choice (an office's units only) and stays.
 */
function staleList(
  book: Book,
  rule: DataValidation,
  source: { sheet: string; field: string },
  lists: ListTables,
  filter: ListFilter,
): boolean {
  const t = lists.get(source.sheet);
  const c = t?.columns[source.field];
  if (!t || c === undefined) return false;
  const current = currentNames(t, source, filter);
  const type = String(rule.getCriteriaType());
  const values = rule.getCriteriaValues();
  if (type === String(SpreadsheetApp.DataValidationCriteria.VALUE_IN_RANGE)) {
    const range = values[0] as GoogleAppsScript.Spreadsheet.Range | undefined;
    if (!range) return false;
    // The whole list column while some names have ended; `Danh sách chọn` once a rule can hold the list.
    if (range.getGridId() === findSheet(book, t.name)?.getSheetId() && range.getColumn() === c + 1)
      return current !== undefined;
    const lists = findSheet(book, CURRENT_LISTS.sheet);
    const helper =
      lists && range.getGridId() === lists.getSheetId() && range.getColumn() === currentColumn(source.sheet);
    // Its range was made as long as the list then was: a longer list needs a longer one.
    return (
      !!helper && (current === undefined || current.length <= MAX_LIST_VALUES || range.getNumRows() < current.length)
    );
  }
  if (type !== String(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST)) return false;
  const listed = new Set((values[0] as unknown[] | undefined)?.map(String) ?? []);
  const rows = (t as Partial<Table<string>>).rows ?? [];
  const now = current ?? namesOf(rows, source.field);
  if (!now.length || !now.every((n) => listed.has(n))) return false;
  return current === undefined || listed.size !== current.length || current.length > MAX_LIST_VALUES;
}

/** Plans one column's rule, or one cell's (`row`), unless a rule is there already that is not `stale`. */
export function planRule(
  plan: WritePlan,
  book: Book,
  t: Placed,
  col: number,
  sheet: Sheet | undefined,
  rule: () => GoogleAppsScript.Spreadsheet.DataValidationBuilder | undefined,
  row?: number,
  stale?: (existing: DataValidation) => boolean,
): void {
  const first = row ?? t.headerRow + 2;
  if (sheet) {
    const rows = row !== undefined ? 1 : rowsOf(sheet) - t.headerRow - 1;
    if (rows < 1) return;
    const existing = sheet.getRange(first, col + 1, rows, 1).getDataValidation();
    if (existing && !stale?.(existing)) return;
  }
  plan.add({
    sheet: t.name,
    // A column's rule reaches the last row of the sheet.
    areas: [{ row: first, col: col + 1, rows: row !== undefined ? 1 : Number.MAX_SAFE_INTEGER, cols: 1 }],
    write: () => {
      const target = sheet ?? findSheet(book, t.name)!;
      const rows = row !== undefined ? 1 : rowsOf(target) - t.headerRow - 1;
      const r = rule();
      if (r && rows > 0) target.getRange(first, col + 1, rows, 1).setDataValidation(r.setAllowInvalid(true).build());
    },
  });
}
