// Number formats and colours between Excel (.xlsx) and the local spreadsheet.
// Excel stores a date as a number under a date format, exactly like a Sheets serial, so a date cell
// needs no time-zone arithmetic at all: serial 45731 is 15/03/2025 on any machine.

import { AUTOMATIC, isAutomatic, isDateFormat } from "../imitation/number-format";

/** Excel's built-in format 14 (written "mm-dd-yy") is the system's short date: day first in vi_VN. */
const SYSTEM_SHORT_DATE = "mm-dd-yy";
const VI_SHORT_DATE = "dd/mm/yyyy";

/** The model's format for an Excel number format (General → automatic). */
export function formatFromXlsx(numFmt: string | undefined): string {
  if (!numFmt || /^general$/i.test(numFmt)) return AUTOMATIC;
  if (numFmt === SYSTEM_SHORT_DATE) return VI_SHORT_DATE;
  return numFmt;
}

/** Excel's number format for a model format: date codes in Excel's lower case ("dd/MM/yyyy" → "dd/mm/yyyy"). */
export function formatToXlsx(format: string): string {
  if (isAutomatic(format)) return "General";
  if (!isDateFormat(format)) return format;
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length - 1 : end;
      out += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === "[") {
      const end = format.indexOf("]", i);
      const stop = end < 0 ? format.length - 1 : end;
      out += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === "\\") {
      out += format.slice(i, i + 2);
      i++;
    } else if (/^(am\/pm|a\/p)/i.test(format.slice(i, i + 5))) {
      const n = /^am\/pm/i.test(format.slice(i, i + 5)) ? 5 : 3;
      out += format.slice(i, i + n);
      i += n - 1;
    } else out += "YMDHS".includes(ch) ? ch.toLowerCase() : ch;
  }
  return out;
}

/** "FFF4C7C3" → "#f4c7c3"; theme and indexed colours (no argb) → null. */
export function colorFromArgb(argb: string | undefined): string | null {
  if (!argb || !/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(argb)) return null;
  return `#${argb.slice(-6).toLowerCase()}`;
}

/** "#f4c7c3" → "FFF4C7C3"; "red" and other names the model may hold → null. */
export function colorToArgb(color: string | null): string | null {
  if (!color) return null;
  const m = /^#?([0-9a-f]{6})$/i.exec(color) ?? /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (!m) return null;
  const hex = m.length === 4 ? m[1] + m[1] + m[2] + m[2] + m[3] + m[3] : m[1];
  return `FF${hex.toUpperCase()}`;
}
