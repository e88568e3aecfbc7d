// Custom functions (SPEC §8) through the built bundle, given 50,000-row ranges as Sheets hands them
// over (values of the script's realm): each must answer well inside Sheets' 30 s limit for one call.
import vm from "node:vm";
import { SHEET } from "../src/text";
import { addinFor } from "../test/support/addin";
import { LocalSpreadsheet } from "../src/imitation";
import { generateBook } from "./gen-log";
import { atMost, medianMs, type BenchRow } from "./types";

const ROWS = 50_000;

export async function customFunctionRows(): Promise<BenchRow[]> {
  const g = generateBook(ROWS);
  // One log range of every generated row (the generator spreads them over office tabs).
  const logRows = [g.logs[0].values[0], ...g.logs.flatMap((l) => l.values.slice(1))];
  const book = LocalSpreadsheet.create({
    name: "bench custom functions",
    sheets: [
      { name: SHEET.roster, rows: g.roster },
      { name: SHEET.units, rows: g.units },
      { name: SHEET.log, rows: logRows, maxRows: logRows.length },
    ],
  });
  const { ctx, run } = await addinFor(book);
  // Ranges built inside the script's realm, as getValues() would hand them to the formula.
  const grid = (sheet: string, pick?: number[]) =>
    vm.runInContext(
      `(() => { const v = SpreadsheetApp.getActive().getSheetByName(${JSON.stringify(sheet)}).getDataRange().getValues();
        const pick = ${JSON.stringify(pick ?? null)};
        return pick ? v.slice(1).map((r) => pick.map((i) => r[i])) : v; })()`,
      ctx,
    ) as unknown[][];
  const log = grid(SHEET.log);
  const col = (i: number) => grid(SHEET.log, [i]);
  const [from, to, days] = [col(1), col(2), col(6)];
  const roster = grid(SHEET.roster);
  const units = grid(SHEET.units);
  const cadres = grid(SHEET.roster, [0]);
  const asOf = vm.runInContext("new Date(2025, 8, 30)", ctx);
  const targets = days.map(() => [60]);
  const scores = days.map((_, i) => [(i * 7) % 101]);
  const maxima = days.map(() => [100]);
  const n = (log.length - 1).toLocaleString("en-US");
  const calls: [string, string, unknown[]][] = [
    ["DICOSO_SONGAY", `3 ranges of ${n} rows`, [from, to, days]],
    ["DICOSO_TONGNGAY", `log ${n} rows, ${cadres.length.toLocaleString("en-US")} cadres`, [log, cadres]],
    ["DICOSO_TIENDO", `2 ranges of ${n} rows`, [days, targets, asOf]],
    ["DICOSO_XEPLOAI", `2 ranges of ${n} rows`, [scores, maxima]],
    ["DICOSO_KIEMTRA", `log ${n} rows`, [log, roster, units]],
  ];
  const rows: BenchRow[] = [];
  for (const [name, what, args] of calls) {
    const out = run(name, ...args);
    if (!Array.isArray(out)) throw new Error(`${name}: ${String(out)}`);
    const ms = await medianMs(() => run(name, ...args), 3);
    const limit = name === "DICOSO_KIEMTRA" ? 500 : 2000;
    rows.push({
      group: "custom functions",
      name: `${name}: ${what}`,
      value: ms.toFixed(0),
      unit: "ms",
      target: atMost(ms, limit, "ms"),
    });
  }
  return rows;
}
