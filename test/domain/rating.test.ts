import { describe, expect, it } from "vitest";
import { parseCriteria, parseScores, rateGroups, rateUnits, summarize, type Settings } from "../../src/domain";
import { H } from "../../src/text";
import { records, settingsWith, units } from "./helpers";

// Max 100: TC1 50, TC2 30 (veto under 10), TC3 20.
const { criteria } = parseCriteria(
  records(
    [H.criterionCode, H.criterionName, H.maxScore, H.vetoScore],
    [
      ["TC1", "Tổ chức cơ sở Đoàn", 50, ""],
      ["TC2", "Phong trào thanh niên", 30, 10],
      ["TC3", "Công tác kiểm tra", 20, ""],
    ],
  ),
);

const SCORE_HEADER = [H.unitCode, H.unitName, "TC1", "TC2", "TC3", H.finalLevel];
const scoreRows = (rows: unknown[][]) =>
  parseScores(records(SCORE_HEADER, rows as never), criteria, { columns: SCORE_HEADER }).scores;

/** Nine units of one district; totals 96, 96, 93, 91, 90 (HTXSNV), 85, 72 (HTTNV), 60 (HTNV), 40 (KHTNV). */
const nine = units(
  ["A", "B", "C", "D", "E", "F", "G", "H", "I"].map((x, i) => [
    `DV0${i + 1}`,
    `Đoàn xã ${x}`,
    "Đoàn xã",
    "Huyện đoàn Bù Đăng",
    i < 5 ? "Cụm 1" : "Cụm 2",
  ]),
).units;
const totals = [
  [48, 28, 20],
  [50, 26, 20],
  [45, 28, 20],
  [45, 26, 20],
  [44, 27, 19],
  [45, 25, 15],
  [40, 20, 12],
  [30, 20, 10],
  [20, 12, 8],
];
const nineScores = (overrides: Record<number, unknown[]> = {}) =>
  scoreRows(nine.map((u, i) => [u.code, u.name, ...(overrides[i] ?? [...totals[i], ""])]));

const rate = (settings: Settings, scores = nineScores(), list = nine) =>
  rateUnits({ criteria, scores, units: list, settings });
const levels = (r: ReturnType<typeof rate>) =>
  r.rows.map((x) =>
    x.level.replace(/Hoàn thành (xuất sắc|tốt) nhiệm vụ/, (_m, w) => (w === "tốt" ? "HTTNV" : "HTXSNV")),
  );

describe("rating: thresholds, ranks, percent", () => {
  it("rates by percent of the maximum and ranks with ties (1, 1, 3)", () => {
    const r = rate(settingsWith({ "Tỷ lệ HTXSNV tối đa (%)": 0 }));
    expect(r.rows.map((x) => [x.total, x.percent, x.rank, x.levelKey])).toEqual([
      [96, 0.96, 1, "top"],
      [96, 0.96, 1, "top"],
      [93, 0.93, 3, "top"],
      [91, 0.91, 4, "top"],
      [90, 0.9, 5, "top"],
      [85, 0.85, 6, "good"],
      [72, 0.72, 7, "good"],
      [60, 0.6, 8, "pass"],
      [40, 0.4, 9, "fail"],
    ]);
    expect(r.rows[0]).toMatchObject({
      unitCode: "DV01",
      unitName: "Đoàn xã A",
      parent: "Huyện đoàn Bù Đăng",
      max: 100,
      level: "Hoàn thành xuất sắc nhiệm vụ",
    });
    expect(r.rows[4].reason).toBe("90/100 điểm (90,00%) đạt ngưỡng HTXSNV 90%.");
    expect(r.rows[8].reason).toBe("40/100 điểm (40,00%) dưới ngưỡng HTNV 50%.");
    expect(r.groups).toEqual([
      {
        group: "Huyện đoàn Bù Đăng",
        counts: { top: 5, good: 2, pass: 1, fail: 1 },
        notRated: 0,
        base: 9,
        allowed: null,
        top: 5,
        over: false,
      },
    ]);
  });
});

