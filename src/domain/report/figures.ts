// The figures of the period report (SPEC §14), reused by `Chốt số liệu` (§15): per cadre, per unit,
// per `Hình thức`, at the report's as-of date. Computed with the same engine as `Tiến độ chỉ tiêu`, so
// "Lũy kế" equals that sheet's `Tổng số ngày` for the same as-of date.
import { ASSESSMENT, REPORT_TEXT } from "../../text";
import type { Visit } from "../check-log";
import { isBlankCell } from "../cells";
import { looseFold } from "../fold";
import { clean } from "../numbers";
import type { ReportSpan } from "../period";
import { computeProgress, type Assessment, type ProgressRow, type ProgressRules } from "../progress";
import type { GroupSummary } from "../rating";
import type { Cadre } from "../roster";
import type { Settings } from "../settings";
import { buildSuccession, inOperation } from "../succession";
import type { Day } from "../types";
import type { Unit } from "../units";

export interface CadreFigure {
  code: string;
  name: string;
  position: string;
  office: string;
  /** "Số ngày trong kỳ": counted days of [period start, as-of]. */
  inPeriod: number;
  /** "Lũy kế": counted days of [window start, as-of] (= `Tổng số ngày` at the as-of). */
  cumulative: number;
  /** The cadre's target for the window. */
  target: number;
  /** cumulative / target; null when not subject. */
  ratio: number | null;
  assessment: Assessment;
}

export interface ActivityFigure {
  /** The `Danh mục` entry as written, the text as logged when not in `Danh mục`, or "(Không ghi)". */
  activity: string;
  /** Log rows with at least one counted day in the period. */
  rows: number;
  /** Their counted days in the period (a capped day shared in proportion to each row's credit). */
  days: number;
}

/** Plan vs done for the period (SPEC §10), computed by the plan matching and handed in. */
export interface PlanFigures {
  /** Cadres listed in the report with at least one plan row overlapping the period. */
  cadresWithPlan: number;
  /** Plan rows overlapping the period, by status. */
  done: number;
  notDone: number;
  notDue: number;
  /** Log rows with counted days in the period that fulfil no plan row. */
  outsidePlan: number;
}

/** One exempt interval of a listed cadre (SPEC §11), clipped to the period. */
export interface ExemptionLine {
  name: string;
  from: Day;
  to: Day;
}

/** A locked period (SPEC §15): the lock's date and how many log rows changed since. */
export interface LockInfo {
  lockedOn: Day;
  changedRows: number;
}

export interface ReportFiguresInput {
  span: ReportSpan;
  settings: Settings;
  cadres: readonly Cadre[];
  units: readonly Unit[];
  /** Counted log rows (no error), as `checkLog` gives them. */
  visits: readonly Visit[];
  /** `Danh mục`, for the order and spelling of activities. */
  activities: readonly string[];
  /** Exemptions, minimums by level and unit history, as `Tiến độ chỉ tiêu` uses them. */
  rules?: ProgressRules;
  /** The plan's figures of the period, counting the cadres `listed` says the report lists (§14 I). */
  plan?: (listed: (cadreCode: string) => boolean) => PlanFigures;
  /** Rating groups, for the annex of a whole-year report. */
  rating?: { groups: readonly GroupSummary[] } | { unavailable: string };
  lock?: LockInfo;
}

export interface ReportFigures {
  span: ReportSpan;
  /** Start of the counting window (`Từ ngày`): "Lũy kế" counts from here. */
  windowFrom: Day;
  /** Cadres subject to the quota at the as-of (not `Không áp dụng`). */
  subject: number;
  /** Of those, the cadres whose window starts after the as-of (`Chưa đến kỳ`), left out of the table. */
  notStarted: number;
  /** Cadres in the table: neither `Không áp dụng` nor `Chưa đến kỳ`, roster order. */
  cadres: CadreFigure[];
  counts: Record<Assessment, number>;
  totals: { inPeriod: number; cumulative: number };
  /** Distinct units with a counted day in the period. */
  unitsVisited: number;
  /** Units in operation at the window's end with no counted day (theirs or a predecessor's) from the window start to the as-of, `Đơn vị` order. */
  unitsNotVisited: Unit[];
  activities: ActivityFigure[];
  plan?: PlanFigures;
  /** Exempt intervals overlapping the period; undefined when the book has no `Tạm miễn`. */
  exemptions?: ExemptionLine[];
  rating?: { groups: readonly GroupSummary[] } | { unavailable: string };
  lock?: LockInfo;
}

export const emptyAssessmentCounts = (): Record<Assessment, number> =>
  Object.fromEntries(Object.values(ASSESSMENT).map((a) => [a, 0])) as Record<Assessment, number>;

/** A visit's `Hình thức`, spelled as in `Danh mục` when it matches one loosely. */
function activityLabel(list: readonly string[]): (v: Visit) => string {
  const known = new Map(list.map((a) => [looseFold(a), a]));
  return (v) => (isBlankCell(v.activity) ? REPORT_TEXT.noActivity : (known.get(looseFold(v.activity)) ?? v.activity));
}

