// Counts in messages are grouped by hand (no Intl on a runner's path): the same text as toLocaleString("vi-VN").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount, moreOf } from "../../src/text";

describe("formatCount", () => {
  it("writes every whole number as toLocaleString('vi-VN') does", () => {
    for (const n of [0, 7, 999, 1000, 10_000, 999_999, 1_000_000, 9_990_000, -1, -1000, -123_456_789])
      expect(formatCount(n), String(n)).toBe(n.toLocaleString("vi-VN"));
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => formatCount(n) === n.toLocaleString("vi-VN")),
      { numRuns: 2000 },
    );
  });

  it("leaves other numbers to Intl, and moreOf uses it", () => {
    for (const n of [1234.5, 0.25, -0, Number.MAX_SAFE_INTEGER + 2, Number.NaN])
      expect(formatCount(n), String(n)).toBe(n.toLocaleString("vi-VN"));
    expect(moreOf(12_345, "lỗi")).toBe("… và 12.345 lỗi khác");
  });
});
