/** What issue 15 asks of one measure: its wording and whether the measured value meets it. */
export type Target = { text: string; met: boolean };

/** One row of the `npm run bench` table; a row with a target is repeated in the targets table. */
export type BenchRow = {
  group: string;
  name: string;
  value: number | string;
  unit: string;
  note?: string;
  target?: Target;
};

/** The target "at most `limit`" for a measured number. */
export const atMost = (value: number, limit: number, unit: string): Target => ({
  text: `≤ ${limit.toLocaleString("en-US")} ${unit}`,
  met: value <= limit,
});

/** The target "at least `limit`" for a measured number. */
export const atLeast = (value: number, limit: number, unit: string): Target => ({
  text: `≥ ${limit.toLocaleString("en-US")} ${unit}`,
  met: value >= limit,
});

/** Median wall time of `fn` in milliseconds over `runs` runs (after one warm-up). */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