/** Exempt intervals of the listed cadres that overlap the period, clipped to it. */
function exemptionLines(
  input: ReportFiguresInput,
  listed: readonly { code: string; name: string }[],
): ExemptionLine[] | undefined {
  const ex = input.rules?.exemptions;
  if (!ex) return undefined;
  const { from, to } = input.span;
  const out: ExemptionLine[] = [];
  for (const c of listed) {
    for (const e of ex.get(c.code) ?? []) {
      const a = Math.max(e.from, from);
      const b = Math.min(e.to ?? input.settings.to, to);
      if (a <= b) out.push({ name: c.name, from: a, to: b });
    }
  }
  return out;
}

/**
 * Counted days of each visit inside [lo, hi]: a day's credit above 1 is scaled down in proportion, so
 * the rows' days add up to the cadre's counted days.
 */
function visitDays(visits: readonly Visit[], lo: Day, hi: Day): number[] {
  const n = Math.max(0, hi - lo + 1);
  const uncapped = new Float64Array(n);
  for (const v of visits) {
    const per = v.credit / (v.to - v.from + 1);
    for (let d = Math.max(v.from, lo); d <= Math.min(v.to, hi); d++) uncapped[d - lo] += per;
  }
  return visits.map((v) => {
    const per = v.credit / (v.to - v.from + 1);
    let s = 0;
    for (let d = Math.max(v.from, lo); d <= Math.min(v.to, hi); d++) {
      const u = uncapped[d - lo];
      s += u > 1 ? per / u : per;
    }
    return clean(s);
  });
}

export function computeReportFigures(input: ReportFiguresInput): ReportFigures {
  const { span, settings } = input;
  const at = computeProgress(input.visits, input.cadres, { ...settings, asOf: span.asOf }, input.rules);
  const before = computeProgress(input.visits, input.cadres, { ...settings, asOf: span.from - 1 }, input.rules);
  const subject = at.filter((p) => p.assessment !== ASSESSMENT.notApplicable);
  const listed: { p: ProgressRow; i: number }[] = [];
  at.forEach((p, i) => {
    if (p.assessment !== ASSESSMENT.notApplicable && p.assessment !== ASSESSMENT.notStarted) listed.push({ p, i });
  });
  const counts = emptyAssessmentCounts();
  const cadres = listed.map(({ p, i }) => {
    counts[p.assessment]++;
    return {
      code: p.code,
      name: p.name,
      position: input.cadres[i].position,
      office: p.office,
      inPeriod: clean(p.total - before[i].total),
      cumulative: p.total,
      target: p.target,
      ratio: p.ratio,
      assessment: p.assessment,
    };
  });

  // Units and activities of the period: each cadre's rows inside [period start, as-of] ∩ their window.
  const byCadre = new Map<string, Visit[]>();
  for (const v of input.visits) {
    const list = byCadre.get(v.cadre);
    if (list) list.push(v);
    else byCadre.set(v.cadre, [v]);
  }
  const label = activityLabel(input.activities);
  // Units are counted by their final successor (SPEC §12), like `Số đơn vị đã đến`.
  const succession = buildSuccession(input.units).succession;
  const unitByCode = new Map(input.units.map((u) => [u.code, u]));
  const finalCode = (code: string) => {
    const u = unitByCode.get(code);
    return u ? succession.finalAt(u, settings.to).code : code;
  };
  const perActivity = new Map<string, ActivityFigure>();
  const visitedInPeriod = new Set<string>();
  for (const p of at) {
    if (!p.applicable) continue;
    const lo = Math.max(span.from, p.applicable.from);
    const hi = Math.min(span.asOf, p.applicable.to);
    const visits = (byCadre.get(p.code) ?? []).filter((v) => v.credit > 0 && v.from <= hi && v.to >= lo);
    const days = visitDays(visits, lo, hi);
    visits.forEach((v, k) => {
      if (!(days[k] > 0)) return;
      visitedInPeriod.add(finalCode(v.unit));
      const name = label(v);
      const a = perActivity.get(name) ?? { activity: name, rows: 0, days: 0 };
      a.rows++;
      a.days = clean(a.days + days[k]);
      perActivity.set(name, a);
    });
  }
  const order = (label: string) => {
    const i = input.activities.indexOf(label);
    return label === REPORT_TEXT.noActivity ? Number.MAX_SAFE_INTEGER : i < 0 ? input.activities.length : i;
  };
  const activities = [...perActivity.values()].sort((a, b) => order(a.activity) - order(b.activity));

  const visitedSoFar = new Set(at.flatMap((p) => p.unitCodes));
  const listedCodes = new Set(cadres.map((c) => c.code));
  return {
    span,
    windowFrom: settings.from,
    subject: subject.length,
    notStarted: subject.length - listed.length,
    cadres,
    counts,
    totals: {
      inPeriod: clean(cadres.reduce((s, c) => s + c.inPeriod, 0)),
      cumulative: clean(cadres.reduce((s, c) => s + c.cumulative, 0)),
    },
    unitsVisited: visitedInPeriod.size,
    unitsNotVisited: input.units.filter((u) => !visitedSoFar.has(u.code) && inOperation(u, settings.to)),
    activities,
    // "x/y đồng chí": x among the y cadres listed, never more.
    plan: input.plan?.((code) => listedCodes.has(code)),
    exemptions: exemptionLines(input, cadres),
    rating: input.rating,
    lock: input.lock,
  };
}
