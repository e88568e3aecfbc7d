// Report periods (SPEC §14, reused by §15): the answer typed into `Lập báo cáo` / `Chốt số liệu` or the
// runner's `--bao-cao`, read tolerantly; cut to the counting window; the as-of date; the wording.
import { PERIOD_MSG, PERIOD_TEXT } from "../text";
import { readDate } from "./cells";
import { dayFromYmd, formatDay, formatRange, yearEnd, yearStart, ymdFromDay } from "./dates";
import { looseFold } from "./fold";
import type { Settings } from "./settings";
import type { Day } from "./types";

export type PeriodKind = "quarter" | "firstHalf" | "nineMonths" | "year" | "range";

export interface Period {
  kind: PeriodKind;
  /** 1–4 for a quarter. */
  quarter?: number;
  year: number;
  /** The period as named (before cutting to the counting window). */
  from: Day;
  to: Day;
}

export type PeriodReading =
  | { ok: true; period: Period }
  | { ok: false; reason: "unreadable" | "impossible" | "reversed"; message: string };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
// A date token; the year, when written, uses the same separator as day and month ("1/4-30/6" is two dates).
const DATE_TOKEN = /(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?/g;
// What may stand around the two dates of a typed range: "từ (ngày) … đến (ngày) …", dashes.
const RANGE_FILLER = /^(?:\s|-|–|—|tu|den|ngay|toi|:)*$/;

function named(kind: PeriodKind, year: number, quarter?: number): Period {
  if (kind === "quarter") {
    const q = quarter ?? 1;
    const from = dayFromYmd(year, 3 * q - 2, 1);
    const to = q === 4 ? yearEnd(year) : dayFromYmd(year, 3 * q + 1, 1) - 1;
    return { kind, quarter: q, year, from, to };
  }
  const to =
    kind === "firstHalf" ? dayFromYmd(year, 6, 30) : kind === "nineMonths" ? dayFromYmd(year, 9, 30) : yearEnd(year);
  return { kind, year, from: yearStart(year), to };
}

function readRange(answer: string, year: number): PeriodReading | undefined {
  const tokens = [...answer.matchAll(DATE_TOKEN)];
  if (tokens.length !== 2) return undefined;
  let rest = answer;
  for (const t of tokens) rest = rest.replace(t[0], " ");
  if (!RANGE_FILLER.test(looseFold(rest))) return undefined;
  const days: Day[] = [];
  for (const t of tokens) {
    const r = readDate(t[0].replace(/\s+/g, ""), { zoneDay: () => 0, year });
    if (r.kind !== "day") return { ok: false, reason: "impossible", message: PERIOD_MSG.impossible(answer.trim()) };
    days.push(r.day);
  }
  const [from, to] = days;
  if (from > to) return { ok: false, reason: "reversed", message: PERIOD_MSG.reversed(formatDay(from), formatDay(to)) };
  return { ok: true, period: { kind: "range", year: ymdFromDay(from).y, from, to } };
}

/**
 * Reads "Quý I" … "Quý IV", "quy 1", "Q2", "6 tháng", "9 thang", "Cả năm", "năm 2025", the runner's
 * slugs ("quy-1", "6-thang", "ca-nam") and typed ranges "01/04/2025 - 30/06/2025" (day first, always;
 * "1/4 - 30/6" takes `year`). A named period without a year is of `year` (the `Năm` setting).
 */
export function parsePeriod(answer: string, year: number): PeriodReading {
  const range = readRange(answer, year);
  if (range) return range;
  const k = looseFold(answer)
    .replace(/[-_/.,:;()]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const unreadable: PeriodReading = { ok: false, reason: "unreadable", message: PERIOD_MSG.unreadable(answer.trim()) };
  // An optional year at the end: "quý I năm 2025", "quy 1 2025", "6 thang dau nam 2025".
  const m = /^(.*?)(?:\s*(?:nam\s*)?(\d{4}))?$/.exec(k);
  const body = (m?.[1] ?? k).trim();
  const y = m?.[2] ? Number(m[2]) : year;
  let q = /^(?:quy|q)\s*(i{1,3}|iv|[1-4])$/.exec(body);
  if (q) return { ok: true, period: named("quarter", y, ROMAN[q[1]]) };
  if ((q = /^(6|sau|9|chin)\s*(?:thang|t)(?:\s*dau(?:\s*nam)?)?$/.exec(body))) {
    return { ok: true, period: named(q[1] === "6" || q[1] === "sau" ? "firstHalf" : "nineMonths", y) };
  }
  if (/^(?:ca|ca\s*nam|nam|ca\s*ky|tat\s*ca|12\s*thang)$/.test(body) || (body === "" && m?.[2])) {
    return { ok: true, period: named("year", y) };
  }
  return unreadable;
}

/** "quý I năm 2025", "6 tháng đầu năm 2025", "9 tháng đầu năm 2025", "năm 2025", "từ ngày … đến ngày …". */
export function periodWording(p: Period): string {
  switch (p.kind) {
    case "quarter":
      return PERIOD_TEXT.quarter(p.quarter ?? 1, p.year);
    case "firstHalf":
      return PERIOD_TEXT.firstHalf(p.year);
    case "nineMonths":
      return PERIOD_TEXT.nineMonths(p.year);
    case "year":
      return PERIOD_TEXT.year(p.year);
    default:
      return PERIOD_TEXT.range(formatDay(p.from), formatDay(p.to));
  }
}

const dotted = (day: Day) => formatDay(day).replace(/\//g, ".");

/** Short label for sheet names: "quý I 2025", "6 tháng 2025", "năm 2025", "01.04–30.06.2025". */
export function periodShortLabel(p: Period): string {
  switch (p.kind) {
    case "quarter":
      return PERIOD_TEXT.shortQuarter(p.quarter ?? 1, p.year);
    case "firstHalf":
      return PERIOD_TEXT.shortFirstHalf(p.year);
    case "nineMonths":
      return PERIOD_TEXT.shortNineMonths(p.year);
    case "year":
      return PERIOD_TEXT.shortYear(p.year);
    default: {
      const [a, b] = [ymdFromDay(p.from), ymdFromDay(p.to)];
      return a.y === b.y ? `${dotted(p.from).slice(0, 5)}–${dotted(p.to)}` : `${dotted(p.from)}–${dotted(p.to)}`;
    }
  }
}

/** The runner's name for a period: "quy-1", "6-thang", "9-thang", "ca-nam", "01.04.2025-30.06.2025". */
export function periodSlug(p: Period): string {
  switch (p.kind) {
    case "quarter":
      return `quy-${p.quarter ?? 1}`;
    case "firstHalf":
      return "6-thang";
    case "nineMonths":
      return "9-thang";
    case "year":
      return "ca-nam";
    default:
      return `${dotted(p.from)}-${dotted(p.to)}`;
  }
}

/** A period cut to the counting window, with the as-of date of its figures. */
export interface ReportSpan {
  period: Period;
  /** The period ∩ the counting window. */
  from: Day;
  to: Day;
  /** min(`to`, `Ngày tính tiến độ`). */
  asOf: Day;
  /** asOf < to: the subject line adds "(số liệu tính đến ngày …)". */
  partial: boolean;
}

export type SpanReading =
  | { ok: true; span: ReportSpan }
  | { ok: false; reason: "outside" | "notStarted"; message: string };

export function reportSpan(period: Period, s: Pick<Settings, "from" | "to" | "asOf">): SpanReading {
  const from = Math.max(period.from, s.from);
  const to = Math.min(period.to, s.to);
  if (from > to) {
    return {
      ok: false,
      reason: "outside",
      message: PERIOD_MSG.outside(periodWording(period), formatRange(s.from, s.to)),
    };
  }
  // `asOf` is already clipped to the counting window.
  const asOf = Math.min(to, s.asOf);
  if (asOf < from) {
    return {
      ok: false,
      reason: "notStarted",
      message: PERIOD_MSG.notStarted(periodWording(period), formatDay(s.asOf)),
    };
  }
  return { ok: true, span: { period, from, to, asOf, partial: asOf < to } };
}

/** parsePeriod then reportSpan: what `Lập báo cáo` and `Chốt số liệu` ask. */
export function readReportPeriod(
  answer: string,
  s: Pick<Settings, "year" | "from" | "to" | "asOf">,
): { ok: true; span: ReportSpan } | { ok: false; message: string } {
  const p = parsePeriod(answer, s.year);
  return p.ok ? reportSpan(p.period, s) : p;
}
