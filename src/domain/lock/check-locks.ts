// Later checks against the locked periods (SPEC §15): every counted row of a locked period whose hash
// the period's fingerprint does not hold is warned, and each period reports how many rows changed.
import { LOCK_TEXT } from "../../text";
import { warning } from "../codes";
import { rowKey } from "../plan/compare-plan";
import type { LockInfo } from "../report/figures";
import type { Cadre } from "../roster";
import type { Settings } from "../settings";
import type { Day, Finding } from "../types";
import {
  compareFingerprint,
  fingerprintOf,
  visitsInPeriod,
  type Fingerprint,
  type FingerprintedVisit,
} from "./fingerprint";

/** The latest lock of one period, as the register and the hidden sheet hold it. */
export interface LockedPeriod {
  /** Wording of the period ("quý I năm 2025"), as in `Kỳ đã chốt`. */
  label: string;
  from: Day;
  to: Day;
  /** Day of `Chốt lúc`. */
  lockedOn: Day;
  fingerprints: readonly Fingerprint[];
}

export interface PeriodChange {
  label: string;
  lockedOn: Day;
  changed: number;
}

export interface CheckLocksResult {
  /** Warnings per log row, keyed by rowKey. */
  warnings: Map<string, Finding[]>;
  periods: PeriodChange[];
}

/** The fingerprints to store when locking a period. */
export function lockFingerprints(
  visits: readonly FingerprintedVisit[],
  cadres: readonly Cadre[],
  s: Pick<Settings, "from" | "to" | "asOf">,
  period: { from: Day; to: Day },
): Fingerprint[] {
  return visitsInPeriod(visits, cadres, s, period).map(fingerprintOf);
}

export function checkLocks(
  locks: readonly LockedPeriod[],
  visits: readonly FingerprintedVisit[],
  cadres: readonly Cadre[],
  s: Pick<Settings, "from" | "to" | "asOf">,
): CheckLocksResult {
  const warnings = new Map<string, Finding[]>();
  const periods: PeriodChange[] = [];
  for (const lock of locks) {
    const current = visitsInPeriod(visits, cadres, s, lock).map((v) => ({ ...fingerprintOf(v), ref: v }));
    const diff = compareFingerprint(lock.fingerprints, current);
    for (const ref of diff.added) {
      const f = warning("LOCKED_PERIOD_CHANGED", LOCK_TEXT.changedRow(lock.label));
      const key = rowKey(ref);
      const list = warnings.get(key);
      if (list) list.push(f);
      else warnings.set(key, [f]);
    }
    periods.push({ label: lock.label, lockedOn: lock.lockedOn, changed: diff.changed });
  }
  return { warnings, periods };
}

/** "Kỳ quý I năm 2025: 2 dòng đã thay đổi sau khi chốt", for periods with changes. */
export function changeLines(periods: readonly PeriodChange[]): string[] {
  return periods.filter((p) => p.changed > 0).map((p) => LOCK_TEXT.changedCount(p.label, p.changed));
}

/** What `Lập báo cáo` needs of a locked period for its line "Số liệu chốt ngày …; N dòng thay đổi sau khi chốt". */
export function lockInfo(p: PeriodChange): LockInfo {
  return { lockedOn: p.lockedOn, changedRows: p.changed };
}
