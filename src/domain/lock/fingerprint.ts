// The fingerprint of a locked period (SPEC §15): one hash per counted log row of the period, kept as a
// multiset, so that sorting, renumbering `STT`, writing a cadre by code instead of name or fixing
// `Nội dung, kết quả` change nothing, while a changed date, cadre, unit, credit or `Hình thức` does.
import { foldText } from "../fold";
import type { LoggedVisit } from "../plan/match-plan";
import { makeCountedTest } from "../plan/match-plan";
import type { Cadre } from "../roster";
import type { Settings } from "../settings";
import type { Day, RowRef } from "../types";
import { hash53 } from "./hash";

/** A counted log row with what the fingerprint covers. */
export interface FingerprintedVisit extends LoggedVisit {
  /** `Hình thức` as written (compared after §2's folding). */
  activity: string;
}

export interface Fingerprint {
  /** Hash of resolved `Mã CB`, resolved `Mã ĐV`, `Ngày đi`, effective `Ngày về`, credit and `Hình thức`. */
  hash: string;
  /** `Mã CB` and `Ngày đi` kept beside it: a lost and a new hash with the same pair are one edit. */
  cadre: string;
  from: Day;
}

export function fingerprintOf(v: Omit<FingerprintedVisit, "tab" | "row">): Fingerprint {
  const key = [v.cadre, v.from, v.unit, v.to, Math.round(v.credit * 10), foldText(v.activity)].join("\u0000");
  return { hash: hash53(key), cadre: v.cadre, from: v.from };
}

const pairOf = (f: Fingerprint) => `${f.cadre}\u0000${f.from}`;

export interface PeriodSpan {
  from: Day;
  to: Day;
}

/** The rows a fingerprint covers: no error (the caller passes only those) and ≥1 counted day in the period. */
export function visitsInPeriod<V extends LoggedVisit>(
  visits: readonly V[],
  cadres: readonly Cadre[],
  s: Pick<Settings, "from" | "to" | "asOf">,
  period: PeriodSpan,
): V[] {
  const counted = makeCountedTest(cadres, {
    from: Math.max(s.from, period.from),
    to: Math.min(s.to, period.to),
    asOf: s.asOf,
  });
  return visits.filter(counted);
}

export interface FingerprintDiff {
  /** Current rows whose hash the fingerprint does not hold (beyond its count), in the given order. */
  added: RowRef[];
  /** Fingerprinted hashes no longer present. */
  removed: number;
  /** Rows changed after the lock: added + removed, a lost and a new hash of the same cadre and `Ngày đi` counted once. */
  changed: number;
}

export function compareFingerprint(
  stored: readonly Fingerprint[],
  current: readonly (Fingerprint & { ref: RowRef })[],
): FingerprintDiff {
  const left = new Map<string, Fingerprint[]>();
  for (const f of stored) {
    const list = left.get(f.hash);
    if (list) list.push(f);
    else left.set(f.hash, [f]);
  }
  const added: RowRef[] = [];
  const addedPairs = new Map<string, number>();
  for (const c of current) {
    const list = left.get(c.hash);
    if (list?.length) list.pop();
    else {
      added.push(c.ref);
      addedPairs.set(pairOf(c), (addedPairs.get(pairOf(c)) ?? 0) + 1);
    }
  }
  let removed = 0;
  let edits = 0;
  for (const list of left.values()) {
    for (const f of list) {
      removed++;
      const n = addedPairs.get(pairOf(f)) ?? 0;
      if (n > 0) {
        addedPairs.set(pairOf(f), n - 1);
        edits++;
      }
    }
  }
  return { added, removed, changed: added.length + removed - edits };
}
