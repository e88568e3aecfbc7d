// `Tính tiến độ chỉ tiêu` (SPEC §4, §11, §12): counted days per quarter and per level, target (exempt days
// taken out of the denominators), pace and assessment per cadre.
import { ASSESSMENT } from "../text";
import type { Visit } from "./check-log";
import { dailyCreditOf, dailyCreditSplitOf, earnsIn, sumDays, type SpanColumns } from "./credit";
import { dayFromYmd } from "./dates";
import { daysWithin, unitedWithin, type Exemption, type Exemptions } from "./exemptions";
import { clean, roundDays, roundHalfUp } from "./numbers";
import type { Cadre } from "./roster";
import type { Settings } from "./settings";
import { buildSuccession } from "./succession";
import { tierIndexer, tierMinimum, tierShortfallText, type Tier } from "./tiers";
import type { Day } from "./types";
import type { Unit } from "./units";

export type Assessment = (typeof ASSESSMENT)[keyof typeof ASSESSMENT];

export interface ProgressRow {
  code: string;
  name: string;
  office: string;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  h1: number;
  m9: number;
  total: number;
  /** Days at each level of `Chỉ tiêu theo cấp`, in its order, with the cadre's minimum (SPEC §11). */
  tiers: TierProgress[];
  /** `Số ngày tạm miễn`: exempt days inside the applicable window. */
  exemptDays: number;
  target: number;
  /** total / target; null when the cadre is not subject in the window. */
  ratio: number | null;
  expected: number;
  shortfall: number;
  /** `Còn thiếu theo cấp` ("Cấp xã: thiếu 8,0 ngày"; "" when none). */
  tierShortfall: string;
  unitsVisited: number;
  assessment: Assessment;
  /** `Mã ĐV` of the final successors of the units with at least one counted day (SPEC §12). */
  unitCodes: string[];
  /** Applicable window (counting window ∩ the cadre's own), or null when empty. */
  applicable: { from: Day; to: Day } | null;
}

export interface TierProgress {
  label: string;
  /** Counted days at this level (exact; shown to 0.1). */
  days: number;
  /** The cadre's minimum, to 0.1 day. */
  minimum: number;
}

/** Optional province rules of SPEC §11–§12; each is off when absent or empty. */
export interface ProgressRules {
  /** `Tạm miễn` per `Mã CB`. */
  exemptions?: Exemptions;
  /** `Chỉ tiêu theo cấp`. */
  tiers?: readonly Tier[];
  /** `Đơn vị`, for the level of a visited unit and its final successor. */
  units?: readonly Unit[];
}

/** Days of [from, to] up to and including asOf (0 when asOf is earlier). */
export function elapsedDays(from: Day, to: Day, asOf: Day): number {
  return asOf < from ? 0 : Math.min(asOf, to) - from + 1;
}

/** `Cần đạt đến nay`: the target spread evenly over the applicable window. */
export function expectedSoFar(target: number, from: Day, to: Day, asOf: Day): number {
  return clean((target * elapsedDays(from, to, asOf)) / (to - from + 1));
}

/** `Đánh giá`, with days compared at 0.1 day as they are shown. */
export function assess(total: number, target: number, from: Day, to: Day, asOf: Day): Assessment {
  if (from > to) return ASSESSMENT.notApplicable;
  return assessAgainst({ total, target, expected: expectedSoFar(target, from, to, asOf), from, to, asOf });
}

/**
 * `Đánh giá` and `Cần đạt đến nay` for a final target and an applicable window with exempt intervals
 * (SPEC §11): the as-of share counts only non-exempt days; no non-exempt day is `Không áp dụng`.
 */
export function assessWithExemptions(
  total: number,
  target: number,
  from: Day,
  to: Day,
  asOf: Day,
  exemptions: readonly Exemption[],
): { assessment: Assessment; expected: number } {
  if (from > to) return { assessment: ASSESSMENT.notApplicable, expected: 0 };
  const exempt = unitedWithin(exemptions, from, to);
  const subject = to - from + 1 - daysWithin(exempt, from, to);
  if (subject <= 0) return { assessment: ASSESSMENT.notApplicable, expected: 0 };
  const elapsed = elapsedDays(from, to, asOf);
  const elapsedSubject = elapsed - (elapsed > 0 ? daysWithin(exempt, from, from + elapsed - 1) : 0);
  const expected = clean((target * elapsedSubject) / subject);
  return { assessment: assessAgainst({ total, target, expected, from, to, asOf }), expected };
}

