// A full garbage collection between the runner's phases, once the heap has grown by GROWTH since the
// last one. V8 lets a batch job's old generation grow to about three times what is alive before it
// collects, so a 50,000-row book peaked near 500 MiB for ~120 MiB of live data; a collection after the
// command and after a large rewritten sheet costs ~0.1 s there and keeps the peak under 400 MiB.
// Small books never reach GROWTH and pay nothing.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const GROWTH = 150 << 20;

let collect: (() => void) | null | undefined;
let alive = 0;

/** What the heap holds: V8's own count (process.memoryUsage() also reads the resident size from the system, ~0.4 ms a call). */
const heapUsed = () => getHeapStatistics().used_heap_size;

export function settleMemory(): void {
  if (heapUsed() < alive + GROWTH) return;
  if (collect === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    } finally {
      // Only that context gets gc(), and V8's flags are again those the code caches were made under
      // (V8 rejects a cache made under other flags: launch.ts writes dist/runner.js's at exit).
      setFlagsFromString("--no-expose-gc");
    }
  }
  if (!collect) return;
  collect();
  alive = heapUsed();
}
