// Reading one cell value: dates, numbers, yes/no, rating levels. Every reader accepts any Cell and never throws.
import { dictionary } from "../text/dictionary";
import { dayFromSerial, dayFromYmd, formatDay, isValidYmd } from "./dates";
import { isPlainLatin, looseFold } from "./fold";
import type { Cell, Day, LevelKey, ZoneDay } from "./types";

const INVISIBLE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g;

/**
 * The length of the longest row, at least `least`. A loop, not `Math.max(...rows)`: spreading a
 * 200,000-row sheet into arguments overflows the stack.
 */
export function widestRow(rows: readonly (readonly unknown[])[], least = 0): number {
  let width = least;
  for (const r of rows) if (r.length > width) width = r.length;
  return width;
}

export function isBlankCell(c: Cell): boolean {
  if (c === null || c === undefined) return true;
  if (typeof c !== "string") return false;
  for (let i = 0; i < c.length; i++) {
    const ch = c.charCodeAt(i);
    // Stop at the first character that is neither whitespace nor zero-width (the usual case: the first one).
    if (
      ch > 32 &&
      ch !== 0xa0 &&
      !(ch >= 0x2000 && ch <= 0x200d) &&
      ch !== 0x2028 &&
      ch !== 0x2029 &&
      ch !== 0x202f &&
      ch !== 0x205f &&
      ch !== 0x2060 &&
      ch !== 0x3000 &&
      ch !== 0xfeff &&
      ch !== 0x1680
    )
      return false;
  }
  return true;
}

/** The value as the user would read it back in a message (text kept as typed, trimmed and shortened). */
export function cellDisplay(c: Cell, zoneDay?: ZoneDay): string {
  if (c === null || c === undefined) return "";
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return "ngày không hợp lệ";
    return zoneDay ? formatDay(zoneDay(c)) : c.toISOString().slice(0, 10);
  }
  if (typeof c === "number") return String(c).replace(".", ",");
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  const s = String(c).replace(INVISIBLE, " ").trim();
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Plain text of a code or name cell; numbers (codes typed as 1001) become their digits. */
export function cellString(c: Cell): string {
  if (c === null || c === undefined) return "";
  if (c instanceof Date) return cellDisplay(c);
  const s = String(c);
  return isPlainLatin(s) ? s : s.replace(INVISIBLE, " ").trim();
}

// ---- dates ----

export type DateReading =
  | { kind: "blank" }
  | { kind: "day"; day: Day }
  | { kind: "unreadable"; text: string }
  | { kind: "impossible"; text: string }
  | { kind: "noYear"; text: string };

export interface DateCtx {
  zoneDay: ZoneDay;
  /** Year for "d/m" without a year (the `Năm` setting). */
  year?: number;
  /** readDay's answer per text already read with this context (a log repeats its typed dates). */
  texts?: Map<string, Day | DateReading>;
}

export const SERIAL_MIN = 36526; // 01/01/2000
export const SERIAL_MAX = 73050; // 31/12/2099

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/;
const YMD = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;
const DM = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;
// A time pasted after the date ("15/03/2025 08:30") is ignored.
const TIME_TAIL = /\s+\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i;

function fromParts(y: number, m: number, d: number, text: string): DateReading {
  return isValidYmd(y, m, d) ? { kind: "day", day: dayFromYmd(y, m, d) } : { kind: "impossible", text };
}

const BLANK_DATE: DateReading = Object.freeze({ kind: "blank" });

export function readDate(c: Cell, ctx: DateCtx): DateReading {
  if (isBlankCell(c)) return BLANK_DATE;
  if (c instanceof Date) {
    return Number.isNaN(c.getTime()) ? { kind: "unreadable", text: "" } : { kind: "day", day: ctx.zoneDay(c) };
  }
  if (typeof c === "number") {
    return c >= SERIAL_MIN && c < SERIAL_MAX + 1
      ? { kind: "day", day: dayFromSerial(c) }
      : { kind: "unreadable", text: cellDisplay(c) };
  }
  if (typeof c === "boolean") return { kind: "unreadable", text: cellDisplay(c) };
  const text = cellDisplay(c);
  const s = text.replace(TIME_TAIL, "");
  let m = DMY.exec(s);
  if (m) {
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return fromParts(y, Number(m[2]), Number(m[1]), text);
  }
  if ((m = YMD.exec(s))) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
  if ((m = DM.exec(s))) {
    if (ctx.year === undefined) return { kind: "noYear", text };
    return fromParts(ctx.year, Number(m[2]), Number(m[1]), text);
  }
  if (/^\d+$/.test(s)) return readDate(Number(s), ctx);
  return { kind: "unreadable", text };
}

/**
 * readDate for the hot path of the log check: a usable day comes back as the day itself (a `Date`
 * cell without reading it twice or allocating), anything else as readDate's reading.
 */
