// `Tổng hợp từ file khác` pulling 3 sources: spreadsheet calls must not grow with their rows.
import { LocalSpreadsheet } from "../src/imitation";
import { SHEET } from "../src/text";
import { addinFor } from "../test/support/addin";
import { listSources, sampleBook } from "../test/support/sample-book";
import { generateBook } from "./gen-log";
import type { BenchRow } from "./types";

const ADMIN = "admin@tinhdoan.vn";

export async function sourceRows(): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const n of [1_000, 10_000]) {
    const book = sampleBook({ editors: [ADMIN], admins: [ADMIN] });
    listSources(book, [
      ["A", "a"],
      ["B", "b"],
      ["C", "c"],
    ]);
    const { run, env } = await addinFor(book, { user: ADMIN });
    for (const id of ["a", "b", "c"]) {
      const logs = generateBook(n, id.charCodeAt(0)).logs;
      const sheets = logs.map((l) => ({ name: l.name, rows: l.values, maxRows: l.values.length + 5 }));
      env.addBook(LocalSpreadsheet.create({ id, owner: ADMIN, sheets }));
    }
    env.calls.reset();
    const t0 = performance.now();
    run("tongHopTuFileKhac");
    const ms = performance.now() - t0;
    const status = book
      .rawSheet(SHEET.sources)
      .rawValues()
      .slice(1)
      .map((r) => String(r[2]));
    if (!status.every((s) => s.startsWith("OK"))) throw new Error(`sources failed: ${status.join(" / ")}`);
    const group = `sources 3 × ${n.toLocaleString("en")} rows`;
    out.push({ group, name: "Tổng hợp từ file khác: time", value: ms.toFixed(0), unit: "ms" });
    out.push({ group, name: "Tổng hợp từ file khác: spreadsheet calls", value: env.calls.total(), unit: "calls" });
  }
  return out;
}
