// Counting days (SPEC §4): a visit's credit is spread evenly over its calendar days and each cadre's
// day is capped at 1. The one implementation behind `Tiến độ chỉ tiêu` and DICOSO_TONGNGAY.
import { overlapDays } from "./dates";
import { clean } from "./numbers";
import type { Day } from "./types";

export interface CreditSpan {
  from: Day;
  to: Day;
  credit: number;
}

/**
 * Visits side by side in columns (one typed array per field), read at [begin, end): counting a
 * 100,000-row log's cadres one by one then reads a few contiguous arrays instead of visiting every
 * scattered visit object again.
 */
export interface SpanColumns {
  from: Float64Array;
  to: Float64Array;
  credit: Float64Array;
}

/** The columns of a list of visits, in its order. */
export function spanColumns(visits: readonly CreditSpan[]): SpanColumns {
  const n = visits.length;
  const cols = { from: new Float64Array(n), to: new Float64Array(n), credit: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    const v = visits[k];
    cols.from[k] = v.from;
    cols.to[k] = v.to;
    cols.credit[k] = v.credit;
  }
  return cols;
}

/**
 * Credit per day of [lo, hi] (index 0 = lo) from one cadre's visits, each day at most 1. With `scratch`
 * long enough, the days are counted in (a view of) it instead of a new array: the previous answer is gone.
 */
export function dailyCredit(visits: readonly CreditSpan[], lo: Day, hi: Day, scratch?: Float64Array): Float64Array {
  return dailyCreditOf(spanColumns(visits), 0, visits.length, lo, hi, scratch);
}

/** dailyCredit of the visits at [begin, end) of `cols`. */
export function dailyCreditOf(
  cols: SpanColumns,
  begin: number,
  end: number,
  lo: Day,
  hi: Day,
  scratch?: Float64Array,
): Float64Array {
  const n = Math.max(0, hi - lo + 1);
  const daily = scratch && scratch.length >= n ? scratch.subarray(0, n).fill(0) : new Float64Array(n);
  const { from, to, credit } = cols;
  // Only the days some visit covers can pass 1: the cap looks at those, not the whole year.
  let first = n;
  let last = -1;
  for (let k = begin; k < end; k++) {
    if (!(credit[k] > 0)) continue;
    const perDay = credit[k] / (to[k] - from[k] + 1);
    const a = Math.max(from[k], lo);
    const b = Math.min(to[k], hi);
    if (!(a <= b)) continue;
    for (let d = a; d <= b; d++) daily[d - lo] += perDay;
    first = Math.min(first, a - lo);
    last = Math.max(last, b - lo);
  }
  for (let i = first; i <= last; i++) if (daily[i] > 1) daily[i] = 1;
  return daily;
}

/**
 * The capped credit of each day of [lo, hi] split between `keys` parts (SPEC §11: levels): the day's
 * capped credit is shared in proportion to the uncapped credits of that day's visits per part. A visit
 * whose key is outside [0, keys) still takes its share of the cap. Part sums add up to dailyCredit.
 */
export function dailyCreditSplit<T extends CreditSpan>(
  visits: readonly T[],
  lo: Day,
  hi: Day,
  keyOf: (v: T) => number,
  keys: number,
): Float64Array[] {
  return dailyCreditSplitOf(spanColumns(visits), 0, visits.length, Int32Array.from(visits, keyOf), lo, hi, keys);
}

/** dailyCreditSplit of the visits at [begin, end) of `cols`, the part of visit k being `key[k]`. */
export function dailyCreditSplitOf(
  cols: SpanColumns,
  begin: number,
  end: number,
  key: Int32Array,
  lo: Day,
  hi: Day,
  keys: number,
): Float64Array[] {
  const n = Math.max(0, hi - lo + 1);
  const parts = Array.from({ length: keys }, () => new Float64Array(n));
  const uncapped = new Float64Array(n);
  const { from, to, credit } = cols;
  for (let k = begin; k < end; k++) {
    if (!(credit[k] > 0)) continue;
    const perDay = credit[k] / (to[k] - from[k] + 1);
    const part = key[k] >= 0 && key[k] < keys ? parts[key[k]] : undefined;
    for (let d = Math.max(from[k], lo); d <= Math.min(to[k], hi); d++) {
      uncapped[d - lo] += perDay;
      if (part) part[d - lo] += perDay;
    }
  }
  for (let i = 0; i < n; i++) {
    if (uncapped[i] <= 1) continue;
    const scale = 1 / uncapped[i];
    for (const part of parts) part[i] *= scale;
  }
  return parts;
}

