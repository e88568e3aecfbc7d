// `npm run push` runs `clasp push` on dist/: only the add-in may go to Apps Script. dist/ also holds
// the runner (cli.js and runner.js, CommonJS Apps Script cannot run, with package.json saying so) and V8's
// code caches of Code.js and runner.js, and by
// default clasp pushes every .js file of its folder; .claspignore keeps the two files of the add-in.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../build/build";

// The matcher clasp itself filters files with (node_modules/@google/clasp/build/src/core/files.js).
const fromClasp = createRequire(join(ROOT, "node_modules", "@google", "clasp", "build", "src", "index.js"));
const micromatch = fromClasp("micromatch") as { not(list: string[], patterns: string[], o?: object): string[] };

describe("clasp push", () => {
  it("sends Code.js and appsscript.json, not the runner or the code cache", () => {
    const patterns = readFileSync(join(ROOT, ".claspignore"), "utf8")
      .split(/\r?\n/)
      .filter((l) => l.length > 0);
    const dist = [
      "Code.js",
      "Code.js.v8cache",
      "appsscript.json",
      "cli.js",
      "runner.js",
      "runner.js.v8cache",
      "package.json",
    ];
    expect(micromatch.not(dist, patterns, { dot: true })).toEqual(["Code.js", "appsscript.json"]);
  });
});
