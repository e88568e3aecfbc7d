// Builds the command-line runner into plain JavaScript: dist/runner.js, src/runner/start.ts bundled as one
// CommonJS file, and dist/cli.js (src/runner/launch.ts), which starts it from V8's code cache beside it;
// dist/package.json says both are CommonJS (launch.ts says why). Only Node's own modules and the
// production dependencies stay imports, so `npm ci --omit=dev` is enough to run it;
// test/runner/built-cli.test.ts checks that nothing else is imported.
import * as esbuild from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./build";

export const CLI_FILE = "cli.js";
/** The bundle dist/cli.js starts (src/runner/launch.ts names it too). */
export const RUNNER_FILE = "runner.js";

/** The packages dist/cli.js may import: package.json `dependencies`. */
export function productionDependencies(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: object };
  return Object.keys(pkg.dependencies ?? {});
}

const COMMON = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // Escaped to ASCII: V8 holds the bundle as a one-byte string, and its UTF-8 decoding is the fast path.
  charset: "ascii",
  legalComments: "none",
  logLevel: "silent",
} as const;

/** Builds dist/cli.js and dist/runner.js into `outDir`; returns the path of dist/cli.js. */
export async function buildCli(outDir: string): Promise<string> {
  const outfile = join(outDir, CLI_FILE);
  await esbuild.build({
    ...COMMON,
    entryPoints: [join(ROOT, "src", "runner", "start.ts")],
    outfile: join(outDir, RUNNER_FILE),
    external: productionDependencies(),
    inject: [join(ROOT, "build", "cjs-import-meta.ts")],
    define: { "import.meta.url": "importMetaUrl" },
    // import("docx") becomes require("docx"): launch.ts runs the bundle as a vm script, which has no import().
    supported: { "dynamic-import": false },
    // ASCII, like the code (COMMON.charset).
    banner: {
      js: "// Tinh chi tieu: command-line runner built by build/cli.ts. Do not edit: edit src/runner and run npm run build.",
    },
  });
  await esbuild.build({
    ...COMMON,
    entryPoints: [join(ROOT, "src", "runner", "launch.ts")],
    outfile,
    external: [],
    // ASCII, like the code (COMMON.charset).
    banner: {
      js: "// Tinh chi tieu: starts dist/runner.js; built by build/cli.ts from src/runner/launch.ts. Do not edit.",
    },
  });
  writeFileSync(join(outDir, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  return outfile;
}
