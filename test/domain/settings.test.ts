import { describe, expect, it } from "vitest";
import { matchHeaders, parseSettings, readRows } from "../../src/domain";
import { LOG } from "../../src/schema";
import { H, P } from "../../src/text";
import { D, sheetDate, TODAY, zoneDay } from "./helpers";

const parse = (values: Record<string, unknown>, today = TODAY) =>
  parseSettings(
    Object.entries(values).map(([param, value], i) => ({ param, value: value as never, row: i + 2 })),
    { today, zoneDay },
  );

describe("settings (Cấu hình)", () => {
  it("uses the defaults of SPEC §2 for blank values", () => {
    const { settings, errors } = parse({ [P.year]: "", [P.target]: null });
    expect(errors).toEqual([]);
    expect(settings).toEqual({
      year: 2025,
      from: D("01/01/2025"),
      to: D("31/12/2025"),
      target: 60,
      asOf: TODAY,
      allowHalf: true,
      reportDeadline: 10,
      thresholds: { top: 90, good: 70, pass: 50 },
      capPercent: 20,
      capBase: "rated",
      capMode: "warn",
      vetoMaxLevel: "pass",
      groupBy: "parent",
      adminEmails: [],
      // Part II (SPEC §10, §14)
      planTolerance: 3,
      planRequired: false,
    });
  });

  it("reads values as office staff type them", () => {
    const { settings, errors } = parse({
      năm: 2024,
      "Từ  ngày": "1/3",
      [P.to]: sheetDate(2024, 12, 31),
      [P.target]: "30",
      [P.asOf]: "30/9/2024",
      [P.halfDays]: "Không",
      [P.reportDeadline]: 0,
      [P.thresholdTop]: 0.85,
      [P.thresholdGood]: "70%",
      [P.thresholdPass]: "45,5",
      [P.capPercent]: "",
      [P.capBase]: "số đơn vị httnv trở lên",
      [P.capMode]: "hạ loại",
      [P.vetoMaxLevel]: "HTTTNV",
      [P.groupBy]: "Cụm thi đua",
      [P.adminEmails]: "bithu@tinhdoan.vn; vanphong@tinhdoan.vn",
    });
    expect(errors).toEqual([]);
    expect(settings).toMatchObject({
      year: 2024,
      from: D("01/03/2024"),
      to: D("31/12/2024"),
      target: 30,
      asOf: D("30/09/2024"),
      allowHalf: false,
      reportDeadline: 0,
      thresholds: { top: 85, good: 70, pass: 45.5 },
      // Cleared by the user: no cap (SPEC §2 "blank or 0 = no cap"); without the row, the default 20.
      capPercent: 0,
      capBase: "goodOrAbove",
      capMode: "downgrade",
      vetoMaxLevel: "good",
      groupBy: "cluster",
      adminEmails: ["bithu@tinhdoan.vn", "vanphong@tinhdoan.vn"],
    });
  });

  it("clips the as-of date to the counting window", () => {
    expect(parse({ [P.year]: 2024 }, D("20/02/2025")).settings.asOf).toBe(D("31/12/2024"));
    expect(parse({ [P.from]: "01/07/2025" }, D("20/02/2025")).settings.asOf).toBe(D("01/07/2025"));
  });

  it("rejects a window outside Năm, naming the parameter, and falls back to the whole year", () => {
    const { settings, errors } = parse({ [P.year]: 2025, [P.from]: "01/12/2024", [P.to]: "31/12/2025" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "SETTING_WINDOW", field: P.from, row: 3, severity: "error" });
    expect(errors[0].message).toContain("«Từ ngày»");
    expect(errors[0].message).toContain("01/12/2024 nằm ngoài năm 2025");
    expect([settings.from, settings.to]).toEqual([D("01/01/2025"), D("31/12/2025")]);
    const order = parse({ [P.from]: "01/07/2025", [P.to]: "30/06/2025" }).errors;
    expect(order.map((e) => [e.code, e.field])).toEqual([["SETTING_WINDOW", P.to]]);
    expect(order[0].message).toContain("30/06/2025 trước «Từ ngày» 01/07/2025");
  });

  it("requires thresholds in descending order", () => {
    const { settings, errors } = parse({ [P.thresholdTop]: 80, [P.thresholdGood]: 80, [P.thresholdPass]: 50 });
    expect(errors.map((e) => [e.code, e.field])).toEqual([["SETTING_THRESHOLDS", P.thresholdGood]]);
    expect(errors[0].message).toContain("«Ngưỡng HTTNV (%)»: 80 phải nhỏ hơn «Ngưỡng HTXSNV (%)» (80)");
    expect(settings.thresholds).toEqual({ top: 90, good: 70, pass: 50 });
    expect(parse({ [P.thresholdPass]: 75 }).errors[0]).toMatchObject({
      code: "SETTING_THRESHOLDS",
      field: P.thresholdPass,
    });
  });

  it("keeps the cap within 0–100 and other numbers in range", () => {
    const { settings, errors } = parse({
      [P.capPercent]: 120,
      [P.year]: "2025,5",
      [P.target]: 0,
      [P.reportDeadline]: -3,
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ["SETTING_RANGE", P.year],
      ["SETTING_RANGE", P.target],
      ["SETTING_RANGE", P.reportDeadline],
      ["SETTING_RANGE", P.capPercent],
    ]);
    expect(errors.find((e) => e.field === P.capPercent)!.message).toBe(
      "Cấu hình «Tỷ lệ HTXSNV tối đa (%)»: 120 phải từ 0 đến 100",
    );
    expect(settings).toMatchObject({ capPercent: 20, year: 2025, target: 60, reportDeadline: 10 });
    expect(parse({ [P.capPercent]: 0 }).settings.capPercent).toBe(0);
    expect(parse({ [P.capPercent]: "" }).settings.capPercent).toBe(0);
    expect(parse({ [P.capPercent]: " " }).settings.capPercent).toBe(0);
    expect(parse({ [P.year]: 2025 }).settings.capPercent).toBe(20);
  });

  it("names unreadable values and unknown choices", () => {
    const { errors } = parse({
      [P.halfDays]: "tùy",
      [P.capMode]: "xoá",
      [P.groupBy]: "Tỉnh",
      [P.vetoMaxLevel]: "Khá",
      [P.from]: "31/02/2025",
      [P.target]: "sáu mươi",
      [P.adminEmails]: "bithu@tinhdoan.vn, van phong",
    });
    const byField = Object.fromEntries(errors.map((e) => [e.field, e.message]));
    expect(byField[P.halfDays]).toContain("«tùy» không rõ — ghi Có hoặc Không");
    expect(byField[P.capMode]).toContain("chọn một trong: «Cảnh báo», «Hạ loại»");
    expect(byField[P.groupBy]).toContain("«Trực thuộc», «Cụm thi đua», «Toàn bộ»");
    expect(byField[P.vetoMaxLevel]).toContain("HTXSNV, HTTNV, HTNV hoặc KHTNV");
    expect(byField[P.from]).toContain("«31/02/2025» không phải ngày hợp lệ");
    expect(byField[P.target]).toContain("«sáu mươi» không phải là số");
    expect(errors.filter((e) => e.field === P.adminEmails).map((e) => e.message)).toEqual([
      "Cấu hình «Email quản trị»: «van» không phải địa chỉ email",
      "Cấu hình «Email quản trị»: «phong» không phải địa chỉ email",
    ]);
  });

  it("reports a repeated parameter and warns about an unknown one with a suggestion", () => {
    const { settings, errors } = parseSettings(
      [
        { param: P.target, value: 50, row: 3 },
        { param: "chỉ tiêu (NGÀY)", value: 40, row: 9 },
        { param: "Chi tieu ngay", value: 1, row: 10 },
      ],
      { today: TODAY, zoneDay },
    );
    expect(settings.target).toBe(50);
    expect(errors[0]).toMatchObject({ code: "SETTING_DUPLICATE", severity: "error", row: 9 });
    expect(errors[0].message).toContain("(dòng 3, 9)");
    expect(errors[1]).toMatchObject({ code: "SETTING_UNKNOWN", severity: "warning" });
    expect(errors[1].message).toContain("có phải «Chỉ tiêu (ngày)»?");
  });
});

