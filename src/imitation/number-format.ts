// Sheets number formats: which ones are dates, and the text a value shows under one
// (getDisplayValues). Covers General/automatic, "0", "0.0", "#,##0.00", "0%", "0.0%", "@",
// literal text, sections "pos;neg;zero;text", and date/time patterns such as "dd/MM/yyyy HH:mm".

import { monthNames, separators, weekdayNames } from "./locale";
import { serialToWall, wallParts } from "./zone";

export type CellValue = string | number | boolean;

/** Stored for a cell whose format was never set. */
export const AUTOMATIC = "";
/** What getNumberFormat() reports for such a cell, like the real service. */
export const AUTOMATIC_REPORTED = "0.###############";
export const PLAIN_TEXT = "@";

export function isAutomatic(format: string): boolean {
  return format === AUTOMATIC || format === AUTOMATIC_REPORTED || (format.length === 7 && /^general$/i.test(format));
}

/** Splits on `sep` outside quotes, backslash escapes and brackets. */
function splitOutside(format: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (quoted) {
      cur += ch;
      if (ch === '"') quoted = false;
    } else if (ch === '"') {
      quoted = true;
      cur += ch;
    } else if (ch === "\\" && i + 1 < format.length) {
      cur += ch + format[++i];
    } else if (bracket) {
      cur += ch;
      if (ch === "]") bracket = false;
    } else if (ch === "[") {
      bracket = true;
      cur += ch;
    } else if (ch === sep) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The format with literals removed: what is left are the placeholders. */
function skeleton(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
}

const dateCache = new Map<string, boolean>();

/** True when values under this format are dates or times (getValues returns a Date). */
export function isDateFormat(format: string): boolean {
  let yes = dateCache.get(format);
  if (yes === undefined) {
    yes =
      !isAutomatic(format) &&
      format !== PLAIN_TEXT &&
      /[dmyhs]/i.test(skeleton(splitOutside(format, ";")[0]).replace(/am\/pm|a\/p/gi, "h"));
    dateCache.set(format, yes);
  }
  return yes;
}

/** Rounds half away from zero to `digits` decimals without binary surprises (1.005 -> 1.01). */
export function roundHalfUp(x: number, digits: number): number {
  const sign = x < 0 ? -1 : 1;
  const r = Math.round(Number(`${Math.abs(x)}e${digits}`));
  return sign * Number(`${r}e-${digits}`);
}

/** A number as the automatic format shows it: plain, up to 10 significant digits, locale decimal mark. */
export function formatGeneral(n: number, locale: string): string {
  if (!Number.isFinite(n)) return "#NUM!";
  let text: string;
  if (Number.isInteger(n) && Math.abs(n) < 1e15) text = String(n);
  else text = String(Number(n.toPrecision(10)));
  text = text.replace("e+", "E+").replace("e-", "E-");
  return text.replace(".", separators(locale).decimal);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Text of a serial under a date/time pattern. */
function formatDatePattern(serial: number, pattern: string, locale: string): string {
  const p = wallParts(serialToWall(serial));
  type Tok =
    | { kind: "lit"; text: string }
    | { kind: "y" | "m" | "d" | "h" | "s" | "ampm" | "frac"; n: number; text: string };
  const toks: Tok[] = [];
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      toks.push({ kind: "lit", text: pattern.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === "\\" && i + 1 < pattern.length) {
      toks.push({ kind: "lit", text: pattern[i + 1] });
      i += 2;
    } else if (ch === "[") {
      const end = pattern.indexOf("]", i);
      i = end < 0 ? pattern.length : end + 1;
    } else if (/^am\/pm/i.test(pattern.slice(i, i + 5))) {
      toks.push({ kind: "ampm", n: 5, text: pattern.slice(i, i + 5) });
      i += 5;
    } else if (/^a\/p/i.test(pattern.slice(i, i + 3))) {
      toks.push({ kind: "ampm", n: 3, text: pattern.slice(i, i + 3) });
      i += 3;
    } else if ("ymdhs".includes(lower)) {
      let j = i;
      while (j < pattern.length && pattern[j].toLowerCase() === lower) j++;
      toks.push({ kind: lower as "y", n: j - i, text: pattern.slice(i, j) });
      i = j;
    } else if (ch === "." && pattern[i + 1] === "0") {
      let j = i + 1;
      while (j < pattern.length && pattern[j] === "0") j++;
      toks.push({ kind: "frac", n: j - i - 1, text: pattern.slice(i, j) });
      i = j;
    } else {
      toks.push({ kind: "lit", text: ch });
      i++;
    }
  }
  const twelve = toks.some((t) => t.kind === "ampm");
  const fields = toks.filter((t) => t.kind !== "lit");
  let out = "";
  for (const t of toks) {
    if (t.kind === "lit") {
      out += t.text;
      continue;
    }
    const idx = fields.indexOf(t);
    switch (t.kind) {
      case "y":
        out += t.n <= 2 ? pad(p.year % 100, 2) : pad(p.year, 4);
        break;
      case "d":
        if (t.n === 1) out += String(p.day);
        else if (t.n === 2) out += pad(p.day, 2);
        else out += weekdayNames(locale, t.n === 3 ? "short" : "long")[p.weekday];
        break;
      case "m": {
        const prev = fields[idx - 1];
        const next = fields[idx + 1];
        const minute = t.n <= 2 && ((prev && prev.kind === "h") || (next && next.kind === "s"));
        if (minute) out += t.n === 1 ? String(p.minute) : pad(p.minute, 2);
        else if (t.n === 1) out += String(p.month);
        else if (t.n === 2) out += pad(p.month, 2);
        else if (t.n === 3) out += monthNames(locale, "short")[p.month - 1];
        else if (t.n === 4) out += monthNames(locale, "long")[p.month - 1];
        else out += monthNames(locale, "long")[p.month - 1].charAt(0);
        break;
      }
      case "h": {
        const h = twelve ? ((p.hour + 11) % 12) + 1 : p.hour;
        out += t.n === 1 ? String(h) : pad(h, 2);
        break;
      }
      case "s":
        out += t.n === 1 ? String(p.second) : pad(p.second, 2);
        break;
      case "frac":
        out += separators(locale).decimal + pad(p.millisecond, 3).slice(0, t.n).padEnd(t.n, "0");
        break;
      case "ampm":
        out += t.n === 5 ? (p.hour < 12 ? "AM" : "PM") : p.hour < 12 ? "A" : "P";
        break;
    }
  }
  return out;
}

interface NumberPattern {
  prefix: string;
  suffix: string;
  percent: boolean;
  group: boolean;
  minInt: number;
  minFrac: number;
  maxFrac: number;
  hasPoint: boolean;
}

const patternCache = new Map<string, NumberPattern | null>();

function literalText(piece: string): string {
  return piece
    .replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, "$1")
    .replace(/_./g, " ")
    .replace(/\*./g, "")
    .replace(/\\(.)/g, "$1");
}

function parseNumberPattern(section: string): NumberPattern | null {
  if (patternCache.has(section)) return patternCache.get(section) ?? null;
  // Mark the characters that are placeholders (outside quotes, escapes and brackets).
  const isCode: boolean[] = new Array<boolean>(section.length).fill(false);
  for (let i = 0, quoted = false, bracket = false; i < section.length; i++) {
    const ch = section[i];
    if (quoted) quoted = ch !== '"';
    else if (bracket) bracket = ch !== "]";
    else if (ch === '"') quoted = true;
    else if (ch === "[") bracket = true;
    else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else isCode[i] = true;
  }
  let first = -1;
  let last = -1;
  for (let i = 0; i < section.length; i++) {
    if (isCode[i] && "0#?".includes(section[i])) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) {
    patternCache.set(section, null);
    return null;
  }
  // "." and "," directly around the placeholders belong to the number.
  while (first > 0 && isCode[first - 1] && ".,".includes(section[first - 1])) first--;
  while (last + 1 < section.length && isCode[last + 1] && ".,0#?".includes(section[last + 1])) last++;
  const core = section.slice(first, last + 1);
  if (/[eE]/.test(core)) {
    patternCache.set(section, null);
    return null;
  }
  const point = core.indexOf(".");
  const intPart = point < 0 ? core : core.slice(0, point);
  const fracPart = point < 0 ? "" : core.slice(point + 1);
  const percent = [...section].some((ch, i) => ch === "%" && isCode[i]);
  const pattern: NumberPattern = {
    prefix: literalText(section.slice(0, first)),
    suffix: literalText(section.slice(last + 1)),
    percent,
    group: intPart.includes(","),
    minInt: (intPart.match(/0/g) ?? []).length,
    minFrac: (fracPart.match(/0/g) ?? []).length,
    maxFrac: (fracPart.match(/[0#?]/g) ?? []).length,
    hasPoint: point >= 0,
  };
  patternCache.set(section, pattern);
  return pattern;
}

function applyNumberPattern(x: number, pat: NumberPattern, locale: string, autoSign: boolean): string {
  const sep = separators(locale);
  const scaled = Math.abs(pat.percent ? x * 100 : x);
  const rounded = roundHalfUp(scaled, pat.maxFrac);
  const [intDigits, fracDigitsRaw = ""] = rounded.toFixed(pat.maxFrac).split(".");
  let frac = fracDigitsRaw;
  while (frac.length > pat.minFrac && frac.endsWith("0")) frac = frac.slice(0, -1);
  let int = intDigits === "0" && pat.minInt === 0 ? "" : intDigits.padStart(pat.minInt, "0");
  if (pat.group) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  let body = int;
  if (frac || (pat.hasPoint && pat.minFrac > 0)) body += sep.decimal + frac;
  const sign = autoSign && x < 0 && rounded !== 0 ? "-" : "";
  return sign + pat.prefix + body + pat.suffix;
}

/** The text a cell shows (getDisplayValue). Dates are serials formatted by their pattern. */
export function formatCell(value: CellValue, format: string, locale: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = isAutomatic(format) || format === PLAIN_TEXT ? [] : splitOutside(format, ";");
  if (typeof value === "string") {
    const textSection =
      sections[3] ??
      (sections.length && sections[sections.length - 1].includes("@") ? sections[sections.length - 1] : "");
    return textSection ? literalText(textSection.replace(/@/g, "\u0000")).replace(/\u0000/g, value) : value;
  }
  if (sections.length === 0) return formatGeneral(value, locale);
  if (isDateFormat(format)) return formatDatePattern(value, sections[0], locale);
  let section = sections[0];
  let autoSign = true;
  if (value < 0 && sections.length > 1 && sections[1] !== "") {
    section = sections[1];
    autoSign = false;
  } else if (value === 0 && sections.length > 2 && sections[2] !== "") section = sections[2];
  const pat = parseNumberPattern(section);
  if (!pat) {
    const lit = literalText(section);
    return /[0#?]/.test(skeleton(section)) ? formatGeneral(value, locale) : lit;
  }
  return applyNumberPattern(value, pat, locale, autoSign);
}
