import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildSuccession,
  checkLog,
  comparePlan,
  planFiguresForPeriod,
  unionLength,
  type Cell,
  type LogRowInput,
  type PlanCells,
  type PlanRowInput,
  type Settings,
  type Unit,
  type Visit,
} from "../../src/domain";
import { PLAN_TEXT } from "../../src/text";
import { CADRES, check, D, defaults, logRow, settingsWith, UNITS, zoneDay } from "./helpers";

const PLAN_TAB = "Kế hoạch đi cơ sở";
const LOG_TAB = "Nhật ký đi cơ sở";

function planRow(row: number, cells: Partial<PlanCells>): PlanRowInput {
  return {
    row,
    cells: { cadre: "CB001", unit: "DV001", from: "10/03/2025", to: "", content: "Dự sinh hoạt", ...cells },
  };
}

function visitsOf(rows: LogRowInput[], settings: Settings, units: readonly Unit[]): Visit[] {
  return checkLog({ tabs: [{ name: LOG_TAB, rows }], cadres: CADRES, units, settings, zoneDay }).visits;
}

// DV002 and DV003 merged into DV001 from 01/07/2025.
const MERGED = UNITS.map((u) =>
  u.code === "DV002" || u.code === "DV003" ? { ...u, activeTo: D("30/06/2025"), mergedInto: "DV001" } : u,
);

function compare(
  plans: PlanRowInput[],
  logRows: LogRowInput[],
  opts: {
    settings?: Settings;
    tolerance?: number;
    required?: boolean;
    units?: readonly Unit[];
    tabs?: { name: string; rows: PlanRowInput[] }[];
  } = {},
) {
  const settings = opts.settings ?? defaults();
  const units = opts.units ?? UNITS;
  return comparePlan({
    tabs: opts.tabs ?? [{ name: PLAN_TAB, rows: plans }],
    cadres: CADRES,
    units,
    succession: buildSuccession(units).succession,
    settings,
    zoneDay,
    visits: visitsOf(logRows, settings, units),
    tolerance: opts.tolerance ?? 3,
    required: opts.required ?? false,
  });
}

const statusOf = (r: ReturnType<typeof compare>, row: number) => r.rows.find((x) => x.row === row)!;

describe("plan rows: checks", () => {
  it("marks a bad plan row Lỗi with what to fix, and checks nothing else", () => {
    const r = compare(
      [
        planRow(2, { from: "31/02/2025" }),
        planRow(3, { cadre: "Nguyễn Văn Không Có" }),
        planRow(4, { unit: "" }),
        planRow(5, { from: "20/03/2025", to: "18/03/2025" }),
        planRow(6, { from: "05/01/2026" }),
        planRow(7, { from: "" }),
        planRow(8, { content: "" }), // blank content is not checked on a plan
        { row: 9, cells: { cadre: "", unit: "", from: "", to: "", content: "", note: "" } },
      ],
      [],
    );
    expect(r.rows.map((x) => [x.row, x.status])).toEqual([
      [2, "Lỗi"],
      [3, "Lỗi"],
      [4, "Lỗi"],
      [5, "Lỗi"],
      [6, "Lỗi"],
      [7, "Lỗi"],
      [8, "Chưa thực hiện"],
    ]);
    expect(statusOf(r, 2).detail).toContain("«31/02/2025» không có trên lịch");
    expect(statusOf(r, 3).detail).toContain("Không tìm thấy cán bộ «Nguyễn Văn Không Có»");
    expect(statusOf(r, 4).detail).toContain("Thiếu Đơn vị đến");
    expect(statusOf(r, 5).detail).toBe("Đến ngày 18/03/2025 trước Từ ngày 20/03/2025 — kiểm tra lại hai ngày");
    expect(statusOf(r, 6).detail).toContain("nằm ngoài khoảng tính 01/01/2025–31/12/2025");
    expect(statusOf(r, 7).detail).toContain("Thiếu Từ ngày");
  });

  it("reads a cadre written without diacritics, saying what it was read as", () => {
    const r = compare([planRow(2, { cadre: "Nguyen Van An" })], [logRow(5)]);
    expect(statusOf(r, 2).status).toBe("Đã thực hiện");
    expect(statusOf(r, 2).detail).toContain("được hiểu là Nguyễn Văn An (CB001)");
  });

  it("applies the merged-unit rule of §12 by the planned Từ ngày", () => {
    const r = compare(
      [planRow(2, { unit: "DV002", from: "10/08/2025" }), planRow(3, { unit: "DV002", from: "10/06/2025" })],
      [],
      { units: MERGED, settings: settingsWith({ "Ngày tính tiến độ": "31/12/2025" }) },
    );
    expect(statusOf(r, 2).status).toBe("Lỗi");
    expect(statusOf(r, 2).detail).toContain("đã sáp nhập vào Đoàn xã Tân Phú (DV001) từ 01/07/2025");
    expect(statusOf(r, 3).status).toBe("Chưa thực hiện");
  });
});

