// The local runner against what offices do today — the progress table as SUMIFS/COUNTIFS recalculated
// by LibreOffice (bench/peer-sumifs-book.mjs) — on books of the same size, as whole processes,
// alternating runs, medians of wall and CPU time and the pair-by-pair ratio. The target is held by
// `--lenh tien-do`, the command that makes the progress table (issue 15 measures that one);
// `--lenh tat-ca` (the rating sheet as well) is timed in the same rounds and shown beside it. Then the
// runner's phases (read, run, write) and peak memory, so a regression shows where it is.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, ROOT } from "../build/build";
import { buildCli } from "../build/cli";
import { writeSample } from "../examples/make-sample";
import { CODE_ENV } from "../src/runner/bundle";
import { atLeast, atMost, type BenchRow } from "./types";

const SIZES: { rows: number; cadres: number; target: number }[] = [
  { rows: 1_000, cadres: 100, target: 3 },
  { rows: 10_000, cadres: 500, target: 5 },
  { rows: 50_000, cadres: 2_000, target: 10 },
];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The command the peer is measured against: the progress table (with the check and `Tổng hợp`). */
const TARGET_COMMAND = "tien-do";
const ALSO_COMMAND = "tat-ca";
const PEAK_LIMIT_MIB = 400;
const TIME = "/usr/bin/time";

interface Sample {
  wall: number;
  cpu: number | null;
  peakMiB: number | null;
  ok: boolean;
}

/** One whole process: wall time from here, CPU and peak memory from /usr/bin/time when there is one. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv): Sample {
  const useTime = existsSync(TIME);
  const t0 = performance.now();
  const r = useTime
    ? spawnSync(TIME, ["-f", "@@%U %S %M", cmd, ...args], { env, encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(cmd, args, { env, encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = (performance.now() - t0) / 1000;
  const m = useTime ? /@@([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? "") : null;
  return {
    wall,
    cpu: m ? Number(m[1]) + Number(m[2]) : null,
    peakMiB: m ? Number(m[3]) / 1024 : null,
    ok: r.status === 0,
  };
}

function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    for (const name of ["soffice", "libreoffice"]) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f1 = (x: number) => x.toFixed(2);

/** A CA file Node reads at every start when the environment names one (this machine's does). */
const EXTRA_CA = "NODE_EXTRA_CA_CERTS";

/**
 * What every run of the runner pays before its own code: an empty Node process, as this machine starts
 * one, and without `NODE_EXTRA_CA_CERTS` when the environment sets it (the runner makes no connection;
 * Node parses that file at start all the same). Information for reading the ratios, not a target.
 */
function startRows(): BenchRow[] {
  const group = "runner start";
  const empty = (env: NodeJS.ProcessEnv) =>
    median(Array.from({ length: RUNS }, () => timed(process.execPath, ["-e", "0"], env).wall));
  const rows: BenchRow[] = [
    {
      group,
      name: "node -e 0 (an empty Node process): wall",
      value: (1000 * empty(process.env)).toFixed(0),
      unit: "ms",
      note: `median of ${RUNS}; part of every runner time below`,
    },
  ];
  if (process.env[EXTRA_CA]) {
    const { [EXTRA_CA]: _ca, ...without } = process.env;
    rows.push({
      group,
      name: `the same without ${EXTRA_CA}`,
      value: (1000 * empty(without)).toFixed(0),
      unit: "ms",
      note: `this environment sets ${EXTRA_CA}; the runs below keep it`,
    });
  }
  return rows;
}

