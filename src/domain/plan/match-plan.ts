// Plan against log, one to one (SPEC §10): plan rows in date order, each taking the unused log row of
// the same cadre and unit whose dates are nearest, among those overlapping the plan ± the tolerance.
import { countsIn } from "../credit";
import type { Cadre } from "../roster";
import type { Settings } from "../settings";
import type { Day, RowRef } from "../types";
import type { PlanEntry } from "./check-plan";

/** A log row as matching sees it: no error, and its resolved cadre, unit and days. */
export interface LoggedVisit extends RowRef {
  cadre: string;
  unit: string;
  from: Day;
  to: Day;
  credit: number;
}

export type PlanStatusKey = "done" | "missed" | "notDue";

export interface PlanMatch {
  plan: PlanEntry;
  status: PlanStatusKey;
  /** The log row that fulfils it (status `done`). */
  visit?: LoggedVisit;
  /** `Đến ngày` + tolerance: after this day an unfulfilled plan row is `Chưa thực hiện`. */
  deadline: Day;
}

export interface MatchPlanInput<V extends LoggedVisit> {
  /** Plan rows without error (others are ignored). */
  plans: readonly PlanEntry[];
  /** Log rows without error, in log order (tab order, then row). */
  visits: readonly V[];
  cadres: readonly Cadre[];
  settings: Pick<Settings, "from" | "to" | "asOf">;
  /** `Lệch kế hoạch cho phép (ngày)`. */
  tolerance: number;
  /** A unit and its successors count as the same (§12). Default: only the same code. */
  line?: UnitLine;
}

/** §12's "a unit and its successors count as the same": `key` is equal for such units (the final successor). */
export interface UnitLine {
  key(unitCode: string): string;
  same(a: string, b: string): boolean;
}

export interface MatchPlanResult<V extends LoggedVisit> {
  matches: PlanMatch[];
  /** Log rows with counted days that fulfil no plan row ("ngoài kế hoạch"), in log order. */
  offPlan: V[];
}

/** Whether the visit has at least one counted day on or before the as-of date (§4's counting rules). */
export function makeCountedTest(
  cadres: readonly Cadre[],
  s: Pick<Settings, "from" | "to" | "asOf">,
): (v: LoggedVisit) => boolean {
  const byCode = new Map(cadres.map((c) => [c.code, c]));
  return (v) => {
    const c = byCode.get(v.cadre);
    if (!c) return false;
    const lo = Math.max(s.from, c.applyFrom ?? s.from);
    const hi = Math.min(s.to, c.applyTo ?? s.to, s.asOf);
    return lo <= hi && countsIn(v, lo, hi);
  };
}

interface Candidate<V> {
  v: V;
  seq: number;
  used: boolean;
}

export function matchPlan<V extends LoggedVisit>(input: MatchPlanInput<V>): MatchPlanResult<V> {
  const line = input.line;
  const tol = input.tolerance;
  const counted = makeCountedTest(input.cadres, input.settings);
  const key = (cadre: string, unit: string) => `${cadre}\u0000${line ? line.key(unit) : unit}`;

  const pool = new Map<string, Candidate<V>[]>();
  const all: Candidate<V>[] = [];
  input.visits.forEach((v, seq) => {
    if (!counted(v)) return;
    const c = { v, seq, used: false };
    all.push(c);
    const k = key(v.cadre, v.unit);
    const list = pool.get(k);
    if (list) list.push(c);
    else pool.set(k, [c]);
  });
  for (const list of pool.values()) list.sort(byDates);

  const plans = input.plans
    .filter((p) => !p.hasError)
    .sort((a, b) => a.from! - b.from! || a.to! - b.to! || a.seq - b.seq);
  const matches: PlanMatch[] = [];
  for (const plan of plans) {
    const lo = plan.from! - tol;
    const hi = plan.to! + tol;
    let best: Candidate<V> | undefined;
    let bestDistance = Infinity;
    for (const c of pool.get(key(plan.cadre!, plan.unit!)) ?? []) {
      if (c.v.from > hi) break;
      if (c.used || c.v.to < lo || (line && c.v.unit !== plan.unit && !line.same(plan.unit!, c.v.unit))) continue;
      const d = Math.abs(c.v.from - plan.from!) + Math.abs(c.v.to - plan.to!);
      // Candidates are in date order, so on a tie the earlier dates (then the earlier log row) win.
      if (d < bestDistance) [best, bestDistance] = [c, d];
    }
    if (best) {
      best.used = true;
      matches.push({ plan, status: "done", visit: best.v, deadline: hi });
    } else matches.push({ plan, status: hi < input.settings.asOf ? "missed" : "notDue", deadline: hi });
  }
  matches.sort((a, b) => a.plan.seq - b.plan.seq);
  return { matches, offPlan: all.filter((c) => !c.used).map((c) => c.v) };
}

function byDates<V extends LoggedVisit>(a: Candidate<V>, b: Candidate<V>): number {
  return a.v.from - b.v.from || a.v.to - b.v.to || a.seq - b.seq;
}
