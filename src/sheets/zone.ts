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
export function makeZoneDay(timeZone: string, seeds: readonly { t: number; day: Day }[] = []): ZoneDay {
  const byResidue = new Map<number, { t: number; day: Day }>();
  const residueOf = (t: number) => ((t % DAY_MS) + DAY_MS) % DAY_MS;
  for (const s of seeds) byResidue.set(residueOf(s.t), s);
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
 * The clock of a run with one Utilities call: `now` formatted with its zone offset gives today, the run
 * time of the title lines, and the instant of today's midnight at that offset — where every date cell
 * of the book falls (unless summer time changes the offset, when one more call places those dates).
 */
export function clockFor(book: GoogleAppsScript.Spreadsheet.Spreadsheet, now = new Date()): Clock {
  const timeZone = book.getSpreadsheetTimeZone();
  const [y, m, d, hh, mm, zone] = Utilities.formatDate(now, timeZone, "yyyy MM dd HH mm Z").split(" ");
  const today = dayFromYmd(Number(y), Number(m), Number(d));
  const sign = zone.startsWith("-") ? -1 : 1;
  const offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  const midnight = Date.UTC(Number(y), Number(m) - 1, Number(d)) - offset;
  const zoneDay = makeZoneDay(timeZone, [
    { t: now.getTime(), day: today },
    { t: midnight, day: today },
  ]);
  return { timeZone, zoneDay, now, today, stamp: `${hh}:${mm} ${d}/${m}/${y}` };
}
