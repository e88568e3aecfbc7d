import { describe, expect, it } from "vitest";
import { buildSuccession, checkLog, computeProgress, summarize, type Cell, type LogRowInput } from "../../src/domain";
import { H } from "../../src/text";
import { ACTIVITIES, CADRES, D, logRow, records, settingsWith, zoneDay } from "./helpers";
import { parseCriteria, parseScores, parseUnits, rateUnits } from "../../src/domain";

const HEADER = [H.unitCode, H.unitName, H.unitType, H.parent, H.cluster, H.activeTo, H.mergedInto];

function unitsOf(rows: Cell[][]) {
  return parseUnits(records(HEADER, rows), { zoneDay, year: 2025 });
}

// The 1/7/2025 reorganisation: An Hòa and An Bình communes merge into a new An Hòa commune (X10);
// Tân Lập is dissolved; Phú Mỹ merged into Phú Mỹ Đông, which later merged into Phú Mỹ Lớn.
const HISTORY = unitsOf([
  ["X01", "Đoàn xã An Hòa", "Đoàn xã", "Huyện đoàn Châu Đức", "Cụm 1", "30/06/2025", "X10"],
  ["X02", "Đoàn xã An Bình", "Đoàn xã", "Huyện đoàn Châu Đức", "Cụm 1", "30/06/2025", "X10"],
  ["X10", "Đoàn xã An Hòa", "Đoàn xã", "Tỉnh đoàn", "Cụm 1"],
  ["X03", "Đoàn xã Tân Lập", "Đoàn xã", "Huyện đoàn Châu Đức", "Cụm 2", "31/03/2025"],
  ["Y01", "Đoàn phường Phú Mỹ", "Đoàn phường", "Thị đoàn Phú Mỹ", "Cụm 2", "30/04/2025", "Y02"],
  ["Y02", "Đoàn phường Phú Mỹ Đông", "Đoàn phường", "Thị đoàn Phú Mỹ", "Cụm 2", "31/08/2025", "Y03"],
  ["Y03", "Đoàn phường Phú Mỹ Lớn", "Đoàn phường", "Tỉnh đoàn", "Cụm 2"],
  ["C01", "Chi đoàn Trường THPT Ngô Quyền", "Chi đoàn", "Tỉnh đoàn", "Cụm 3"],
]);

const yearEnd = settingsWith({ Năm: 2025 }, D("10/01/2026"));

function run(rows: LogRowInput[]) {
  const checked = checkLog({
    tabs: [{ name: "Nhật ký đi cơ sở", rows }],
    cadres: CADRES,
    units: HISTORY.units,
    activities: ACTIVITIES,
    settings: yearEnd,
    zoneDay,
  });
  return {
    checked,
    progress: computeProgress(checked.visits, CADRES, yearEnd, { units: HISTORY.units }),
  };
}

