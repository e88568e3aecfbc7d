// Utilities.formatDate: Java SimpleDateFormat patterns ("dd/MM/yyyy HH:mm", "yyyy-MM-dd'T'HH:mm:ssXXX")
// applied to an instant in a time zone. Names are English, as in Apps Script.

import { instantToWall, wallParts, zoneOffset } from "./zone";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

function offsetText(offsetMs: number, style: "Z" | "X" | "XX" | "XXX"): string {
  const total = Math.round(offsetMs / 60000);
  if (style !== "Z" && total === 0) return "Z";
  const sign = total < 0 ? "-" : "+";
  const h = pad(Math.floor(Math.abs(total) / 60), 2);
  const m = pad(Math.abs(total) % 60, 2);
  if (style === "X") return `${sign}${h}`;
  if (style === "XXX") return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function zoneName(instant: number, zone: string, long: boolean): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    timeZoneName: long ? "long" : "short",
  }).formatToParts(new Date(instant));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? zone;
}

/** Thrown for a letter SimpleDateFormat does not know. */
export class PatternError extends Error {}

/** Formats `instant` (ms) in `zone` with a SimpleDateFormat `pattern`. */
export function formatDate(instant: number, zone: string, pattern: string): string {
  const offset = zoneOffset(zone, instant);
  const p = wallParts(instantToWall(instant, zone));
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = "";
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else text += pattern[j++];
      }
      out += text;
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (j < pattern.length && pattern[j] === ch) j++;
    const n = j - i;
    i = j;
    switch (ch) {
      case "G":
        out += p.year > 0 ? "AD" : "BC";
        break;
      case "y":
      case "Y":
      case "u":
        if (ch === "u") out += String(p.weekday === 0 ? 7 : p.weekday);
        else out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case "M":
      case "L":
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        break;
      case "d":
        out += pad(p.day, n);
        break;
      case "D": {
        const start = Date.UTC(p.year, 0, 1);
        const doy = Math.floor((Date.UTC(p.year, p.month - 1, p.day) - start) / 86_400_000) + 1;
        out += pad(doy, n);
        break;
      }
      case "E":
        out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
        break;
      case "a":
        out += p.hour < 12 ? "AM" : "PM";
        break;
      case "H":
        out += pad(p.hour, n);
        break;
      case "k":
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case "K":
        out += pad(p.hour % 12, n);
        break;
      case "h":
        out += pad(((p.hour + 11) % 12) + 1, n);
        break;
      case "m":
        out += pad(p.minute, n);
        break;
      case "s":
        out += pad(p.second, n);
        break;
      case "S":
        out += pad(p.millisecond, n);
        break;
      case "z":
        out += zoneName(instant, zone, n >= 4);
        break;
      case "Z":
        out += offsetText(offset, "Z");
        break;
      case "X":
        out += offsetText(offset, n === 1 ? "X" : n === 2 ? "XX" : "XXX");
        break;
      default:
        throw new PatternError(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
