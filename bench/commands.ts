// Each menu command through the built bundle on the local spreadsheet: time and spreadsheet calls at
// 1,000, 10,000 and 50,000 log rows. The calls column must read the same on every row of a command.
import { LocalSpreadsheet } from "../src/imitation";
import type { Cell } from "../src/domain";
import { H, PH, PLAN_SHEET, SHEET } from "../src/text";
import { addinFor, editEvent } from "../test/support/addin";
import { generateBook } from "./gen-log";
import { atMost, type BenchRow } from "./types";

const COMMANDS: [string, string][] = [
  ["kiemTraNhatKy", "Kiểm tra nhật ký"],
  ["tinhTienDo", "Tính tiến độ chỉ tiêu"],
  ["xepLoaiDonVi", "Xếp loại đơn vị"],
  ["tinhTatCa", "Tính tất cả"],
  // Last: it answers the period prompt.
  ["chotSoLieu", "Chốt số liệu"],
];

const BENCH_OWNER = "bithu@tinhdoan.vn";

/** A plan row for every 10th log row of the main tab: same cadre, unit and dates (SPEC §10). */
function planOf(log: Cell[][]): Cell[][] {
  const h = log[0].map(String);
  const at = (name: string) => h.indexOf(name);
  const [cadre, unit, from, to] = [H.cadre, H.unit, H.dateFrom, H.dateTo].map(at);
  const rows: Cell[][] = [[PH.seq, PH.cadre, PH.unit, PH.from, PH.to, PH.content, PH.note]];
  for (let i = 1; i < log.length; i += 10) {
    const r = log[i];
    rows.push([rows.length, r[cadre], r[unit], r[from], r[to], "Theo kế hoạch quý", ""]);
  }
  return rows;
}

/**
 * The bench book; `oneLogTab` puts every log row on `Nhật ký đi cơ sở` (no office tabs); `plan: false`
 * leaves out the plan tab (Part II, optional: with it Kiểm tra also writes the plan's results and
 * `Theo dõi kế hoạch`).
 */
export function localBook(rows: number, opts: { oneLogTab?: boolean; plan?: boolean } = {}): LocalSpreadsheet {
  const g = generateBook(rows);
  if (opts.oneLogTab)
    g.logs = [{ name: g.logs[0].name, values: [g.logs[0].values[0], ...g.logs.flatMap((l) => l.values.slice(1))] }];
  return LocalSpreadsheet.create({
    name: `bench ${rows}`,
    owner: BENCH_OWNER,
    sheets: [
      { name: SHEET.settings, rows: g.settings },
      { name: SHEET.roster, rows: g.roster },
      { name: SHEET.units, rows: g.units },
      { name: SHEET.activities, rows: g.activities },
      ...g.logs.map((l) => ({ name: l.name, rows: l.values, maxRows: l.values.length + 10 })),
      ...(opts.plan === false ? [] : [{ name: PLAN_SHEET.plan, rows: planOf(g.logs[0].values) }]),
      { name: SHEET.criteria, rows: g.criteria },
      { name: SHEET.scores, rows: g.scores },
    ],
  });
}