describe("plan rows: matching (as of 15/06/2025)", () => {
  it("gives each status, naming the log row that fulfils a plan row", () => {
    const r = compare(
      [
        planRow(2, { from: "10/03/2025", to: "11/03/2025" }),
        planRow(3, { cadre: "CB002", from: "01/04/2025" }),
        planRow(4, { cadre: "CB003", from: "20/06/2025", to: "22/06/2025" }),
      ],
      [logRow(5, { dateFrom: "11/03/2025", dateTo: "12/03/2025" })],
    );
    expect(statusOf(r, 2)).toMatchObject({
      status: "Đã thực hiện",
      detail: "Đã đi theo dòng 5 trang «Nhật ký đi cơ sở» (11/03/2025–12/03/2025)",
    });
    expect(statusOf(r, 3)).toMatchObject({
      status: "Chưa thực hiện",
      detail: "Quá hạn 04/04/2025 mà chưa có chuyến đi tương ứng trong nhật ký",
    });
    expect(statusOf(r, 4)).toMatchObject({ status: "Chưa đến hạn", detail: "Còn hạn đến 25/06/2025" });
  });

  it("counts a visit exactly tolerance days late as done, and one day later not", () => {
    const late = (days: string) =>
      compare([planRow(2, { from: "10/03/2025", to: "12/03/2025" })], [logRow(5, { dateFrom: days })]);
    expect(statusOf(late("15/03/2025"), 2).status).toBe("Đã thực hiện");
    const tooLate = late("16/03/2025");
    expect(statusOf(tooLate, 2).status).toBe("Chưa thực hiện");
    expect(tooLate.offPlan.map((v) => v.row)).toEqual([5]);
    // and early by the same margin
    expect(statusOf(late("07/03/2025"), 2).status).toBe("Đã thực hiện");
    expect(statusOf(late("06/03/2025"), 2).status).toBe("Chưa thực hiện");
    // tolerance 0: only overlapping visits
    const strict = compare([planRow(2, { from: "10/03/2025" })], [logRow(5, { dateFrom: "11/03/2025" })], {
      tolerance: 0,
    });
    expect(statusOf(strict, 2).status).toBe("Chưa thực hiện");
  });

  it("is one to one: each log row fulfils one plan row, the nearest dates chosen", () => {
    const r = compare(
      [planRow(2, { from: "10/03/2025" }), planRow(3, { from: "12/03/2025" }), planRow(4, { from: "11/03/2025" })],
      [logRow(5, { dateFrom: "12/03/2025" }), logRow(6, { dateFrom: "10/03/2025" })],
    );
    expect(statusOf(r, 2).detail).toContain("dòng 6");
    expect(statusOf(r, 4).detail).toContain("dòng 5"); // 11/03 comes before 12/03 and takes the nearest left
    expect(statusOf(r, 3).status).toBe("Chưa thực hiện");
    expect(r.offPlan).toEqual([]);
  });

  it("needs the same cadre and unit; a unit and its successor count as the same", () => {
    const plans = [planRow(2, { unit: "DV002" })];
    const logs = [logRow(5, { unit: "DV001" }), logRow(6, { cadre: "CB002", unit: "DV002" })];
    expect(statusOf(compare(plans, logs), 2).status).toBe("Chưa thực hiện");
    expect(statusOf(compare(plans, logs, { units: MERGED }), 2).detail).toContain("dòng 5");
    // two units merged into the same successor are not the same as each other
    const sibling = compare([planRow(2, { unit: "DV003" })], [logRow(5, { unit: "DV002" })], { units: MERGED });
    expect(statusOf(sibling, 2).status).toBe("Chưa thực hiện");
  });

  it("does not count a visit with an error or with no counted day up to the as-of date", () => {
    const r = compare(
      [planRow(2, { from: "13/06/2025", to: "16/06/2025" }), planRow(3, { from: "10/03/2025" })],
      [logRow(5, { dateFrom: "16/06/2025", dateTo: "17/06/2025" }), logRow(6, { dateFrom: "10/03/2025", days: "abc" })],
    );
    expect(statusOf(r, 2).status).toBe("Chưa đến hạn");
    expect(statusOf(r, 3).status).toBe("Chưa thực hiện");
    expect(r.offPlan).toEqual([]);
  });

  it("matches across plan and log tabs, naming the office tab", () => {
    const settings = defaults();
    const logs = check([], {
      settings,
      tabs: [
        { name: LOG_TAB, rows: [] },
        { name: "Nhật ký - Văn phòng", rows: [logRow(3, { cadre: "CB003" })] },
      ],
    });
    const r = comparePlan({
      tabs: [
        { name: PLAN_TAB, rows: [] },
        { name: "Kế hoạch - Văn phòng", rows: [planRow(4, { cadre: "Lê Thị Thủy" })] },
      ],
      cadres: CADRES,
      units: UNITS,
      succession: buildSuccession(UNITS).succession,
      settings,
      zoneDay,
      visits: logs.visits,
      tolerance: 3,
      required: false,
    });
    expect(r.rows).toEqual([
      {
        tab: "Kế hoạch - Văn phòng",
        row: 4,
        status: "Đã thực hiện",
        detail: "Đã đi theo dòng 3 trang «Nhật ký - Văn phòng» (10/03/2025)",
      },
    ]);
  });
});

