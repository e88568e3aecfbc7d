// Properties of the province rules (SPEC §11–§12) over random visits, exemptions and histories.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeProgress, parseTiers, type Exemption, type Visit } from "../../src/domain";
import { H } from "../../src/text";
import { CADRES, D, records, settingsWith, units } from "./helpers";

const UNITS = units([
  ["DV001", "Đoàn xã Tân Phú", "Đoàn xã", "", ""],
  ["DV002", "Đoàn phường Hòa Bình", "Đoàn phường", "", ""],
  ["DV003", "Chi đoàn Trường THPT Lê Lợi", "Chi đoàn cơ sở", "", ""],
  ["DV004", "Huyện đoàn Bù Đăng", "Huyện đoàn", "", ""],
]).units;

// Every unit type at some level, so the levels together cover every counted day.
const ALL_TIERS = parseTiers(
  records(
    [H.tier, H.unitType, H.tierMinimum],
    [
      ["Cấp chi đoàn", "Chi đoàn cơ sở", 30],
      ["Cấp xã", "Đoàn xã; Đoàn phường", 20],
      ["Cấp huyện", "Huyện đoàn", 10],
    ],
  ),
  UNITS,
).tiers;

const settings = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "30/09/2025" }, D("15/10/2025"));
const day = fc.integer({ min: D("20/12/2024"), max: D("10/01/2026") });

const visit = fc
  .record({
    cadre: fc.constantFrom("CB001", "CB002", "CB003"),
    unit: fc.constantFrom("DV001", "DV002", "DV003", "DV004"),
    from: day,
    span: fc.integer({ min: 0, max: 6 }),
    halves: fc.integer({ min: 1, max: 14 }),
  })
  .map(
    ({ cadre, unit, from, span, halves }, i = 0): Visit => ({
      tab: "Nhật ký đi cơ sở",
      row: 2 + i,
      cadre,
      unit,
      from,
      to: from + span,
      credit: Math.min(span + 1, halves / 2),
      activity: "Dự sinh hoạt chi đoàn",
    }),
  );

const exemption = fc
  .record({ from: day, length: fc.integer({ min: 0, max: 200 }), open: fc.boolean() })
  .map(({ from, length, open }, row = 2): Exemption => (open ? { from, row } : { from, to: from + length, row }));

const exemptionMap = fc
  .array(fc.tuple(fc.constantFrom("CB001", "CB002", "CB003"), exemption), { maxLength: 6 })
  .map((pairs) => {
    const m = new Map<string, Exemption[]>();
    for (const [code, e] of pairs) m.set(code, [...(m.get(code) ?? []), e]);
    return m;
  });

describe("province rules: properties", () => {
  it("exemptions never raise a target and never change the counted days", () => {
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 30 }), exemptionMap, (visits, exemptions) => {
        const plain = computeProgress(visits, CADRES, settings);
        const exempt = computeProgress(visits, CADRES, settings, { exemptions });
        exempt.forEach((p, i) => {
          expect(p.total).toBe(plain[i].total);
          if (p.assessment !== "Không áp dụng") expect(p.target).toBeLessThanOrEqual(plain[i].target);
          expect(p.exemptDays).toBeGreaterThanOrEqual(0);
          expect(p.expected).toBeLessThanOrEqual(p.target + 1e-9);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("splitting by unit type never changes the total; each level's days lie between 0 and the total", () => {
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 30 }), (visits) => {
        const plain = computeProgress(visits, CADRES, settings);
        const split = computeProgress(visits, CADRES, settings, { tiers: ALL_TIERS, units: UNITS });
        split.forEach((p, i) => {
          expect(p.total).toBe(plain[i].total);
          const sum = p.tiers.reduce((a, t) => a + t.days, 0);
          expect(sum).toBeCloseTo(p.total, 6);
          for (const t of p.tiers) {
            expect(t.days).toBeGreaterThanOrEqual(0);
            expect(t.days).toBeLessThanOrEqual(p.total + 1e-9);
          }
          // A cadre who reached every minimum and the total is Đạt, whatever the as-of date.
          if (p.assessment === "Đạt") expect(p.tierShortfall).toBe("");
        });
      }),
      { numRuns: 200 },
    );
  });

  it("Số đơn vị đã đến by final successor never exceeds the distinct units visited", () => {
    // DV001 and DV002 merged into DV004 on 30/06/2025.
    const merged = UNITS.map((u, i) => (i < 2 ? { ...u, activeTo: D("30/06/2025"), mergedInto: "DV004" } : u));
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 30 }), (visits) => {
        const plain = computeProgress(visits, CADRES, settings);
        const history = computeProgress(visits, CADRES, settings, { units: merged });
        history.forEach((p, i) => {
          expect(p.unitsVisited).toBeLessThanOrEqual(plain[i].unitsVisited);
          expect(p.unitCodes.every((c) => c === "DV003" || c === "DV004")).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });
});
