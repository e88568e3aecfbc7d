// Cores of the custom functions (SPEC §8), one cell at a time. Each answers a number or a level/status,
// or a Vietnamese reason when an input cannot be used. They call the same rules as the menu.
import { EXEMPTIONS, LOG, ROSTER, UNITS } from "../schema/sheets";
import { CHECK_STATUS, FORMULA_RULES_TEXT, FORMULA_TEXT, LEVEL } from "../text";
import {
  cellDisplay,
  cellString,
  isBlankCell,
  memoZoneDay,
  readDate,
  readDay,
  readNumber,
  type DateCtx,
} from "./cells";
import { checkLog, logTabOf, type CheckLogResult } from "./check-log";
import { dailyCredit, dailyCreditSplit, exactDuplicates, sumDays, type LoggedSpan } from "./credit";
import { dayFromYmd, yearEnd, yearOf, yearStart } from "./dates";
import { foldText } from "./fold";
import { readRows, type SchemaRow } from "./headers";
import type { Exemption } from "./exemptions";
import { exactKey, makeMatcher } from "./match";
import { asPercent, roundScore } from "./numbers";
import { assess, assessWithExemptions } from "./progress";
import { levelForPercent, percentOf } from "./rating";
import { parseRoster } from "./roster";
import { DEFAULT_THRESHOLDS, defaultSettings } from "./settings";
import type { Cell, Day, ZoneDay } from "./types";
import { buildSuccession, inOperationOn } from "./succession";
import { parseUnits } from "./units";
import { readVisit } from "./visit";

const W = FORMULA_TEXT.what;

/** DICOSO_SONGAY: credited days of one visit, or why it is not valid. */
export function creditedDays(
  dateFrom: Cell,
  dateTo: Cell,
  days: Cell,
  opts: { zoneDay: ZoneDay; allowHalf?: boolean; year?: number },
): number | string {
  const v = readVisit(
    { dateFrom, dateTo, days },
    { zoneDay: opts.zoneDay, year: opts.year, allowHalf: opts.allowHalf ?? true },
  );
  return v.credit !== undefined ? v.credit : v.findings.map((f) => f.message).join("; ");
}

/** A window wide enough that no visit falls outside it (custom functions have no `Cấu hình`). */
const OPEN_FROM = dayFromYmd(1900, 1, 1);
const OPEN_TO = dayFromYmd(2199, 12, 31);

type Read<T> = { ok: true; value: T } | { ok: false; text: string };

/**
 * The year a `d/m` date without one takes in DICOSO_TONGNGAY and DICOSO_KIEMTRA: the year most of the
 * log's full `Ngày đi` dates fall in (the latest on a tie). A custom function reads nothing but its
 * arguments (SPEC §8), so neither `Năm` nor today's year; undefined when no `Ngày đi` has a year.
 */