export async function commandRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [1_000, 10_000, 50_000]) {
    const book = localBook(n);
    const { run, env, ctx } = await addinFor(book, {}, { strict: false });
    const group = `menu ${n.toLocaleString("en")} rows`;
    for (const [handler, caption] of COMMANDS) {
      if (handler === "chotSoLieu") env.ui.respond("OK", "Quý I"); // an ended quarter: no confirmation
      env.calls.reset();
      const t0 = performance.now();
      run(handler);
      const ms = performance.now() - t0;
      if (env.ui.pendingResponses()) env.ui.reset();
      const failed = env.ui.alerts.find((a) => /lỗi ngoài dự kiến|Chưa có trang|thiếu cột/.test(a.prompt));
      if (failed) throw new Error(`${caption}: ${failed.prompt}`);
      const touched = env.calls.sheetsTouched();
      // Issue 15: at most 4 calls per sheet read and 12 per sheet written, the same at every size.
      const budget = 4 * touched.read.length + 12 * touched.written.length;
      rows.push({ group, name: `${caption}: time`, value: ms.toFixed(0), unit: "ms" });
      rows.push({
        group,
        name: `${caption}: spreadsheet calls`,
        value: env.calls.total(),
        unit: "calls",
        note: `${touched.read.length} sheets read × 4 + ${touched.written.length} written × 12`,
        target: atMost(env.calls.total(), budget, "calls"),
      });
      rows.push({
        group,
        name: `${caption}: reads after the first write`,
        value: env.calls.lateReads().length,
        unit: "reads",
        target: atMost(env.calls.lateReads().length, 0, "reads"),
      });
    }
    rows.push(...(await oneLogTabCheck(n, group)));
    // onEdit: a cadre types one row near the end of the biggest log tab, then one plan row.
    const cellsOfBook = book.raw().sheets.reduce((sum, sh) => sum + sh.grid.lastRow() * sh.grid.lastColumn(), 0);
    for (const [tab, what] of [
      [SHEET.log, "onEdit (one log row)"],
      [PLAN_SHEET.plan, "onEdit (one plan row)"],
    ] as const) {
      const row = book
        .raw()
        .sheets.find((sh) => sh.name === tab)!
        .grid.lastRow();
      const event = editEvent(ctx, tab, row, 1, 2, 1);
      const times: number[] = [];
      for (let k = 0; k < 3; k++) {
        env.calls.reset();
        const t0 = performance.now();
        run("onEdit", event);
        times.push(performance.now() - t0);
      }
      const read = Object.keys(env.calls.cellsReadBySheet());
      const ms = times.sort((a, b) => a - b)[1];
      rows.push({
        group,
        name: `${what}: time`,
        value: ms.toFixed(0),
        unit: "ms",
        note: "median of 3",
        target: n === 50_000 ? atMost(ms, 300, "ms") : undefined,
      });
      rows.push({
        group,
        name: `${what}: cell reads`,
        value:
          env.calls.count("Range.getValues") +
          env.calls.count("Range.getDisplayValues") +
          env.calls.count("Sheet.getSheetValues"),
        unit: "reads",
        note: `${env.calls.total()} calls; ${read.length} sheets read (${read.join(", ")})`,
      });
      rows.push({
        group,
        name: `${what}: cells read`,
        value: env.calls.cellsRead(),
        unit: "cells",
        note: `of ${cellsOfBook.toLocaleString("en")} in the book; target: only what its rules need (the edited rows, their cadres' rows, each tab's Mã CB column, the lists)`,
      });
    }
  }
  return rows;
}

/**
 * Issue 15: `Kiểm tra nhật ký` on a book whose whole log is one tab, run twice: ≤ 40 calls on the book of
 * Part I (no plan tab); with the plan tab it also writes the plan's results and `Theo dõi kế hoạch`,
 * so that one is held to the budget of the sheets it touches.
 */
async function oneLogTabCheck(n: number, group: string): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const plan of [false, true]) {
    const { run, env } = await addinFor(localBook(n, { oneLogTab: true, plan }), {}, { strict: false });
    run("kiemTraNhatKy");
    const first = env.calls.total();
    const late = env.calls.lateReads().length;
    const { read, written } = env.calls.sheetsTouched();
    const budget = plan ? 4 * read.length + 12 * written.length : 40;
    env.calls.reset();
    run("kiemTraNhatKy");
    out.push({
      group,
      name: `Kiểm tra nhật ký, one log tab${plan ? " and the plan tab" : ""}: spreadsheet calls`,
      value: first,
      unit: "calls",
      note:
        `${env.calls.total()} when run again; reads after the first write: ${late}, then ${env.calls.lateReads().length}` +
        (plan ? `; ${read.length} sheets read × 4 + ${written.length} written × 12` : ""),
      target: atMost(first, budget, "calls"),
    });
  }
  return out;
}
