// The domain engine alone on generated books: check, progress and rating at 10,000 and 100,000 log rows.
import {
  checkLog,
  computeProgress,
  logTabOf,
  parseActivities,
  parseCriteria,
  parseRoster,
  parseScores,
  parseSettings,
  parseUnits,
  rateUnits,
  readRows,
  type Cell,
  type LogTab,
} from "../src/domain";
import { ACTIVITY_LIST, CRITERIA, LOG, ROSTER, SCORES, SETTINGS, UNITS, type Schema } from "../src/schema";
import { generateBook, type GeneratedBook } from "./gen-log";
import { atMost, medianMs, type BenchRow } from "./types";

function rows<K extends string>(values: Cell[][], schema: Schema<K>, extra?: readonly string[]) {
  const t = readRows(values, schema, { extra });
  if (!t.ok) throw new Error(`missing ${t.missing.join(", ")}`);
  return t;
}

/** Parse every sheet of the book into engine inputs (what the sheet layer does after its batch read). */
export function prepare(book: GeneratedBook) {
  const ctx = { today: book.today, zoneDay: book.zoneDay };
  const { settings } = parseSettings(
    rows(book.settings, SETTINGS).rows.map((r) => ({ param: r.cells.param, value: r.cells.value, row: r.row })),
    ctx,
  );
  const { cadres } = parseRoster(rows(book.roster, ROSTER).rows, { zoneDay: book.zoneDay, year: settings.year });
  const { units } = parseUnits(rows(book.units, UNITS).rows, { zoneDay: book.zoneDay, year: settings.year });
  const activities = parseActivities(rows(book.activities, ACTIVITY_LIST).rows);
  const { criteria } = parseCriteria(rows(book.criteria, CRITERIA).rows);
  const scoreTable = rows(
    book.scores,
    SCORES,
    criteria.map((c) => c.code),
  );
  const { scores } = parseScores(scoreTable.rows, criteria);
  const tabs: LogTab[] = book.logs.map((l) => logTabOf(l.name, rows(l.values, LOG)));
  return { settings, cadres, units, activities, criteria, scores, tabs, zoneDay: book.zoneDay };
}

type Prepared = ReturnType<typeof prepare>;
// Fresh copies of the lists: matchers are kept per list, and each timed run must build its own.
export const check = (p: Prepared) =>
  checkLog({
    tabs: p.tabs,
    cadres: [...p.cadres],
    units: [...p.units],
    activities: p.activities,
    settings: p.settings,
    zoneDay: p.zoneDay,
  });
const progress = (p: Prepared, visits: ReturnType<typeof check>["visits"]) =>
  computeProgress(visits, p.cadres, p.settings);
const rating = (p: Prepared) =>
  rateUnits({ criteria: p.criteria, scores: p.scores, units: [...p.units], settings: p.settings });

export async function engineRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const totals: Record<number, number> = {};
  for (const n of [10_000, 100_000]) {
    const book = generateBook(n);
    const p = prepare(book);
    const checked = check(p);
    const c = checked.counts;
    const group = `engine ${n.toLocaleString("en-US")} rows`;
    const note = `2,000 cadres, 3,000 units; ${c.ok} Hợp lệ, ${c.warning} Cảnh báo, ${c.error} Lỗi`;
    rows.push({
      group,
      name: "check log (checkLog)",
      value: (await medianMs(() => check(p))).toFixed(1),
      unit: "ms",
      note,
    });
    rows.push({
      group,
      name: "progress (computeProgress)",
      value: (await medianMs(() => progress(p, checked.visits))).toFixed(1),
      unit: "ms",
    });
    rows.push({ group, name: "rating (rateUnits)", value: (await medianMs(() => rating(p))).toFixed(1), unit: "ms" });
    const engineMs = await medianMs(() => {
      progress(p, check(p).visits);
      rating(p);
    });
    rows.push({
      group,
      name: "check + progress + rating",
      value: engineMs.toFixed(1),
      unit: "ms",
      note: "median of 5, one after the other",
      target: n === 100_000 ? atMost(engineMs, 300, "ms") : undefined,
    });
    totals[n] = await medianMs(() => {
      const q = prepare(book);
      const r = check(q);
      progress(q, r.visits);
      rating(q);
    });
    rows.push({
      group,
      name: "total: parse + check + progress + rating",
      value: totals[n].toFixed(1),
      unit: "ms",
      note: n === 100_000 ? "limit 2000 ms" : undefined,
    });
  }
  rows.push({
    group: "engine scaling",
    name: "total 100k / total 10k",
    value: (totals[100_000] / totals[10_000]).toFixed(2),
    unit: "×",
    note: "linear = 10, limit 12",
  });
  return rows;
}
