// The add-in as shipped: dist/Code.js, rebuilt into a temporary folder when it is missing or older
// than the sources, loaded the way Apps Script loads it (one classic script in a bare context with
// only ES built-ins and the spreadsheet services; no eval, no new Function).
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import type { LocalEnvironment } from "../imitation/environment";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const DIST_CODE = join(ROOT, "dist", "Code.js");
/** Tests point the runner at a bundle they built (the same code as their in-memory run). */
export const CODE_ENV = "TINH_CHI_TIEU_CODE";

/** What goes into dist/Code.js: src/ outside src/imitation, src/xlsx and src/runner, the build script and the manifest. */
const NOT_BUNDLED = ["imitation", "xlsx", "runner"].map((d) => join(ROOT, "src", d));
const SOURCES = [join(ROOT, "src"), join(ROOT, "build", "build.ts"), join(ROOT, "appsscript.json")];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    const child = join(path, entry);
    if (NOT_BUNDLED.includes(child)) continue;
    newest = Math.max(newest, newestMtime(child));
  }
  return newest;
}

export function distIsCurrent(): boolean {
  if (!existsSync(DIST_CODE)) return false;
  const built = statSync(DIST_CODE).mtimeMs;
  return SOURCES.every((s) => newestMtime(s) <= built);
}

export interface Bundle {
  code: string;
  path: string;
  rebuilt: boolean;
}

/** The add-in's code: $TINH_CHI_TIEU_CODE, else dist/Code.js when current, else a fresh build in a temp folder. */
export async function bundleCode(): Promise<Bundle> {
  const given = process.env[CODE_ENV];
  if (given) return { code: readFileSync(given, "utf8"), path: given, rebuilt: false };
  if (distIsCurrent()) return { code: readFileSync(DIST_CODE, "utf8"), path: DIST_CODE, rebuilt: false };
  const { build } = await import("../../build/build");
  const { codePath } = await build({ outDir: mkdtempSync(join(tmpdir(), "tinh-chi-tieu-")) });
  return { code: readFileSync(codePath, "utf8"), path: codePath, rebuilt: true };
}

export type AppsScriptContext = vm.Context & Record<string, unknown>;

/** A fresh context whose only non-ES names are the environment's Apps Script globals, with the add-in loaded. */
export function loadBundle(code: string, env: LocalEnvironment): AppsScriptContext {
  const context = vm.createContext({ ...env.globals }, { codeGeneration: { strings: false, wasm: false } });
  env.useRealm(context);
  vm.runInContext(code, context, { filename: "Code.js" });
  env.bindScript((name, event) => callTopLevel(context as AppsScriptContext, name, event));
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
