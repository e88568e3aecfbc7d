import { describe, expect, it } from "vitest";
import { computeProgress, summarize, type LogRowInput, type Settings } from "../../src/domain";
import { check, D, logRow, roster, settingsWith, UNITS } from "./helpers";

const cadres = roster([
  ["CB001", "Nguyễn Văn An", "Ban Tổ chức"],
  ["CB002", "Trần Thị Hoà", "Ban Tổ chức", "", "01/07/2025"], // joined on 1/7
  ["CB003", "Lê Thị Thuỷ", "Văn phòng", 10], // own target
  ["CB004", "Phạm Đức Dũng", "Văn phòng", "", "01/11/2025"], // starts after the as-of date
  ["CB005", "Vũ Thị Mai", "Văn phòng", "", "", "30/06/2025"], // left on 30/6
  ["CB006", "Đỗ Văn Hùng", "Ban Phong trào", "", "", "31/12/2024"], // not subject this year
]).cadres;

const A = (row: number, dateFrom: string, dateTo: string, unit: string, days: string | number = "") =>
  logRow(row, { cadre: "CB001", dateFrom, dateTo, unit, days });

// Hand-computed: see the expectations below.
const anLog: LogRowInput[] = [
  A(2, "10/03/2025", "", "DV001", "0,5"),
  A(3, "10/03/2025", "", "DV002", 1), // same day: 0.5 + 1 capped at 1
  A(4, "12/03/2025", "", "DV001"),
  A(5, "12/03/2025", "", "DV003"), // two full visits on one day count once
  A(6, "31/03/2025", "01/04/2025", "DV002"), // 1 day in Q1, 1 in Q2
  A(7, "30/06/2025", "01/07/2025", "DV004", 1), // 1 day over 2: 0.5 in Q2, 0.5 in Q3
  A(8, "30/12/2024", "02/01/2025", "DV005"), // 4 days, 2 inside the window
  A(9, "15/05/2025", "", "DV001", "0,5"),
  A(10, "20/10/2025", "", "DV001", 1), // after the as-of date 30/09
];

function run(rows: LogRowInput[], settings: Settings) {
  const checked = check(rows, { settings, cadres });
  return { checked, progress: computeProgress(checked.visits, cadres, settings) };
}

const at30Sep = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "30/09/2025" }, D("15/10/2025"));
const atYearEnd = settingsWith({ Năm: 2025 }, D("10/01/2026"));

describe("quota progress: worked examples", () => {
  it("half days, two visits on one day, 31/3→1/4, partly outside the window, after the as-of date", () => {
    const { checked, progress } = run(anLog, at30Sep);
    expect(checked.rows.map((r) => [r.row, r.status])).toEqual([
      [2, "Cảnh báo"],
      [3, "Cảnh báo"],
      [4, "Cảnh báo"],
      [5, "Cảnh báo"],
      [6, "Hợp lệ"],
      [7, "Hợp lệ"],
      [8, "Cảnh báo"],
      [9, "Hợp lệ"],
      [10, "Cảnh báo"],
    ]);
    const an = progress[0];
    expect(an).toMatchObject({
      code: "CB001",
      name: "Nguyễn Văn An",
      office: "Ban Tổ chức",
      q1: 5,
      q2: 2,
      q3: 0.5,
      q4: 0,
      h1: 7,
      m9: 7.5,
      total: 7.5,
      target: 60,
      ratio: 0.125,
      shortfall: 52.5,
      unitsVisited: 5,
      assessment: "Chậm tiến độ",
    });
    // 1/1–30/9 is 273 of 365 days: 60 × 273 / 365
    expect(an.expected).toBeCloseTo(44.876712, 5);
    expect(an.unitCodes.sort()).toEqual(["DV001", "DV002", "DV003", "DV004", "DV005"]);
  });

  it("counts the October visit once the as-of date is past it, and judges the year at its end", () => {
    const an = run(anLog, atYearEnd).progress[0];
    expect([an.q4, an.total, an.expected, an.assessment]).toEqual([1, 8.5, 60, "Không đạt"]);
  });

  it("pro-rates the target of a cadre who joined on 1/7 and measures pace from that day", () => {
    const rows = [
      logRow(2, { cadre: "CB002", dateFrom: "20/06/2025" }), // before joining: not counted
      logRow(3, { cadre: "CB002", dateFrom: "02/07/2025", dateTo: "06/07/2025" }), // 5
      logRow(4, { cadre: "CB002", dateFrom: "01/08/2025", dateTo: "10/08/2025" }), // 10
    ];
    const { checked, progress } = run(rows, at30Sep);
    expect(checked.rows[0].detail).toContain("ngoài thời gian áp dụng chỉ tiêu của cán bộ (01/07/2025 đến 31/12/2025)");
    // 184 of 365 days: 60 × 184 / 365 = 30.25 → 30; by 30/9, 92 of 184 days: 15
    expect(progress[1]).toMatchObject({
      q2: 0,
      q3: 15,
      total: 15,
      target: 30,
      expected: 15,
      ratio: 0.5,
      shortfall: 15,
      assessment: "Đúng tiến độ",
    });
    expect(progress[1].applicable).toEqual({ from: D("01/07/2025"), to: D("31/12/2025") });
    expect(run(rows, atYearEnd).progress[1].assessment).toBe("Không đạt");
  });

  it("gives every assessment at a chosen as-of date", () => {
    const rows = [logRow(2, { cadre: "CB003", dateFrom: "01/02/2025", dateTo: "10/02/2025" })];
    const p = run(rows, at30Sep).progress;
    expect(p.map((r) => [r.code, r.target, r.assessment])).toEqual([
      ["CB001", 60, "Chậm tiến độ"],
      ["CB002", 30, "Chậm tiến độ"],
      ["CB003", 10, "Đạt"],
      ["CB004", 10, "Chưa đến kỳ"], // 1/11–31/12: 61 days → 60 × 61 / 365 = 10.03 → 10
      ["CB005", 30, "Không đạt"], // 1/1–30/6: 181 days → 29.75 → 30, window over
      ["CB006", 0, "Không áp dụng"],
    ]);
    expect(p[3]).toMatchObject({ expected: 0, total: 0 });
    expect(p[5]).toMatchObject({ ratio: null, applicable: null });
  });

  it("summarizes per office, with units never visited", () => {
    const { progress } = run(anLog, at30Sep);
    const s = summarize(progress, undefined, UNITS);
    expect(s.offices.map((o) => [o.office, o.cadres, o.totalDays])).toEqual([
      ["Ban Tổ chức", 2, 7.5],
      ["Văn phòng", 3, 0],
      ["Ban Phong trào", 1, 0],
    ]);
    expect(s.offices[0].counts["Chậm tiến độ"]).toBe(2);
    expect(s.offices[0].averageRatio).toBeCloseTo((0.125 + 0) / 2, 9);
    expect(s.offices[2].averageRatio).toBeNull(); // only a cadre who is not subject
    expect(s.unvisited).toEqual([]);
    const few = summarize(run([A(2, "10/03/2025", "", "DV003")], at30Sep).progress, undefined, UNITS);
    expect(few.unvisited.map((u) => u.code)).toEqual(["DV001", "DV002", "DV004", "DV005"]);
  });
});
