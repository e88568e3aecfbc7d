// SPEC §11–§13 through the built bundle, driving the menu: exemptions, minimums by level, merged units
// and the 2025 rating, with hand-computed numbers.
import { describe, expect, it } from "vitest";
import { COLUMNS } from "../../src/schema";
import { H, P, SHEET } from "../../src/text";
import { addinFor, resultColumn } from "../support/addin";
import { day, sampleBook } from "../support/sample-book";

const ROSTER = [
  [...COLUMNS.roster],
  ["CB001", "Nguyễn Thị Hoà", "Phó Bí thư", "Ban Tổ chức", "", "", "", ""],
  ["CB002", "Trần Văn Đức", "Chánh Văn phòng", "Văn phòng", "", "", "", ""],
  ["CB003", "Lê Thị Thuỷ", "Cán bộ", "Ban Phong trào", "", "", "", ""],
];

const UNITS = [
  [H.unitCode, H.unitName, H.unitType, H.parent, H.cluster, H.unitEmail, H.activeTo, H.mergedInto],
  ["CĐ01", "Chi đoàn Khu phố 3", "Chi đoàn", "Thành đoàn Bà Rịa", "Cụm 1", "", "", ""],
  ["X01", "Đoàn xã Hòa Long", "Đoàn xã", "Thành đoàn Bà Rịa", "Cụm 1", "", day(30, 6), "X10"],
  ["X10", "Đoàn phường Long Hương", "Đoàn phường", "Thành đoàn Bà Rịa", "Cụm 1", "", "", ""],
  ["P01", "Đoàn phường Long Tâm", "Đoàn phường", "Thành đoàn Bà Rịa", "Cụm 1", "", "", ""],
  ["H01", "Thành đoàn Bà Rịa", "Huyện đoàn", "Tỉnh đoàn", "Cụm 2", "", "", ""],
  ["Y01", "Đoàn xã Long Phước", "Đoàn xã", "Thành đoàn Bà Rịa", "Cụm 2", "", day(31, 3), "Y02"],
  ["Y02", "Đoàn xã Long Phước Mới", "Đoàn xã", "Thành đoàn Bà Rịa", "Cụm 2", "", day(31, 5), "X10"],
];

const visit = (n: number, from: Date, to: Date | "", cadre: string, unit: string, days: number | "" = "") => [
  n,
  from,
  to,
  cadre,
  unit,
  "Dự sinh hoạt chi đoàn",
  days,
  "Dự sinh hoạt, nắm tình hình đoàn viên",
  "",
];

const LOG = [
  visit(1, day(10, 3), day(14, 3), "CB001", "CĐ01"), // 5 days
  visit(2, day(20, 5), "", "CB001", "P01"), // during the exemption: still counted
  visit(3, day(1, 2), day(10, 3), "CB002", "CĐ01"), // 38 days at chi đoàn level
  visit(4, day(15, 6), day(20, 6), "CB002", "X01"), // 6 days at commune level, before X01 ended
  visit(5, day(10, 4), day(15, 4), "CB002", "P01"), // 6 days: 12 at commune level
  visit(6, day(1, 5), day(10, 5), "CB002", "H01"), // 10 days at district level
  visit(7, day(2, 7), "", "CB003", "X01"), // after X01 merged: an error naming the successor
  visit(8, day(10, 3), "", "CB003", "Y01"), // Y01 → Y02 → X10
  visit(9, day(10, 8), "", "CB003", "X10"),
];

const EXEMPTIONS = [
  [H.cadre, H.exemptFrom, H.exemptTo, H.reason],
  ["Nguyễn Thị Hoà", day(1, 4), day(30, 6), "Nghỉ thai sản"],
  ["CB003", day(1, 12), "", "Đi học dài hạn"],
];

const TIERS = [
  [H.tier, H.unitType, H.tierMinimum],
  ["Cấp chi đoàn", "Chi đoàn; Chi đoàn cơ sở", 30],
  ["Cấp xã", "Đoàn xã; Đoàn phường; Đoàn thị trấn", 20],
  ["Cấp huyện", "Huyện đoàn", 10],
];

