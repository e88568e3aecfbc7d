// Exact duplicates and the order overlaps are swept in: the dates are sorted as packed numbers first,
// which must give exactly what the plain comparison of the records gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exactDuplicates, type LoggedSpan } from "../../src/domain/credit";

/** The rule written plainly: sort by Ngày đi, Ngày về, unit, tenths of a day, log position; equal heads are copies. */
function plain<T extends LoggedSpan>(visits: readonly T[]): { kept: T[]; copies: [T, T][] } {
  const sorted = [...visits].sort(
    (a, b) =>
      a.from - b.from ||
      a.to - b.to ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
      Math.round(a.credit * 10) - Math.round(b.credit * 10) ||
      a.seq - b.seq,
  );
  const kept: T[] = [];
  const copies: [T, T][] = [];
  for (const v of sorted) {
    const head = kept.at(-1);
    if (
      head &&
      head.from === v.from &&
      head.to === v.to &&
      head.unit === v.unit &&
      Math.round(head.credit * 10) === Math.round(v.credit * 10)
    )
      copies.push([v, head]);
    else kept.push(v);
  }
  return { kept, copies };
}

// Day numbers around 2025 (and a few far ones), spans of 0–3 days and some absurdly long ones.
const span = fc.record({
  from: fc.oneof(fc.integer({ min: 20_080, max: 20_100 }), fc.integer({ min: -30_000, max: 3_000_000 })),
  length: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2_000_000 })),
  unit: fc.constantFrom("DV0001", "DV0002", "dv0003", 7, 12),
  credit: fc.constantFrom(0.5, 1, 1.04, 2, 3),
});

describe("exactDuplicates", () => {
  it("keeps, orders and pairs the copies as the plain comparison does", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), (list) => {
        const visits = list.map((v, seq) => ({
          from: v.from,
          to: v.from + v.length,
          unit: v.unit,
          credit: v.credit,
          seq,
        }));
        const got = exactDuplicates(visits);
        const want = plain(visits);
        expect(got.kept).toEqual(want.kept);
        expect([...got.duplicateOf]).toEqual(want.copies);
      }),
      { numRuns: 500 },
    );
  });
});
