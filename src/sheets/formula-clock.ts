// What a custom function may read besides its arguments: the spreadsheet's time zone (SPEC §8).
import { clockFor, type Clock } from "./zone";

export function formulaClock(): Clock {
  return clockFor(SpreadsheetApp.getActive());
}
