// Names of `Chốt <kỳ>` sheets (SPEC §15): "Chốt quý I 2025", "Chốt 6 tháng 2025", "Chốt năm 2025",
// "Chốt 01.04–30.06.2025"; at most 31 characters; compared without case. Re-locking keeps the earlier
// sheet under its lock date: "Chốt quý I 2025 (02.04.25)", then "(02.04.25-2)" when that is taken;
// "Chốt 01.04–30.06.2025" becomes "Chốt 01.04–30.06.25 (05.07.25)".
import { LOCK_SHEET_PREFIX } from "../../text";
import { ymdFromDay } from "../dates";
import { foldText } from "../fold";
import { type Period, periodShortLabel } from "../period";
import { MAX_TAB_NAME, tabName } from "../tab-names";
import type { Day } from "../types";

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
/** dd.MM.yy */
export const shortDate = (day: Day): string => {
  const { d, m, y } = ymdFromDay(day);
  return `${pad2(d)}.${pad2(m)}.${pad2(y % 100)}`;
};

export function lockSheetName(p: Period): string {
  return tabName(LOCK_SHEET_PREFIX, periodShortLabel(p));
}

export const sameSheetName = (a: string, b: string): boolean => foldText(a) === foldText(b);

/** The name an earlier lock sheet takes when its period is locked again. */
export function earlierLockName(name: string, lockedOn: Day, taken: readonly string[]): string {
  const isTaken = (n: string) => taken.some((t) => sameSheetName(t, n));
  for (let k = 1; ; k++) {
    const suffix = ` (${shortDate(lockedOn)}${k > 1 ? `-${k}` : ""})`;
    const room = MAX_TAB_NAME - suffix.length;
    // "Chốt 01.04–30.06.2025" has no room for the suffix: its year is shortened before anything is cut.
    const short = Array.from(name).length > room ? name.replace(/\.20(\d\d)$/, ".$1") : name;
    const base = Array.from(short).slice(0, room).join("").trim();
    const candidate = base + suffix;
    if (!isTaken(candidate)) return candidate;
  }
}
