// The one way this repository runs Apps Script code in Node: a classic script in a fresh node:vm
// context that holds only the ES built-ins and the globals handed in (no process, require, timers),
// with code generation from strings (eval, new Function) and WebAssembly refused. Tests, the build's
// export check, the bench and the command-line runner all load dist/Code.js through here.
import * as vm from "node:vm";

export type ScriptContext = vm.Context & Record<string, unknown>;

/** A sealed context whose only non-ES names are `globals` (copied: the context never writes back into them). */
export function createScriptContext(globals: object = {}): ScriptContext {
  return vm.createContext({ ...globals }, { codeGeneration: { strings: false, wasm: false } }) as ScriptContext;
}

/** `code` compiled once, to run in many contexts (Apps Script compiles a project once per version). */
export function compileScript(code: string, filename = "Code.js"): vm.Script {
  return new vm.Script(code, { filename });
}

/** Runs `code` as one classic script in `context`: its top-level declarations become the context's own properties. */
export function runScript(context: ScriptContext, code: string | vm.Script, filename = "Code.js"): void {
  if (typeof code === "string") vm.runInContext(code, context, { filename });
  else code.runInContext(context);
}

type TopLevel = (...args: unknown[]) => unknown;

/**
 * A top-level function of the loaded script, found as an own property of the context's global
 * object, never by evaluating its name: `constructor`, `__proto__` or `a; b()` are simply not found.
 */
export function topLevelFunction(context: ScriptContext, name: string): TopLevel | undefined {
  if (!Object.hasOwn(context, name)) return undefined;
  const value = context[name];
  return typeof value === "function" ? (value as TopLevel) : undefined;
}

/** Calls a top-level function by name, as Apps Script does for a menu click or a trigger. */
export function callTopLevel(context: ScriptContext, name: string, ...args: unknown[]): unknown {
  const fn = topLevelFunction(context, name);
  if (!fn) throw new Error(`${name} is not a top-level function of the script`);
  return fn(...args);
}
