// zod/mini, the tree-shakable build of zod 4: a module that builds a schema imports it and calls
// `loadZod()` first (the build checks that each importer of zod imports this module). Every message a
// user sees from a schema is our own Vietnamese text (each check carries its `error`, or the issue is
// reworded from its path), so no zod locale is loaded: it would cost 3 KB of the bundle for words
// never shown.
import { config } from "zod/mini";

/**
 * In the sources zod runs when imported. In dist/Code.js the build moves zod's top-level code to the
 * start of this function (build/defer-zod.ts): Apps Script runs the bundle's top-level code at the
 * start of every execution (each onOpen, each custom-function cell), and zod's was about a fifth of it.
 */
function setUpZod(): void {
  // No code generation: jitless keeps the first parse cheap.
  config({ jitless: true });
}

let ready = false;

/** Sets zod up on the first call: only the executions that parse a schema pay for it. */
export function loadZod(): void {
  if (ready) return;
  setUpZod();
  ready = true;
}
