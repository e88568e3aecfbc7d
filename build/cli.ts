// Builds the command-line runner (src/runner/start.ts) into one plain-JavaScript ES module, dist/cli.js.
// Only Node's own modules and the production dependencies stay imports, so `npm ci --omit=dev` is
// enough to run it; test/runner/built-cli.test.ts checks that nothing else is imported.
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./build";

export const CLI_FILE = "cli.js";

/** The packages dist/cli.js may import: package.json `dependencies`. */
export function productionDependencies(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: object };
  return Object.keys(pkg.dependencies ?? {});
}

export async function buildCli(outDir: string): Promise<string> {
  const outfile = join(outDir, CLI_FILE);
  await esbuild.build({
    entryPoints: [join(ROOT, "src", "runner", "start.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: productionDependencies(),
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
    banner: {
      js: "// Tính chỉ tiêu — command-line runner built by build/cli.ts. Do not edit: edit src/runner and run npm run build.",
    },
  });
  return outfile;
}
