import { describe, expect, it } from "vitest";
import { parseActivities, parseCriteria, parseScores } from "../../src/domain";
import { H } from "../../src/text";
import { checkOne, codes, D, records, roster, units } from "./helpers";

describe("roster (Cán bộ)", () => {
  it("reads cadres in roster order with their own target and window", () => {
    const { cadres, errors } = roster([
      ["CB001", "Nguyễn Văn An", "Ban Tổ chức", "", "", ""],
      ["CB002", "Trần Thị Hoà", "Văn phòng", "30", "1/7", ""],
      [1003, "Lê Thị Thuỷ", "", "", "", "30/06/2025"],
      ["", "", "", "", "", ""],
    ]);
    expect(errors).toEqual([]);
    expect(cadres.map((c) => [c.index, c.row, c.code, c.name, c.target, c.applyFrom, c.applyTo])).toEqual([
      [0, 2, "CB001", "Nguyễn Văn An", undefined, undefined, undefined],
      [1, 3, "CB002", "Trần Thị Hoà", 30, D("01/07/2025"), undefined],
      [2, 4, "1003", "Lê Thị Thuỷ", undefined, undefined, D("30/06/2025")],
    ]);
  });

  it("reports a repeated Mã CB as an error and keeps the first", () => {
    const { cadres, errors } = roster([
      ["CB001", "Nguyễn Văn An"],
      ["cb001", "Nguyễn Văn Ân"],
    ]);
    expect(cadres.map((c) => c.name)).toEqual(["Nguyễn Văn An"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "ROSTER_CODE_DUPLICATE", severity: "error", row: 3, field: H.cadreCode });
    expect(errors[0].message).toBe("Trang «Cán bộ» dòng 3: Mã CB «cb001» đã dùng ở dòng 2 — mỗi dòng cần một mã riêng");
  });

  it("allows two cadres with one name, warns that the log needs the code, and the log then does", () => {
    const { errors } = roster([
      ["CB005", "Nguyễn Văn Bình"],
      ["CB006", "Nguyễn Văn Bình".normalize("NFD")],
    ]);
    expect(errors.map((e) => [e.code, e.severity])).toEqual([["ROSTER_SAME_NAME", "warning"]]);
    expect(errors[0].message).toContain("(CB005, CB006) — trong nhật ký phải ghi Mã CB");
    const byName = checkOne({ cadre: "đ/c Nguyễn Văn Bình" });
    expect(byName.status).toBe("Lỗi");
    expect(codes(byName)).toEqual(["CADRE_AMBIGUOUS"]);
    expect(byName.detail).toContain("ghi Mã CB để phân biệt");
    expect(checkOne({ cadre: "CB006" }).status).toBe("Hợp lệ");
  });

  it("reports missing codes, bad targets and windows with the row", () => {
    const { cadres, errors } = roster([
      ["", "Phạm Đức Dũng"],
      ["CB002", "Trần Thị Hoà", "", "0"],
      ["CB003", "Lê Thị Thuỷ", "", "sáu mươi"],
      ["CB004", "Hồ Văn Lâm", "", "", "31/02/2025"],
      ["CB007", "Đỗ Thị Hạnh", "", "", "01/09/2025", "01/08/2025"],
    ]);
    expect(errors.map((e) => [e.code, e.row])).toEqual([
      ["ROSTER_CODE_MISSING", 2],
      ["ROSTER_TARGET_INVALID", 3],
      ["ROSTER_TARGET_INVALID", 4],
      ["ROSTER_DATE_INVALID", 5],
      ["ROSTER_WINDOW_ORDER", 6],
    ]);
    expect(errors[0].message).toBe("Trang «Cán bộ» dòng 2: thiếu Mã CB của «Phạm Đức Dũng»");
    expect(errors[1].message).toContain("Chỉ tiêu (ngày) «0» phải là số lớn hơn 0");
    expect(errors[3].message).toContain("Áp dụng từ «31/02/2025» không phải ngày hợp lệ");
    expect(errors[4].message).toContain("Áp dụng đến 01/08/2025 trước Áp dụng từ 01/09/2025");
    expect(cadres.map((c) => [c.code, c.target])).toEqual([
      ["CB002", undefined],
      ["CB003", undefined],
      ["CB004", undefined],
      ["CB007", undefined],
    ]);
  });

  it("takes a target of more than 0 and at most 366 days; a bad target and a reversed window are both reported", () => {
    const { cadres, errors } = roster([
      ["CB010", "Vũ Minh Khoa", "", "366"],
      ["CB011", "Vũ Minh Khang", "", "0,5"],
      ["CB012", "Vũ Minh Khôi", "", "367"],
      ["CB013", "Vũ Minh Kiên", "", "-3", "01/09/2025", "01/08/2025"],
    ]);
    expect(errors.map((e) => [e.code, e.row])).toEqual([
      ["ROSTER_TARGET_INVALID", 4],
      ["ROSTER_TARGET_INVALID", 5],
      ["ROSTER_WINDOW_ORDER", 5],
    ]);
    expect(errors[1].message).toContain("Chỉ tiêu (ngày) «-3» phải là số lớn hơn 0");
    expect(cadres.map((c) => c.target)).toEqual([366, 0.5, undefined, undefined]);
  });
});