function book(
  units: unknown[][] = UNITS,
  extra: { name: string; rows: unknown[][] }[] = [],
  exemptions: unknown[][] = EXEMPTIONS,
) {
  return sampleBook({
    logRows: LOG,
    asOf: day(30, 9),
    sheets: { [SHEET.roster]: ROSTER, [SHEET.units]: units },
    extraSheets: [{ name: SHEET.exemptions, rows: exemptions }, { name: SHEET.tiers, rows: TIERS }, ...extra],
  });
}

describe("province rules through the menu", () => {
  it("Tiến độ chỉ tiêu: exempt months, days by level, minimums and merged units", async () => {
    const b = book();
    const { run, env } = await addinFor(b);
    run("tinhTienDo");
    // A blank Đến ngày runs to the window's end, with a warning in the command's summary.
    expect(env.ui.alerts.at(-1)!.prompt).toContain(
      "Trang «Tạm miễn» dòng 3: chưa ghi Đến ngày — tạm miễn của Lê Thị Thuỷ (CB003) được tính đến hết khoảng tính (31/12/2025)",
    );
    const values = b.rawSheet(SHEET.progress).rawValues();
    expect(values[1]).toEqual([
      "Mã CB",
      "Họ và tên",
      "Đơn vị công tác",
      "Quý I",
      "Quý II",
      "Quý III",
      "Quý IV",
      "6 tháng",
      "9 tháng",
      "Tổng số ngày",
      "Cấp chi đoàn (ngày)",
      "Cấp xã (ngày)",
      "Cấp huyện (ngày)",
      "Số ngày tạm miễn",
      "Chỉ tiêu",
      "Tỷ lệ",
      "Cần đạt đến nay",
      "Còn thiếu",
      "Còn thiếu theo cấp",
      "Số đơn vị đã đến",
      "Đánh giá",
    ]);
    const col = (h: string) => values[1].indexOf(h);
    const [hoa, duc, thuy] = values.slice(2, 5);
    // 3 months exempt of 12: 60 × 274 / 365 = 45.04 → 45; due by 30/09: 45 × 182 / 274 = 29.9.
    expect(hoa[col("Số ngày tạm miễn")]).toBe(91);
    expect(hoa[col("Chỉ tiêu")]).toBe(45);
    expect(hoa[col("Cần đạt đến nay")]).toBeCloseTo((45 * 182) / 274, 9);
    expect(hoa[col("Tổng số ngày")]).toBe(6);
    // 60 days, only 12 at commune level: not Đạt.
    expect(duc[col("Tổng số ngày")]).toBe(60);
    expect([col("Cấp chi đoàn (ngày)"), col("Cấp xã (ngày)"), col("Cấp huyện (ngày)")].map((c) => duc[c])).toEqual([
      38, 12, 10,
    ]);
    expect(duc[col("Còn thiếu theo cấp")]).toBe("Cấp xã: thiếu 8,0 ngày");
    expect(duc[col("Đánh giá")]).toBe("Chậm tiến độ");
    // Y01 and X10 are one unit by the window's end (Y01 → Y02 → X10); the visit after X01's end is not counted.
    expect(thuy[col("Tổng số ngày")]).toBe(2);
    // 01/12–31/12 exempt: 60 × 334 / 365 = 54.9 → 55.
    expect([thuy[col("Số ngày tạm miễn")], thuy[col("Chỉ tiêu")]]).toEqual([31, 55]);
    expect(thuy[col("Số đơn vị đã đến")]).toBe(1);
    const detail = resultColumn(b, SHEET.log, H.checkDetail, 1);
    expect(resultColumn(b, SHEET.log, H.checkStatus, 1)[3]).toBe("Hợp lệ");
    expect(detail[6]).toBe("đơn vị đã sáp nhập vào Đoàn phường Long Hương (X10) từ 01/07/2025 — ghi đơn vị mới");
    // Only units in operation on 31/12 are listed as unvisited.
    run("tinhTatCa");
    const summary = b.rawSheet(SHEET.summary).rawValues().flat();
    expect(summary).not.toContain("Đoàn xã Hòa Long");
    expect(summary).not.toContain("Đoàn xã Long Phước");
  });

  it("a merger loop stops the command, naming the rows, and writes nothing", async () => {
    const looped = UNITS.map((r) => [...r]);
    looped[7][7] = "Y01"; // Y02 → Y01 → Y02
    const b = book(looped);
    const { run, env } = await addinFor(b);
    run("tinhTienDo");
    expect(b.rawSheetNames()).not.toContain(SHEET.progress);
    expect(env.ui.alerts.at(-1)!.prompt).toContain(
      "Trang «Đơn vị» dòng 7, 8: Sáp nhập vào tạo thành vòng (Y01 → Y02 → Y01)",
    );
  });

  it("a bad row of Tạm miễn is a configuration error naming sheet and row", async () => {
    const b = book(UNITS, [], [...EXEMPTIONS, ["Không Có Ai", day(1, 1), day(31, 1), ""]]);
    const { run, env } = await addinFor(b);
    run("tinhTienDo");
    expect(b.rawSheetNames()).not.toContain(SHEET.progress);
    expect(env.ui.alerts.at(-1)!.prompt).toContain(
      "Trang «Tạm miễn» dòng 4: không tìm thấy cán bộ «Không Có Ai» trong trang «Cán bộ»",
    );
  });
});