export function logYear(rows: readonly { cells: { dateFrom?: Cell } }[], zoneDay: ZoneDay): number | undefined {
  const ctx: DateCtx = { zoneDay, texts: new Map() };
  const count = new Map<number, number>();
  for (const { cells } of rows) {
    const r = readDay(cells.dateFrom, ctx);
    if (typeof r !== "number") continue;
    const y = yearOf(r);
    count.set(y, (count.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  let most = 0;
  for (const [y, n] of count) {
    if (n > most || (n === most && y > best!)) [best, most] = [y, n];
  }
  return best;
}

function dayArg(c: Cell, what: string, ctx: DateCtx): Read<Day | undefined> {
  const r = readDate(c, ctx);
  if (r.kind === "blank") return { ok: true, value: undefined };
  if (r.kind === "day") return { ok: true, value: r.day };
  return { ok: false, text: FORMULA_TEXT.notDate(what, r.text || cellDisplay(c, ctx.zoneDay)) };
}

function numberArg(c: Cell, what: string, fallback?: number): Read<number | undefined> {
  const r = readNumber(c);
  if (r.kind === "invalid") return { ok: false, text: FORMULA_TEXT.notNumber(what, r.text) };
  return { ok: true, value: r.kind === "number" ? r.value : fallback };
}

/** A window [from, to] from optional bounds; a missing bound is the year's edge (or `openEnd` for `to`). */
function windowArgs(
  from: Cell,
  to: Cell,
  ctx: DateCtx,
  openEnd: (from: Day | undefined) => Day,
): Read<{ from: Day; to: Day }> {
  const f = dayArg(from, W.from, ctx);
  if (!f.ok) return f;
  const t = dayArg(to, W.to, ctx);
  if (!t.ok) return t;
  const lo = f.value ?? (t.value !== undefined ? yearStart(yearOf(t.value)) : yearStart(ctx.year!));
  const hi = t.value ?? openEnd(f.value);
  if (hi < lo)
    return { ok: false, text: FORMULA_TEXT.windowOrder(cellDisplay(from, ctx.zoneDay), cellDisplay(to, ctx.zoneDay)) };
  if (hi - lo > 36600) return { ok: false, text: FORMULA_TEXT.windowTooLong() };
  return { ok: true, value: { from: lo, to: hi } };
}

/** DICOSO_TIENDO: `Đánh giá` of §4 for a final target and an applicable window (default: the year of asOf). */
export function assessProgress(
  days: Cell,
  target: Cell,
  asOf: Cell,
  from: Cell,
  to: Cell,
  opts: { zoneDay: ZoneDay; exemptions?: Cell[][] },
): string {
  const zoneDay = opts.zoneDay;
  if (isBlankCell(asOf)) return FORMULA_TEXT.missing(W.asOf);
  const a = dayArg(asOf, W.asOf, { zoneDay });
  if (!a.ok) return a.text;
  const year = yearOf(a.value!);
  const d = numberArg(days, W.days, 0);
  if (!d.ok) return d.text;
  if (d.value! < 0) return FORMULA_TEXT.daysNegative(cellDisplay(days));
  const t = numberArg(target, W.target);
  if (!t.ok) return t.text;
  if (t.value === undefined || !(t.value > 0)) return FORMULA_TEXT.targetPositive(cellDisplay(target));
  const w = windowArgs(from, to, { zoneDay, year }, (f) => yearEnd(f !== undefined ? yearOf(f) : year));
  if (!w.ok) return w.text;
  if (!opts.exemptions) return assess(d.value!, t.value, w.value.from, w.value.to, a.value!);
  const e = readExemptionRange(opts.exemptions, { zoneDay, year });
  if (!e.ok) return e.text;
  return assessWithExemptions(d.value!, t.value, w.value.from, w.value.to, a.value!, e.value).assessment;
}

/**
 * `tam_mien` of DICOSO_TIENDO: a cadre's rows of `Tạm miễn`. Columns `Từ ngày` / `Đến ngày` by header
 * when the range has one, else its first two columns; blank rows are skipped, a blank `Đến ngày` is open.
 */
export function readExemptionRange(range: Cell[][], ctx: DateCtx): Read<Exemption[]> {
  const table = readRows(range, EXEMPTIONS, { required: ["exemptFrom"] });
  const rows = table.ok
    ? table.rows.map((r) => ({ row: r.row, from: r.cells.exemptFrom, to: r.cells.exemptTo }))
    : range.map((r, i) => ({ row: i + 1, from: r[0], to: r[1] }));
  const out: Exemption[] = [];
  for (const r of rows) {
    const from = readDate(r.from, ctx);
    const to = readDate(r.to, ctx);
    if (from.kind === "blank" && to.kind === "blank") continue;
    for (const [reading, cell] of [
      [from, r.from],
      [to, r.to],
    ] as const) {
      if (reading.kind !== "day" && reading.kind !== "blank")
        return {
          ok: false,
          text: FORMULA_RULES_TEXT.exemptionDate(r.row, reading.text || cellDisplay(cell, ctx.zoneDay)),
        };
    }
    if (from.kind !== "day") return { ok: false, text: FORMULA_RULES_TEXT.exemptionDate(r.row, "") };
    if (to.kind === "day" && to.day < from.day) return { ok: false, text: FORMULA_RULES_TEXT.exemptionOrder(r.row) };
    out.push(to.kind === "day" ? { from: from.day, to: to.day, row: r.row } : { from: from.day, row: r.row });
  }
  return { ok: true, value: out };
}

/** DICOSO_XEPLOAI: level name for a score against thresholds (percent of `max`, default 100). */
export function levelFor(score: Cell, max?: Cell, top?: Cell, good?: Cell, pass?: Cell): string {
  if (isBlankCell(score)) return "";
  const s = numberArg(score, W.score);
  if (!s.ok) return s.text;
  const m = numberArg(max, W.max, 100);
  if (!m.ok) return m.text;
  if (!(m.value! > 0)) return FORMULA_TEXT.maxPositive(cellDisplay(max));
  const t: number[] = [];
  for (const [c, fallback] of [
    [top, DEFAULT_THRESHOLDS.top],
    [good, DEFAULT_THRESHOLDS.good],
    [pass, DEFAULT_THRESHOLDS.pass],
  ] as const) {
    const r = numberArg(c, W.threshold, fallback);
    if (!r.ok) return r.text;
    t.push(asPercent(r.value!));
  }
  if (!(t[0] <= 100 && t[0] > t[1] && t[1] > t[2] && t[2] >= 0)) return FORMULA_TEXT.thresholds();
  const value = roundScore(s.value!);
  if (value < 0 || value > m.value!) return FORMULA_TEXT.scoreRange(cellDisplay(score), cellDisplay(m.value!));
  return LEVEL[levelForPercent(percentOf(value, m.value!), { top: t[0], good: t[1], pass: t[2] })].name;
}

/**
 * DICOSO_TONGNGAY, prepared once per log range: counted days of a cadre (Mã CB or name as written in
 * the log). Rows marked `Lỗi`, rows with bad dates or days, and exact duplicates are left out; the
 * per-day cap of the menu applies. Window: `tu_ngay`–`den_ngay`; a blank bound is the other's year
 * edge; both blank, every counted day of the log. Nothing depends on today (SPEC §8: pure), so the
 * cell never goes stale; a `d/m` date takes the log's year (`logYear`).
 */
export function prepareLogTotals(
  log: Cell[][],
  opts: { zoneDay: ZoneDay; units?: Cell[][] },
): (cadre: Cell, from?: Cell, to?: Cell, level?: Cell) => number | string {
  const table = readRows(log, LOG, { required: ["dateFrom", "cadre"] });
  if (!table.ok) {
    const text = FORMULA_TEXT.logHeader(table.missing);
    return () => text;
  }
  const year = logYear(table.rows, opts.zoneDay);
  const ctx = { zoneDay: memoZoneDay(opts.zoneDay), year, allowHalf: true };
  const errorStatus = foldText(CHECK_STATUS.error);
  const unitTypes = opts.units ? unitTypeReader(opts.units, opts.zoneDay, year) : undefined;
  if (unitTypes && !unitTypes.ok) {
    const text = unitTypes.text;
    return () => text;
  }
  const typeOf = (unit: Cell, day: Day) => (unitTypes?.ok ? unitTypes.value(unit, day) : "");
  const byCadre = new Map<string, TypedSpan[]>();
  table.rows.forEach(({ cells }, seq) => {
    const who = exactKey(cells.cadre, "cadre");
    if (!who || foldText(cells.checkStatus) === errorStatus) return;
    const v = readVisit(cells, ctx);
    if (v.credit === undefined) return;
    const span: TypedSpan = {
      from: v.from!,
      to: v.to!,
      credit: v.credit,
      unit: exactKey(cells.unit, "unit"),
      seq,
      type: typeOf(cells.unit, v.from!),
    };
    const list = byCadre.get(who);
    if (list) list.push(span);
    else byCadre.set(who, [span]);
  });
  const counted = new Map<string, TypedSpan[]>();
  const visitsOf = (who: string) => {
    let kept = counted.get(who);
    if (!kept) counted.set(who, (kept = exactDuplicates(byCadre.get(who) ?? []).kept));
    return kept;
  };
  return (cadre, from, to, level) => {
    const types = isBlankCell(level)
      ? undefined
      : new Set(
          cellString(level)
            .split(";")
            .map((t: string) => foldText(t))
            .filter(Boolean),
        );
    if (types && !unitTypes) return FORMULA_RULES_TEXT.levelNeedsUnits();
    const who = exactKey(cadre, "cadre");
    if (!who) return FORMULA_TEXT.missing(W.cadre);
    const mine = visitsOf(who);
    const w = isBlankCell(from) && isBlankCell(to) ? wholeLog(mine) : windowArgs(from, to, ctx, endOfYear);
    if (!w.ok) return w.text;
    if (types) {
      // The menu's split (SPEC §11): a capped day shared by that day's uncapped credits per level.
      const [part] = dailyCreditSplit(mine, w.value.from, w.value.to, (v) => (types.has(v.type) ? 0 : -1), 1);
      return sumDays(part, w.value.from, w.value.from, w.value.to);
    }
    const daily = dailyCredit(mine, w.value.from, w.value.to);
    return sumDays(daily, w.value.from, w.value.from, w.value.to);
  };
}

/** A blank `den_ngay` after `tu_ngay`: 31/12 of its year. */
const endOfYear = (from: Day | undefined) => yearEnd(yearOf(from!));

/** No window given: from the first to the last day of the cadre's counted visits (a cadre with none: one day, 0). */
function wholeLog(visits: readonly LoggedSpan[]): Read<{ from: Day; to: Day }> {
  if (!visits.length) return { ok: true, value: { from: 0, to: 0 } };
  let from = visits[0].from;
  let to = visits[0].to;
  for (const v of visits) {
    if (v.from < from) from = v.from;
    if (v.to > to) to = v.to;
  }
  if (to - from > 36600) return { ok: false, text: FORMULA_TEXT.logTooLong() };
  return { ok: true, value: { from, to } };
}

interface TypedSpan extends LoggedSpan {
  /** Folded `Loại đơn vị` of the unit visited ("" when not known). */
  type: string;
}

/** `don_vi` of DICOSO_TONGNGAY: the folded `Loại đơn vị` of a log's `Đơn vị đến` on a day, as the menu resolves it. */
function unitTypeReader(
  range: Cell[][],
  zoneDay: ZoneDay,
  year: number | undefined,
): Read<(unit: Cell, day: Day) => string> {
  const u = readRows(range, UNITS);
  if (!u.ok) return { ok: false, text: FORMULA_RULES_TEXT.unitsHeader(u.missing) };
  const units = parseUnits(u.rows, { zoneDay, year }).units;
  const match = makeMatcher(units, "unit");
  const succession = buildSuccession(units).succession;
  return {
    ok: true,
    value: (cell, day) => {
      const m = match.resolve(cell);
      if (m.kind === "exact" || m.kind === "loose") return foldText(m.item.type);
      if (m.kind !== "ambiguous") return "";
      const left = inOperationOn(m.items, day, succession);
      return left.length === 1 ? foldText(left[0].type) : "";
    },
  };
}

export function totalDaysFromLog(
  log: Cell[][],
  cadre: Cell,
  from: Cell,
  to: Cell,
  opts: { zoneDay: ZoneDay },
): number | string {
  return prepareLogTotals(log, opts)(cadre, from, to);
}

/**
 * The menu check on three ranges (log, roster, units, each with its header row) with default settings
 * and no counting window (so no "outside the window" warnings); text dates without a year take the
 * log's year (`logYear`), never today's. Returns the reason instead when a range lacks a required header.
 */
export function checkLogTables(
  log: Cell[][],
  roster: Cell[][],
  units: Cell[][],
  opts: { zoneDay: ZoneDay },
): { ok: true; records: SchemaRow<string>[]; result: CheckLogResult } | { ok: false; text: string } {
  const l = readRows(log, LOG);
  if (!l.ok) return { ok: false, text: FORMULA_TEXT.logHeader(l.missing) };
  const r = readRows(roster, ROSTER);
  if (!r.ok) return { ok: false, text: FORMULA_TEXT.tableHeader(W.roster, r.missing) };
  const u = readRows(units, UNITS);
  if (!u.ok) return { ok: false, text: FORMULA_TEXT.tableHeader(W.units, u.missing) };
  // A formula has no counting window: every check that does not depend on one applies.
  const year = logYear(l.rows, opts.zoneDay);
  const settings = { ...defaultSettings(OPEN_FROM), from: OPEN_FROM, to: OPEN_TO, asOf: OPEN_TO };
  const result = checkLog({
    tabs: [logTabOf("", l)],
    cadres: parseRoster(r.rows, { zoneDay: opts.zoneDay, year }).cadres,
    units: parseUnits(u.rows, { zoneDay: opts.zoneDay, year }).units,
    settings,
    zoneDay: opts.zoneDay,
    textYear: year ?? null,
  });
  return { ok: true, records: l.rows, result };
}

/** DICOSO_KIEMTRA: `Kết quả kiểm tra` per data row of the log range ("" for blank rows). */
export function checkLogStandalone(
  log: Cell[][],
  roster: Cell[][],
  units: Cell[][],
  opts: { zoneDay: ZoneDay },
): string[] {
  const t = checkLogTables(log, roster, units, opts);
  if (!t.ok) return [t.text];
  const status = new Map(t.result.rows.map((r) => [r.row, r.status]));
  // A header without rows answers one blank cell: Sheets shows an empty array as an error.
  return t.records.length ? t.records.map((r) => status.get(r.row) ?? "") : [""];
}
