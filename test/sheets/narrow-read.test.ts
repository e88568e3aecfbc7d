import { describe, expect, it } from "vitest";
import { rowRuns } from "../../src/sheets/narrow-read";
import { randomSource } from "../fuzz/random-book";

describe("rowRuns (the row reads of onEdit)", () => {
  it("covers every wanted row in at most 8 sorted, separate reads, joining rows a few apart", () => {
    expect(rowRuns([3, 4, 5, 20, 400, 401])).toEqual([
      [3, 20],
      [400, 401],
    ]);
    const r = randomSource(7);
    for (let k = 0; k < 300; k++) {
      const rows = [...new Set(Array.from({ length: r.int(0, 80) }, () => r.int(2, 50_000)))].sort((a, b) => a - b);
      const runs = rowRuns(rows);
      expect(runs.length).toBeLessThanOrEqual(8);
      for (const row of rows) expect(runs.some(([a, b]) => a <= row && row <= b)).toBe(true);
      for (let i = 1; i < runs.length; i++) expect(runs[i][0]).toBeGreaterThan(runs[i - 1][1]);
      // No read starts or ends on a row nobody asked for.
      for (const [a, b] of runs) expect(rows.includes(a) && rows.includes(b)).toBe(true);
    }
  });
});