describe("ngoài kế hoạch", () => {
  const plans = [planRow(2, { from: "10/03/2025" })];
  const logs = [logRow(5), logRow(6, { dateFrom: "20/04/2025" }), logRow(7, { cadre: "CB002" })];

  it("counts log rows that fulfil no plan row; warns them only when the plan is required", () => {
    const counted = compare(plans, logs);
    expect(counted.offPlan.map((v) => v.row)).toEqual([6, 7]);
    expect(counted.logWarnings.size).toBe(0);
    const required = compare(plans, logs, { required: true });
    expect([...required.logWarnings.keys()]).toEqual([`${LOG_TAB}\u00006`, `${LOG_TAB}\u00007`]);
    expect(required.logWarnings.get(`${LOG_TAB}\u00006`)!.message).toContain("không có trong Kế hoạch đi cơ sở");
  });

  it("is inactive while no plan tab has an input row", () => {
    const r = compare([], logs, { required: true });
    expect(r.active).toBe(false);
    expect(r.offPlan).toEqual([]);
    expect(r.logWarnings.size).toBe(0);
  });
});

describe("Theo dõi kế hoạch and Tổng hợp", () => {
  it("counts per cadre in roster order, with the union of planned days and the done ratio", () => {
    const r = compare(
      [
        planRow(2, { from: "10/03/2025", to: "12/03/2025" }),
        planRow(3, { from: "11/03/2025", to: "14/03/2025" }),
        planRow(4, { from: "01/05/2025" }),
        planRow(5, { from: "25/12/2025", to: "31/12/2025" }),
        planRow(6, { cadre: "CB002", from: "20/06/2025" }),
        planRow(7, { cadre: "CB003", from: "31/02/2025" }),
      ],
      [logRow(8, { dateFrom: "10/03/2025" }), logRow(9, { dateFrom: "13/03/2025" }), logRow(10, { cadre: "CB004" })],
    );
    const an = r.tracking[0];
    expect(r.tracking.map((t) => t.code)).toEqual(CADRES.map((c) => c.code));
    expect(an).toMatchObject({
      code: "CB001",
      name: "Nguyễn Văn An",
      office: "Ban Tổ chức",
      trips: 4,
      plannedDays: 5 + 1 + 7,
      done: 2,
      missed: 1,
      notDue: 1,
      offPlan: 0,
    });
    expect(an.ratio).toBeCloseTo(2 / 3);
    expect(r.tracking[1]).toMatchObject({ trips: 1, done: 0, missed: 0, notDue: 1, ratio: null });
    expect(r.tracking[2]).toMatchObject({ trips: 0, ratio: null }); // its only row is Lỗi
    expect(r.tracking[3]).toMatchObject({ trips: 0, offPlan: 1 });
    expect(r.summary).toEqual({ planned: 2, subject: 6, complete: 0, due: 1 });
    expect(PLAN_TEXT.summaryLine(2, 6, 0, 1)).toBe(
      "2/6 cán bộ đã đăng ký kế hoạch; 0/1 đã thực hiện đủ các chuyến đến hạn",
    );
  });

  it("gives the report plan against done for a period", () => {
    const r = compare(
      [
        planRow(2, { from: "10/03/2025" }),
        planRow(3, { from: "30/03/2025", to: "02/04/2025" }),
        planRow(4, { cadre: "CB002", from: "01/05/2025" }),
      ],
      [logRow(5), logRow(6, { dateFrom: "15/02/2025", cadre: "CB003" })],
    );
    expect(planFiguresForPeriod(r, D("01/01/2025"), D("31/03/2025"))).toEqual({
      cadresWithPlan: 1,
      done: 1,
      notDone: 1,
      notDue: 0,
      outsidePlan: 1,
    });
    expect(planFiguresForPeriod(r, D("01/04/2025"), D("30/06/2025"))).toEqual({
      cadresWithPlan: 2,
      done: 0,
      notDone: 2,
      notDue: 0,
      outsidePlan: 0,
    });
    expect(planFiguresForPeriod(r, D("01/04/2025"), D("30/06/2025"), (c) => c !== "CB002").cadresWithPlan).toBe(1);
  });

  it("unions overlapping spans", () => {
    expect(
      unionLength([
        [5, 9],
        [1, 3],
        [2, 6],
        [20, 20],
      ]),
    ).toBe(10);
    expect(unionLength([])).toBe(0);
  });
});

