// Finding the cadre or unit a log cell means: by code or name, exact after foldText; then a looser key
// (no diacritics, no punctuation, and for units without unit-type words) accepted only when it points to
// exactly one candidate; otherwise up to 3 suggestions by edit distance. Indexes are built once; each
// distinct cell text is resolved once.
import { cellString, isBlankCell } from "./cells";
import { codeKeys, foldText, isAscii, stripDiacritics } from "./fold";
import { oncePer } from "./once-per";
import type { Cell } from "./types";

export interface Entity {
  code: string;
  name: string;
}

/** cadre: a leading "đ/c", "đồng chí" is ignored; unit: unit-type words are dropped from the looser key; plain: neither. */
export type MatchKind = "cadre" | "unit" | "plain";

export type MatchResult<T> =
  | { kind: "blank" }
  | { kind: "exact"; item: T }
  | { kind: "loose"; item: T }
  | { kind: "ambiguous"; items: T[] }
  | { kind: "unknown"; suggestions: T[] };

export interface Matcher<T> {
  resolve(c: Cell): MatchResult<T>;
  /** The one item `resolve` accepts (exact or loose), without computing suggestions for an unknown cell. */
  find(c: Cell): T | undefined;
}

const CADRE_PREFIX = /^(?:đồng chí|đ\s*\/\s*c|đ\.\s*c\.?|đc|d\s*\/\s*c)(?:\s*[:.]\s*|\s+)/;

// Longest first so "đoàn xã" goes before "xã"; applied to looseFold text, so written without diacritics.
// Made on first use, not at load.
let unitTypeWords: RegExp | undefined;
const UNIT_TYPE_WORDS = () =>
  (unitTypeWords ??= new RegExp(
    "\\b(?:doan thanh nien cong san ho chi minh|doan tncs ho chi minh|doan tncs hcm|doan thanh nien|doan tn|dtn|" +
      "chi doan co so|doan co so|chi doan|doan xa|xa doan|doan phuong|phuong doan|doan thi tran|thi tran doan|" +
      "thi tran|xa|phuong|doan)\\b",
    "g",
  ));

/** Exact key: foldText, and for cadres without a leading "đ/c", "đồng chí". */
export function exactKey(c: Cell, kind: MatchKind): string {
  const f = foldText(cellString(c));
  return kind === "cadre" ? withoutCadrePrefix(f) : f;
}

const withoutCadrePrefix = (folded: string) => folded.replace(CADRE_PREFIX, "").trim();
const BLANK: MatchResult<never> = { kind: "blank" };

/** One word of plain letters and digits, such as a code: its own looser key (a lone unit-type word is kept). */
const PLAIN_WORD = /^[a-z0-9]+$/;

/**
 * Looser key of an exact key: no diacritics (Đ as D), punctuation as space, unit-type words dropped.
 * The exact key is folded already (foldText of a folded text is itself): only its diacritics go.
 */
