// Suggestions for a mistyped name rank candidates by edit distance; the bounded form used there must
// give the same answer as the full one whenever the distance is within the bound.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referenceDistance } from "../support/levenshtein";
import { editDistance } from "../../src/domain/match";

// Up to 40 letters: the bit-parallel path takes patterns of at most 32, the table the rest.
const name = fc.stringMatching(/^[a-z ]{0,40}$/);

describe("editDistance", () => {
  it("counts typos in Vietnamese names written without diacritics", () => {
    expect(editDistance("nguyen van an", "nguyen van anh")).toBe(1);
    expect(editDistance("tran thi thu", "tran thi thuy")).toBe(1);
    expect(editDistance("le minh hung", "le minh dung")).toBe(1);
    expect(editDistance("pham quoc bao", "bao quoc pham")).toBe(6);
  });

  it("equals the full distance, and with a bound is exact up to it and bound + 1 above", () => {
    fc.assert(
      fc.property(name, name, fc.integer({ min: 0, max: 8 }), (a, b, max) => {
        const full = referenceDistance(a, b);
        expect(editDistance(a, b)).toBe(full);
        expect(editDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 1000 },
    );
  });
});
