// Calendar arithmetic on integer days (days since 1970-01-01, proleptic Gregorian). No Date, no zone.
import type { Day } from "./types";

/** Sheets serial 25569 is 1970-01-01. */
export const SERIAL_EPOCH = 25569;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// Howard Hinnant's days_from_civil / civil_from_days.
export function dayFromYmd(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdFromDay(day: Day): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

export function yearOf(day: Day): number {
  return ymdFromDay(day).y;
}

export function yearStart(y: number): Day {
  return dayFromYmd(y, 1, 1);
}

export function yearEnd(y: number): Day {
  return dayFromYmd(y, 12, 31);
}

export function dayFromSerial(serial: number): Day {
  return Math.floor(serial) - SERIAL_EPOCH;
}

export function serialFromDay(day: Day): number {
  return day + SERIAL_EPOCH;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** dd/mm/yyyy, the form used in every message. */
export function formatDay(day: Day): string {
  const { y, m, d } = ymdFromDay(day);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** "01/01/2025–31/12/2025" */
export function formatRange(from: Day, to: Day): string {
  return from === to ? formatDay(from) : `${formatDay(from)}–${formatDay(to)}`;
}

/** Number of days of [a, b] ∩ [c, d] (0 when empty). */
export function overlapDays(a: Day, b: Day, c: Day, d: Day): number {
  return Math.max(0, Math.min(b, d) - Math.max(a, c) + 1);
}
