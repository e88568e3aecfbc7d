// `Kiểm tra nhật ký` (SPEC §3): every non-blank row of every log tab gets a status and its findings;
// rows without an error become the visits that progress counts.
import { emailMismatch } from "./form-responses";
import { LOG_INPUT_KEYS } from "../schema/sheets";
import { CHECK_STATUS, H, HISTORY_TEXT, LOG_TEXT } from "../text";
import { cellDisplay, cellString, isBlankCell, memoZoneDay, readDay } from "./cells";
import { error, warning } from "./codes";
import { exactDuplicates, type LoggedSpan } from "./credit";
import { formatDay, formatRange, overlapDays } from "./dates";
import { exactKey, makeMatcher, type Entity, type Matcher, type MatchResult } from "./match";
import type { Cadre } from "./roster";
import type { Settings } from "./settings";
import { buildSuccession, inOperationOn, type Succession } from "./succession";
import type { Cell, Day, Finding, RowRef, ZoneDay } from "./types";
import type { Unit } from "./units";
import { dateFinding, readVisit, type VisitCtx, type VisitRead } from "./visit";

export interface LogCells {
  dateFrom: Cell;
  dateTo: Cell;
  cadre: Cell;
  unit: Cell;
  activity: Cell;
  days: Cell;
  content: Cell;
  reportDate: Cell;
}
export type LogField = keyof LogCells;

export interface LogRowInput {
  /** 1-based sheet row. */
  row: number;
  cells: Partial<LogCells>;
  /** The verified email of whoever sent the row through the phone form (SPEC §16). */
  respondent?: string;
}

export interface LogTab {
  name: string;
  rows: readonly LogRowInput[];
  /** Fields whose column exists on this tab (default: all); checks of an absent optional column are skipped. */
  columns?: readonly LogField[];
}

export type CheckStatus = (typeof CHECK_STATUS)[keyof typeof CHECK_STATUS];

export interface RowResult extends RowRef {
  status: CheckStatus;
  /** `Chi tiết kiểm tra`: messages joined by "; ". */
  detail: string;
  findings: Finding[];
}

/** A counted log row. */
export interface Visit extends RowRef {
  cadre: string;
  unit: string;
  from: Day;
  to: Day;
  credit: number;
  /** `Hình thức` as written (part of a locked period's fingerprint, §15). */
  activity: string;
}

export interface CheckCounts {
  checked: number;
  ok: number;
  warning: number;
  error: number;
  firstError?: RowRef;
}

export interface CheckLogInput {
  tabs: readonly LogTab[];
  cadres: readonly Cadre[];
  units: readonly Unit[];
  /** `Danh mục`; when empty, `Hình thức` is not checked. */
  activities?: readonly string[];
  settings: Settings;
  zoneDay: ZoneDay;
  /** Report only these rows; duplicates and overlaps are still found against all rows. */
  only?: (tab: string, row: number) => boolean;
  /** The year of a `d/m` text date (default `Năm`); null: such a date has none (a formula over a log without one). */
  textYear?: number | null;
}

export interface CheckLogResult {
  rows: RowResult[];
  visits: Visit[];
  counts: CheckCounts;
}

/**
 * One row's evaluation. It is also the row's `Visit` (when it has no error) and its `RowResult`: one
 * object per row instead of three (a 100,000-row log spends a good part of its check collecting garbage).
 */
interface RowEval extends RowRef {
  seq: number;
  findings: Finding[];
  hasError: boolean;
  /** The cadre found, and its code ("" when none). */
  who?: Cadre;
  cadre: string;
  /** `Mã ĐV` of the unit found ("" when none). */
  unit: string;
  from?: Day;
  to?: Day;
  credit?: number;
  activity: string;
  status: CheckStatus;
  detail: string;
}

/** A row without an error: what duplicates and overlaps are judged on. */
type Counted = RowEval & LoggedSpan;

const LOG_FIELD_LIST: readonly LogField[] = LOG_INPUT_KEYS;

/** The engine's view of a log table read by its schema: its rows and which input columns it has. */
export function logTabOf(
  name: string,
  table: { rows: readonly LogRowInput[]; columns: Partial<Record<LogField, number>> },
): LogTab {
  return { name, rows: table.rows, columns: LOG_FIELD_LIST.filter((f) => table.columns[f] !== undefined) };
}

