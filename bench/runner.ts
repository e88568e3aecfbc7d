// The local runner (tinh-chi-tieu) on the generated 50,000-row book: .xlsx load, Tính tất cả in the
// built bundle, .xlsx save — wall time of the whole run, and the sizes of the files.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../build/build";
import { writeSample } from "../examples/make-sample";
import { CODE_ENV } from "../src/runner/bundle";
import { Progress } from "../src/runner/progress";
import { runWorkbook } from "../src/runner/run";
import type { BenchRow } from "./types";

const ROWS = 50_000;
const RUNS = 2;

export async function runnerRows(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "tct-bench-runner-"));
  const saved = process.env[CODE_ENV];
  try {
    process.env[CODE_ENV] = (await build({ outDir: join(dir, "dist") })).codePath;
    const input = join(dir, "so-50000.xlsx");
    await writeSample(input, ROWS);
    const output = join(dir, "so-50000-ket-qua.xlsx");
    const times: number[] = [];
    let checked = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const report = await runWorkbook({
        input,
        out: output,
        command: "tat-ca",
        progress: new Progress(false, () => {}),
      });
      times.push(performance.now() - t0);
      checked = report.log?.checked ?? 0;
    }
    const group = "runner 50,000 rows";
    const kb = (file: string) => (statSync(file).size / 1024).toFixed(0);
    return [
      { group, name: "book .xlsx size", value: kb(input), unit: "KB", note: "examples/make-sample.ts --rows 50000" },
      {
        group,
        name: "tinh-chi-tieu tat-ca: load + run + save (first run)",
        value: times[0].toFixed(0),
        unit: "ms",
        note: `${checked.toLocaleString("en-US")} rows checked; limit 60000 ms`,
      },
      { group, name: `tinh-chi-tieu tat-ca (best of ${RUNS})`, value: Math.min(...times).toFixed(0), unit: "ms" },
      { group, name: "result .xlsx size", value: kb(output), unit: "KB" },
    ];
  } finally {
    if (saved === undefined) delete process.env[CODE_ENV];
    else process.env[CODE_ENV] = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}
