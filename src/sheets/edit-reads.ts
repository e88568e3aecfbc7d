// What onEdit reads (issue 10, docs/quy-tac.md "Khi gõ vào nhật ký"): a row's check depends on the
// row itself and, across rows, only on the rows of the same cadre (duplicates, overlaps, plan matching,
// a locked period's fingerprint are all per cadre). So every log and plan tab gives its header and its
// `Mã CB` column, and whole rows only for the edited rows and the rows naming the cadres concerned.
import { isBlankCell, makeMatcher, type Cadre, type Cell } from "../domain";
import { LOG, PLAN, type LogField } from "../schema";
import { FORM_FINDING, SHEET_MSG } from "../text";
import type { BookConfig } from "./config";
import { UserError } from "./errors";
import { choiceCadreCell, isFormTabName } from "./forms/read-responses";
import { logSheets, type LogSheet } from "./log-tabs";
import { firstDataRow, readKeyColumn, readRowsOf, readTableHead, type TableHead } from "./narrow-read";
import { canEditSheet } from "./permissions";
import { isPlanTabName, type PlanSheet } from "./plan-tabs";
import { bookSheets } from "./book-sheets";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type PlanField = keyof typeof PLAN.fields;

/** Sheet rows first…last of one tab. */
export interface EditedRows {
  tab: string;
  first: number;
  last: number;
}

export interface NarrowRead<T> {
  tabs: T[];
  /** The cadres the edited rows name (as the engine resolves them), with those given. */
  concerned: Set<Cadre>;
}

interface Keyed<K extends string> {
  head: TableHead<K>;
  /** The cadre each data row names, index 0 = first data row. */
  cadreOf: (i: number) => Cadre | undefined;
  keys: Cell[];
}

/** The cadre a `Mã CB` cell names, once per distinct cell text of the whole read. */
function cadreFinder(find: (cell: Cell) => Cadre | undefined): (cell: Cell) => Cadre | undefined {
  const memo = new Map<Cell, Cadre | null>();
  return (cell) => {
    if (typeof cell !== "string" && typeof cell !== "number") return find(cell);
    let c = memo.get(cell);
    if (c === undefined) memo.set(cell, (c = find(cell) ?? null));
    return c ?? undefined;
  };
}

function keyed<K extends string>(head: TableHead<K>, cadreCell: (cell: Cell) => Cadre | undefined): Keyed<K> {
  const keys = readKeyColumn(head, "cadre" as K);
  return { head, cadreOf: (i) => cadreCell(keys[i]), keys };
}

/** Adds the cadres of the edited rows; returns the rows to read of each tab (the edited ones, the concerned cadres'). */
function selectRows<K extends string>(
  tabs: readonly Keyed<K>[],
  edited: EditedRows | undefined,
  concerned: Set<Cadre>,
): number[][] {
  const isEdited = (t: Keyed<K>) => !!edited && t.head.name === edited.tab;
  const editedRows = (t: Keyed<K>) => {
    const first = Math.max(edited!.first, firstDataRow(t.head));
    const last = Math.min(edited!.last, t.head.lastRow);
    return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  };
  for (const t of tabs) {
    if (!isEdited(t)) continue;
    for (const r of editedRows(t)) {
      const c = t.cadreOf(r - firstDataRow(t.head));
      if (c) concerned.add(c);
    }
  }
  return tabs.map((t) => {
    const rows = isEdited(t) ? editedRows(t) : [];
    if (concerned.size)
      for (let i = 0; i < t.keys.length; i++) {
        const c = t.cadreOf(i);
        if (c && concerned.has(c)) rows.push(i + firstDataRow(t.head));
      }
    return rows;
  });
}

/** Reads the selected rows of each tab; only the edited tab is asked whether the user may write it. */
function readSelected<K extends string>(tabs: readonly Keyed<K>[], rows: number[][], edited: EditedRows | undefined) {
  return tabs.map((t, i) => {
    readRowsOf(t.head, rows[i]);
    return { ...t.head, editable: t.head.name === edited?.tab && canEditSheet(t.head.sheet) };
  });
}

/**
 * The log tabs, in tab order, with the rows a check of `edited` needs (or, without `edited`, the rows
 * of `cadres`). A missing required header stops like readLogSheets; a response tab of the phone form
 * without one is left out with a warning in `skipped`. Only the edited tab is asked whether the user
 * may write it (onEdit writes nothing else).
 */
export function readLogFor(
  book: Book,
  config: BookConfig,
  want: { edited?: EditedRows; cadres?: ReadonlySet<Cadre> },
  skipped: string[] = [],
): NarrowRead<LogSheet> {
  const sheets = logSheets(book);
  if (!sheets.length) throw new UserError(SHEET_MSG.missingSheet(LOG.sheet));
  const matcher = makeMatcher(config.cadres, "cadre");
  const cell = choiceCadreCell(config);
  const heads = sheets.flatMap((s) => {
    const read = readTableHead<LogField>(s.sheet, LOG, s.name);
    if (read.ok) return [read.table as TableHead<LogField>];
    if (!isFormTabName(s.name)) throw new UserError(SHEET_MSG.missingHeaders(s.name, read.missing));
    skipped.push(FORM_FINDING.tabSkipped(s.name, read.missing));
    return [];
  });
  const find = cadreFinder((c) => matcher.find(cell(c)));
  const tabs = heads.map((h) => keyed(h, find));
  const concerned = new Set(want.cadres ?? []);
  const rows = selectRows(tabs, want.edited, concerned);
  return { concerned, tabs: readSelected(tabs, rows, want.edited) };
}

/**
 * The header of every plan tab; a missing required header stops, as it stops `Kiểm tra nhật ký` (which
 * reads the plan tabs even when the plan is not required).
 */
export function planHeads(book: Book): TableHead<PlanField>[] {
  return bookSheets(book)
    .list()
    .filter((s) => isPlanTabName(s.name))
    .map((s) => {
      const read = readTableHead<PlanField>(s.sheet, PLAN, s.name);
      if (!read.ok) throw new UserError(SHEET_MSG.missingHeaders(s.name, read.missing));
      return read.table as TableHead<PlanField>;
    });
}

/**
 * The plan tabs with the rows a comparison of `edited` (or of `cadres`) needs. Whether the plan is in
 * use at all (any non-blank plan row) must come out as from the whole plan: one row with a `Mã CB` is
 * kept as a witness, and a plan without any `Mã CB` is read whole.
 */
export function readPlanFor(
  book: Book,
  config: BookConfig,
  want: { edited?: EditedRows; cadres?: ReadonlySet<Cadre> },
): NarrowRead<PlanSheet> {
  const matcher = makeMatcher(config.cadres, "cadre");
  const heads = planHeads(book);
  const find = cadreFinder((c) => matcher.find(c));
  const tabs = heads.map((h) => keyed(h, find));
  const concerned = new Set(want.cadres ?? []);
  const rows = selectRows(tabs, want.edited, concerned);
  const witness = tabs.findIndex((t) => t.keys.some((k) => !isBlankCell(k)));
  if (witness >= 0) {
    const t = tabs[witness];
    rows[witness].push(firstDataRow(t.head) + t.keys.findIndex((k) => !isBlankCell(k)));
  } else {
    for (const [i, t] of tabs.entries()) for (let r = 0; r < t.keys.length; r++) rows[i].push(r + firstDataRow(t.head));
  }
  return { concerned, tabs: readSelected(tabs, rows, want.edited) };
}