export function isBlankLogRow(cells: Partial<LogCells>): boolean {
  for (let k = 0; k < LOG_FIELD_LIST.length; k++) if (!isBlankCell(cells[LOG_FIELD_LIST[k]])) return false;
  return true;
}

const label = (e: Entity) => `${e.name} (${e.code})`;

export function checkLog(input: CheckLogInput): CheckLogResult {
  const s = input.settings;
  const year = input.textYear === null ? undefined : (input.textYear ?? s.year);
  const ctx: VisitCtx = { zoneDay: memoZoneDay(input.zoneDay), year, allowHalf: s.allowHalf, texts: new Map() };
  const cadres = makeMatcher(input.cadres, "cadre");
  const units = makeMatcher(input.units, "unit");
  const succession = buildSuccession(input.units).succession;
  const activities = input.activities?.length
    ? makeMatcher(
        input.activities.map((name) => ({ code: "", name })),
        "plain",
      )
    : undefined;

  const evals: RowEval[] = [];
  const rowCtx: RowCtx = {
    s,
    ctx,
    succession,
    activities,
    texts: new Map(),
    nameFindings: new Map(),
    scratch: [],
    visit: { findings: [], from: undefined, to: undefined, credit: undefined },
  };
  const concerned = input.only ? cadresOf(input.tabs, input.only, cadres) : undefined;
  for (const tab of input.tabs) {
    const has = optionalColumns(tab);
    const tabRows = inRowOrder(tab.rows);
    // A column at a time, each in a pass of its own: the matcher's memo of that column stays in the
    // processor's cache (a 100,000-row check about 9% faster than looking up both in each row).
    // Reporting a few rows (onEdit), the units are looked up only for the rows evaluated.
    const who = resolveColumn(tabRows, "cadre", cadres);
    const where = concerned ? undefined : resolveColumn(tabRows, "unit", units);
    for (let k = 0; k < tabRows.length; k++) {
      const r = tabRows[k];
      if (isBlankLogRow(r.cells)) continue;
      // Reporting a few rows (onEdit): the others matter only as duplicates or overlaps of the same
      // cadre, so rows of other cadres are not evaluated at all.
      if (concerned && !input.only!(tab.name, r.row) && !concerned.has(matchedItem(who[k]))) continue;
      const unit = where ? where[k] : units.resolve(r.cells.unit);
      evals.push(evaluateRow(r, tab.name, evals.length, has, rowCtx, who[k], unit));
    }
  }
  markDuplicatesAndOverlaps(evals);

  const rows: RowResult[] = [];
  const counts: CheckCounts = { checked: 0, ok: 0, warning: 0, error: 0 };
  const visits: Visit[] = [];
  for (let k = 0; k < evals.length; k++) {
    const e = evals[k];
    if (!e.hasError) visits.push(e as Visit);
    if (input.only && !input.only(e.tab, e.row)) continue;
    const findings =
      e.hasError && e.findings.length > 1
        ? [...e.findings.filter((f) => f.severity === "error"), ...e.findings.filter((f) => f.severity === "warning")]
        : e.findings;
    const status = e.hasError ? CHECK_STATUS.error : findings.length ? CHECK_STATUS.warning : CHECK_STATUS.ok;
    e.status = status;
    e.detail = joinMessages(findings);
    e.findings = findings;
    rows.push(e);
    counts.checked++;
    if (e.hasError) {
      counts.error++;
      counts.firstError ??= { tab: e.tab, row: e.row };
    } else if (findings.length) counts.warning++;
    else counts.ok++;
  }
  return { rows, visits, counts };
}

/** `Chi tiết kiểm tra`: the messages joined by "; " (most rows have none). */
function joinMessages(findings: readonly Finding[]): string {
  return findings.length === 0
    ? ""
    : findings.length === 1
      ? findings[0].message
      : findings.map((f) => f.message).join("; ");
}

function matchedItem<T>(m: MatchResult<T>): T | undefined {
  return m.kind === "exact" || m.kind === "loose" ? m.item : undefined;
}

/** The cadres the reported rows name. */
function cadresOf(
  tabs: readonly LogTab[],
  only: (tab: string, row: number) => boolean,
  cadres: Matcher<Cadre>,
): Set<Cadre | undefined> {
  const out = new Set<Cadre | undefined>();
  for (const tab of tabs) {
    for (const r of tab.rows) {
      if (!only(tab.name, r.row)) continue;
      const c = matchedItem(cadres.resolve(r.cells.cadre));
      if (c) out.add(c);
    }
  }
  return out;
}

