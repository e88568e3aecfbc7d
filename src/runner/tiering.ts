// V8's budget for optimising a function: the bytecodes it runs before V8 asks its optimising compiler
// for it (--interrupt-budget). The starter (launch.ts) raises it twelvefold for the whole run; while a
// large book is read and written it is lowered to twice V8's own, since the loops of the .xlsx reader
// and writer then run long enough to pay for being optimised early (the add-in's run keeps the high
// budget: most of its functions run too briefly). Measured as whole processes, alternating runs,
// medians: 10,000 rows 6% less wall time and 2% less CPU, 50,000 rows 4–5% and 3%; at 4,000 rows
// (2 MB of XML) the same wall time for 11% more CPU, at 1,000 rows 4% more wall and 14% more CPU:
// small books keep the high budget. Lowering it for the read alone gave 4% of the 6%.
import { setFlagsFromString } from "node:v8";

/** V8's own budget. */
const V8_BUDGET = 67_584;
/** The whole run's budget (launch.ts has why). */
export const RUN_BUDGET = 12 * V8_BUDGET;
const BULK_BUDGET = 2 * V8_BUDGET;
/** A book whose parts hold this much XML or more is read and written under BULK_BUDGET (10,000 rows: 7 MB). */
export const BULK_FROM_BYTES = 4 << 20;

/** Set by the starter: in a process it did not start (tests, benches) V8's budget is left alone. */
const STARTED = Symbol.for("tinh-chi-tieu.interrupt-budget");

function setBudget(budget: number): void {
  setFlagsFromString(`--interrupt-budget=${budget}`);
}

/** The starter's setting, before anything is compiled (the code caches are made under it). */
export function startRunBudget(): void {
  (globalThis as Record<symbol, unknown>)[STARTED] = true;
  setBudget(RUN_BUDGET);
}

/**
 * Runs `phase` (reading or writing a book of `xmlBytes` of XML) under the lower budget when the book
 * is large and the starter began this process; the run's budget again afterwards, so that the code
 * caches written later are made under the flags they are checked against.
 */
export async function bulkPhase<T>(xmlBytes: number, phase: () => Promise<T>): Promise<T> {
  if ((globalThis as Record<symbol, unknown>)[STARTED] !== true || xmlBytes < BULK_FROM_BYTES) return phase();
  setBudget(BULK_BUDGET);
  try {
    return await phase();
  } finally {
    setBudget(RUN_BUDGET);
  }
}
