import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");

describe("type checking of add-in code", () => {
  it("makes Node and Web globals a compile error (ES2020 + Apps Script types only)", () => {
    const tsc = join(ROOT, "node_modules", ".bin", "tsc");
    const r = spawnSync(tsc, ["-p", "test/fixtures/forbidden-globals/tsconfig.json", "--noEmit"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).not.toBe(0);
    for (const name of ["setTimeout", "URL", "process", "Buffer", "TextEncoder", "structuredClone"]) {
      expect(r.stdout, name).toMatch(new RegExp(`Cannot find name '${name}'`));
    }
  });
});
