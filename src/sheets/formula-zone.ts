// What a custom function may read besides its arguments: the spreadsheet's time zone (SPEC §8), not
// today's date — a custom function is not recomputed when the day changes.
import type { ZoneDay } from "../domain";
import { makeZoneDay } from "./zone";

export function formulaZone(): { zoneDay: ZoneDay } {
  return { zoneDay: makeZoneDay(SpreadsheetApp.getActive().getSpreadsheetTimeZone()) };
}
