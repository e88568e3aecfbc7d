// Size of dist/Code.js and the time Apps Script would spend loading it on every execution.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { build } from "../build/build";
import { medianMs, type BenchRow } from "./types";

export async function bundleRows(): Promise<BenchRow[]> {
  const { codePath } = await build({ outDir: mkdtempSync(join(tmpdir(), "tct-bench-")) });
  const code = readFileSync(codePath, "utf8");
  const script = () => {
    const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(code, context);
  };
  const loadMs = await medianMs(script, 21);
  return [
    {
      group: "bundle",
      name: "dist/Code.js size",
      value: (Buffer.byteLength(code) / 1024).toFixed(1),
      unit: "KB",
      note: "limit 150 KB",
    },
    { group: "bundle", name: "dist/Code.js gzip", value: (gzipSync(code).length / 1024).toFixed(1), unit: "KB" },
    {
      group: "bundle",
      name: "load into a fresh vm context (median of 21)",
      value: loadMs.toFixed(2),
      unit: "ms",
      note: "paid by every execution",
    },
  ];
}
