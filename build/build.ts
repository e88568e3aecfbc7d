// Builds dist/Code.js (one classic Apps Script file) and dist/appsscript.json.
//
// Apps Script only sees top-level `function` declarations, so the bundle (an IIFE assigned to one
// global) is followed by one stub per exported entry point, with the parameter names of the source
// and, for custom functions, the source JSDoc (esbuild drops comments, Sheets reads them).
//
// esbuild bundles as an ES module and the build wraps it: its one closing `export { … }` becomes the
// IIFE's returned object. esbuild's own iife format exports through one getter per name defined at
// load and copied again (`__export`, `__toCommonJS`), which cost about a tenth of the bundle's load.
// The bundle is first made with its module comments (names kept, syntax shortened), so that
// build/defer-zod.ts can find zod's modules and move their top-level code out of the load; the IIFE
// is then minified as a whole.
import * as esbuild from "esbuild";
import * as acorn from "acorn";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createScriptContext, runScript } from "../src/imitation/script-context";
import { deferZod } from "./defer-zod";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const GLOBAL_NAME = "TinhChiTieu";
/**
 * Largest dist/Code.js allowed (KB; checked by test/build.test.ts, printed by the bench). Part I was
 * 110 KB; Part II (plans, lock, report, province rules) raised it to 180 KB, the wiring of the plan and
 * the lock into the commands (§10, §15: 11 KB) to 192 KB, and reading the book's sheets once per command
 * with sizes, protections and rules taken before the first write (issue 15: 4 KB), and the cell-limit pre-flight
 * with the message to admins not yet on a protection (issue 10: 2 KB) to 200 KB (198.3 KB used), and onEdit
 * reading only the rows its rules need, with the plan and lock warnings of the full check (issue 10: 4 KB) to 204 KB,
 * and the engine's fast paths (issue 15: written-out rows, plain-ASCII folding, numbered letter pairs; 1.1 KB) to 206 KB,
 * and the sheets' names, grids and rules from one Sheets API call, each table and the user read once per
 * execution, and protections from the same call (issue 15: 3.4 KB) to 210 KB, and the report of a locked period
 * drawn from the one kept when it was locked (SPEC §14: 1.2 KB) to 211 KB, and the lighter `Tính tiến độ`
 * (the rating for `Tổng hợp` alone, each list's folded codes, names and history made once: 1.2 KB) to 212 KB,
 * and the looks of the sheets a command makes (frozen rows, widths, colour rules, charts) set in one Sheets
 * API call with the SpreadsheetApp way kept for when the API fails, and the charts read from the command's one
 * Sheets API call (issue 15: 3.4 KB) to 215 KB, and a load about 40% lighter and a faster check (issue 15:
 * the entry points as one returned object, the constants of the sheet schemas made on first use, the text
 * tables as hash tables or classes, a date cache and a comparator-free sort; 0.2 KB net) to 216 KB, and
 * Part II as SPEC says it where the code had drifted (the plan's x/y line without cadres exempt all year,
 * the report's x/y among the cadres it lists, a cleared cap capping nothing, whole-number columns showing
 * a fraction, result columns wrapped when made, the Chốt sheets' widths and frozen title, asking before a
 * period locked once is locked again, office tabs shared by long names: 1.4 KB) to 217 KB, and the
 * dropdowns `Tạo bảng mẫu` made brought up to date after a merger (SPEC §12: 0.6 KB) to 218 KB. Custom
 * functions that read no date but their arguments (SPEC §8: the log's year for a d/m date, no window as
 * the whole log) and an overlap naming its tab (SPEC §3) took 0.7 KB of it (217.7 KB). Then progress
 * counting each cadre's days from columns of the visits, and the check reading each row's dates into one
 * reused object (issue 15: 1.4 KB) to 220 KB, and the links of `Minh chứng` carried to `Xếp loại` (SPEC
 * §13: 1.2 KB) to 221 KB, and dropdowns of more than 500 names leaving out ended units and past cadres
 * through the hidden `Danh sách chọn` (SPEC §12: 1.2 KB) to 222 KB, and `Danh sách chọn` protected like
 * `Cấu hình` (SPEC §7) with every count of a message grouped as Vietnamese write it (0.2 KB) to 223 KB.
 */
