// Builds the add-in into a temporary folder (never over dist/) and loads it the way Apps Script does:
// one classic script in a bare context holding only ES built-ins and the Apps Script globals.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type BuildResult } from "../../build/build";

export { callTopLevel, type ScriptContext } from "../../src/imitation/script-context";

let built: Promise<BuildResult & { code: string }> | undefined;

/** The add-in built once per test file into a temp folder. */
export function builtBundle(): Promise<BuildResult & { code: string }> {
  built ??= build({ outDir: mkdtempSync(join(tmpdir(), "tct-build-")) }).then((r) => ({
    ...r,
    code: readFileSync(r.codePath, "utf8"),
  }));
  return built;
}
