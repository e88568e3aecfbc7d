// Moves zod's top-level code in the (not yet minified) bundle into the function src/domain/zod-setup.ts
// calls before its first schema: function declarations stay where they are (hoisted, so every name
// still resolves), `var x = e` becomes `var x` there and `x = e` inside the function, and any other
// statement moves whole. Our code reaches zod only after loadZod() has called that function: the build
// fails when a module imports zod without importing zod-setup.ts (build.ts checkZodImporters).
import * as acorn from "acorn";

export class DeferError extends Error {}

const HOOK = "setUpZod";
const ZOD_MODULE = /^ node_modules\/zod\//;
const MODULE = /^ (src|node_modules|build)\//;

type Node = acorn.AnyNode;

export function deferZod(esm: string): string {
  const comments: acorn.Comment[] = [];
  const program = acorn.parse(esm, { ecmaVersion: 2022, sourceType: "module", onComment: comments });
  const modules = comments.filter((c) => c.type === "Line" && MODULE.test(c.value));
  const first = modules.findIndex((c) => ZOD_MODULE.test(c.value));
  if (first < 0) return esm; // a bundle without a schema (the build's own test fixtures)
  let last = first;
  while (last + 1 < modules.length && ZOD_MODULE.test(modules[last + 1].value)) last++;
  const from = modules[first].start;
  const to = last + 1 < modules.length ? modules[last + 1].start : esm.length;
  const stray = modules.slice(last + 1).find((c) => ZOD_MODULE.test(c.value));
  if (stray) throw new DeferError(`zod's modules are not one run in the bundle (${stray.value.trim()})`);

  const hook = program.body.find(
    (s): s is acorn.FunctionDeclaration => s.type === "FunctionDeclaration" && s.id?.name === HOOK,
  );
  if (!hook) throw new DeferError(`no function ${HOOK} in the bundle`);

  const edits: { start: number; end: number; text: string }[] = [];
  const deferred: string[] = [];
  for (const s of program.body) {
    if (s.start < from || s.start >= to || s.type === "FunctionDeclaration") continue;
    if (s.type === "VariableDeclaration") {
      const names = s.declarations.map((d) => {
        if (d.id.type !== "Identifier") throw new DeferError(`a destructuring declaration in zod: ${source(esm, s)}`);
        if (d.init) deferred.push(`${d.id.name} = ${source(esm, d.init)};`);
        return d.id.name;
      });
      edits.push({ start: s.start, end: s.end, text: `var ${names.join(", ")};` });
    } else if (s.type === "ClassDeclaration") {
      edits.push({ start: s.start, end: s.end, text: `var ${s.id.name};` });
      deferred.push(`${s.id.name} = ${source(esm, s)};`);
    } else if (s.type === "ExpressionStatement") {
      edits.push({ start: s.start, end: s.end, text: "" });
      deferred.push(source(esm, s));
    } else if (s.type !== "EmptyStatement") {
      throw new DeferError(`a ${s.type} at the top of zod's code`);
    }
  }
  if (!deferred.length) throw new DeferError("zod has no top-level code to defer");
  edits.push({ start: hook.body.start + 1, end: hook.body.start + 1, text: `\n${deferred.join("\n")}\n` });
  edits.sort((a, b) => b.start - a.start);
  let out = esm;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const source = (text: string, n: Node) => text.slice(n.start, n.end);
