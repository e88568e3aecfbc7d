/** One row of the `npm run bench` table. */
export type BenchRow = { group: string; name: string; value: number | string; unit: string; note?: string };

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
