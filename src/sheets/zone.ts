// Calendar days in the spreadsheet's time zone. A date cell arrives as a Date at midnight in the
// SPREADSHEET's zone, which may differ from the script's: format it in that zone, never the host's.
import { dayFromYmd, type Day, type ZoneDay } from "../domain";

const DAY_MS = 86_400_000;

/**
 * zoneDay for `timeZone` with a constant number of Utilities calls, whatever the size of the log:
 * instants with the same time of day (in UTC) share the zone offset — every midnight date of the book
 * does, or two such groups where the zone has summer time — so one formatted instant per group gives
 * the day of all others by plain arithmetic. (A time-of-day cell within the hour of a summer-time
 * change may be placed on the neighbouring day; date cells never are.)
 */
export function makeZoneDay(timeZone: string): ZoneDay {
  const byResidue = new Map<number, { t: number; day: Day }>();
  return (d: Date): Day => {
    const t = d.getTime();
    const residue = ((t % DAY_MS) + DAY_MS) % DAY_MS;
    let ref = byResidue.get(residue);
    if (!ref) {
      const [y, m, dd] = Utilities.formatDate(d, timeZone, "yyyy-MM-dd").split("-").map(Number);
      ref = { t, day: dayFromYmd(y, m, dd) };
      byResidue.set(residue, ref);
    }
    return ref.day + Math.round((t - ref.t) / DAY_MS);
  };
}

export type Clock = { timeZone: string; zoneDay: ZoneDay; now: Date; today: Day };

export function clockFor(book: GoogleAppsScript.Spreadsheet.Spreadsheet, now = new Date()): Clock {
  const timeZone = book.getSpreadsheetTimeZone();
  const zoneDay = makeZoneDay(timeZone);
  return { timeZone, zoneDay, now, today: zoneDay(now) };
}