export function looseKey(exact: string, kind: MatchKind): string {
  if (PLAIN_WORD.test(exact)) return exact;
  const base = stripDiacritics(exact)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (kind !== "unit") return base;
  const stripped = base.replace(UNIT_TYPE_WORDS(), " ").replace(/\s+/g, " ").trim();
  return stripped || base;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The exact name key of each item of a list, and the items of each key ("" included), both in list order. */
export interface NameIndex<T> {
  keys: string[];
  byKey: Map<string, T[]>;
}

/** The name indexes already made, per list and kind: the same-name check of a list and its matcher share one. */
const indexes = oncePer((_: readonly Entity[]): Partial<Record<MatchKind, NameIndex<Entity>>> => ({}));

/** The name index of a list (its items must not change after this call). */
export function nameIndex<T extends Entity>(items: readonly T[], kind: MatchKind): NameIndex<T> {
  const kinds = indexes(items);
  return (kinds[kind] ??= indexNames(items, kind)) as NameIndex<T>;
}

function indexNames<T extends Entity>(items: readonly T[], kind: MatchKind): NameIndex<T> {
  const index: NameIndex<T> = { keys: [], byKey: new Map() };
  for (const item of items) {
    const key = exactKey(item.name, kind);
    index.keys.push(key);
    const list = index.byKey.get(key);
    if (list) list.push(item);
    else index.byKey.set(key, [item]);
  }
  return index;
}

/** The matchers already built, per list and kind: a command checks the log, the plan and the rating against the same lists. */
const matchers = oncePer((_: readonly Entity[]): Partial<Record<MatchKind, Matcher<Entity>>> => ({}));

/** The matcher of a list (its items must not change after this call). */
export function makeMatcher<T extends Entity>(items: readonly T[], kind: MatchKind): Matcher<T> {
  const kinds = matchers(items);
  return (kinds[kind] ??= buildMatcher(items, kind) as Matcher<Entity>) as Matcher<T>;
}

function buildMatcher<T extends Entity>(items: readonly T[], kind: MatchKind): Matcher<T> {
  const byCode = new Map<string, T>();
  const codes = codeKeys(items);
  const names = nameIndex(items, kind);
  const byLoose = new Map<string, T[]>();
  // Per item, its looser keys (name first), for suggestions.
  const keys: string[][] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const code = codes[i];
    if (code && !byCode.has(code)) byCode.set(code, item);
    const name = names.keys[i];
    const looseCode = code && looseKey(code, kind);
    if (looseCode) pushTo(byLoose, looseCode, item);
    const looseName = name && looseKey(name, kind);
    if (looseName) pushTo(byLoose, looseName, item);
    keys.push([looseName, looseCode].filter(Boolean));
  }
  let suggester: Suggester<T> | undefined;
  const memo = new Map<string | number, MatchResult<T>>();

  /** resolve's answer, or undefined for an unknown cell (its suggestions are left to compute). */
  function lookup(c: Cell): MatchResult<T> | undefined {
    if (isBlankCell(c)) return BLANK;
    const raw = foldText(cellString(c));
    const key = kind === "cadre" ? withoutCadrePrefix(raw) : raw;
    const byCodeHit = byCode.get(raw) ?? byCode.get(key);
    if (byCodeHit) return { kind: "exact", item: byCodeHit };
    const named = key ? names.byKey.get(key) : undefined;
    if (named) return named.length === 1 ? { kind: "exact", item: named[0] } : { kind: "ambiguous", items: named };
    const lk = looseKey(key, kind);
    const loose = lk ? byLoose.get(lk) : undefined;
    if (loose) return loose.length === 1 ? { kind: "loose", item: loose[0] } : { kind: "ambiguous", items: loose };
    return undefined;
  }

  function compute(c: Cell): MatchResult<T> {
    const m = lookup(c);
    if (m) return m;
    const raw = foldText(cellString(c));
    suggester ??= new Suggester(items, keys);
    return {
      kind: "unknown",
      suggestions: suggester.suggest(looseKey(kind === "cadre" ? withoutCadrePrefix(raw) : raw, kind)),
    };
  }

  const found = new Map<string | number, T | null>();
  const itemOf = (m: MatchResult<T> | undefined) => (m?.kind === "exact" || m?.kind === "loose" ? m.item : undefined);

  return {
    resolve(c) {
      if (typeof c !== "string" && typeof c !== "number") return compute(c);
      let r = memo.get(c);
      if (!r) memo.set(c, (r = compute(c)));
      return r;
    },
    find(c) {
      if (typeof c !== "string" && typeof c !== "number") return itemOf(lookup(c));
      const known = memo.get(c);
      if (known) return itemOf(known);
      let r = found.get(c);
      if (r === undefined) found.set(c, (r = itemOf(lookup(c)) ?? null));
      return r ?? undefined;
    },
  };
}

/** Per character of the pattern, the positions where it occurs (bit i: a[i]); ASCII only. Made on first use. */
let peqTable: Uint32Array | undefined;

/**
 * Levenshtein distance of a pattern of at most 32 characters, one text character per step on 32-bit
 * words (Myers 1999, in Hyyrö's form for the whole-string distance): suggestion keys are ASCII once
 * diacritics are folded away, and this is several times faster than the table below.
 */
function bitParallelDistance(a: string, b: string): number {
  const m = a.length;
  const peq = (peqTable ??= new Uint32Array(128));
  for (let i = 0; i < m; i++) peq[a.charCodeAt(i)] |= 1 << i;
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < b.length; j++) {
    const eq = peq[b.charCodeAt(j)];
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let i = 0; i < m; i++) peq[a.charCodeAt(i)] = 0;
  return score;
}

let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/**
 * Levenshtein distance; with `max`, any distance above it comes back as max + 1 without being
 * finished (names whose lengths differ by more, or whose every path already costs more, are cut short).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  if (a.length <= 32 && isAscii(a) && isAscii(b)) {
    const d = bitParallelDistance(a, b);
    return d > max ? max + 1 : d;
  }
  if (prevRow.length <= b.length) {
    prevRow = new Int32Array(b.length + 1);
    curRow = new Int32Array(b.length + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      const d = Math.min(sub, del, ins);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length] > max ? max + 1 : prev[b.length];
}

const MAX_SUGGESTIONS = 3;
/** Edit distance is computed for at most this many candidates, chosen by shared letter pairs. */
const MAX_DISTANCE_CHECKS = 40;

// Letter pairs as numbers: looser keys hold only a-z, 0-9 and spaces, all below 128. Made on the first
// suggestion, not at load: every execution (each custom-function call) loads the bundle.
let gramSeen = new Int32Array(0);
let gramStamp = 0;

/** Starts a new set of letter pairs for `addBigrams` (a pair is added once per set). */
function newGramSet(): void {
  if (gramSeen.length === 0) gramSeen = new Int32Array(128 * 128);
  if (++gramStamp === 0x7fffffff) {
    gramSeen.fill(0);
    gramStamp = 1;
  }
}

/** Adds to `out` the letter pairs of ` ${key} ` not yet in the current set. */
function addBigrams(key: string, out: number[]): void {
  let prev = 32;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 32;
    const g = (prev << 7) | c;
    if (gramSeen[g] !== gramStamp) {
      gramSeen[g] = gramStamp;
      out.push(g);
    }
    prev = c;
  }
}

