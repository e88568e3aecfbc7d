import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criterionGroups, parseCriteria, parseScores, rateUnits, type Cell } from "../../src/domain";
import { H } from "../../src/text";
import { records, settingsWith, units } from "./helpers";

// 30 points general (TC1, TC2), 70 points results (TC3, TC4); HTXSNV only with TC1 at 100%.
const CRITERIA_HEADER = [H.criterionCode, H.criterionName, H.maxScore, H.vetoScore, H.criterionGroup, H.topMinimum];
const { criteria, errors: criteriaErrors } = parseCriteria(
  records(CRITERIA_HEADER, [
    ["TC1", "Công tác giáo dục chính trị, tư tưởng", 20, "", "Tiêu chí chung", 20],
    ["TC2", "Xây dựng tổ chức cơ sở Đoàn", 10, "", "", ""],
    ["TC3", "Kết quả phong trào thanh niên", 50, 20, "Kết quả thực hiện", ""],
    ["TC4", "Công tác kiểm tra, giám sát", 20, "", "", ""],
  ]),
);

const HEADER = [H.unitCode, H.unitName, "TC1", "TC2", "TC3", "TC4", H.finalLevel, H.evidence];
const scores = (rows: Cell[][]) => parseScores(records(HEADER, rows), criteria, { columns: HEADER }).scores;

const list = units(
  ["Ngãi Giao", "Bình Ba", "Suối Nghệ", "Xà Bang", "Kim Long", "Quảng Thành"].map((n, i) => [
    `X0${i + 1}`,
    `Đoàn xã ${n}`,
    "Đoàn xã",
    "Huyện đoàn Châu Đức",
    "Cụm 1",
  ]),
).units;

const noCap = settingsWith({ "Tỷ lệ HTXSNV tối đa (%)": 0 });