export function readDay(c: Cell, ctx: DateCtx): Day | DateReading {
  if (c instanceof Date) {
    const t = c.getTime();
    if (!Number.isNaN(t)) return ctx.zoneDay(c);
  }
  const texts = ctx.texts;
  if (texts === undefined || typeof c !== "string" || c === "") return dayOrReading(c, ctx);
  let r = texts.get(c);
  if (r === undefined) texts.set(c, (r = dayOrReading(c, ctx)));
  return r;
}

function dayOrReading(c: Cell, ctx: DateCtx): Day | DateReading {
  const r = readDate(c, ctx);
  return r.kind === "day" ? r.day : r;
}

/** Slots of memoZoneDay's cache: a log's dates are a few hundred instants, each seen many times. */
const ZONE_SLOTS = 4096;

/**
 * `zoneDay` is called once per distinct instant (in Apps Script it is a Utilities call), remembered in a
 * direct-mapped cache: a slot holds the last instant hashed to it, checked before its day is used.
 */
export function memoZoneDay(zoneDay: ZoneDay): ZoneDay {
  const times = new Float64Array(ZONE_SLOTS).fill(Number.NaN);
  const days = new Float64Array(ZONE_SLOTS);
  return (d) => {
    const t = d.getTime();
    const slot = Math.imul((t / 60000) | 0, 0x9e3779b1) >>> 20;
    if (times[slot] === t) return days[slot];
    const day = zoneDay(d);
    times[slot] = t;
    days[slot] = day;
    return day;
  };
}

// ---- numbers ----

export type NumberReading = { kind: "blank" } | { kind: "number"; value: number } | { kind: "invalid"; text: string };

// "1,5", "1.5", ",5", "2 ngày", "90%", "8 điểm"
const NUMBER_TEXT = /^([+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+))\s*(?:ngày|điểm|đ|%)?$/i;

/**
 * No number a user types in this book (days, scores, targets, percentages, years) comes near this;
 * a larger one is a typing slip, read as invalid so that it is reported with its cell and never adds
 * up to Infinity.
 */
export const MAX_INPUT_NUMBER = 1e9;

const BLANK_READING: NumberReading = Object.freeze({ kind: "blank" });

export function readNumber(c: Cell): NumberReading {
  if (typeof c === "number")
    return Number.isFinite(c) && Math.abs(c) <= MAX_INPUT_NUMBER
      ? { kind: "number", value: c }
      : { kind: "invalid", text: cellDisplay(c) };
  if (isBlankCell(c)) return BLANK_READING;
  if (typeof c !== "string") return { kind: "invalid", text: cellDisplay(c) };
  const text = cellDisplay(c);
  const m = NUMBER_TEXT.exec(text.normalize("NFC"));
  const value = m ? Number(m[1].replace(",", ".")) : NaN;
  return Number.isFinite(value) && Math.abs(value) <= MAX_INPUT_NUMBER
    ? { kind: "number", value }
    : { kind: "invalid", text };
}

// ---- yes / no ----

const YES = new Set(["co", "c", "yes", "y", "true", "x", "1", "dung"]);
const NO = new Set(["khong", "k", "no", "n", "false", "0", "sai"]);

/** true / false, undefined when blank, null when unreadable. */
export function readYesNo(c: Cell): boolean | undefined | null {
  if (isBlankCell(c)) return undefined;
  if (typeof c === "boolean") return c;
  if (typeof c === "number") return c === 1 ? true : c === 0 ? false : null;
  const k = looseFold(c);
  return YES.has(k) ? true : NO.has(k) ? false : null;
}

// ---- rating levels ----

const LEVEL_WORDS: Readonly<Record<string, LevelKey>> = dictionary({
  __proto__: null,
  htxsnv: "top",
  htxs: "top",
  htsxnv: "top",
  htxnv: "top",
  hoanthanhxuatsacnhiemvu: "top",
  hoanthanhxuatsac: "top",
  xuatsac: "top",
  httnv: "good",
  htt: "good",
  htttnv: "good",
  hoanthanhtotnhiemvu: "good",
  hoanthanhtot: "good",
  tot: "good",
  htnv: "pass",
  ht: "pass",
  hoanthanhnhiemvu: "pass",
  hoanthanh: "pass",
  khtnv: "fail",
  kht: "fail",
  khonghoanthanhnhiemvu: "fail",
  khonghoanthanh: "fail",
} as const);

/** Full name, abbreviation or known misspelling in any case; undefined when blank, null when unreadable. */
export function readLevel(c: Cell): LevelKey | undefined | null {
  if (isBlankCell(c)) return undefined;
  const k = looseFold(c).replace(/[^a-z]/g, "");
  return Object.prototype.hasOwnProperty.call(LEVEL_WORDS, k) ? LEVEL_WORDS[k] : null;
}

/** Which of a few fixed labels a cell means (looseFold equality with the label or an alias). */
export function readChoice<K extends string>(c: Cell, options: Record<K, readonly string[]>): K | undefined | null {
  if (isBlankCell(c)) return undefined;
  const k = looseFold(c)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
  for (const key in options) {
    if (
      options[key].some(
        (o) =>
          looseFold(o)
            .replace(/[^a-z0-9%]+/g, " ")
            .trim() === k,
      )
    )
      return key;
  }
  return null;
}