/** Sum of `daily` (starting at `lo`) over [a, b]. */
export function sumDays(daily: Float64Array, lo: Day, a: Day, b: Day): number {
  let s = 0;
  for (let d = Math.max(a, lo); d <= Math.min(b, lo + daily.length - 1); d++) s += daily[d - lo];
  return clean(s);
}

/** Whether a visit earns anything in [lo, hi]. */
export function countsIn(v: CreditSpan, lo: Day, hi: Day): boolean {
  return earnsIn(v.credit, v.from, v.to, lo, hi);
}

/** countsIn of a visit given by its fields (a visit in columns). */
export function earnsIn(credit: number, from: Day, to: Day, lo: Day, hi: Day): boolean {
  return credit > 0 && overlapDays(from, to, lo, hi) > 0;
}

export interface LoggedSpan extends CreditSpan {
  /** Unit identity (index or folded name). */
  unit: string | number;
  /** Position in the log: tab order, then row. */
  seq: number;
}

const SPAN_KEY = 2 ** 20;
const PACKED_LIMIT = 2 ** 50;

const byUnitThenCredit = (a: LoggedSpan, b: LoggedSpan) =>
  (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
  Math.round(a.credit * 10) - Math.round(b.credit * 10) ||
  a.seq - b.seq;

/**
 * The visits by `Ngày đi`, `Ngày về`, unit, credited days and log position. Most pairs already differ in
 * their dates, so each visit's two dates and its index are packed into one number and the numbers sorted
 * natively, without a comparator (a 100,000-row log sorts 2,000 such lists); only runs of equal dates
 * are then ordered by reading the records.
 */
function sortedSpans<T extends LoggedSpan>(visits: readonly T[]): T[] {
  const n = visits.length;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = visits[i];
    const length = v.to - v.from;
    packed[i] = (v.from * SPAN_KEY + length) * n + i;
    // Well inside 2^53, so that packed / n rounds without reaching the next key.
    if (
      !(
        length >= 0 &&
        length < SPAN_KEY &&
        Number.isInteger(v.from) &&
        Number.isInteger(length) &&
        Math.abs(packed[i]) < PACKED_LIMIT
      )
    )
      return [...visits].sort((a, b) => a.from - b.from || a.to - b.to || byUnitThenCredit(a, b));
  }
  packed.sort();
  const out: T[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = packed[k] - Math.floor(packed[k] / n) * n;
    out[k] = visits[i];
  }
  // Equal dates (the same trip logged twice, or two units on one day): by unit, credit, position.
  for (let k = 0; k < n; ) {
    const key = Math.floor(packed[k] / n);
    let end = k + 1;
    while (end < n && Math.floor(packed[end] / n) === key) end++;
    if (end - k > 1) {
      const run = out.slice(k, end).sort(byUnitThenCredit);
      for (let j = 0; j < run.length; j++) out[k + j] = run[j];
    }
    k = end;
  }
  return out;
}

/**
 * Exact duplicates among ONE cadre's visits: same unit, `Ngày đi`, effective `Ngày về` and credited days.
 * Each later copy maps to the earliest one; `kept` holds the others sorted by `Ngày đi`.
 */
export function exactDuplicates<T extends LoggedSpan>(visits: readonly T[]): { kept: T[]; duplicateOf: Map<T, T> } {
  const sorted = sortedSpans(visits);
  const kept: T[] = [];
  const duplicateOf = new Map<T, T>();
  let head: T | undefined;
  for (const v of sorted) {
    if (
      head &&
      head.from === v.from &&
      head.to === v.to &&
      head.unit === v.unit &&
      Math.round(head.credit * 10) === Math.round(v.credit * 10)
    ) {
      duplicateOf.set(v, head);
    } else {
      head = v;
      kept.push(v);
    }
  }
  return { kept, duplicateOf };
}
