// V8's code cache of a script, kept beside its file (Code.js.v8cache, runner.js.v8cache): a run that
// finds one skips parsing and compiling the functions the last run compiled (about 15–20 ms of a
// 1,000-row run for each). V8 checks the cache against the source and its own version and rejects a
// stale one; then this run writes a new one, through a temporary file so that a run beside never reads
// half of one. A folder the user may not write to only means no cache.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as vm from "node:vm";

export interface CompiledBundle {
  script: vm.Script;
  /** After the run: writes the cache when there was none or V8 rejected it. */
  remember(): void;
}

/** `code` compiled with the cache kept beside `path`; `filename` is the name its stack traces show. */
export function compileBundle(code: string, path: string, filename = "Code.js"): CompiledBundle {
  const file = `${path}.v8cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(code, { filename, cachedData });
  return {
    script,
    remember() {
      if (cachedData && !script.cachedDataRejected) return;
      const tmp = `${file}.${process.pid}`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, file);
      } catch {
        // read-only install or a full disk: run without a cache, leave no temporary file behind
        rmSync(tmp, { force: true });
      }
    },
  };
}
