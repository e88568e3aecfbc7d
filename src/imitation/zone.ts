// Time-zone arithmetic with Intl (Node has full ICU): wall clock <-> instant, and Sheets serials.
// A serial is the number of days since 1899-12-30 00:00 on the wall clock of the spreadsheet's zone.

const DAY_MS = 86_400_000;
/** Offsets are cached per quarter hour (zone transitions fall on quarter hours). */
const BUCKET_MS = 900_000;
/** Serial of 1970-01-01. */
export const EPOCH_SERIAL = 25_569;

const HOUR_MS = 3_600_000;
/**
 * Zones whose offset has not changed since `since` (an instant): their instants after it need no ICU,
 * whose first time-zone formatter costs a run 10–25 ms. Asia/Ho_Chi_Minh has been +07 since
 * 13 June 1975 (tz database); 1976 is a safe start. Earlier instants, and every other zone, use Intl.
 */
const FIXED = new Map<string, { offset: number; since: number }>([
  ["Asia/Ho_Chi_Minh", { offset: 7 * HOUR_MS, since: Date.UTC(1976, 0, 1) }],
  ["Asia/Saigon", { offset: 7 * HOUR_MS, since: Date.UTC(1976, 0, 1) }],
  ["UTC", { offset: 0, since: Number.NEGATIVE_INFINITY }],
  ["Etc/UTC", { offset: 0, since: Number.NEGATIVE_INFINITY }],
]);

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidTimeZone(zone: string): boolean {
  if (FIXED.has(zone)) return true;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

function rawOffset(zone: string, instant: number): number {
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  const p: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(new Date(whole))) p[part.type] = part.value;
  let year = Number(p.year);
  if (p.era === "BC" || p.era === "B") year = 1 - year;
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
  wall.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), 0);
  return wall.getTime() - whole;
}

/** The last zone asked for and its FIXED entry: a run asks for one zone, per cell. */
let lastZone: string | undefined;
let lastFixed: { offset: number; since: number } | undefined;

function fixedOffset(zone: string): { offset: number; since: number } | undefined {
  if (zone !== lastZone) {
    lastFixed = FIXED.get(zone);
    lastZone = zone;
  }
  return lastFixed;
}

/** Offset of `zone` from UTC at `instant`, in ms (Asia/Ho_Chi_Minh today: +7 h). */
export function zoneOffset(zone: string, instant: number): number {
  const fixed = fixedOffset(zone);
  if (fixed && instant >= fixed.since) return fixed.offset;
  let perZone = offsets.get(zone);
  if (!perZone) offsets.set(zone, (perZone = new Map()));
  const bucket = Math.floor(instant / BUCKET_MS);
  const cached = perZone.get(bucket);
  if (cached !== undefined) return cached;
  const start = bucket * BUCKET_MS;
  const first = rawOffset(zone, start);
  if (first === rawOffset(zone, start + BUCKET_MS - 1000)) {
    perZone.set(bucket, first);
    return first;
  }
  return rawOffset(zone, instant); // a transition inside this quarter hour: no caching
}

/** Wall-clock ms (a UTC timestamp read as local time) of `instant` in `zone`. */
export function instantToWall(instant: number, zone: string): number {
  return instant + zoneOffset(zone, instant);
}

/** The instant at which the wall clock of `zone` shows `wall` (the earlier one in a fall-back hour). */
export function wallToInstant(wall: number, zone: string): number {
  // A fixed zone, with the wall clock and the instant both in its fixed span: what the steps below give.
  const fixed = fixedOffset(zone);
  if (fixed && Math.min(wall, wall - fixed.offset) >= fixed.since) return wall - fixed.offset;
  let guess = wall - zoneOffset(zone, wall);
  guess = wall - zoneOffset(zone, guess);
  const second = wall - zoneOffset(zone, guess);
  return Math.min(guess, second);
}

export function serialToWall(serial: number): number {
  return Math.round((serial - EPOCH_SERIAL) * DAY_MS);
}

export function wallToSerial(wall: number): number {
  const serial = wall / DAY_MS + EPOCH_SERIAL;
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-9 ? whole : serial;
}

export function serialToInstant(serial: number, zone: string): number {
  return wallToInstant(serialToWall(serial), zone);
}

export function instantToSerial(instant: number, zone: string): number {
  return wallToSerial(instantToWall(instant, zone));
}

/** Serial of a calendar date (month 1-12) at the given time of day. */
export function dateToSerial(year: number, month: number, day: number, h = 0, mi = 0, s = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(h, mi, s, 0);
  return wallToSerial(d.getTime());
}

/** Calendar fields of a wall-clock timestamp. */
export interface WallParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

export function wallParts(wall: number): WallParts {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}