export const BUNDLE_BUDGET_KB = 223;
const ADDON_DIR = join(ROOT, "src", "addon");
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export type EntryPoint = { name: string; params: string[]; jsdoc?: string; file: string };

export class BuildError extends Error {}

/** Every `export function` of src/addon/*.ts, with its parameter names and the JSDoc right above it. */
export function collectEntryPoints(dir = ADDON_DIR): EntryPoint[] {
  const found: EntryPoint[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const source = readFileSync(join(dir, file), "utf8");
    // Types stripped by esbuild leave plain parameter lists to read the names from.
    const js = esbuild.transformSync(source, { loader: "ts" }).code;
    const docs = new Map<string, string>();
    for (const m of source.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export\s+function\s+(\w+)/g)) {
      docs.set(m[2], m[1]);
    }
    for (const m of js.matchAll(/export\s+function\s+(\w+)\s*\(([^)]*)\)/g)) {
      const params = m[2]
        .split(",")
        .map((p) => p.split("=")[0].trim())
        .filter((p) => p !== "");
      for (const p of params) {
        if (!IDENTIFIER.test(p))
          throw new BuildError(`${file}: ${m[1]} has a parameter that is not a plain name: ${p}`);
      }
      found.push({ name: m[1], params, jsdoc: docs.get(m[1]), file });
    }
  }
  return found;
}

function isCustomFunction(ep: EntryPoint): boolean {
  return ep.jsdoc !== undefined && /@customfunction\b/.test(ep.jsdoc);
}

/** A custom function's JSDoc must document each parameter, in order, and its return value. */
function checkCustomFunctionDoc(ep: EntryPoint): void {
  const doc = ep.jsdoc ?? "";
  const documented = [...doc.matchAll(/@param\s+(?:\{[^}]*\}\s+)?\[?([\w$]+)/g)].map((m) => m[1]);
  if (documented.join(",") !== ep.params.join(",")) {
    throw new BuildError(
      `${ep.file}: JSDoc @param of ${ep.name} (${documented.join(", ")}) do not match its parameters (${ep.params.join(", ")})`,
    );
  }
  if (!/@return/.test(doc)) throw new BuildError(`${ep.file}: JSDoc of ${ep.name} has no @return`);
}

function stub(ep: EntryPoint): string {
  const args = ep.params.join(", ");
  const doc = isCustomFunction(ep) ? `${ep.jsdoc!.replace(/^[ \t]+/gm, (s) => (s.length ? " " : s))}\n` : "";
  return `${doc}function ${ep.name}(${args}) {\n  return ${GLOBAL_NAME}.${ep.name}(${args});\n}\n`;
}

const EXPORT_CLAUSE = /export\s*\{([^}]*)\};?\s*$/;
const EXPORT_ITEM = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/;

/** esbuild's ES module as one classic script: `var TinhChiTieu = (() => { …; return { name: local, … }; })();`. */
export function asIife(esm: string): string {
  const clause = EXPORT_CLAUSE.exec(esm);
  if (!clause) throw new BuildError("the bundle does not end in one export clause");
  const body = esm.slice(0, clause.index);
  if (/\bexport\s*[{*]|^\s*import\s/m.test(body)) throw new BuildError("the bundle exports or imports elsewhere");
  const members = clause[1]
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const m = EXPORT_ITEM.exec(item);
      if (!m) throw new BuildError(`unexpected export in the bundle: ${item}`);
      return `${m[2] ?? m[1]}:${m[1]}`;
    });
  return `"use strict";var ${GLOBAL_NAME}=(()=>{${body}return{${members.join(",")}}})();`;
}