/** Close names for a failed lookup. Indexed by letter pairs so one lookup never scans every name. */
class Suggester<T extends Entity> {
  /** The items having letter pair g: `postings[start[g]]` up to `postings[start[g + 1]]`, in item order. */
  private start = new Int32Array(128 * 128 + 1);
  private postings: Int32Array;
  /** Per item, the query's letter pairs it shares; the candidates (scratch for one lookup at a time). */
  private shared: Int32Array;
  private touched: Int32Array;
  private ranked: Int32Array;
  private ties: Int32Array;

  /** `keys[i]`: the looser keys of `items[i]`. */
  constructor(
    private items: readonly T[],
    private keys: readonly (readonly string[])[],
  ) {
    const n = items.length;
    const grams: number[] = [];
    const firstGram = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      newGramSet();
      for (const k of keys[i]) addBigrams(k, grams);
      firstGram[i + 1] = grams.length;
    }
    const start = this.start;
    for (const g of grams) start[g + 1]++;
    for (let g = 0; g < 128 * 128; g++) start[g + 1] += start[g];
    const next = start.slice(0, 128 * 128);
    const postings = new Int32Array(grams.length);
    for (let i = 0; i < n; i++) for (let k = firstGram[i]; k < firstGram[i + 1]; k++) postings[next[grams[k]]++] = i;
    this.postings = postings;
    this.shared = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.ranked = new Int32Array(n);
    this.ties = new Int32Array(n);
  }

  suggest(query: string): T[] {
    if (!query || query.length > 100) return [];
    const limit = Math.max(2, Math.floor(query.length / 3));
    const grams: number[] = [];
    newGramSet();
    addBigrams(query, grams);
    // Each edit changes at most two letter pairs, so a close name shares at least this many.
    const minShared = Math.max(1, grams.length - 2 * limit);
    const { shared, touched, ranked, start, postings } = this;
    let total = 0;
    for (const g of grams) total += start[g + 1] - start[g];
    let count = 0;
    if (total >= this.items.length) {
      // Most items share a pair with the query: count without noting which, then scan them all. A pair
      // every item has (the "cb" of cadre codes) adds one to every count: it lowers the bar instead.
      const n = this.items.length;
      let bar = minShared;
      for (const g of grams) {
        if (start[g + 1] - start[g] === n) bar--;
        else for (let k = start[g]; k < start[g + 1]; k++) shared[postings[k]]++;
      }
      for (let i = 0; i < n; i++) {
        if (shared[i] >= bar) ranked[count++] = i;
      }
      if (count > MAX_DISTANCE_CHECKS) count = this.mostShared(count, grams.length);
      shared.fill(0);
    } else {
      let seen = 0;
      for (const g of grams) {
        for (let k = start[g]; k < start[g + 1]; k++) if (shared[postings[k]]++ === 0) touched[seen++] = postings[k];
      }
      for (let k = 0; k < seen; k++) if (shared[touched[k]] >= minShared) ranked[count++] = touched[k];
      if (count > MAX_DISTANCE_CHECKS) count = this.mostShared(count, grams.length);
      for (let k = 0; k < seen; k++) shared[touched[k]] = 0;
    }
    const scored: { i: number; d: number }[] = [];
    for (let k = 0; k < count; k++) {
      const i = ranked[k];
      let d = limit + 1;
      for (const key of this.keys[i]) d = Math.min(d, editDistance(query, key, limit));
      if (d <= limit) scored.push({ i, d });
    }
    scored.sort((a, b) => a.d - b.d || a.i - b.i);
    // Names further than the closest one are noise, unless even the closest one is far.
    const best = scored.length ? scored[0].d : 0;
    return scored
      .filter((x) => x.d <= best + Math.floor(best / 3))
      .slice(0, MAX_SUGGESTIONS)
      .map((x) => this.items[x.i]);
  }

  /**
   * Keeps at the front of `ranked` the MAX_DISTANCE_CHECKS of its first `count` sharing the most letter
   * pairs, ties to the lowest index (the first of them sorted by shared descending, then index), found
   * by counting instead of sorting (a common name shares a pair with most of a 2,000-name roster).
   */
  private mostShared(count: number, most: number): number {
    const { shared, ranked, ties } = this;
    const perCount = new Int32Array(most + 2);
    for (let k = 0; k < count; k++) perCount[shared[ranked[k]]]++;
    let need = MAX_DISTANCE_CHECKS;
    let cut = most + 1;
    while (perCount[cut] < need) need -= perCount[cut--];
    let out = 0;
    let tied = 0;
    for (let k = 0; k < count; k++) {
      const i = ranked[k];
      if (shared[i] > cut) ranked[out++] = i;
      else if (shared[i] === cut) ties[tied++] = i;
    }
    const lowest = ties.subarray(0, tied).sort();
    for (let k = 0; k < need; k++) ranked[out++] = lowest[k];
    return out;
  }
}