describe("unit history (SPEC §12)", () => {
  it("reads Hoạt động đến and Sáp nhập vào; an old and a new unit may share a name without a warning", () => {
    expect(HISTORY.errors).toEqual([]);
    expect(HISTORY.units.map((u) => [u.code, u.activeTo, u.mergedInto])).toEqual([
      ["X01", D("30/06/2025"), "X10"],
      ["X02", D("30/06/2025"), "X10"],
      ["X10", undefined, undefined],
      ["X03", D("31/03/2025"), undefined],
      ["Y01", D("30/04/2025"), "Y02"],
      ["Y02", D("31/08/2025"), "Y03"],
      ["Y03", undefined, undefined],
      ["C01", undefined, undefined],
    ]);
  });

  it("a visit to a merged commune before its end is valid, after it an error naming the successor", () => {
    const { checked } = run([
      logRow(2, { unit: "X01", dateFrom: "30/06/2025" }),
      logRow(3, { unit: "X01", dateFrom: "01/07/2025" }),
      logRow(4, { unit: "Đoàn xã Tân Lập", dateFrom: "05/04/2025" }),
      logRow(5, { unit: "X01", dateFrom: "30/06/2025", dateTo: "01/07/2025", cadre: "CB002" }),
    ]);
    expect(checked.rows.map((r) => [r.row, r.status, r.detail])).toEqual([
      [2, "Hợp lệ", ""],
      [3, "Lỗi", "đơn vị đã sáp nhập vào Đoàn xã An Hòa (X10) từ 01/07/2025 — ghi đơn vị mới"],
      [4, "Lỗi", "đơn vị không còn hoạt động từ 01/04/2025"],
      [
        5,
        "Cảnh báo",
        "Đơn vị Đoàn xã An Hòa (X01) chỉ hoạt động đến 30/06/2025, chuyến đi kéo dài qua ngày này — cả chuyến vẫn tính cho đơn vị này",
      ],
    ]);
    // The visit that runs past the end is credited in full to the old unit.
    expect(checked.visits.map((v) => [v.row, v.unit, v.credit])).toEqual([
      [2, "X01", 1],
      [5, "X01", 2],
    ]);
  });

  it("a name shared by the old and the new commune resolves to the one in operation on Ngày đi", () => {
    const { checked } = run([
      logRow(2, { unit: "Đoàn xã An Hòa", dateFrom: "15/06/2025" }),
      logRow(3, { unit: "Đoàn xã An Hòa", dateFrom: "02/07/2025" }),
      logRow(4, { unit: "xa An Hoa", dateFrom: "02/07/2025", cadre: "CB002" }),
    ]);
    expect(checked.rows.map((r) => [r.row, r.status])).toEqual([
      [2, "Hợp lệ"],
      [3, "Hợp lệ"],
      [4, "Cảnh báo"],
    ]);
    expect(checked.rows[2].detail).toBe(
      "Đơn vị «xa An Hoa» được hiểu là Đoàn xã An Hòa (X10) — nên ghi đúng như trong trang «Đơn vị»",
    );
    expect(checked.visits.map((v) => v.unit)).toEqual(["X01", "X10", "X10"]);
  });

  it("Số đơn vị đã đến counts distinct final successors; only units in operation at the window's end are unvisited", () => {
    const { progress } = run([
      logRow(2, { unit: "X01", dateFrom: "10/03/2025" }),
      logRow(3, { unit: "X02", dateFrom: "11/03/2025" }),
      logRow(4, { unit: "X10", dateFrom: "10/08/2025" }),
      logRow(5, { unit: "Y01", dateFrom: "10/04/2025" }),
      logRow(6, { unit: "X03", dateFrom: "10/02/2025" }),
    ]);
    const an = progress[0];
    expect(an.total).toBe(5);
    // X01, X02, X10 → X10; Y01 → Y02 → Y03 (the chain is followed); X03 was dissolved and stays itself.
    expect(an.unitsVisited).toBe(3);
    expect([...an.unitCodes].sort()).toEqual(["X03", "X10", "Y03"]);
    const s = summarize(progress, undefined, HISTORY.units, yearEnd.to);
    expect(s.unvisited.map((u) => u.code)).toEqual(["C01"]);
  });

  it("only units in operation on the window's last day are rated; a score row of an ended unit is a warning", () => {
    const { criteria } = parseCriteria(records([H.criterionCode, H.maxScore], [["TC1", 100]]));
    const header = [H.unitCode, H.unitName, "TC1"];
    const { scores } = parseScores(
      records(header, [
        ["X01", "Đoàn xã An Hòa", 95],
        ["X10", "Đoàn xã An Hòa", 80],
      ]),
      criteria,
      { columns: header },
    );
    const r = rateUnits({ criteria, scores, units: HISTORY.units, settings: yearEnd });
    expect(r.rows.map((x) => x.unitCode)).toEqual(["X10", "Y03", "C01"]);
    expect(r.errors.map((e) => [e.severity, e.message])).toEqual([
      [
        "warning",
        "Trang «Chấm điểm» dòng 2: đơn vị «X01» không còn hoạt động từ 01/07/2025 nên không xếp loại; điểm của đơn vị mới ghi ở dòng của đơn vị mới",
      ],
    ]);
  });

  it("a chain is followed only to the unit that exists on the given day", () => {
    const { succession } = buildSuccession(HISTORY.units);
    expect(succession.finalCode("Y01", D("31/12/2025"))).toBe("Y03");
    expect(succession.finalCode("Y01", D("31/05/2025"))).toBe("Y02");
    expect(succession.finalCode("y01", D("30/04/2025"))).toBe("Y01");
    expect(succession.finalCode("X03", D("31/12/2025"))).toBe("X03");
    expect(succession.sameLine("Y01", "Y03")).toBe(true);
    expect(succession.sameLine("Y03", "Y01")).toBe(true);
    // Two communes merged into one are each the same as the successor, not as each other.
    expect(succession.sameLine("X01", "X10")).toBe(true);
    expect(succession.sameLine("X01", "X02")).toBe(false);
  });

  it("a loop or an unknown code is a configuration error naming the rows", () => {
    const { errors } = unitsOf([
      ["A1", "Đoàn xã Long Sơn", "Đoàn xã", "", "", "30/06/2025", "A2"],
      ["A2", "Đoàn xã Long Hải", "Đoàn xã", "", "", "31/07/2025", "A3"],
      ["A3", "Đoàn xã Long Điền", "Đoàn xã", "", "", "31/08/2025", "A1"],
      ["B1", "Đoàn xã Bình Châu", "Đoàn xã", "", "", "30/06/2025", "B9"],
      ["B2", "Đoàn xã Bưng Riềng", "Đoàn xã", "", "", "", "B1"],
      ["B3", "Đoàn xã Xuyên Mộc", "Đoàn xã", "", "", "31/02/2025"],
    ]);
    expect(errors.map((e) => [e.code, e.row, e.message])).toEqual([
      [
        "UNITS_DATE_INVALID",
        7,
        "Trang «Đơn vị» dòng 7: Hoạt động đến «31/02/2025» không phải ngày hợp lệ — nhập dạng dd/mm/yyyy, ví dụ 15/03/2025",
      ],
      [
        "UNITS_SUCCESSOR_UNKNOWN",
        5,
        "Trang «Đơn vị» dòng 5: Sáp nhập vào «B9» không có trong cột Mã ĐV — ghi đúng mã của đơn vị mới",
      ],
      [
        "UNITS_SUCCESSOR_NO_END",
        6,
        "Trang «Đơn vị» dòng 6: có Sáp nhập vào «B1» nhưng chưa ghi Hoạt động đến — ghi ngày cuối cùng đơn vị còn hoạt động",
      ],
      [
        "UNITS_SUCCESSION_LOOP",
        2,
        "Trang «Đơn vị» dòng 2, 3, 4: Sáp nhập vào tạo thành vòng (A1 → A2 → A3 → A1) — sửa để chuỗi sáp nhập kết thúc ở một đơn vị còn hoạt động",
      ],
    ]);
    expect(errors.every((e) => e.severity === "error" && e.sheet === "Đơn vị")).toBe(true);
  });
});
