// Each menu command through the built bundle on the local spreadsheet: time and spreadsheet calls at
// 1,000, 10,000 and 50,000 log rows. The calls column must read the same on every row of a command.
import { LocalSpreadsheet } from "../src/imitation";
import { SHEET } from "../src/text";
import { addinFor } from "../test/support/addin";
import { generateBook } from "./gen-log";
import type { BenchRow } from "./types";

const COMMANDS: [string, string][] = [
  ["kiemTraNhatKy", "Kiểm tra nhật ký"],
  ["tinhTienDo", "Tính tiến độ chỉ tiêu"],
  ["xepLoaiDonVi", "Xếp loại đơn vị"],
  ["tinhTatCa", "Tính tất cả"],
];

function localBook(rows: number): LocalSpreadsheet {
  const g = generateBook(rows);
  return LocalSpreadsheet.create({
    name: `bench ${rows}`,
    sheets: [
      { name: SHEET.settings, rows: g.settings },
      { name: SHEET.roster, rows: g.roster },
      { name: SHEET.units, rows: g.units },
      { name: SHEET.activities, rows: g.activities },
      ...g.logs.map((l) => ({ name: l.name, rows: l.values, maxRows: l.values.length + 10 })),
      { name: SHEET.criteria, rows: g.criteria },
      { name: SHEET.scores, rows: g.scores },
    ],
  });
}

export async function commandRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [1_000, 10_000, 50_000]) {
    const { run, env } = await addinFor(localBook(n));
    for (const [handler, caption] of COMMANDS) {
      env.calls.reset();
      const t0 = performance.now();
      run(handler);
      const ms = performance.now() - t0;
      const failed = env.ui.alerts.find((a) => /lỗi ngoài dự kiến|Chưa có trang|thiếu cột/.test(a.prompt));
      if (failed) throw new Error(`${caption}: ${failed.prompt}`);
      rows.push({
        group: `menu ${n.toLocaleString("en")} rows`,
        name: `${caption}: time`,
        value: ms.toFixed(0),
        unit: "ms",
      });
      rows.push({
        group: `menu ${n.toLocaleString("en")} rows`,
        name: `${caption}: spreadsheet calls`,
        value: env.calls.total(),
        unit: "calls",
      });
    }
  }
  return rows;
}