export async function runnerRows(): Promise<BenchRow[]> {
  // Inside the package, so that the built runner finds its production dependencies in node_modules.
  const cache = join(ROOT, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "tct-bench-runner-"));
  const rows: BenchRow[] = startRows();
  try {
    const dist = join(dir, "dist");
    const { codePath } = await build({ outDir: dist });
    const cli = await buildCli(dist);
    const env = { ...process.env, [CODE_ENV]: codePath };
    const soffice = findSoffice();
    const profile = `-env:UserInstallation=file://${join(dir, "lo-profile")}`;
    for (const size of SIZES) {
      const label = `${size.rows.toLocaleString("en-US")} × ${size.cadres.toLocaleString("en-US")}`;
      const group = `runner ${label}`;
      const input = join(dir, `so-${size.rows}.xlsx`);
      const output = join(dir, `so-${size.rows}-ket-qua.xlsx`);
      await writeSample(input, size.rows, undefined, size.cadres);
      const fods = join(dir, `peer-${size.rows}.fods`);
      const book = spawnSync(
        process.execPath,
        [join(ROOT, "bench", "peer-sumifs-book.mjs"), String(size.rows), String(size.cadres)],
        {
          encoding: "utf8",
          maxBuffer: 1 << 30,
        },
      );
      writeFileSync(fods, book.stdout);
      const csvDir = join(dir, `csv-${size.rows}`);
      mkdirSync(csvDir, { recursive: true });
      const ours = (command = TARGET_COMMAND) =>
        timed(process.execPath, [cli, input, "--lenh", command, "--ra", output], env);
      const peer = () =>
        timed(
          soffice!,
          [
            profile,
            "--headless",
            "--norestore",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
            "--outdir",
            csvDir,
            fods,
          ],
          env,
        );
      ours();
      ours(ALSO_COMMAND);
      if (soffice) peer(); // warm-up: LibreOffice's first start builds its profile
      const a: Sample[] = [];
      const b: Sample[] = [];
      const all: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        a.push(ours());
        if (soffice) b.push(peer());
        all.push(ours(ALSO_COMMAND));
      }
      if (!a.every((s) => s.ok) || !all.every((s) => s.ok)) throw new Error(`tinh-chi-tieu failed on ${input}`);
      const wall = median(a.map((s) => s.wall));
      const cpu = a.every((s) => s.cpu !== null) ? median(a.map((s) => s.cpu!)) : null;
      const peak = a.every((s) => s.peakMiB !== null) ? Math.max(...a.map((s) => s.peakMiB!)) : null;
      const note = `median of ${RUNS}, alternating with the peer`;
      rows.push({ group, name: `tinh-chi-tieu --lenh ${TARGET_COMMAND}: wall`, value: f1(wall), unit: "s", note });
      if (cpu !== null) rows.push({ group, name: "tinh-chi-tieu: CPU (user + system)", value: f1(cpu), unit: "s" });
      if (peak !== null) {
        rows.push({
          group,
          name: "tinh-chi-tieu: peak memory",
          value: peak.toFixed(0),
          unit: "MiB",
          note: `largest of ${RUNS}`,
          target: size.rows === 50_000 ? atMost(peak, PEAK_LIMIT_MIB, "MiB") : undefined,
        });
      }
      if (!soffice || !b.every((s) => s.ok)) {
        rows.push({
          group,
          name: "peer (SUMIFS in LibreOffice)",
          value: "skipped",
          unit: "",
          note: soffice ? "LibreOffice failed" : "LibreOffice (soffice) is not installed",
          target: { text: `≥ ${size.target}× the peer`, met: false },
        });
      } else {
        const ratio = (k: "wall" | "cpu") => median(a.map((s, i) => (b[i][k] ?? Number.NaN) / (s[k] ?? Number.NaN)));
        rows.push({
          group,
          name: "peer (SUMIFS in LibreOffice): wall",
          value: f1(median(b.map((s) => s.wall))),
          unit: "s",
        });
        if (cpu !== null)
          rows.push({ group, name: "peer: CPU (user + system)", value: f1(median(b.map((s) => s.cpu!))), unit: "s" });
        if (peak !== null)
          rows.push({
            group,
            name: "peer: peak memory",
            value: Math.max(...b.map((s) => s.peakMiB!)).toFixed(0),
            unit: "MiB",
          });
        for (const k of cpu !== null ? (["wall", "cpu"] as const) : (["wall"] as const))
          rows.push({
            group,
            name: `peer / tinh-chi-tieu, ${k === "wall" ? "wall" : "CPU"}`,
            // Two decimals: a ratio just under its target (4.97) must not read as met (5.0).
            value: ratio(k).toFixed(2),
            unit: "×",
            note: "median of the pair-by-pair ratios",
            target: atLeast(ratio(k), size.target, "×"),
          });
      }
      rows.push({
        group,
        name: `tinh-chi-tieu --lenh ${ALSO_COMMAND}: wall / CPU`,
        value: `${f1(median(all.map((s) => s.wall)))} / ${all.every((s) => s.cpu !== null) ? f1(median(all.map((s) => s.cpu!))) : "–"}`,
        unit: "s",
        note: `the rating sheet as well; median of ${RUNS}, in the same rounds`,
      });
      const phases = spawnSync(
        process.execPath,
        ["--import", "tsx", join(ROOT, "bench", "runner-phases.ts"), input, output],
        {
          env,
          encoding: "utf8",
          cwd: ROOT,
        },
      );
      const p = JSON.parse(phases.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
      for (const k of ["read", "run", "write"])
        rows.push({
          group,
          name: `phase: ${k}`,
          value: (p[k] ?? Number.NaN).toFixed(0),
          unit: "ms",
          note: k === "read" ? "one run in one process" : undefined,
        });
      rows.push({ group, name: "book .xlsx size", value: (statSync(input).size / 1024).toFixed(0), unit: "KB" });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
