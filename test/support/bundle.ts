// Builds the add-in into a temporary folder (never over dist/) and loads it the way Apps Script does:
// one classic script in a bare context holding only ES built-ins and the Apps Script globals.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { build, type BuildResult } from "../../build/build";
import type { LocalEnvironment } from "../../src/local";

let built: Promise<BuildResult & { code: string }> | undefined;

/** The add-in built once per test file into a temp folder. */
export function builtBundle(): Promise<BuildResult & { code: string }> {
  built ??= build({ outDir: mkdtempSync(join(tmpdir(), "tct-build-")) }).then((r) => ({
    ...r,
    code: readFileSync(r.codePath, "utf8"),
  }));
  return built;
}

export type AppsScriptContext = vm.Context & Record<string, unknown>;

/**
 * A fresh context whose only non-ES names are the environment's Apps Script globals; eval and
 * new Function throw in it. Values the services hand over are made in the context's realm.
 */
export function loadBundle(code: string, env: LocalEnvironment): AppsScriptContext {
  const context = vm.createContext({ ...env.globals }, { codeGeneration: { strings: false, wasm: false } });
  env.useRealm(context);
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as AppsScriptContext;
}

/** Calls a top-level function of the loaded script by name, as Apps Script does for a menu click. */
export function callTopLevel(context: AppsScriptContext, name: string, ...args: unknown[]): unknown {
  const fn = vm.runInContext(`typeof ${name} === "function" ? ${name} : undefined`, context) as
    | ((...a: unknown[]) => unknown)
    | undefined;
  if (!fn) throw new Error(`${name} is not a top-level function of Code.js`);
  return fn(...args);
}