describe("rating: the 20% cap on a group of 9 where 5 reach HTXSNV", () => {
  it("Cảnh báo, base = rated units: keeps all five, flags each and the group", () => {
    const r = rate(settingsWith({ "Khi vượt tỷ lệ": "Cảnh báo", "Tỷ lệ tính trên": "Số đơn vị được xếp loại" }));
    expect(levels(r).slice(0, 5)).toEqual(Array(5).fill("HTXSNV"));
    expect(r.rows.map((x) => x.flagged)).toEqual([true, true, true, true, true, false, false, false, false]);
    expect(r.rows[2].reason).toBe(
      "93/100 điểm (93,00%) đạt ngưỡng HTXSNV 90%; cảnh báo: nhóm «Huyện đoàn Bù Đăng» có 5 đơn vị HTXSNV, vượt mức tối đa 1 (20% của 9).",
    );
    expect(r.groups[0]).toMatchObject({ base: 9, allowed: 1, top: 5, over: true });
    expect(r.errors.map((e) => [e.code, e.severity, e.message])).toEqual([
      ["CAP_EXCEEDED", "warning", "Nhóm «Huyện đoàn Bù Đăng» có 5 đơn vị HTXSNV, vượt mức tối đa 1 (20% của 9)"],
    ]);
  });

  it("Cảnh báo, base = units at HTTNV or above (7)", () => {
    const r = rate(settingsWith({ "Tỷ lệ tính trên": "Số đơn vị HTTNV trở lên" }));
    expect(r.groups[0]).toMatchObject({ base: 7, allowed: 1, top: 5, over: true });
    expect(r.rows[0].reason).toContain("vượt mức tối đa 1 (20% của 7)");
  });

  it("Hạ loại with a tie at the cut-off: both tied units are downgraded, so nobody keeps HTXSNV", () => {
    for (const base of ["Số đơn vị được xếp loại", "Số đơn vị HTTNV trở lên"]) {
      const r = rate(settingsWith({ "Khi vượt tỷ lệ": "Hạ loại", "Tỷ lệ tính trên": base }));
      expect(levels(r).slice(0, 7), base).toEqual(Array(7).fill("HTTNV"));
      expect(r.groups[0]).toMatchObject({
        allowed: 1,
        top: 0,
        over: false,
        counts: { top: 0, good: 7, pass: 1, fail: 1 },
      });
      expect(r.rows[0].codes).toContain("CAP_DOWNGRADED");
      expect(r.rows[0].reason).toMatch(
        /^96\/100 điểm \(96,00%\) đạt ngưỡng HTXSNV 90% nhưng nhóm «Huyện đoàn Bù Đăng» chỉ được 1 đơn vị HTXSNV \(20% của (9|7)\) nên hạ xuống HTTNV\.$/,
      );
      expect(r.rows.map((x) => x.rank)).toEqual([1, 1, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it("Hạ loại without a tie keeps the highest total only", () => {
    const r = rate(settingsWith({ "Khi vượt tỷ lệ": "Hạ loại" }), nineScores({ 0: [49, 28, 20, ""] })); // 97 alone on top
    expect(levels(r).slice(0, 5)).toEqual(["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV"]);
    expect(r.groups[0]).toMatchObject({ allowed: 1, top: 1, over: false });
  });
});

describe("rating: veto, blank and out-of-range scores, decisions, groups", () => {
  const plain = settingsWith({ "Tỷ lệ HTXSNV tối đa (%)": "" });

  it("a score under a veto threshold caps the level; a blank score does not trigger it and counts 0", () => {
    const r = rate(plain, nineScores({ 0: [50, 9.5, 20, ""], 1: [50, "", 20, ""], 2: [45, 28, "", ""] }));
    expect([r.rows[0].total, r.rows[0].levelKey, r.rows[0].codes]).toEqual([79.5, "pass", ["VETO"]]);
    expect(r.rows[0].reason).toBe(
      "79,5/100 điểm (79,50%) đạt ngưỡng HTTNV 70% nhưng TC2 (9,5 < 10) dưới điểm liệt nên tối đa HTNV.",
    );
    expect([r.rows[1].total, r.rows[1].levelKey]).toEqual([70, "good"]);
    expect(r.rows[1].reason).toBe("70/100 điểm (70,00%) đạt ngưỡng HTTNV 70%; chưa chấm TC2 (tính 0 điểm).");
    expect(r.rows[2]).toMatchObject({ total: 73, levelKey: "good", codes: ["SCORE_BLANK"] });
  });

  it("an out-of-range, non-numeric or all-blank score row is Chưa xếp loại and left out of caps and ranks", () => {
    const r = rate(
      settingsWith({ "Khi vượt tỷ lệ": "Hạ loại" }),
      nineScores({ 0: [55, 28, 20, ""], 1: ["chín", 26, 20, ""], 3: [-1, 26, 20, ""], 8: ["", "", "", ""] }),
    );
    expect(r.rows.slice(0, 4).map((x) => [x.level, x.rank, x.total])).toEqual([
      ["Chưa xếp loại", null, null],
      ["Chưa xếp loại", null, null],
      ["Hoàn thành xuất sắc nhiệm vụ", 1, 93],
      ["Chưa xếp loại", null, null],
    ]);
    expect(r.rows[0].reason).toBe("Chưa xếp loại: điểm TC1 55 vượt điểm tối đa 50.");
    expect(r.rows[1].reason).toBe("Chưa xếp loại: điểm TC1 «chín» không phải là số.");
    expect(r.rows[3].reason).toBe("Chưa xếp loại: điểm TC1 -1 là số âm.");
    expect(r.rows[8].reason).toBe("Chưa xếp loại: chưa chấm tiêu chí nào.");
    // 5 rated (93, 90, 85, 72, 60): ⌊5 × 20%⌋ = 1 → 93 keeps HTXSNV, 90 is downgraded
    expect(r.groups[0]).toMatchObject({
      base: 5,
      allowed: 1,
      notRated: 4,
      counts: { top: 1, good: 3, pass: 1, fail: 0 },
    });
  });

  it("a unit without a score row, an unknown or repeated Mã ĐV", () => {
    const scores = scoreRows([
      ["DV01", "", 40, 20, 15, ""],
      ["DV99", "Đoàn xã Lạ", 40, 20, 15, ""],
      ["DV02", "", 40, 20, 15, ""],
      ["dv02", "", 41, 20, 15, ""],
    ]);
    const r = rate(plain, scores, nine.slice(0, 3));
    expect(r.rows.map((x) => [x.unitCode, x.level, x.codes])).toEqual([
      ["DV01", "Hoàn thành tốt nhiệm vụ", []],
      ["DV02", "Chưa xếp loại", ["SCORE_UNIT_REPEATED"]],
      ["DV03", "Chưa xếp loại", ["SCORE_NO_ROW"]],
      ["DV99", "Chưa xếp loại", ["SCORE_UNIT_UNKNOWN"]],
    ]);
    expect(r.rows[1].reason).toBe(
      "Chưa xếp loại: Mã ĐV «DV02» có 2 dòng trong trang «Chấm điểm» (dòng 4, 5) — chỉ giữ một dòng.",
    );
    expect(r.rows[3].reason).toBe("Chưa xếp loại: Mã ĐV «DV99» không có trong trang «Đơn vị».");
    expect(r.rows[3].unitName).toBe("Đoàn xã Lạ");
  });

  it("a Standing Committee decision is final, shows the computed level, and is flagged when it takes the group over the cap", () => {
    const s = settingsWith({ "Khi vượt tỷ lệ": "Hạ loại" });
    const one = rate(s, nineScores({ 5: [45, 25, 15, "HTXSNV"] }));
    // the decision takes the only slot: every computed HTXSNV is downgraded
    expect(levels(one).slice(0, 6)).toEqual(["HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTXSNV"]);
    expect(one.rows[5]).toMatchObject({ levelKey: "top", computedLevel: "good", flagged: false, rank: 6 });
    expect(one.rows[5].reason).toBe(
      "Theo Xếp loại cuối cùng (quyết định của Ban Thường vụ); kết quả tính: HTTNV, 85/100 điểm (85,00%) đạt ngưỡng HTTNV 70%.",
    );
    const two = rate(s, nineScores({ 5: [45, 25, 15, "htxsnv"], 6: [40, 20, 12, "Hoàn thành xuất sắc nhiệm vụ"] }));
    expect(two.rows.filter((x) => x.flagged).map((x) => x.unitCode)).toEqual(["DV06", "DV07"]);
    expect(two.rows[6].reason).toContain(
      "cảnh báo: nhóm «Huyện đoàn Bù Đăng» có 2 đơn vị HTXSNV, vượt mức tối đa 1 (20% của 9)",
    );
    expect(two.groups[0]).toMatchObject({ top: 2, over: true });
    const bad = rate(s, nineScores({ 8: [20, 12, 8, "Khá"] }));
    expect(bad.rows[8]).toMatchObject({ level: "Chưa xếp loại", codes: ["FINAL_LEVEL_INVALID"] });
    expect(bad.rows[8].reason).toContain("Xếp loại cuối cùng «Khá» không phải mức xếp loại");
  });

  it("groups by Cụm thi đua: cap and ranks per cluster", () => {
    const r = rate(
      settingsWith({ "Nhóm xếp loại theo": "Cụm thi đua", "Khi vượt tỷ lệ": "Hạ loại", "Tỷ lệ HTXSNV tối đa (%)": 40 }),
    );
    expect(r.groups.map((g) => [g.group, g.base, g.allowed, g.top])).toEqual([
      ["Cụm 1", 5, 2, 2],
      ["Cụm 2", 4, 1, 0],
    ]);
    // Cụm 1: 96, 96, 93, 91, 90 with 2 slots: the two 96 stay; Cụm 2 has no HTXSNV candidate
    expect(r.rows.map((x) => [x.group, x.rank, x.levelKey])).toEqual([
      ["Cụm 1", 1, "top"],
      ["Cụm 1", 1, "top"],
      ["Cụm 1", 3, "good"],
      ["Cụm 1", 4, "good"],
      ["Cụm 1", 5, "good"],
      ["Cụm 2", 1, "good"],
      ["Cụm 2", 2, "good"],
      ["Cụm 2", 3, "pass"],
      ["Cụm 2", 4, "fail"],
    ]);
    const summary = summarize([], r, nine);
    expect(summary.groups.map((g) => [g.group, g.counts])).toEqual([
      ["Cụm 1", { top: 2, good: 3, pass: 0, fail: 0 }],
      ["Cụm 2", { top: 0, good: 2, pass: 1, fail: 1 }],
    ]);
  });
});

describe("rating for Tổng hợp alone", () => {
  it("gives the group counts and warnings of the full rating: caps in both modes, decisions, clusters, unknown units", () => {
    const cases: [Record<string, unknown>, ReturnType<typeof nineScores>][] = [
      [{ "Khi vượt tỷ lệ": "Cảnh báo" }, nineScores()],
      [{ "Khi vượt tỷ lệ": "Hạ loại", "Tỷ lệ tính trên": "Số đơn vị HTTNV trở lên" }, nineScores()],
      [
        { "Khi vượt tỷ lệ": "Hạ loại" },
        nineScores({ 5: [45, 25, 15, "htxsnv"], 6: [40, 20, 12, "HTXSNV"], 8: [20, 12, 8, "Khá"] }),
      ],
      [
        { "Nhóm xếp loại theo": "Cụm thi đua", "Tỷ lệ HTXSNV tối đa (%)": 40 },
        nineScores({ 2: [60, 1, 20, ""], 3: ["", "", "", ""] }),
      ],
      [{}, [...nineScores(), ...scoreRows([["DV99", "Đoàn xã Lạ", 50, 30, 20, ""]])]],
    ];
    for (const [options, scores] of cases) {
      const settings = settingsWith(options as never);
      const full = rateUnits({ criteria, scores, units: nine, settings });
      expect(full.groups.length).toBeGreaterThan(0);
      expect(rateGroups({ criteria, scores, units: nine, settings })).toEqual({
        groups: full.groups,
        errors: full.errors,
      });
    }
  });
});
