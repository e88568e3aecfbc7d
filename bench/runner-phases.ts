// One runner job in this process, timed by phase: node --import tsx bench/runner-phases.ts <in.xlsx> <out.xlsx>
// prints {"read":ms,"run":ms,"write":ms,"peakMiB":n} (wall ms; peak resident memory of the process).
import { readFileSync } from "node:fs";
import { createLocalEnvironment } from "../src/imitation/environment";
import { callTopLevel } from "../src/imitation/script-context";
import { CODE_ENV, manifestServices } from "../src/runner/bundle";
import { loadXlsx, saveXlsx } from "../src/xlsx";

const [input, output] = process.argv.slice(2);
const user = "vanphong@tinhdoan.vn";
const t0 = performance.now();
const book = await loadXlsx(input, { owner: user });
const t1 = performance.now();
const code = process.env[CODE_ENV]!;
// The services the built manifest enables, as the runner gives them.
const env = createLocalEnvironment({ books: [book], user, advancedServices: manifestServices(code) });
// The command the bench compares with the peer (bench/runner.ts TARGET_COMMAND).
callTopLevel(env.loadScript(readFileSync(code, "utf8")), "tinhTienDo");
const t2 = performance.now();
await saveXlsx(book, output, { last: true });
const t3 = performance.now();
const peakMiB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ read: t1 - t0, run: t2 - t1, write: t3 - t2, peakMiB }));