interface Standing {
  total: number;
  target: number;
  /** `Cần đạt đến nay`. */
  expected: number;
  from: Day;
  to: Day;
  asOf: Day;
  /** Days per level against the minimum, and the share of the minimum due by the as-of date. */
  tiers?: readonly TierProgress[];
  share?: number;
}

/** `Đánh giá` of a cadre with a non-empty window, in the order of SPEC §11. */
function assessAgainst(x: Standing): Assessment {
  const tiers = x.tiers ?? [];
  const met = (have: number, need: number) => roundDays(have) >= roundDays(need);
  if (met(x.total, x.target) && tiers.every((t) => met(t.days, t.minimum))) return ASSESSMENT.reached;
  if (x.asOf < x.from) return ASSESSMENT.notStarted;
  if (x.asOf >= x.to) return ASSESSMENT.failed;
  const onPace = met(x.total, x.expected) && tiers.every((t) => met(t.days, clean(t.minimum * (x.share ?? 0))));
  return onPace ? ASSESSMENT.onTrack : ASSESSMENT.behind;
}

/**
 * Target for a cadre: own value as written, else the setting pro-rated by the applicable days (minus
 * exempt days) over the window's days, rounded half-up to a whole day, at least 1.
 */
export function targetFor(cadre: Pick<Cadre, "target">, s: Settings, from: Day, to: Day, exemptDays = 0): number {
  if (cadre.target !== undefined) return cadre.target;
  const days = to - from + 1 - exemptDays;
  const windowDays = s.to - s.from + 1;
  if (days >= windowDays) return s.target;
  return Math.max(1, roundHalfUp((s.target * days) / windowDays, 0));
}

export function computeProgress(
  visits: readonly Visit[],
  cadres: readonly Cadre[],
  s: Settings,
  rules: ProgressRules = {},
): ProgressRow[] {
  const cols = visitColumns(visits, cadres);
  const q = [1, 4, 7, 10].map((m) => dayFromYmd(s.year, m, 1));
  const tiers = rules.tiers ?? [];
  const units = rules.units ?? [];
  const succession = buildSuccession(units).succession;
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const tierOfType = tierIndexer(tiers);
  // Per unit code of the log: its final successor's code (and below, each visit's level).
  const finalIds = new Map<string, number>();
  const finalCodes: string[] = [];
  const finalOf = Int32Array.from(cols.units, (code) => {
    const u = unitByCode.get(code);
    const last = u ? succession.finalAt(u, s.to).code : code;
    let id = finalIds.get(last);
    if (id === undefined) finalIds.set(last, (id = finalCodes.push(last) - 1));
    return id;
  });
  const tierOfCode = (code: string) => {
    const u = unitByCode.get(code);
    return u ? tierOfType(u.type) : -1;
  };
  const unitTier = tiers.length ? cols.units.map(tierOfCode) : [];
  const tierOf = Int32Array.from(tiers.length ? cols.unit : [], (u) => unitTier[u]);
  /** The cadre whose final unit codes were last gathered, per final code (+1: 0 is none). */
  const seenBy = new Int32Array(finalCodes.length);
  // One cadre's days at a time: every window lies inside the counting window.
  const scratch = new Float64Array(Math.max(0, s.to - s.from + 1));
  return cadres.map((cadre, i) => {
    const from = Math.max(s.from, cadre.applyFrom ?? s.from);
    const to = Math.min(s.to, cadre.applyTo ?? s.to);
    // Rows written out key by key: a spread followed by more keys gives each row its own hidden class in V8.
    const noTiers = (target: number) =>
      tiers.map((t) => ({ label: t.label, days: 0, minimum: tierMinimum(t, target, s.target) }));
    if (from > to) {
      return {
        code: cadre.code,
        name: cadre.name,
        office: cadre.office,
        q1: 0,
        q2: 0,
        q3: 0,
        q4: 0,
        h1: 0,
        m9: 0,
        total: 0,
        tiers: noTiers(cadre.target ?? 0),
        exemptDays: 0,
        target: cadre.target ?? 0,
        ratio: null,
        expected: 0,
        shortfall: 0,
        tierShortfall: "",
        unitsVisited: 0,
        assessment: ASSESSMENT.notApplicable,
        unitCodes: [],
        applicable: null,
      };
    }
    const until = Math.min(to, s.asOf);
    const begin = cols.start[i];
    const end = cols.start[i + 1];
    const daily = dailyCreditOf(cols, begin, end, from, until, scratch);
    const [q1, q2, q3, q4] = [0, 1, 2, 3].map((k) => sumDays(daily, from, q[k], k < 3 ? q[k + 1] - 1 : s.to));
    const total = clean(q1 + q2 + q3 + q4);
    const exempt = unitedWithin(rules.exemptions?.get(cadre.code), from, to);
    const exemptDays = daysWithin(exempt, from, to);
    const subjectDays = to - from + 1 - exemptDays;
    const unitCodes: string[] = [];
    for (let k = begin; k < end; k++) {
      if (!earnsIn(cols.credit[k], cols.from[k], cols.to[k], from, until)) continue;
      const f = finalOf[cols.unit[k]];
      if (seenBy[f] === i + 1) continue;
      seenBy[f] = i + 1;
      unitCodes.push(finalCodes[f]);
    }
    const row = (
      levels: TierProgress[],
      target: number,
      ratio: number | null,
      expected: number,
      shortfall: number,
      tierShortfall: string,
      assessment: Assessment,
    ): ProgressRow => ({
      code: cadre.code,
      name: cadre.name,
      office: cadre.office,
      q1,
      q2,
      q3,
      q4,
      h1: clean(q1 + q2),
      m9: clean(q1 + q2 + q3),
      total,
      exemptDays,
      tiers: levels,
      target,
      ratio,
      expected,
      shortfall,
      tierShortfall,
      assessment,
      unitsVisited: unitCodes.length,
      unitCodes,
      applicable: { from, to },
    });
    if (subjectDays <= 0) {
      const target = cadre.target ?? 0;
      return row(noTiers(target), target, null, 0, 0, "", ASSESSMENT.notApplicable);
    }
    const target = targetFor(cadre, s, from, to, exemptDays);
    const elapsed = elapsedDays(from, to, s.asOf);
    const elapsedSubject = elapsed - (elapsed > 0 ? daysWithin(exempt, from, from + elapsed - 1) : 0);
    const share = elapsedSubject / subjectDays;
    const expected = clean(target * share);
    const parts = tiers.length ? dailyCreditSplitOf(cols, begin, end, tierOf, from, until, tiers.length) : [];
    const levels: TierProgress[] = tiers.map((t, k) => ({
      label: t.label,
      days: sumDays(parts[k], from, from, until),
      minimum: tierMinimum(t, target, s.target),
    }));
    return row(
      levels,
      target,
      total / target,
      expected,
      clean(Math.max(0, target - total)),
      tierShortfallText(levels),
      assessAgainst({ total, target, expected, from, to, asOf: s.asOf, tiers: levels, share }),
    );
  });
}