function inRowOrder(rows: readonly LogRowInput[]): readonly LogRowInput[] {
  for (let i = 1; i < rows.length; i++)
    if (rows[i].row < rows[i - 1].row) return [...rows].sort((a, b) => a.row - b.row);
  return rows;
}

interface RowCtx {
  s: Settings;
  ctx: VisitCtx;
  succession: Succession<Unit>;
  activities?: Matcher<Entity>;
  /** cellString of each distinct cell text (a 100,000-row log repeats a few hundred). */
  texts: Map<Cell, string>;
  /** The finding of each looked-up name that is not an exact match, built once per distinct text. */
  nameFindings: Map<MatchResult<Entity>, Finding>;
  /** The findings of the row being evaluated. */
  scratch: Finding[];
  /** The dates and credit of the row being evaluated. */
  visit: VisitRead;
}

/** The findings of a row that has none (most rows): shared, results included, so never changed (`addFinding`, `addRowWarnings`). */
const NO_FINDINGS = Object.freeze([]) as unknown as Finding[];

function addFinding(e: RowEval, f: Finding): void {
  if (e.findings === NO_FINDINGS) e.findings = [f];
  else e.findings.push(f);
}

function textOf(c: Cell, memo: Map<Cell, string>): string {
  if (typeof c !== "string") return cellString(c);
  let t = memo.get(c);
  if (t === undefined) memo.set(c, (t = cellString(c)));
  return t;
}

/** Which optional checks a tab's columns allow. */
interface TabColumns {
  reportDate: boolean;
  activity: boolean;
  content: boolean;
}

function optionalColumns(tab: LogTab): TabColumns {
  const has = new Set<LogField>(tab.columns ?? LOG_FIELD_LIST);
  return { reportDate: has.has("reportDate"), activity: has.has("activity"), content: has.has("content") };
}

