// Calendar days in the spreadsheet's time zone. A date cell arrives as a Date at midnight in the
// SPREADSHEET's zone, which may differ from the script's: format it in that zone, never the host's.
import { dayFromYmd, type Day, type ZoneDay } from "../domain";

/** zoneDay for `timeZone`, memoized per instant: a log has few distinct dates, each formatted once. */
export function makeZoneDay(timeZone: string): ZoneDay {
  const memo = new Map<number, Day>();
  return (d: Date): Day => {
    const t = d.getTime();
    let day = memo.get(t);
    if (day === undefined) {
      const [y, m, dd] = Utilities.formatDate(d, timeZone, "yyyy-MM-dd").split("-").map(Number);
      day = dayFromYmd(y, m, dd);
      memo.set(t, day);
    }
    return day;
  };
}

export type Clock = { timeZone: string; zoneDay: ZoneDay; now: Date; today: Day };

export function clockFor(book: GoogleAppsScript.Spreadsheet.Spreadsheet, now = new Date()): Clock {
  const timeZone = book.getSpreadsheetTimeZone();
  const zoneDay = makeZoneDay(timeZone);
  return { timeZone, zoneDay, now, today: zoneDay(now) };
}