describe("units, activities, criteria, scores", () => {
  it("reads units; repeated codes are errors, repeated names warnings", () => {
    const { units: list, errors } = units([
      ["DV001", "Đoàn xã Tân Phú", "Đoàn xã", "Huyện đoàn Đồng Phú", "Cụm 1"],
      ["DV002", "Đoàn xã Tân Phú", "Đoàn xã", "Huyện đoàn Bù Đốp", "Cụm 3"],
      ["DV001", "Đoàn xã Tân Lập"],
    ]);
    expect(list.map((u) => [u.code, u.parent, u.cluster])).toEqual([
      ["DV001", "Huyện đoàn Đồng Phú", "Cụm 1"],
      ["DV002", "Huyện đoàn Bù Đốp", "Cụm 3"],
    ]);
    expect(errors.map((e) => [e.code, e.severity])).toEqual([
      ["UNITS_CODE_DUPLICATE", "error"],
      ["UNITS_SAME_NAME", "warning"],
    ]);
  });

  it("reads the activity list from records or bare cells", () => {
    expect(
      parseActivities([...records([H.activity], [["Dự sinh hoạt chi đoàn"], [""], ["Kiểm tra chuyên đề"]])]),
    ).toEqual(["Dự sinh hoạt chi đoàn", "Kiểm tra chuyên đề"]);
    expect(parseActivities(["Khảo sát", null, " "])).toEqual(["Khảo sát"]);
  });

  it("reads criteria and reports bad maximum and veto scores", () => {
    const { criteria, errors } = parseCriteria(
      records(
        [H.criterionCode, H.criterionName, H.maxScore, H.vetoScore],
        [
          ["TC1", "Công tác tổ chức", 50, ""],
          ["TC2", "Phong trào", "30", "10"],
          ["TC3", "Kiểm tra", 0, ""],
          ["TC4", "Giám sát", 20, 25],
          ["TC1", "Lặp", 10, ""],
        ],
      ),
    );
    expect(criteria.map((c) => [c.code, c.max, c.veto])).toEqual([
      ["TC1", 50, undefined],
      ["TC2", 30, 10],
      ["TC4", 20, undefined],
    ]);
    expect(errors.map((e) => [e.code, e.row])).toEqual([
      ["CRITERION_MAX_INVALID", 4],
      ["CRITERION_VETO_INVALID", 5],
      ["CRITERION_CODE_DUPLICATE", 6],
    ]);
    expect(errors[1].message).toContain("Điểm liệt «25» phải là số từ 0 đến Điểm tối đa (20)");
    expect(parseCriteria([]).errors.map((e) => e.code)).toEqual(["CRITERIA_EMPTY"]);
  });

  it("reports a criterion without a column on Chấm điểm", () => {
    const { criteria } = parseCriteria(
      records(
        [H.criterionCode, H.maxScore],
        [
          ["TC1", 50],
          ["TC2", 50],
        ],
      ),
    );
    const rows = records(
      [H.unitCode, "tc1"],
      [
        ["DV001", 40],
        ["", ""],
      ],
    );
    const { scores, errors } = parseScores(rows, criteria, { columns: [H.unitCode, "tc1"] });
    expect(errors.map((e) => [e.code, e.field])).toEqual([["CRITERION_COLUMN_MISSING", "TC2"]]);
    expect(errors[0].message).toContain("chưa có cột «TC2»");
    expect(scores).toEqual([
      { row: 2, unitCode: "DV001", unitName: "", values: { TC1: 40, TC2: undefined }, finalLevel: undefined },
    ]);
  });
});