/** What `m` finds for the `field` cell of each row. */
function resolveColumn<T>(rows: readonly LogRowInput[], field: "cadre" | "unit", m: Matcher<T>): MatchResult<T>[] {
  const out = new Array<MatchResult<T>>(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = m.resolve(rows[k].cells[field]);
  return out;
}

/** One row's evaluation, its cadre and unit looked up already. */
function evaluateRow(
  r: LogRowInput,
  tab: string,
  seq: number,
  has: TabColumns,
  c: RowCtx,
  who: MatchResult<Cadre>,
  where: MatchResult<Unit>,
): RowEval {
  const cells = r.cells;
  const findings = c.scratch;
  if (findings.length) findings.length = 0;
  const visit = readVisit(cells, c.ctx, findings, c.visit);

  const cadre = resolved(who, cells.cadre, findings, CADRE_TEXTS, c.nameFindings);
  const mismatch = cadre && r.respondent ? emailMismatch(r.respondent, cadre.emails) : null;
  if (mismatch) findings.push(mismatch);
  const unit = resolved(
    byDate(where, cells.unit, visit.from, c.succession),
    cells.unit,
    findings,
    UNIT_TEXTS,
    c.nameFindings,
  );
  if (unit?.activeTo !== undefined && visit.from !== undefined)
    historyFindings(unit, visit.from, visit.to, c.succession, findings);

  if (has.reportDate) reportFindings(cells.reportDate, visit.to, c, findings);
  if (has.activity && c.activities) {
    const m = c.activities.resolve(cells.activity);
    if (m.kind === "blank") findings.push(warning("ACTIVITY_MISSING", LOG_TEXT.activityMissing()));
    else if (m.kind === "unknown" || m.kind === "ambiguous") {
      const names = (m.kind === "unknown" ? m.suggestions : m.items).map((a) => a.name);
      findings.push(warning("ACTIVITY_UNKNOWN", LOG_TEXT.activityUnknown(cellDisplay(cells.activity), names)));
    }
  }
  if (has.content && isBlankCell(cells.content)) findings.push(warning("CONTENT_MISSING", LOG_TEXT.contentMissing()));
  if (visit.from !== undefined && visit.to !== undefined) windowFindings(visit.from, visit.to, cadre, c.s, findings);

  const hasError = findings.some((f) => f.severity === "error");
  return {
    tab,
    row: r.row,
    seq,
    findings: findings.length ? findings.slice() : NO_FINDINGS,
    hasError,
    who: cadre,
    cadre: cadre ? cadre.code : "",
    unit: unit ? unit.code : "",
    from: visit.from,
    to: visit.to,
    credit: hasError ? undefined : visit.credit,
    activity: textOf(cells.activity, c.texts),
    status: CHECK_STATUS.ok,
    detail: "",
  };
}

export interface MatchTexts {
  missing: () => Finding;
  unknown: (text: string, suggestions: string[]) => Finding;
  ambiguous: (text: string, candidates: string[]) => Finding;
  loose: (text: string, readAs: string) => Finding;
}

export const CADRE_TEXTS: MatchTexts = {
  missing: () => error("CADRE_MISSING", LOG_TEXT.cadreMissing()),
  unknown: (text, sugg) => error("CADRE_UNKNOWN", LOG_TEXT.cadreUnknown(text, sugg)),
  ambiguous: (text, list) => error("CADRE_AMBIGUOUS", LOG_TEXT.cadreAmbiguous(text, list)),
  loose: (text, as) => warning("CADRE_LOOSE", LOG_TEXT.cadreLoose(text, as)),
};

export const UNIT_TEXTS: MatchTexts = {
  missing: () => error("UNIT_MISSING", LOG_TEXT.unitMissing()),
  unknown: (text, sugg) => error("UNIT_UNKNOWN", LOG_TEXT.unitUnknown(text, sugg)),
  ambiguous: (text, list) => error("UNIT_AMBIGUOUS", LOG_TEXT.unitAmbiguous(text, list)),
  loose: (text, as) => warning("UNIT_LOOSE", LOG_TEXT.unitLoose(text, as)),
};

/**
 * The cadre or unit a lookup found, pushing its finding when it is not an exact match. With `memo`, a
 * finding is built once per lookup result: a matcher returns the same result for the same text.
 */
export function resolved<T extends Entity>(
  m: MatchResult<T>,
  cell: Cell,
  findings: Finding[],
  t: MatchTexts,
  memo?: Map<MatchResult<Entity>, Finding>,
): T | undefined {
  if (m.kind === "exact") return m.item;
  const known = memo?.get(m);
  if (known) {
    findings.push(known);
    return m.kind === "loose" ? m.item : undefined;
  }
  const before = findings.length;
  const item = describe(m, cell, findings, t);
  if (memo && typeof cell === "string" && findings.length === before + 1) memo.set(m, findings[before]);
  return item;
}

function describe<T extends Entity>(m: MatchResult<T>, cell: Cell, findings: Finding[], t: MatchTexts): T | undefined {
  switch (m.kind) {
    case "blank":
      findings.push(t.missing());
      return undefined;
    case "unknown":
      findings.push(t.unknown(cellDisplay(cell), m.suggestions.map(label)));
      return undefined;
    case "ambiguous":
      findings.push(t.ambiguous(cellDisplay(cell), m.items.map(label)));
      return undefined;
    case "loose":
      findings.push(t.loose(cellDisplay(cell), label(m.item)));
      return m.item;
    case "exact":
      return m.item;
  }
}

/** A name shared by an old and a new unit means the one in operation on `Ngày đi` (SPEC §12). */
export function byDate(
  m: MatchResult<Unit>,
  cell: Cell,
  from: Day | undefined,
  succession: Succession<Unit>,
): MatchResult<Unit> {
  if (m.kind !== "ambiguous" || from === undefined) return m;
  const left = inOperationOn(m.items, from, succession);
  if (left.length !== 1) return { kind: "ambiguous", items: left };
  const exact = exactKey(left[0].name, "unit") === exactKey(cell, "unit");
  return { kind: exact ? "exact" : "loose", item: left[0] };
}

/** A visit after the unit's last day is an error naming its successor; one running past it is a warning. */
export function historyFindings(
  unit: Unit,
  from: Day,
  to: Day | undefined,
  succession: Succession<Unit>,
  findings: Finding[],
): void {
  const last = unit.activeTo!;
  if (from > last) {
    const next = succession.next(unit);
    const since = formatDay(last + 1);
    findings.push(
      next
        ? error("UNIT_MERGED", HISTORY_TEXT.merged(next.name, next.code, since))
        : error("UNIT_DISSOLVED", HISTORY_TEXT.dissolved(since)),
    );
  } else if (to !== undefined && to > last) {
    findings.push(warning("UNIT_ENDS_DURING", HISTORY_TEXT.runsPastEnd(label(unit), formatDay(last))));
  }
}

function reportFindings(cell: Cell, to: Day | undefined, c: RowCtx, findings: Finding[]): void {
  const day = readDay(cell, c.ctx);
  if (typeof day !== "number") {
    const bad = dateFinding(day, H.reportDate, cell, c.ctx);
    if (bad) findings.push(bad);
    return;
  }
  if (to === undefined) return;
  if (day < to) findings.push(warning("REPORT_EARLY", LOG_TEXT.reportEarly(formatDay(day), formatDay(to))));
  else if (c.s.reportDeadline > 0 && day > to + c.s.reportDeadline) {
    findings.push(
      warning(
        "REPORT_LATE",
        LOG_TEXT.reportLate(formatDay(day), formatDay(to + c.s.reportDeadline), c.s.reportDeadline),
      ),
    );
  }
}

/** Days of the visit that will not be counted: outside the window, after the as-of date, outside the cadre's own window. */
function windowFindings(from: Day, to: Day, cadre: Cadre | undefined, s: Settings, findings: Finding[]): void {
  const span = to - from + 1;
  const inWindow = overlapDays(from, to, s.from, s.to);
  if (inWindow === 0) {
    findings.push(warning("OUTSIDE_WINDOW", LOG_TEXT.outsideWindowAll(formatRange(s.from, s.to))));
    return;
  }
  if (inWindow < span)
    findings.push(warning("OUTSIDE_WINDOW", LOG_TEXT.outsideWindow(span - inWindow, formatRange(s.from, s.to))));
  const after = overlapDays(from, to, Math.max(s.from, s.asOf + 1), s.to);
  if (after > 0) findings.push(warning("AFTER_AS_OF", LOG_TEXT.afterAsOf(after, formatDay(s.asOf))));
  if (cadre && (cadre.applyFrom !== undefined || cadre.applyTo !== undefined)) {
    const a = Math.max(s.from, cadre.applyFrom ?? s.from);
    const b = Math.min(s.to, cadre.applyTo ?? s.to);
    const outside = inWindow - overlapDays(from, to, a, b);
    if (outside > 0) {
      findings.push(
        warning("OUTSIDE_CADRE_WINDOW", LOG_TEXT.outsideCadreWindow(outside, `${formatDay(a)} đến ${formatDay(b)}`)),
      );
    }
  }
}

const otherTab = (e: RowEval, other: RowEval) => (other.tab !== e.tab ? other.tab : undefined);

/** Per cadre: exact duplicates become errors, then overlaps among the rest become warnings. */
function markDuplicatesAndOverlaps(evals: RowEval[]): void {
  const byCadre = new Map<Cadre, Counted[]>();
  for (let k = 0; k < evals.length; k++) {
    const e = evals[k];
    if (e.hasError) continue;
    const list = byCadre.get(e.who!);
    if (list) list.push(e as Counted);
    else byCadre.set(e.who!, [e as Counted]);
  }
  for (const list of byCadre.values()) {
    if (list.length < 2) continue;
    const { kept, duplicateOf } = exactDuplicates(list);
    for (const [dup, first] of duplicateOf) {
      addFinding(
        dup,
        error("DUPLICATE", LOG_TEXT.duplicate(first.row, otherTab(dup, first)), { tab: first.tab, row: first.row }),
      );
      dup.hasError = true;
    }
    markOverlaps(kept);
  }
}

/** Sweep in order of `Ngày đi`: each overlapping visit names one other visit it overlaps, and its tab (SPEC §3). */
function markOverlaps(sorted: readonly Counted[]): void {
  const partner = new Map<Counted, Counted>();
  let reach: Counted | undefined; // the visit seen so far that ends last
  for (const v of sorted) {
    if (reach && v.from <= reach.to) {
      partner.set(v, reach);
      if (!partner.has(reach)) partner.set(reach, v);
    }
    if (!reach || v.to > reach.to) reach = v;
  }
  for (const [v, o] of partner) {
    const range = formatRange(Math.max(v.from, o.from), Math.min(v.to, o.to));
    addFinding(v, warning("OVERLAP", LOG_TEXT.overlap(o.row, o.tab, range), { tab: o.tab, row: o.row }));
  }
}