describe("rating, 2025 practice (SPEC §13)", () => {
  it("groups: a blank Nhóm takes the group of the row above; first-appearance order with maxima", () => {
    expect(criteriaErrors).toEqual([]);
    expect(criteria.map((c) => [c.code, c.group, c.topMin])).toEqual([
      ["TC1", "Tiêu chí chung", 20],
      ["TC2", "Tiêu chí chung", undefined],
      ["TC3", "Kết quả thực hiện", undefined],
      ["TC4", "Kết quả thực hiện", undefined],
    ]);
    expect(criterionGroups(criteria)).toEqual([
      { name: "Tiêu chí chung", max: 30 },
      { name: "Kết quả thực hiện", max: 70 },
    ]);
  });

  it("official scores replace self-scores cell by cell: one drops a unit from HTXSNV, 0 counts", () => {
    const self = scores([
      ["X01", "Đoàn xã Ngãi Giao", 20, 10, 48, 18, "", "https://drive.google.com/file/d/ngai-giao"],
      ["X02", "Đoàn xã Bình Ba", 20, 10, 45, 20, "", ""],
      ["X03", "Đoàn xã Suối Nghệ", 19, 10, 46, 20, "", ""],
      ["X05", "Đoàn xã Kim Long", 20, 10, 45, 20, "", ""],
      ["X06", "Đoàn xã Quảng Thành", "", 10, 46, 20, "HTXSNV", ""],
    ]);
    const official = scores([
      ["X01", "", "", "", "", 10, "HTXSNV", ""], // its Xếp loại cuối cùng is ignored
      ["X02", "", 0, "", "", "", "", ""],
      ["X04", "Đoàn xã Xà Bang", 18, 9, 40, 15, "", ""], // only in Thẩm định
      ["X05", "", "", "chín", "", "", "", ""],
    ]);
    const r = rateUnits({ criteria, scores: self, official, units: list, settings: noCap });
    const [ngaiGiao, binhBa, suoiNghe, xaBang, kimLong, quangThanh] = r.rows;

    expect(ngaiGiao).toMatchObject({
      selfTotal: 96,
      groupTotals: [30, 58],
      total: 88,
      levelKey: "good",
      official: true,
      evidence: "https://drive.google.com/file/d/ngai-giao",
    });
    expect(ngaiGiao.reason).toBe(
      "88/100 điểm (88,00%) theo điểm thẩm định, đạt ngưỡng HTTNV 70%; nhóm thấp nhất so với điểm tối đa: «Kết quả thực hiện» 58/70 (82,86%).",
    );
    // 0 in Thẩm định is an official score: 95 → 75.
    expect(binhBa).toMatchObject({ selfTotal: 95, total: 75, groupTotals: [10, 65], levelKey: "good" });
    expect(xaBang).toMatchObject({ selfTotal: null, total: 82, levelKey: "good", official: true });
    expect(kimLong).toMatchObject({ level: "Chưa xếp loại", total: null, selfTotal: 95 });
    expect(kimLong.reason).toBe("Chưa xếp loại: trang «Thẩm định»: điểm TC2 «chín» không phải là số.");

    // Tối thiểu để HTXSNV caps a 95-point unit at HTTNV and names the criterion.
    expect(suoiNghe).toMatchObject({ total: 95, levelKey: "good", official: false, groupTotals: [29, 66] });
    expect(suoiNghe.reason).toBe(
      "95/100 điểm (95,00%) đạt ngưỡng HTXSNV 90% nhưng TC1 (19 < 20) chưa đạt Tối thiểu để HTXSNV nên tối đa HTTNV; " +
        "nhóm thấp nhất so với điểm tối đa: «Kết quả thực hiện» 66/70 (94,29%).",
    );
    // A final decision of HTXSNV for such a unit is shown and flagged.
    expect(quangThanh).toMatchObject({ levelKey: "top", computedLevel: "good", flagged: true });
    expect(quangThanh.reason).toContain(
      "lưu ý: Xếp loại cuối cùng là HTXSNV dù TC1 (chưa chấm, cần 20) chưa đạt Tối thiểu để HTXSNV",
    );
  });

  it("order thresholds → veto → minimum → cap; Hạ loại: decisions take places first, base after decisions", () => {
    const ten = units(
      Array.from({ length: 10 }, (_, i) => [
        `D${i + 1}`,
        `Đoàn phường ${i + 1}`,
        "Đoàn phường",
        "Thành đoàn Bà Rịa",
        "",
      ]),
    ).units;
    const rows = (final: Cell) =>
      scores([
        ["D1", "", 20, 10, 46, 20, final, ""], // 96, decided HTXSNV
        ["D2", "", 20, 10, 43, 20, "", ""], // 93
        ["D3", "", 19, 10, 46, 20, "", ""], // 95 but TC1 < 20 → HTTNV before the cap
        ["D4", "", 20, 10, 30, 20, "", ""], // 80
        ["D5", "", 20, 5, 30, 20, "", ""], // 75
        ["D6", "", 20, 10, 22, 20, "", ""], // 72
        ["D7", "", 20, 10, 10, 20, "", ""], // 60 but TC3 under its veto 20 → HTNV
        ["D8", "", 20, 10, 35, 20, "", ""], // 85
        ["D9", "", 20, 10, 41, 20, "", ""], // 91
        ["D10", "", 20, 10, 42, 20, "", ""], // 92
      ]);
    const downgrade = settingsWith({ "Khi vượt tỷ lệ": "Hạ loại", "Tỷ lệ tính trên": "Số đơn vị HTTNV trở lên" });
    const r = rateUnits({ criteria, scores: rows("HTXSNV"), units: ten, settings: downgrade });
    // HTTNV or above after the decision: all but D7 → base 9, ⌊9 × 20%⌋ = 1 place, taken by D1's decision.
    expect(r.groups[0]).toMatchObject({ base: 9, allowed: 1, top: 1, over: false });
    expect(r.rows.map((x) => x.levelKey)).toEqual([
      "top",
      "good",
      "good",
      "good",
      "good",
      "good",
      "pass",
      "good",
      "good",
      "good",
    ]);
    expect(r.rows[1].codes).toContain("CAP_DOWNGRADED");
    expect(r.rows[2].codes).toEqual(["TOP_MINIMUM"]);

    // Cảnh báo on all rated units: ⌊10 × 20%⌋ = 2; D1, D2, D9, D10 are HTXSNV → all four flagged, D3 not.
    const warn = rateUnits({ criteria, scores: rows(""), units: ten, settings: settingsWith({}) });
    expect(warn.groups[0]).toMatchObject({ base: 10, allowed: 2, top: 4, over: true });
    expect(warn.rows.filter((x) => x.flagged).map((x) => x.unitCode)).toEqual(["D1", "D2", "D9", "D10"]);
    expect(warn.rows[2]).toMatchObject({ levelKey: "good", flagged: false });
  });

  it("a group named like a column of Xếp loại, or a bad minimum, is a configuration error naming the row", () => {
    const { errors } = parseCriteria(
      records(CRITERIA_HEADER, [
        ["TC1", "Công tác giáo dục", 20, "", "Tổng điểm", ""],
        ["TC2", "Tổ chức cơ sở", 10, "", "điểm tự chấm", ""],
        ["TC3", "Phong trào", 50, "", "Kết quả", 60],
      ]),
    );
    expect(errors.map((e) => [e.code, e.row, e.message])).toEqual([
      [
        "CRITERION_GROUP_CLASH",
        2,
        "Trang «Tiêu chí» dòng 2: Nhóm «Tổng điểm» trùng tên một cột của trang «Xếp loại» — đặt tên nhóm khác",
      ],
      [
        "CRITERION_GROUP_CLASH",
        3,
        "Trang «Tiêu chí» dòng 3: Nhóm «điểm tự chấm» trùng tên một cột của trang «Xếp loại» — đặt tên nhóm khác",
      ],
      [
        "CRITERION_TOP_MIN_INVALID",
        4,
        "Trang «Tiêu chí» dòng 4: Tối thiểu để HTXSNV «60» phải là số từ 0 đến Điểm tối đa (50)",
      ],
    ]);
  });
});

