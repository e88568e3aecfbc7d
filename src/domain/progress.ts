// `Tính tiến độ chỉ tiêu` (SPEC §4): counted days per quarter, target, pace and assessment per cadre.
import { ASSESSMENT } from "../text";
import type { Visit } from "./check-log";
import { countsIn, dailyCredit, sumDays } from "./credit";
import { dayFromYmd } from "./dates";
import { clean, roundDays, roundHalfUp } from "./numbers";
import type { Cadre } from "./roster";
import type { Settings } from "./settings";
import type { Day } from "./types";

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
  target: number;
  /** total / target; null when the cadre is not subject in the window. */
  ratio: number | null;
  expected: number;
  shortfall: number;
  unitsVisited: number;
  assessment: Assessment;
  /** Codes of the units with at least one counted day. */
  unitCodes: string[];
  /** Applicable window (counting window ∩ the cadre's own), or null when empty. */
  applicable: { from: Day; to: Day } | null;
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
  if (roundDays(total) >= roundDays(target)) return ASSESSMENT.reached;
  if (asOf < from) return ASSESSMENT.notStarted;
  if (asOf >= to) return ASSESSMENT.failed;
  return roundDays(total) >= roundDays(expectedSoFar(target, from, to, asOf)) ? ASSESSMENT.onTrack : ASSESSMENT.behind;
}

/** Target for a cadre: own value as written, else the setting pro-rated to the applicable window. */
export function targetFor(cadre: Pick<Cadre, "target">, s: Settings, from: Day, to: Day): number {
  if (cadre.target !== undefined) return cadre.target;
  const days = to - from + 1;
  const windowDays = s.to - s.from + 1;
  if (days >= windowDays) return s.target;
  return Math.max(1, roundHalfUp((s.target * days) / windowDays, 0));
}

export function computeProgress(visits: readonly Visit[], cadres: readonly Cadre[], s: Settings): ProgressRow[] {
  const index = new Map<string, number>();
  cadres.forEach((c, i) => {
    index.set(c.code, i);
  });
  const byCadre: Visit[][] = cadres.map(() => []);
  for (const v of visits) {
    const i = index.get(v.cadre);
    if (i !== undefined) byCadre[i].push(v);
  }
  const q = [1, 4, 7, 10].map((m) => dayFromYmd(s.year, m, 1));
  return cadres.map((cadre, i) => {
    const from = Math.max(s.from, cadre.applyFrom ?? s.from);
    const to = Math.min(s.to, cadre.applyTo ?? s.to);
    const base = { code: cadre.code, name: cadre.name, office: cadre.office };
    if (from > to) {
      return {
        ...base,
        q1: 0,
        q2: 0,
        q3: 0,
        q4: 0,
        h1: 0,
        m9: 0,
        total: 0,
        target: cadre.target ?? 0,
        ratio: null,
        expected: 0,
        shortfall: 0,
        unitsVisited: 0,
        assessment: ASSESSMENT.notApplicable,
        unitCodes: [],
        applicable: null,
      };
    }
    const until = Math.min(to, s.asOf);
    const daily = dailyCredit(byCadre[i], from, until);
    const [q1, q2, q3, q4] = [0, 1, 2, 3].map((k) => sumDays(daily, from, q[k], k < 3 ? q[k + 1] - 1 : s.to));
    const total = clean(q1 + q2 + q3 + q4);
    const target = targetFor(cadre, s, from, to);
    const unitCodes = [...new Set(byCadre[i].filter((v) => countsIn(v, from, until)).map((v) => v.unit))];
    return {
      ...base,
      q1,
      q2,
      q3,
      q4,
      h1: clean(q1 + q2),
      m9: clean(q1 + q2 + q3),
      total,
      target,
      ratio: total / target,
      expected: expectedSoFar(target, from, to, s.asOf),
      shortfall: clean(Math.max(0, target - total)),
      unitsVisited: unitCodes.length,
      assessment: assess(total, target, from, to, s.asOf),
      unitCodes,
      applicable: { from, to },
    };
  });
}
