// Calendar days in the spreadsheet's time zone. A date cell arrives as a Date at midnight in the
// SPREADSHEET's zone, which may differ from the script's: format it in that zone, never the host's.
import { dayFromYmd, type Day, type ZoneDay } from "../domain";
import { running } from "./book-sheets";

const DAY_MS = 86_400_000;

/**
 * zoneDay for `timeZone` with a constant number of Utilities calls, whatever the size of the log:
 * instants with the same time of day (in UTC) share the zone offset — every midnight date of the book
 * does, or two such groups where the zone has summer time — so one formatted instant per group gives
 * the day of all others by plain arithmetic. (A time-of-day cell within the hour of a summer-time
 * change may be placed on the neighbouring day; date cells never are.)
 */
export function makeZoneDay(timeZone: string, seed?: { t: number; day: Day }): ZoneDay {
  const residueOf = (t: number) => ((t % DAY_MS) + DAY_MS) % DAY_MS;
  const byResidue = new Map(seed ? [[residueOf(seed.t), seed]] : []);
  return (d: Date): Day => {
    const t = d.getTime();
    const residue = residueOf(t);
    let ref = byResidue.get(residue);
    if (!ref) {
      const [y, m, dd] = Utilities.formatDate(d, timeZone, "yyyy-MM-dd").split("-").map(Number);
      ref = { t, day: dayFromYmd(y, m, dd) };
      byResidue.set(residue, ref);
    }
    return ref.day + Math.round((t - ref.t) / DAY_MS);
  };
}

/** `stamp`: the run time as the title lines show it ("HH:mm dd/MM/yyyy"). */
export type Clock = { timeZone: string; zoneDay: ZoneDay; now: Date; today: Day; stamp: string };

/**
 * The clock of a run with one Utilities call: `now` formatted with its zone offset ("+0700") gives
 * today, the run time of the title lines, and the instant of today's midnight at that offset — where
 * every date cell of the book falls (unless summer time changes the offset: one more call then).
 */
export function clockFor(book: GoogleAppsScript.Spreadsheet.Spreadsheet, now = new Date()): Clock {
  const snapshot = running();
  const timeZone = (snapshot?.book === book && snapshot.timeZone) || book.getSpreadsheetTimeZone();
  const [y, m, d, hm, dmy, z] = Utilities.formatDate(now, timeZone, "yyyy MM dd HH:mm dd/MM/yyyy Z").split(" ");
  const today = dayFromYmd(+y, +m, +d);
  const offset = (+z.slice(0, 3) * 60 + +(z[0] + z.slice(3))) * 60_000;
  const zoneDay = makeZoneDay(timeZone, { t: Date.UTC(+y, +m - 1, +d) - offset, day: today });
  return { timeZone, zoneDay, now, today, stamp: `${hm} ${dmy}` };
}