describe("rating, 2025 practice: properties", () => {
  const MAX = [20, 10, 50, 20];
  const cell = (max: number) => fc.oneof(fc.constant<Cell>(""), fc.integer({ min: 0, max }));
  const table = fc.array(fc.tuple(cell(MAX[0]), cell(MAX[1]), cell(MAX[2]), cell(MAX[3])), {
    minLength: 6,
    maxLength: 6,
  });
  const selfRows = (t: Cell[][]) => scores(t.map((r, i) => [list[i].code, list[i].name, ...r, "", ""]));
  const ORDER = ["top", "good", "pass", "fail"];

  it("official scores equal to the self-scores change no total and no level", () => {
    fc.assert(
      fc.property(table, fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), (t, pick) => {
        const same = t.map((r, i) => r.map((c, j) => (pick[i * 4 + j] ? c : "")));
        const plain = rateUnits({ criteria, scores: selfRows(t), units: list, settings: noCap });
        const official = rateUnits({
          criteria,
          scores: selfRows(t),
          official: selfRows(same),
          units: list,
          settings: noCap,
        });
        official.rows.forEach((r, i) => {
          expect(r.total).toBe(plain.rows[i].total);
          expect(r.levelKey).toBe(plain.rows[i].levelKey);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("Tối thiểu để HTXSNV never raises a level, and only HTXSNV can be lowered by it", () => {
    const without = criteria.map((c) => ({ ...c, topMin: undefined }));
    fc.assert(
      fc.property(table, (t) => {
        const strict = rateUnits({ criteria, scores: selfRows(t), units: list, settings: noCap });
        const loose = rateUnits({ criteria: without, scores: selfRows(t), units: list, settings: noCap });
        strict.rows.forEach((r, i) => {
          const before = loose.rows[i].levelKey;
          if (r.levelKey === null || before === null) {
            expect(r.levelKey).toBe(before);
            return;
          }
          expect(ORDER.indexOf(r.levelKey)).toBeGreaterThanOrEqual(ORDER.indexOf(before));
          if (r.levelKey !== before) expect([before, r.levelKey]).toEqual(["top", "good"]);
        });
      }),
      { numRuns: 100 },
    );
  });
});
