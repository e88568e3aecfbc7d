// What a spreadsheet locale ("vi_VN", "en_US") changes: separators, date order, month names.

export function bcp47(locale: string): string {
  const tag = locale.replace(/_/g, "-");
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en-US";
  } catch {
    return "en-US";
  }
}

export interface Separators {
  decimal: string;
  group: string;
}

const separatorCache = new Map<string, Separators>();

export function separators(locale: string): Separators {
  let s = separatorCache.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(bcp47(locale)).formatToParts(1234567.5);
    const group = parts.find((p) => p.type === "group")?.value ?? ",";
    const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
    s = { decimal, group: group === "\u00a0" || group === "\u202f" ? " " : group };
    separatorCache.set(locale, s);
  }
  return s;
}

export type DatePart = "d" | "m" | "y";
const orderCache = new Map<string, DatePart[]>();

/** Order in which the locale writes day, month and year: vi_VN d/m/y, en_US m/d/y, ja_JP y/m/d. */
export function dateOrder(locale: string): DatePart[] {
  let order = orderCache.get(locale);
  if (!order) {
    const parts = new Intl.DateTimeFormat(bcp47(locale), {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      timeZone: "UTC",
    }).formatToParts(new Date(Date.UTC(2025, 2, 15)));
    order = [];
    for (const p of parts) {
      if (p.type === "day") order.push("d");
      else if (p.type === "month") order.push("m");
      else if (p.type === "year") order.push("y");
    }
    if (order.length !== 3) order = ["m", "d", "y"];
    orderCache.set(locale, order);
  }
  return order;
}

const nameCache = new Map<string, string[]>();

function names(locale: string, kind: "month" | "weekday", style: "short" | "long"): string[] {
  const key = `${locale}|${kind}|${style}`;
  let list = nameCache.get(key);
  if (!list) {
    const f = new Intl.DateTimeFormat(bcp47(locale), { [kind]: style, timeZone: "UTC" });
    list =
      kind === "month"
        ? Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2025, i, 1))))
        : Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2025, 0, 5 + i)))); // 5/1/2025 is a Sunday
    nameCache.set(key, list);
  }
  return list;
}

/** Month names, January first. */
export function monthNames(locale: string, style: "short" | "long"): string[] {
  return names(locale, "month", style);
}

/** Weekday names, Sunday first. */
export function weekdayNames(locale: string, style: "short" | "long"): string[] {
  return names(locale, "weekday", style);
}

/** The date format Sheets gives a cell that receives a date while its format is automatic. */
export function autoDateFormat(locale: string, withTime: boolean): string {
  const order = dateOrder(locale);
  const tokens = { d: order[0] === "m" ? "d" : "dd", m: order[0] === "m" ? "M" : "MM", y: "yyyy" };
  const date = order.map((p) => tokens[p]).join("/");
  if (!withTime) return date;
  return order[0] === "m" ? `${date} H:mm:ss` : `${date} HH:mm:ss`;
}

/** The time format Sheets gives a cell that receives a time of day while its format is automatic. */
export function autoTimeFormat(locale: string): string {
  return dateOrder(locale)[0] === "m" ? "h:mm:ss AM/PM" : "HH:mm:ss";
}
