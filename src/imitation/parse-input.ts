// How Sheets reads a string written with setValue(s) into a cell whose format is not plain text
// (USER_ENTERED): "=…" is a formula, "001" is 1, "1,5" is 1.5 in vi_VN, "TRUE" a boolean, "50%" 0.5,
// "3/4/2025" a date read in the locale's order, "'001" the text "001".

import { autoDateFormat, autoTimeFormat, dateOrder, separators } from "./locale";
import type { CellValue } from "./number-format";
import { dateToSerial } from "./zone";

export interface Interpreted {
  value: CellValue;
  formula: string;
  /** Format Sheets gives the cell when its format is automatic (dates, percents), else null. */
  format: string | null;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const numberCache = new Map<string, RegExp>();

function numberPattern(locale: string): RegExp {
  let re = numberCache.get(locale);
  if (!re) {
    const { decimal, group } = separators(locale);
    const d = escapeRegExp(decimal);
    const g = escapeRegExp(group);
    re = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(\\s?%)?$`);
    numberCache.set(locale, re);
  }
  return re;
}

function parseNumber(text: string, locale: string): Interpreted | null {
  const m = numberPattern(locale).exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const { group } = separators(locale);
  const intDigits = (m[2] ?? "0").split(group).join("");
  let value = Number(`${m[1] === "-" ? "-" : ""}${intDigits}.${m[3] ?? "0"}e${m[4] ?? "0"}`);
  if (!Number.isFinite(value)) return null;
  let format: string | null = null;
  if (m[5]) {
    value = Number((value / 100).toPrecision(15));
    format = m[3] ? "0.00%" : "0%";
  }
  return { value, formula: "", format };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(text: string): number | null {
  if (text.length === 4) return Number(text);
  if (text.length <= 2) {
    const y = Number(text);
    return y < 30 ? 2000 + y : 1900 + y;
  }
  return null;
}

const TIME = "(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,]\\d+)?)?\\s*(am|pm|sa|ch)?";
const TIME_ONLY = new RegExp(`^${TIME}$`, "i");
const ISO_DATE = new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T]${TIME})?$`, "i");
const LOCAL_DATE = new RegExp(`^(\\d{1,4})([/-])(\\d{1,2})\\2(\\d{1,4})(?:\\s+${TIME})?$`, "i");
const SHORT_DATE = /^(\d{1,2})([/-])(\d{1,2})$/;

/** Time of day as a fraction of a day, or null when out of range. */
function timeFraction(h?: string, mi?: string, s?: string, ampm?: string): number | null {
  if (h === undefined) return 0;
  let hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? "0");
  if (ampm) {
    const pm = /pm|ch/i.test(ampm);
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return (hour * 3600 + minute * 60 + second) / 86400;
}

function makeDate(
  year: number | null,
  month: number,
  day: number,
  time: number | null,
  locale: string,
): Interpreted | null {
  if (year === null || time === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null;
  const serial = dateToSerial(year, month, day) + time;
  return { value: serial, formula: "", format: autoDateFormat(locale, time !== 0) };
}

function parseDate(text: string, locale: string, currentYear: number): Interpreted | null {
  let m = ISO_DATE.exec(text);
  if (m) return makeDate(Number(m[1]), Number(m[2]), Number(m[3]), timeFraction(m[4], m[5], m[6], m[7]), locale);
  const order = dateOrder(locale);
  m = LOCAL_DATE.exec(text);
  if (m) {
    const fields = [m[1], m[3], m[4]];
    const at = (part: "d" | "m" | "y"): string => fields[order.indexOf(part)];
    if (order[0] === "y") return null;
    if (at("d").length > 2 || at("m").length > 2) return null;
    return makeDate(fullYear(at("y")), Number(at("m")), Number(at("d")), timeFraction(m[5], m[6], m[7], m[8]), locale);
  }
  m = SHORT_DATE.exec(text);
  if (m) {
    const dayFirst = order.indexOf("d") < order.indexOf("m");
    const day = Number(dayFirst ? m[1] : m[3]);
    const month = Number(dayFirst ? m[3] : m[1]);
    return makeDate(currentYear, month, day, 0, locale);
  }
  m = TIME_ONLY.exec(text);
  if (m) {
    const t = timeFraction(m[1], m[2], m[3], m[4]);
    return t === null ? null : { value: t, formula: "", format: autoTimeFormat(locale) };
  }
  return null;
}

/** What a cell holds after `text` is typed into it (format not plain text). */
export function interpretText(text: string, locale: string, currentYear: number): Interpreted {
  if (text === "") return { value: "", formula: "", format: null };
  if (text.startsWith("'")) return { value: text.slice(1), formula: "", format: null };
  if (text.startsWith("=") && text.length > 1) return { value: "", formula: text, format: null };
  const t = text.trim();
  if (/^true$/i.test(t)) return { value: true, formula: "", format: null };
  if (/^false$/i.test(t)) return { value: false, formula: "", format: null };
  if (/^[+\-.,\d]/.test(t)) {
    const n = parseNumber(t, locale);
    if (n) return n;
  }
  if (/^\d/.test(t)) {
    const d = parseDate(t, locale, currentYear);
    if (d) return d;
  }
  return { value: text, formula: "", format: null };
}
