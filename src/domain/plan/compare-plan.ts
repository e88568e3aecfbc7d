// The whole of SPEC §10 in one pass: plan rows checked, matched with the log, the result columns of
// plan tabs, the "ngoài kế hoạch" warnings of the log, `Theo dõi kế hoạch` and the line of `Tổng hợp`.
import { PLAN_STATUS, PLAN_TEXT } from "../../text";
import { warning } from "../codes";
import { formatDay, formatRange, overlapDays } from "../dates";
import type { PlanFigures } from "../report/figures";
import type { Cadre } from "../roster";
import type { Settings } from "../settings";
import type { Day, Finding, RowRef } from "../types";
import { checkPlan, type CheckPlanInput, type PlanEntry } from "./check-plan";
import { matchPlan, type LoggedVisit, type PlanMatch, type PlanStatusKey } from "./match-plan";

export type PlanStatus = (typeof PLAN_STATUS)[keyof typeof PLAN_STATUS];

/** What goes into `Kết quả đối chiếu` / `Chi tiết đối chiếu` of one plan row. */
export interface PlanRowResult extends RowRef {
  status: PlanStatus;
  detail: string;
}

/** One row of `Theo dõi kế hoạch`. */
export interface PlanTrackingRow {
  code: string;
  name: string;
  office: string;
  trips: number;
  /** Union of planned calendar days inside the counting window. */
  plannedDays: number;
  done: number;
  missed: number;
  notDue: number;
  offPlan: number;
  /** done ÷ (done + missed); null when both are 0. */
  ratio: number | null;
}

/** Numbers of the `Tổng hợp` line. */
export interface PlanSummary {
  /** Subject cadres (not `Không áp dụng`) with at least one plan row. */
  planned: number;
  subject: number;
  /** Of `due`, those with no `Chưa thực hiện`. */
  complete: number;
  /** Subject cadres with at least one plan row due (`Đã thực hiện` or `Chưa thực hiện`). */
  due: number;
}

export interface ComparePlanInput<V extends LoggedVisit> extends Omit<CheckPlanInput, "settings"> {
  settings: Pick<Settings, "year" | "from" | "to" | "asOf">;
  visits: readonly V[];
  tolerance: number;
  /** `Bắt buộc có trong kế hoạch`. */
  required: boolean;
  /** Cadres that are not `Không áp dụng` (§4, §11); default: all. */
  subject?: (cadreCode: string) => boolean;
}

export interface ComparePlanResult<V extends LoggedVisit> {
  /** False when no plan tab has an input row: then nothing of §10 applies. */
  active: boolean;
  entries: PlanEntry[];
  rows: PlanRowResult[];
  matches: PlanMatch[];
  offPlan: V[];
  /** Warnings to add to log rows (only when `required`), keyed by `tab\u0000row`. */
  logWarnings: Map<string, Finding>;
  tracking: PlanTrackingRow[];
  summary: PlanSummary;
}

export const rowKey = (r: RowRef): string => `${r.tab}\u0000${r.row}`;

const STATUS_OF: Record<PlanStatusKey, PlanStatus> = {
  done: PLAN_STATUS.done,
  missed: PLAN_STATUS.missed,
  notDue: PLAN_STATUS.notDue,
};

export function comparePlan<V extends LoggedVisit>(input: ComparePlanInput<V>): ComparePlanResult<V> {
  const entries = checkPlan(input);
  const active = entries.length > 0;
  const { matches, offPlan } = active
    ? matchPlan({
        ...input,
        plans: entries,
        line: {
          key: (u) => input.succession.finalCode(u, input.settings.to),
          same: (a, b) => input.succession.sameLine(a, b),
        },
      })
    : { matches: [] as PlanMatch[], offPlan: [] as V[] };
  const rows = planRowResults(entries, matches);
  const logWarnings = new Map<string, Finding>();
  if (active && input.required)
    for (const v of offPlan) logWarnings.set(rowKey(v), warning("OFF_PLAN", PLAN_TEXT.offPlan()));
  const tracking = trackingRows(input.cadres, entries, matches, offPlan, input.settings);
  const subject = input.subject ?? (() => true);
  const summary: PlanSummary = { planned: 0, subject: 0, complete: 0, due: 0 };
  for (const t of tracking) {
    if (!subject(t.code)) continue;
    summary.subject++;
    if (t.trips > 0) summary.planned++;
    if (t.done + t.missed > 0) {
      summary.due++;
      if (t.missed === 0) summary.complete++;
    }
  }
  return { active, entries, rows, matches, offPlan, logWarnings, tracking, summary };
}