const CRITERIA = [
  [H.criterionCode, H.criterionName, H.maxScore, H.vetoScore, H.criterionGroup, H.topMinimum],
  ["TC1", "Công tác giáo dục chính trị, tư tưởng", 20, "", "Tiêu chí chung", 20],
  ["TC2", "Xây dựng tổ chức cơ sở Đoàn", 10, "", "", ""],
  ["TC3", "Kết quả phong trào thanh niên", 50, "", "Kết quả thực hiện", ""],
  ["TC4", "Công tác kiểm tra, giám sát", 20, "", "", ""],
];
const SCORE_HEADER = [H.unitCode, H.unitName, "TC1", "TC2", "TC3", "TC4", H.finalLevel, H.note, H.evidence];
const LINK = "https://drive.google.com/file/d/1aB-bao-cao-chi-doan-kp3";

function ratingBook() {
  return sampleBook({
    logRows: LOG,
    sheets: {
      // No Ngày tính tiến độ: the window's end.
      [SHEET.settings]: [[...COLUMNS.settings], [P.year, 2025, ""], [P.capPercent, 0, ""]],
      [SHEET.units]: UNITS,
      [SHEET.criteria]: CRITERIA,
      [SHEET.scores]: [
        SCORE_HEADER,
        ["CĐ01", "Chi đoàn Khu phố 3", 20, 10, 48, 18, "", "", LINK],
        ["P01", "Đoàn phường Long Tâm", 19, 10, 46, 20, "", "", ""],
        ["X10", "Đoàn phường Long Hương", 20, 10, 45, 20, "", "", ""],
      ],
    },
    extraSheets: [
      {
        name: SHEET.official,
        rows: [
          [H.unitCode, H.unitName, "TC4", H.finalLevel],
          ["CĐ01", "Chi đoàn Khu phố 3", 10, "HTXSNV"],
          ["H01", "Thành đoàn Bà Rịa", 0, ""],
        ],
      },
    ],
  });
}

const MINUTES = "https://drive.google.com/file/d/1xY-bien-ban-dai-hoi-long-tam";
const PHOTOS = "https://photos.app.goo.gl/anh-sinh-hoat-long-huong";