/** The counted visits of each cadre side by side: cadre i's at [start[i], start[i + 1]), in log order. */
interface VisitColumns extends SpanColumns {
  start: Int32Array;
  /** Per visit, its unit: an index into `units`, the unit codes in order of first appearance. */
  unit: Int32Array;
  units: string[];
}

/** One pass in log order reads each visit once; its fields then move to their cadre's place. */
function visitColumns(visits: readonly Visit[], cadres: readonly Cadre[]): VisitColumns {
  const index = new Map<string, number>();
  cadres.forEach((c, i) => {
    index.set(c.code, i);
  });
  const n = visits.length;
  const of = new Int32Array(n);
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const credit = new Float64Array(n);
  const unit = new Int32Array(n);
  const units: string[] = [];
  const unitIds = new Map<string, number>();
  const start = new Int32Array(cadres.length + 1);
  for (let k = 0; k < n; k++) {
    const v = visits[k];
    const i = index.get(v.cadre) ?? -1;
    of[k] = i;
    if (i < 0) continue;
    start[i + 1]++;
    from[k] = v.from;
    to[k] = v.to;
    credit[k] = v.credit;
    let u = unitIds.get(v.unit);
    if (u === undefined) unitIds.set(v.unit, (u = units.push(v.unit) - 1));
    unit[k] = u;
  }
  for (let i = 0; i < cadres.length; i++) start[i + 1] += start[i];
  const total = start[cadres.length];
  const next = start.slice(0, cadres.length);
  const cols: VisitColumns = {
    start,
    from: new Float64Array(total),
    to: new Float64Array(total),
    credit: new Float64Array(total),
    unit: new Int32Array(total),
    units,
  };
  for (let k = 0; k < n; k++) {
    if (of[k] < 0) continue;
    const at = next[of[k]]++;
    cols.from[at] = from[k];
    cols.to[at] = to[k];
    cols.credit[at] = credit[k];
    cols.unit[at] = unit[k];
  }
  return cols;
}