function planRowResults(entries: readonly PlanEntry[], matches: readonly PlanMatch[]): PlanRowResult[] {
  const byEntry = new Map(matches.map((m) => [m.plan, m]));
  return entries.map((e) => {
    const m = byEntry.get(e);
    const notes = e.findings.map((f) => f.message);
    if (!m) return { tab: e.tab, row: e.row, status: PLAN_STATUS.error, detail: notes.join("; ") };
    const head =
      m.status === "done"
        ? PLAN_TEXT.done(m.visit!.tab, m.visit!.row, formatRange(m.visit!.from, m.visit!.to))
        : m.status === "missed"
          ? PLAN_TEXT.missed(formatDay(m.deadline))
          : PLAN_TEXT.notDue(formatDay(m.deadline));
    return { tab: e.tab, row: e.row, status: STATUS_OF[m.status], detail: [head, ...notes].join("; ") };
  });
}

function trackingRows(
  cadres: readonly Cadre[],
  entries: readonly PlanEntry[],
  matches: readonly PlanMatch[],
  offPlan: readonly LoggedVisit[],
  s: { from: Day; to: Day },
): PlanTrackingRow[] {
  const rows = new Map<string, PlanTrackingRow & { spans: [Day, Day][] }>();
  for (const c of cadres) {
    rows.set(c.code, {
      code: c.code,
      name: c.name,
      office: c.office,
      trips: 0,
      plannedDays: 0,
      done: 0,
      missed: 0,
      notDue: 0,
      offPlan: 0,
      ratio: null,
      spans: [],
    });
  }
  for (const e of entries) {
    const t = !e.hasError && rows.get(e.cadre!);
    if (!t) continue;
    t.trips++;
    if (overlapDays(e.from!, e.to!, s.from, s.to) > 0) t.spans.push([Math.max(e.from!, s.from), Math.min(e.to!, s.to)]);
  }
  for (const m of matches) {
    const t = rows.get(m.plan.cadre!);
    if (t) t[m.status]++;
  }
  for (const v of offPlan) {
    const t = rows.get(v.cadre);
    if (t) t.offPlan++;
  }
  return [...rows.values()].map(({ spans, ...t }) => ({
    ...t,
    plannedDays: unionLength(spans),
    ratio: t.done + t.missed > 0 ? t.done / (t.done + t.missed) : null,
  }));
}

/** Number of calendar days covered by the spans. */
export function unionLength(spans: [Day, Day][]): number {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    const start = Math.max(a, end + 1);
    if (b >= start) total += b - start + 1;
    end = Math.max(end, b);
  }
  return total;
}

/** Plan vs done for a report period (§14 I and II.4): plan rows overlapping [from, to] by status. */
export function planFiguresForPeriod(
  result: Pick<ComparePlanResult<LoggedVisit>, "matches" | "offPlan">,
  from: Day,
  to: Day,
  /** The cadres the report lists; default: all. */
  listed: (cadreCode: string) => boolean = () => true,
): PlanFigures {
  const f: PlanFigures = { cadresWithPlan: 0, done: 0, notDone: 0, notDue: 0, outsidePlan: 0 };
  const cadres = new Set<string>();
  for (const m of result.matches) {
    if (overlapDays(m.plan.from!, m.plan.to!, from, to) === 0) continue;
    if (listed(m.plan.cadre!)) cadres.add(m.plan.cadre!);
    if (m.status === "done") f.done++;
    else if (m.status === "missed") f.notDone++;
    else f.notDue++;
  }
  f.cadresWithPlan = cadres.size;
  for (const v of result.offPlan) if (overlapDays(v.from, v.to, from, to) > 0) f.outsidePlan++;
  return f;
}