/** zod's top-level code runs inside loadZod() (build/defer-zod.ts): every module importing zod imports that too. */
const ZOD_GATE = "src/domain/zod-setup.ts";
function checkZodImporters(meta: esbuild.Metafile): void {
  const ungated = Object.entries(meta.inputs)
    .filter(([file]) => !file.includes("node_modules/zod/") && file !== ZOD_GATE)
    .filter(([, input]) => input.imports.some((i) => i.path.includes("node_modules/zod/")))
    .filter(([, input]) => !input.imports.some((i) => i.path === ZOD_GATE))
    .map(([file]) => file);
  if (ungated.length)
    throw new BuildError(`zod imported without ${ZOD_GATE} (call loadZod() first): ${ungated.join(", ")}`);
}

/** The names the bundle really exports, read by running it in an empty sealed context. */
function bundleExports(bundle: string): string[] {
  const context = createScriptContext();
  runScript(context, bundle);
  return Object.keys(context[GLOBAL_NAME] as object);
}

export type BuildResult = { codePath: string; manifestPath: string; bytes: number; entryPoints: EntryPoint[] };

export type BuildOptions = { outDir?: string; addonDir?: string };

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? join(ROOT, "dist");
  const addonDir = options.addonDir ?? ADDON_DIR;
  const result = await esbuild.build({
    entryPoints: [join(addonDir, "main.ts")],
    bundle: true,
    format: "esm",
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    inject: [join(ROOT, "build", "local-builtins.ts")],
    minifySyntax: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    metafile: true,
    absWorkingDir: ROOT,
    logLevel: "silent",
  });
  checkZodImporters(result.metafile);
  // Minified once it is one IIFE: every name is then local to it and esbuild shortens them all.
  const minified = await esbuild.transform(asIife(deferZod(result.outputFiles[0].text)), {
    target: "es2020",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
  });
  const bundle = minified.code.trimEnd();

  const entryPoints = collectEntryPoints(addonDir);
  const exported = new Set(bundleExports(bundle));
  const declared = new Set(entryPoints.map((e) => e.name));
  const noStub = [...exported].filter((n) => !declared.has(n));
  if (noStub.length) throw new BuildError(`exported entry points without a stub: ${noStub.join(", ")}`);
  const noImpl = [...declared].filter((n) => !exported.has(n));
  if (noImpl.length) {
    throw new BuildError(`stubs without an implementation (not exported by src/addon/main.ts): ${noImpl.join(", ")}`);
  }
  entryPoints.filter(isCustomFunction).forEach(checkCustomFunctionDoc);

  const code =
    `// Tính chỉ tiêu — built from TypeScript by build/build.ts. Do not edit: edit src/ and run npm run build.\n` +
    bundle +
    "\n// Entry points: Apps Script only sees top-level functions.\n" +
    entryPoints.map(stub).join("\n");
  try {
    acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" });
  } catch (err) {
    throw new BuildError(`dist/Code.js is not an ES2020 classic script: ${(err as Error).message}`);
  }

  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const codePath = join(outDir, "Code.js");
  const manifestPath = join(outDir, "appsscript.json");
  writeFileSync(codePath, code);
  writeFileSync(manifestPath, readFileSync(join(ROOT, "appsscript.json")));
  return { codePath, manifestPath, bytes: Buffer.byteLength(code), entryPoints };
}

// `npm run build`: dist/Code.js and dist/appsscript.json for Apps Script, dist/cli.js for the runner.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--outdir");
  const outDir = i > 0 ? resolve(process.argv[i + 1]) : join(ROOT, "dist");
  build({ outDir }).then(
    async (r) => {
      console.log(`built ${r.codePath} (${(r.bytes / 1024).toFixed(1)} KB, ${r.entryPoints.length} entry points)`);
      const { buildCli } = await import("./cli");
      console.log(`built ${await buildCli(outDir)}`);
    },
    (err) => {
      console.error(`BUILD FAILED: ${err instanceof Error ? err.message : err}`);
      process.exit(1);
    },
  );
}
