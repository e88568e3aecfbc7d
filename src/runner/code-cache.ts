// V8's code cache for the add-in's bundle, kept beside it (Code.js.v8cache): a run that finds one
// skips parsing and compiling the functions the last run compiled (about 15–20 ms of a 1,000-row run).
// V8 checks the cache against the source and its own version and rejects a stale one; then this run
// writes a new one. A folder the user may not write to only means no cache.
import { readFileSync, writeFileSync } from "node:fs";
import * as vm from "node:vm";

export interface CompiledBundle {
  script: vm.Script;
  /** After the run: writes the cache when there was none or V8 rejected it. */
  remember(): void;
}

export function compileBundle(code: string, path: string): CompiledBundle {
  const file = `${path}.v8cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(code, { filename: "Code.js", cachedData });
  return {
    script,
    remember() {
      if (cachedData && !script.cachedDataRejected) return;
      try {
        writeFileSync(file, script.createCachedData());
      } catch {
        // read-only install: run without a cache
      }
    },
  };
}