describe("properties", () => {
  const dayCell = (day: number) => {
    const d = new Date(Date.UTC(1970, 0, 1) + day * 86400000);
    return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  };
  const trip = fc.record({
    from: fc.integer({ min: D("01/03/2025"), max: D("30/07/2025") }),
    span: fc.constantFrom(0, 0, 1, 2),
    cadre: fc.constantFrom("CB001", "CB002", "CB003"),
    unit: fc.constantFrom("DV001", "DV002"),
  });
  const toCells = (t: { from: number; span: number; cadre: string; unit: string }) => ({
    cadre: t.cadre as Cell,
    unit: t.unit as Cell,
    from: dayCell(t.from),
    to: dayCell(t.from + t.span),
  });

  it("shuffling and renumbering log rows changes no status count", () => {
    fc.assert(
      fc.property(
        fc.array(trip, { maxLength: 12 }),
        fc.array(trip, { minLength: 1, maxLength: 12 }),
        fc.integer(),
        (planned, visited, seed) => {
          const plans = planned.map((t, i) => planRow(2 + i, toCells(t)));
          const log = visited.map((t, i) => {
            const c = toCells(t);
            return logRow(2 + i, { cadre: c.cadre, unit: c.unit, dateFrom: c.from, dateTo: c.to });
          });
          const shuffled = fc.sample(fc.shuffledSubarray(log, { minLength: log.length }), { seed, numRuns: 1 })[0];
          const renumbered = shuffled.map((r, i) => ({ ...r, row: 100 + i }));
          const counts = (r: ReturnType<typeof compare>) => ({
            statuses: r.rows.map((x) => x.status).sort(),
            offPlan: r.offPlan.length,
            tracking: r.tracking.map((t) => [t.done, t.missed, t.notDue, t.offPlan]),
          });
          expect(counts(compare(plans, renumbered))).toEqual(counts(compare(plans, log)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
