// Crossing between what add-in code passes/receives and what a cell stores:
// a Date is stored as a serial in the spreadsheet's zone and read back as the instant of that wall clock.

import type { CellStyle, CellValue } from "./cells";
import { isDate } from "./context";
import { autoDateFormat } from "./locale";
import type { BookModel } from "./model";
import { isAutomatic, isDateFormat, PLAIN_TEXT } from "./number-format";
import { interpretText } from "./parse-input";
import { instantToSerial, instantToWall, serialToInstant } from "./zone";

/** Largest serial a JavaScript Date can hold (±8.64e15 ms around 1970), a day kept for zone offsets. */
const DATE_SERIAL_LIMIT = 8.64e15 / 86_400_000 - 25569 - 1;

/**
 * What getValues() returns for a stored value under a style. A number no Date can hold (1e308 typed
 * in a date column) comes back as the number: Sheets shows it as ####, it does not fail the read.
 */
export function readValue(book: BookModel, value: CellValue, style: CellStyle): unknown {
  if (typeof value === "number" && isDateFormat(style.format) && Math.abs(value) < DATE_SERIAL_LIMIT)
    return book.ctx.date(serialToInstant(value, book.timeZone));
  return value;
}

export interface Stored {
  value: CellValue;
  formula: string;
  /** The new number format of the cell (its old one when unchanged). */
  format: string;
}

/** Serial of an instant in the book's zone, and whether it has a time of day. */
export function dateSerial(book: BookModel, ms: number): { serial: number; withTime: boolean } {
  const serial = instantToSerial(ms, book.timeZone);
  return { serial, withTime: !Number.isInteger(serial) };
}

function currentYear(book: BookModel): number {
  return new Date(instantToWall(Date.now(), book.timeZone)).getUTCFullYear();
}

/** What a cell stores after setValue(input), given its current number format. */
export function storeValue(book: BookModel, input: unknown, format: string): Stored {
  if (input === null || input === undefined) return { value: "", formula: "", format };
  if (typeof input === "number") return { value: Number.isFinite(input) ? input : "#NUM!", formula: "", format };
  if (typeof input === "boolean") return { value: input, formula: "", format };
  if (isDate(input)) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) return { value: "", formula: "", format };
    const { serial, withTime } = dateSerial(book, ms);
    return { value: serial, formula: "", format: isAutomatic(format) ? autoDateFormat(book.locale, withTime) : format };
  }
  const text = typeof input === "string" ? input : String(input);
  if (format === PLAIN_TEXT) return { value: text, formula: "", format };
  const got = interpretText(text, book.locale, currentYear(book));
  return {
    value: got.value,
    formula: got.formula,
    format: got.format !== null && isAutomatic(format) ? got.format : format,
  };
}