describe("Minh chứng keeps its links in Xếp loại (SPEC §13)", () => {
  it("a link typed over the text, over some words, or a HYPERLINK formula is still a link, with its text", async () => {
    const b = ratingBook();
    const { env, run } = await addinFor(b);
    const app = env.globals.SpreadsheetApp;
    const scores = b.rawSheet(SHEET.scores);
    // Ctrl+K over the whole cell, and over two words of a sentence pasted from Word (NFD).
    scores
      .getRange("I3")
      .setRichTextValue(app.newRichTextValue().setText("Biên bản đại hội").setLinkUrl(MINUTES).build());
    const sentence = "Ảnh sinh hoạt: xem tại đây".normalize("NFD");
    const at = sentence.indexOf("tại đây".normalize("NFD"));
    scores
      .getRange("I4")
      .setRichTextValue(app.newRichTextValue().setText(sentence).setLinkUrl(at, sentence.length, PHOTOS).build());
    run("xepLoaiDonVi");
    const rating = b.rawSheet(SHEET.rating);
    const values = rating.rawValues();
    const at1 = (code: string) => values.findIndex((r) => r[0] === code) + 1;
    const evidence = (code: string) => rating.rawCell(at1(code), 13).formula;
    expect(evidence("P01")).toBe(`=HYPERLINK("${MINUTES}","Biên bản đại hội")`);
    expect(evidence("X10")).toBe(`=HYPERLINK("${PHOTOS}","${sentence}")`);
    // A URL typed as text stays the text it was.
    expect(rating.rawCell(at1("CĐ01"), 13).value).toBe(LINK);
    expect(evidence("CĐ01")).toBe("");

    // Written as a HYPERLINK formula in Chấm điểm: carried as it is; a quote in the text is doubled. X10,
    // between two links in Xếp loại, keeps its text as typed.
    scores
      .getRange("I2")
      .setRichTextValue(app.newRichTextValue().setText('Ảnh "Khu phố 3"').setLinkUrl(PHOTOS).build());
    scores.getRange("I3").setFormula(`=HYPERLINK("${MINUTES}";"Biên bản ""số 2""")`);
    scores.getRange("I4").setValue("001/BC-ĐTN (bản giấy)");
    run("xepLoaiDonVi");
    expect(
      rating
        .rawValues()
        .map((r) => r[0])
        .slice(2, 5),
    ).toEqual(["CĐ01", "X10", "P01"]);
    expect(evidence("CĐ01")).toBe(`=HYPERLINK("${PHOTOS}","Ảnh ""Khu phố 3""")`);
    expect(evidence("P01")).toBe(`=HYPERLINK("${MINUTES}";"Biên bản ""số 2""")`);
    expect([evidence("X10"), rating.rawCell(at1("X10"), 13).value]).toEqual(["", "001/BC-ĐTN (bản giấy)"]);
    // Not "@", under which Sheets would keep a formula typed in as text.
    expect(rating.rawCell(at1("P01"), 13).format).not.toBe("@");
  });
});

describe("rating, 2025 practice, through the menu", () => {
  it("official scores, group subtotals, Tối thiểu để HTXSNV and Minh chứng in Xếp loại", async () => {
    const b = ratingBook();
    const { run } = await addinFor(b);
    run("xepLoaiDonVi");
    const values = b.rawSheet(SHEET.rating).rawValues();
    expect(values[1]).toEqual([
      "Mã ĐV",
      "Tên đơn vị",
      "Trực thuộc",
      "Điểm tự chấm",
      "Tiêu chí chung",
      "Kết quả thực hiện",
      "Tổng điểm",
      "Điểm tối đa",
      "Tỷ lệ",
      "Xếp hạng",
      "Xếp loại",
      "Lý do",
      "Minh chứng",
    ]);
    const row = (code: string) => values.find((r) => r[0] === code)!;
    // An official 10 on TC4 (self-score 18) drops 96 to 88: HTTNV, not HTXSNV.
    expect(row("CĐ01").slice(3, 7)).toEqual([96, 30, 58, 88]);
    expect(row("CĐ01")[10]).toBe("Hoàn thành tốt nhiệm vụ");
    expect(row("CĐ01")[11]).toBe(
      "88/100 điểm (88,00%) theo điểm thẩm định, đạt ngưỡng HTTNV 70%; nhóm thấp nhất so với điểm tối đa: «Kết quả thực hiện» 58/70 (82,86%).",
    );
    expect(row("CĐ01")[12]).toBe(LINK);
    // 95 points but TC1 under its minimum 20: capped at HTTNV, the criterion named.
    expect(row("P01").slice(6, 7)).toEqual([95]);
    expect(row("P01")[10]).toBe("Hoàn thành tốt nhiệm vụ");
    expect(row("P01")[11]).toContain("nhưng TC1 (19 < 20) chưa đạt Tối thiểu để HTXSNV nên tối đa HTTNV");
    expect(row("X10")[10]).toBe("Hoàn thành xuất sắc nhiệm vụ");
    // A unit only in Thẩm định is rated from it (its only score is 0: all others blank).
    expect(row("H01")[3]).toBe("");
    expect(row("H01")[6]).toBe(0);
    // Units that ended before 31/12 are not rated.
    expect(values.some((r) => r[0] === "X01" || r[0] === "Y01" || r[0] === "Y02")).toBe(false);
  });
});
