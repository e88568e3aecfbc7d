import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessProgress,
  checkLog,
  computeProgress,
  creditedDays,
  levelFor,
  type Cell,
  type LogCells,
  type LogRowInput,
  type ProgressRow,
} from "../../src/domain";
import { ACTIVITIES, CADRES, D, settingsWith, sheetDate, UNITS, zoneDay } from "./helpers";

const STATUSES = ["Hợp lệ", "Cảnh báo", "Lỗi"];

/** Any value a cell can hold, including text that looks like a date or a number. */
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.double(),
  fc.integer({ min: 30000, max: 80000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
  fc
    .tuple(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 2100 }),
      fc.constantFrom("/", "-", "."),
    )
    .map(([d, m, y, sep]) => `${d}${sep}${m}${sep}${y}`),
  fc.constantFrom("CB001", "Nguyễn Văn Bình", "Tan Phu", "1,5", "0,5", "đ/c ", "\u200b", "29/02/2025", "29/02/2024"),
);

const anyRow = fc.record<LogCells>({
  dateFrom: anyCell,
  dateTo: anyCell,
  cadre: anyCell,
  unit: anyCell,
  activity: anyCell,
  days: anyCell,
  content: anyCell,
  reportDate: anyCell,
});

// Realistic rows for the arithmetic properties: a few cadres, dates around 2025, some mistakes.
const day2025 = fc.integer({ min: D("20/12/2024"), max: D("10/01/2026") });
const realisticRow = fc
  .record({
    from: day2025,
    span: fc.constantFrom(0, 0, 0, 1, 2, 4),
    cadre: fc.constantFrom("CB001", "CB002", "Nguyen Van An", "Lê Thị Thủy", "CB004", "Không Ai"),
    unit: fc.constantFrom("DV001", "DV002", "xã Đức Liễu", "DV005", "Tân Phú"),
    days: fc.constantFrom<Cell>("", "", 1, "0,5", "1,5", 2, 0, "abc"),
    asDate: fc.boolean(),
  })
  .map(({ from, span, cadre, unit, days, asDate }): LogCells => {
    const ymd = (d: number) => {
      const t = new Date(d * 86400000);
      return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()] as const;
    };
    const cell = (d: number): Cell => {
      const [y, m, dd] = ymd(d);
      return asDate ? sheetDate(y, m, dd) : `${dd}/${m}/${y}`;
    };
    return {
      dateFrom: cell(from),
      dateTo: span ? cell(from + span) : "",
      cadre,
      unit,
      activity: ACTIVITIES[0],
      days,
      content: "Nội dung",
      reportDate: "",
    };
  });

const settings = settingsWith({ "Ngày tính tiến độ": "30/11/2025" }, D("15/12/2025"));
const toRows = (cells: LogCells[]): LogRowInput[] => cells.map((c, i) => ({ row: i + 2, cells: c }));
const run = (cells: LogCells[]) => {
  const checked = checkLog({
    tabs: [{ name: "Nhật ký đi cơ sở", rows: toRows(cells) }],
    cadres: CADRES,
    units: UNITS,
    activities: ACTIVITIES,
    settings,
    zoneDay,
  });
  return { checked, progress: computeProgress(checked.visits, CADRES, settings) };
};
const figures = (p: ProgressRow[]) => p.map((r) => ({ ...r, unitCodes: [...r.unitCodes].sort() }));

describe("properties", () => {
  it("any cell values never throw and every non-blank row gets a status and its detail", () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 12 }), (cells) => {
        const { checked } = run(cells);
        for (const r of checked.rows) {
          expect(STATUSES).toContain(r.status);
          expect(r.detail).toBe(r.findings.map((f) => f.message).join("; "));
          expect(r.status === "Hợp lệ").toBe(r.findings.length === 0);
        }
        expect(checked.counts.checked).toBe(checked.rows.length);
      }),
      { numRuns: 300 },
    );
  });

  it("the custom-function cores answer a number or a text for any input", () => {
    fc.assert(
      fc.property(anyCell, anyCell, anyCell, anyCell, anyCell, (a, b, c, d, e) => {
        expect(["number", "string"]).toContain(typeof creditedDays(a, b, c, { zoneDay }));
        expect(typeof levelFor(a, b, c, d, e)).toBe("string");
        expect(typeof assessProgress(a, b, c, d, e, { zoneDay })).toBe("string");
      }),
      { numRuns: 500 },
    );
  });

  it("a cadre's counted days never exceed the distinct days of the window", () => {
    fc.assert(
      fc.property(fc.array(realisticRow, { maxLength: 60 }), (cells) => {
        const { checked, progress } = run(cells);
        for (const p of progress) {
          if (!p.applicable) continue;
          const until = Math.min(p.applicable.to, settings.asOf);
          expect(p.total).toBeLessThanOrEqual(Math.max(0, until - p.applicable.from + 1));
          const covered = new Set<number>();
          for (const v of checked.visits.filter((v) => v.cadre === p.code))
            for (let d = v.from; d <= v.to; d++) covered.add(d);
          expect(p.total).toBeLessThanOrEqual(covered.size);
          expect(p.total).toBeCloseTo(p.q1 + p.q2 + p.q3 + p.q4, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("shuffling log rows changes no progress figure", () => {
    fc.assert(
      fc.property(
        fc
          .array(realisticRow, { maxLength: 40 })
          .chain((cells) => fc.tuple(fc.constant(cells), fc.shuffledSubarray(cells, { minLength: cells.length }))),
        ([cells, shuffled]) => {
          expect(figures(run(shuffled).progress)).toEqual(figures(run(cells).progress));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("duplicating a valid row never raises any total", () => {
    fc.assert(
      fc.property(fc.array(realisticRow, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (cells, pick, at) => {
        const before = run(cells);
        const valid = before.checked.rows.filter((r) => r.status !== "Lỗi");
        fc.pre(valid.length > 0);
        const copy = cells[valid[pick % valid.length].row - 2];
        const withCopy = [...cells];
        withCopy.splice(at % (cells.length + 1), 0, { ...copy });
        const after = run(withCopy);
        after.progress.forEach((p, i) => {
          expect(p.total).toBeLessThanOrEqual(before.progress[i].total);
          expect(p.q1 + p.q2 + p.q3 + p.q4).toBeLessThanOrEqual(
            before.progress[i].q1 + before.progress[i].q2 + before.progress[i].q3 + before.progress[i].q4 + 1e-9,
          );
        });
        expect(after.checked.rows.filter((r) => r.findings.some((f) => f.code === "DUPLICATE")).length).toBeGreaterThan(
          0,
        );
      }),
      { numRuns: 200 },
    );
  });
});
