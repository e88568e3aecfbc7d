// The runner is shipped as plain JavaScript (dist/cli.js and the dist/runner.js it starts, built by
// build/cli.ts) so that `npm ci --omit=dev && node bin/tinh-chi-tieu.js sổ.xlsx` works: they may import
// only Node's own modules and the production dependencies, and bin/tinh-chi-tieu.js only starts them.
import * as acorn from "acorn";
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, productionDependencies, RUNNER_FILE } from "../../build/cli";

type Node = { type: string; source?: { value?: unknown } | null; callee?: { name?: string }; arguments?: Node[] };

/** Every module specifier the file names: static and dynamic imports, re-exports, require() calls. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as Node & Record<string, unknown>;
    if (/^(Import|ExportNamed|ExportAll)Declaration$|^ImportExpression$/.test(n.type) && n.source)
      found.push(String(n.source.value ?? "(computed)"));
    if (n.type === "CallExpression" && n.callee?.name === "require") {
      const arg = n.arguments?.[0] as { value?: unknown } | undefined;
      found.push(String(arg?.value ?? "(computed)"));
    }
    for (const [k, v] of Object.entries(n)) if (k !== "type") visit(v);
  };
  visit(acorn.parse(code, { ecmaVersion: "latest", sourceType: "module" }));
  return found;
}

const packageOf = (spec: string) => (spec.startsWith("@") ? spec.split("/").slice(0, 2) : spec.split("/", 1)).join("/");
const isNodeBuiltin = (spec: string) => spec.startsWith("node:") || builtinModules.includes(packageOf(spec));

let root = "";
let cli = "";
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
beforeAll(async () => {
  mkdirSync(resolve(".tmp"), { recursive: true });
  // An installed copy in miniature: bin/ beside dist/, inside the repository so node_modules resolves.
  root = mkdtempSync(join(resolve(".tmp"), "installed-"));
  made.push(root);
  mkdirSync(join(root, "bin"));
  copyFileSync(resolve("bin/tinh-chi-tieu.js"), join(root, "bin", "tinh-chi-tieu.js"));
  cli = await buildCli(join(root, "dist"));
});

describe("the built command-line runner", () => {
  it("imports only Node's modules and the production dependencies, never a dev dependency", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { devDependencies: Record<string, string> };
    const launcher = specifiers(readFileSync(cli, "utf8"));
    expect(launcher.every(isNodeBuiltin), launcher.join(", ")).toBe(true);
    const imports = specifiers(readFileSync(join(dirname(cli), RUNNER_FILE), "utf8"));
    expect(imports).toContain("docx");
    const packages = [...new Set(imports.filter((s) => !isNodeBuiltin(s)).map(packageOf))].sort();
    const allowed = productionDependencies();
    for (const name of packages) expect(allowed, name).toContain(name);
    for (const dev of Object.keys(pkg.devDependencies)) expect(packages, dev).not.toContain(dev);
    expect(imports).not.toContain("(computed)");
  });

  it("bin/tinh-chi-tieu.js starts it with plain node, and says to build when dist/cli.js is missing", () => {
    const help = execFileSync(process.execPath, [join(root, "bin", "tinh-chi-tieu.js"), "--help"], {
      encoding: "utf8",
    });
    expect(help).toMatch(/^Cách dùng: tinh-chi-tieu <sổ\.xlsx>/);

    const bare = mkdtempSync(join(resolve(".tmp"), "unbuilt-"));
    made.push(bare);
    mkdirSync(join(bare, "bin"));
    copyFileSync(resolve("bin/tinh-chi-tieu.js"), join(bare, "bin", "tinh-chi-tieu.js"));
    const run = spawnSync(process.execPath, [join(bare, "bin", "tinh-chi-tieu.js"), "so.xlsx"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Chưa dựng trình chạy \(dist\/cli\.js\)\. .*npm run build/);
  });

  it("starts the bundle from the V8 code cache the first run wrote beside it, and replaces a broken one", () => {
    const cache = join(dirname(cli), `${RUNNER_FILE}.v8cache`);
    rmSync(cache, { force: true });
    const help = () => {
      const run = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(/^Cách dùng: tinh-chi-tieu <sổ\.xlsx>/);
    };
    help();
    expect(existsSync(cache)).toBe(true);
    const written = statSync(cache);
    help(); // accepted: not written again (a rejected cache is replaced through a new file)
    expect(statSync(cache).ino).toBe(written.ino);
    expect(statSync(cache).mtimeMs).toBe(written.mtimeMs);
    writeFileSync(cache, "not a code cache");
    help();
    expect(statSync(cache).size).toBeGreaterThan(1000);
  });
});
