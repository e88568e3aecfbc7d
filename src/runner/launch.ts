// dist/cli.js: starts the runner (dist/runner.js, start.ts bundled as CommonJS) from V8's code cache
// beside it, with the V8 settings a run of a few seconds wants. Built by build/cli.ts; it imports only
// Node's modules. Measured on 1,000- to 50,000-row books against loading the bundle as an ES module:
// - CommonJS skips the ES module loader (its UTF-8 decoding and its facades of Node's modules) and the
//   code cache skips parsing the 370 KB bundle: about 20 ms of every run;
// - V8 compiles a function with its optimising compiler after a small budget of work (67,584 bytecodes
//   by default), in background threads: in a run of 0.3–3 s that compiles hundreds of functions that
//   will not run long enough to pay for it (at 10,000 rows the threads used 0.7 s of CPU beside 0.9 s on
//   the main thread). A budget of 12 times that leaves the hot loops optimised and cuts the CPU time
//   of a run by a third at 1,000 rows, a quarter at 10,000 and a tenth at 50,000;
// - with that budget the optimising compiler still used about 140 ms of CPU in its threads at 10,000
//   rows, much of it compiling callees into their callers (a cell reader with its decoders, a range
//   write with its per-cell closures); without inlining it compiles smaller functions, faster, and
//   the code is hardly slower: CPU time 6% lower at 10,000 rows and 4–5% lower at 50,000 (wall 4%
//   lower there), 1,000 rows and the wall time at 10,000 unchanged (alternating runs, medians).
//   Budgets of 8 and 16 times the default with it were no better than 12; a smaller inlining
//   limit (bytecode size 100) than none no better either. The runner lowers the budget while it
//   reads and writes a large book (tiering.ts).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { compileBundle } from "./code-cache";
import { startRunBudget } from "./tiering";

/** The bundle beside this file (build/cli.ts RUNNER_FILE). */
const RUNNER = "runner.js";

startRunBudget();
setFlagsFromString("--no-turbo-inlining");

// This file is built as CommonJS: __dirname is its folder.
const file = join(__dirname, RUNNER);
// Node's own wrapper of a CommonJS module. The bundle has no dynamic import() (a vm script would need
// an experimental loader for it): build/cli.ts turns the one of docx into require().
const { script, remember } = compileBundle(
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`,
  file,
  file,
);
// Without a cache, or with one V8 rejected, the cache written after the run holds every function it compiled.
process.on("exit", remember);
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, __dirname);