describe("header matching", () => {
  it("finds headers below a title row, in any order, tolerant of case, NBSP and tone placement", () => {
    const rows = [
      ["NHẬT KÝ ĐI CƠ SỞ NĂM 2025", "", ""],
      ["Ghi chú riêng", "đơn vị\u00a0đến", "CÁN BỘ", "Ngày  đi", "Hình thức"],
      ["x", "DV001", "CB001", "10/03/2025", ""],
    ];
    expect(
      matchHeaders(rows, [H.dateFrom, H.dateTo, H.cadre, H.unit, H.activity], [H.dateFrom, H.cadre, H.unit]),
    ).toEqual({
      ok: true,
      headerRow: 1,
      columns: { [H.dateFrom]: 3, [H.dateTo]: undefined, [H.cadre]: 2, [H.unit]: 1, [H.activity]: 4 },
    });
    const t = readRows(rows, LOG);
    expect(t.ok && t.rows).toEqual([
      { row: 3, cells: { dateFrom: "10/03/2025", cadre: "CB001", unit: "DV001", activity: "" } },
    ]);
  });

  it("reports the missing required headers", () => {
    expect(matchHeaders([["Ngày đi", "Cán bộ"]], [], [H.dateFrom, H.cadre, H.unit])).toEqual({
      ok: false,
      missing: [H.unit],
    });
    const tooLow = [[], [], [], [], [], [H.dateFrom, H.cadre, H.unit]];
    expect(matchHeaders(tooLow, [], [H.dateFrom, H.cadre, H.unit]).ok).toBe(false);
  });
});
