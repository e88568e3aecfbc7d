import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as acorn from "acorn";
import { describe, expect, it } from "vitest";
import { asIife, BuildError, BUNDLE_BUDGET_KB, build } from "../build/build";
import { DeferError, deferZod } from "../build/defer-zod";
import { createScriptContext, runScript } from "../src/imitation/script-context";
import { MENU_ITEMS } from "../src/text";
import { builtBundle } from "./support/bundle";

const tempDir = () => mkdtempSync(join(tmpdir(), "tct-build-test-"));

describe("npm run build", () => {
  it("writes exactly Code.js and appsscript.json, wiping stale files", async () => {
    const out = tempDir();
    await build({ outDir: out });
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(out, "stale.js"), "old");
    await build({ outDir: out });
    expect(readdirSync(out).sort()).toEqual(["Code.js", "appsscript.json"]);
  });

  it(`gives one ES2020 classic script of at most ${BUNDLE_BUDGET_KB} KB`, async () => {
    const { code } = await builtBundle();
    expect(() => acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" })).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(BUNDLE_BUDGET_KB * 1024);
    expect(gzipSync(code).length).toBeLessThan(Buffer.byteLength(code));
  });

  it("holds the entry points as plain values of one object, not getters made at every load", async () => {
    const { code } = await builtBundle();
    const context = createScriptContext();
    runScript(context, code);
    const api = context.TinhChiTieu as object;
    const onOpen = Object.getOwnPropertyDescriptor(api, "onOpen")!;
    expect(typeof onOpen.value).toBe("function");
    expect(onOpen.get).toBeUndefined();
    expect(Object.keys(api)).toContain("DICOSO_KIEMTRA");
  });

  it("wraps the ES module esbuild makes, refusing one it cannot turn into a classic script", () => {
    expect(asIife("var a=1;function b(){return a}export{b as onOpen,a};")).toBe(
      '"use strict";var TinhChiTieu=(()=>{var a=1;function b(){return a}return{onOpen:b,a:a}})();',
    );
    expect(() => asIife("var a=1;")).toThrow(BuildError);
    expect(() => asIife('import x from "y";export{x};')).toThrow(BuildError);
    expect(() => asIife("export*from'y';export{a};")).toThrow(BuildError);
  });

  it("moves zod's top-level code into setUpZod, leaving its functions and our code where they were", () => {
    const esm = [
      "var a = 1;",
      "// node_modules/zod/v4/core/core.js",
      "var b = make(), c;",
      "function make() { return 2; }",
      "globalThis.z ??= {};",
      "class K {}",
      "// src/domain/zod-setup.ts",
      "function setUpZod() { config(); }",
      "export { a };",
    ].join("\n");
    const out = deferZod(esm);
    expect(out).toContain("var a = 1;");
    expect(out).toContain("var b, c;");
    expect(out).toContain("function make() { return 2; }");
    expect(out).toContain("var K;");
    expect(out).toContain("function setUpZod() {\nb = make();\nglobalThis.z ??= {};\nK = class K {};\n config(); }");
    expect(out.indexOf("globalThis.z")).toBeGreaterThan(out.indexOf("function setUpZod"));
    expect(deferZod("var a = 1;\nexport { a };")).toBe("var a = 1;\nexport { a };");
    expect(() => deferZod(esm.replace("setUpZod", "other"))).toThrow(DeferError);
    expect(() => deferZod(esm.replace("var b = make(), c;", "var { b } = make();"))).toThrow(DeferError);
  });

  it("declares a top-level function for every trigger, menu handler and custom function of SPEC §8", async () => {
    const { code } = await builtBundle();
    const handlers = MENU_ITEMS.filter((i) => i !== null).map((i) => i!.handler);
    const names = [
      "onOpen",
      "onInstall",
      "onEdit",
      ...handlers,
      "DICOSO_SONGAY",
      "DICOSO_TONGNGAY",
      "DICOSO_TIENDO",
      "DICOSO_XEPLOAI",
      "DICOSO_KIEMTRA",
    ];
    const ast = acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" }) as unknown as {
      body: { type: string; id?: { name: string }; params?: { name: string }[] }[];
    };
    const topLevel = new Map(ast.body.filter((n) => n.type === "FunctionDeclaration").map((n) => [n.id!.name, n]));
    for (const name of names) expect(topLevel.has(name), name).toBe(true);
    expect(topLevel.get("onEdit")!.params!.map((p) => p.name)).toEqual(["e"]);
    expect(topLevel.get("DICOSO_TONGNGAY")!.params!.map((p) => p.name)).toEqual([
      "nhat_ky",
      "can_bo",
      "tu_ngay",
      "den_ngay",
      "don_vi",
      "cap",
    ]);
    expect(topLevel.get("DICOSO_TIENDO")!.params!.map((p) => p.name)).toEqual([
      "so_ngay",
      "chi_tieu",
      "ngay_tinh",
      "tu_ngay",
      "den_ngay",
      "tam_mien",
    ]);
  });

  it("puts each custom function's Vietnamese JSDoc directly above its stub, @params matching", async () => {
    const { code } = await builtBundle();
    const stubs = [...code.matchAll(/function (DICOSO_\w+)\(([^)]*)\)/g)];
    expect(stubs.map((m) => m[1]).sort()).toEqual([
      "DICOSO_KIEMTRA",
      "DICOSO_SONGAY",
      "DICOSO_TIENDO",
      "DICOSO_TONGNGAY",
      "DICOSO_XEPLOAI",
    ]);
    for (const m of stubs) {
      const before = code.slice(0, m.index);
      const doc = before.slice(before.lastIndexOf("/**"));
      expect(doc, m[1]).toMatch(/\*\/\n$/); // nothing between the comment and the function
      expect(doc).toContain("@customfunction");
      expect(doc).toMatch(/@return/);
      expect(doc).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
      const params = [...doc.matchAll(/@param\s+\{[^}]*\}\s+(\w+)/g)].map((p) => p[1]);
      expect(params.join(", "), m[1]).toBe(m[2]);
    }
    expect(code.match(/@customfunction/g)).toHaveLength(5);
  });

  it("fails loudly when an exported entry point has no stub", async () => {
    await expect(build({ outDir: tempDir(), addonDir: join(__dirname, "fixtures/build-no-stub") })).rejects.toThrow(
      /without a stub: renamed/,
    );
  });

  it("fails loudly when a stub has no implementation", async () => {
    await expect(build({ outDir: tempDir(), addonDir: join(__dirname, "fixtures/build-no-impl") })).rejects.toThrow(
      /without an implementation.*forgotten/,
    );
  });
});

describe("no placeholder left", () => {
  it("every menu handler is implemented: no 'đang được xây dựng' in the bundle", async () => {
    const { code } = await builtBundle();
    expect(code).not.toMatch(/đang được xây dựng/i);
  });
});
