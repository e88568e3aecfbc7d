// .xlsx ↔ local spreadsheet: what a user typed survives a load and a save, type included.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_FILE, sampleBook } from "../../examples/make-sample";
import { INPUT_SHEETS } from "../support/sample-book";
import { createLocalEnvironment, LocalSpreadsheet } from "../../src/imitation";
import type { LocalRange } from "../../src/imitation/range";
import type { CellData } from "../../src/imitation/cells";
import { loadXlsx, saveXlsx } from "../../src/xlsx";
import { formatToXlsx } from "../../src/xlsx/format";
import { dateToSerial } from "../../src/imitation/zone";
import { H, SHEET } from "../../src/text";
import { callTopLevel } from "../../src/imitation/script-context";
import { builtBundle } from "../support/bundle";
import { COLUMNS } from "../../src/schema";

const dir = mkdtempSync(join(tmpdir(), "tct-xlsx-"));

/** Everything of a cell that a user would see change, with the format as Excel writes it. */
function seen(c: CellData) {
  return {
    type: typeof c.value,
    value: c.value,
    formula: c.formula,
    format: formatToXlsx(c.format),
    bold: c.fontWeight,
    background: c.background,
    validation: c.validation?.criteria ?? null,
  };
}

function expectSameCells(actual: LocalSpreadsheet, expected: LocalSpreadsheet, hint = "") {
  expect(actual.rawSheetNames()).toEqual(expected.rawSheetNames());
  for (const name of expected.rawSheetNames()) {
    const a = actual.rawSheet(name).model;
    const e = expected.rawSheet(name).model;
    expect([a.grid.lastRow(), a.grid.lastColumn(), a.frozenRows], name).toEqual([
      e.grid.lastRow(),
      e.grid.lastColumn(),
      e.frozenRows,
    ]);
    for (let r = 1; r <= e.grid.lastRow(); r++) {
      for (let c = 1; c <= e.grid.lastColumn(); c++) {
        const got = seen(a.grid.cell(r, c));
        const want = seen(e.grid.cell(r, c));
        if (JSON.stringify(got) !== JSON.stringify(want))
          expect(got, `${hint}«${name}» row ${r} column ${c}`).toEqual(want);
      }
    }
  }
}

let sample: LocalSpreadsheet;
beforeAll(async () => {
  sample = await loadXlsx(SAMPLE_FILE);
});

describe("the sample book examples/so-mau.xlsx", () => {
  it("holds exactly what examples/make-sample.ts generates (dates as dates, text as typed)", () => {
    expectSameCells(sample, sampleBook(), "so-mau.xlsx is stale: run `npx tsx examples/make-sample.ts` — ");
  });

  it("has every sheet and header of SPEC §2, realistic sizes and a frozen header", () => {
    for (const name of INPUT_SHEETS) {
      expect(sample.rawSheetNames()).toContain(name);
      expect(sample.rawSheet(name).model.frozenRows, name).toBe(1);
    }
    expect(sample.rawSheet(SHEET.log).rawValues()[0]).toEqual([...COLUMNS.log]);
    expect(sample.rawSheet(SHEET.roster).rawValues().length - 1).toBeGreaterThanOrEqual(30);
    expect(sample.rawSheet(SHEET.units).rawValues().length - 1).toBeGreaterThanOrEqual(40);
    const offices = new Set(
      sample
        .rawSheet(SHEET.roster)
        .rawValues()
        .slice(1)
        .map((r) => r[3]),
    );
    expect(offices.size).toBeGreaterThanOrEqual(3);
    const logTabs = sample.rawSheetNames().filter((n) => n.startsWith("Nhật ký"));
    const visits = logTabs.reduce((n, t) => n + sample.rawSheet(t).rawValues().length - 1, 0);
    expect(visits).toBeGreaterThanOrEqual(1500);
    // The cadre who joined on 1/7/2025 has a date cell in `Áp dụng từ`.
    expect(
      sample
        .rawSheet(SHEET.roster)
        .rawValues()
        .some((r) => r[5] instanceof Date),
    ).toBe(true);
    // Text dates as typed ("15/3/2025") next to date cells.
    const log = sample.rawSheet(SHEET.log).rawValues();
    expect(log.some((r) => typeof r[1] === "string" && /^\d{1,2}\/\d{1,2}\/2025$/.test(r[1]))).toBe(true);
    expect(log.some((r) => r[1] instanceof Date)).toBe(true);
  });
});

describe("round trip", () => {
  it("load → save → load gives every cell back, type, format and frozen header included", async () => {
    const file = join(dir, "round-trip.xlsx");
    await saveXlsx(sample, file);
    expectSameCells(await loadXlsx(file), sample);
  });

  it("keeps dates as calendar days in any zone, numbers as numbers, NFD text, formulas and booleans", async () => {
    const nfd = "Pha\u0323m Minh Kho\u0302i";
    for (const timeZone of ["Asia/Ho_Chi_Minh", "America/Los_Angeles"]) {
      const book = LocalSpreadsheet.create({
        timeZone,
        sheets: [{ name: "Dữ liệu", rows: [["Ngày", "Số", "Chữ", "Mã", "Đúng"]], frozenRows: 1 }],
      });
      const sheet = book.rawSheet("Dữ liệu");
      sheet.rawSetCell(2, 1, { value: dateToSerial(2024, 2, 29), format: "dd/MM/yyyy" });
      sheet.rawSetCell(3, 1, { value: dateToSerial(2025, 3, 15, 14, 30), format: "dd/MM/yyyy HH:mm" });
      sheet.rawSetValues(2, 2, [[1.5, nfd, "001", true]]);
      sheet.rawSetCell(2, 4, { format: "@" });
      sheet.rawSetCell(3, 2, { formula: "=B2*2", value: 3 });
      const file = join(dir, `types-${timeZone.replace("/", "-")}.xlsx`);
      await saveXlsx(book, file);

      // Excel itself sees a date (no shift by the zone), a number and the exact code points.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet("Dữ liệu")!;
      expect(ws.getCell("A2").value).toEqual(new Date("2024-02-29T00:00:00Z"));
      expect(ws.getCell("A2").numFmt).toBe("dd/mm/yyyy");
      expect(ws.getCell("A3").value).toEqual(new Date("2025-03-15T14:30:00Z"));
      expect(ws.getCell("B2").value).toBe(1.5);
      expect(ws.getCell("C2").value).toBe(nfd);
      expect(ws.getCell("D2").value).toBe("001");
      expect(ws.getCell("E2").value).toBe(true);
      expect(ws.getCell("B3").value).toEqual({ formula: "B2*2", result: 3 });
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

      const back = await loadXlsx(file);
      expect(back.raw().timeZone).toBe(timeZone);
      expectSameCells(back, book);
      const values = back.rawSheet("Dữ liệu").rawValues();
      expect(values[1][0]).toBeInstanceOf(Date);
      expect(values[1][2]).toBe(nfd);
    }
  });

  it("leaves what the model does not hold as it was: fonts, borders, merged cells, rich text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nhật ký đi cơ sở");
    ws.getCell("A1").value = "Sổ theo dõi";
    ws.mergeCells("A1:C1");
    ws.getCell("A1").font = { name: "Times New Roman", size: 14, bold: true };
    ws.getCell("A2").value = { richText: [{ text: "Đoàn xã " }, { text: "Tân Phú", font: { italic: true } }] };
    ws.getCell("B2").border = { bottom: { style: "thin" } };
    ws.getCell("B2").value = 7;
    const file = join(dir, "kept.xlsx");
    await wb.xlsx.writeFile(file);

    const book = await loadXlsx(file);
    expect(book.rawSheet("Nhật ký đi cơ sở").rawValues()[1].slice(0, 2)).toEqual(["Đoàn xã Tân Phú", 7]);
    book.rawSheet("Nhật ký đi cơ sở").rawSetCell(3, 1, { value: "mới" });
    const out = join(dir, "kept-out.xlsx");
    await saveXlsx(book, out);

    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    const ws2 = again.getWorksheet("Nhật ký đi cơ sở")!;
    expect(ws2.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(ws2.getCell("C1").isMerged).toBe(true);
    expect(ws2.getCell("A2").value).toEqual({
      richText: [{ text: "Đoàn xã " }, { text: "Tân Phú", font: { italic: true } }],
    });
    expect(ws2.getCell("B2").border).toMatchObject({ bottom: { style: "thin" } });
    expect(ws2.getCell("A3").value).toBe("mới");
  });

  it("keeps the add-in's row tints and dropdowns (conditional formatting and data validation)", async () => {
    const book = LocalSpreadsheet.create({
      sheets: [
        { name: SHEET.activities, rows: [["Hình thức"], ["Dự sinh hoạt chi đoàn"], ["Kiểm tra chuyên đề"]] },
        {
          name: SHEET.log,
          rows: [
            ["Hình thức", "Kết quả kiểm tra", "Báo cáo"],
            ["Kiểm tra chuyên đề", "Lỗi", "Có"],
          ],
        },
      ],
    });
    const app = createLocalEnvironment({ books: [book] }).globals.SpreadsheetApp;
    const log = app.getActiveSpreadsheet().getSheetByName(SHEET.log)!;
    const list = app.getActiveSpreadsheet().getSheetByName(SHEET.activities)!.getRange("A2:A3");
    log.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$B2="Lỗi"')
        .setBackground("#f4c7c3")
        .setRanges([log.getRange("A2:C100")])
        .build(),
      app
        .newConditionalFormatRule()
        .whenTextEqualTo("Đạt")
        .setBackground("#b7e1cd")
        .setRanges([log.getRange("B2:B100")])
        .build(),
    ]);
    log
      .getRange("A2:A50")
      .setDataValidation(app.newDataValidation().requireValueInRange(list, true).setAllowInvalid(true).build());
    log
      .getRange("C2:C50")
      .setDataValidation(
        app.newDataValidation().requireValueInList(["Có", "Không"], true).setAllowInvalid(false).build(),
      );
    const file = join(dir, "rules.xlsx");
    await saveXlsx(book, file);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const dv = (
      wb.getWorksheet(SHEET.log) as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    expect(dv.A50).toMatchObject({ type: "list", formulae: ["'Danh mục'!$A$2:$A$3"], errorStyle: "warning" });
    expect(dv.C2).toMatchObject({ type: "list", formulae: ['"Có,Không"'], errorStyle: "stop" });
    expect(dv.A51).toBeUndefined();

    const back = (await loadXlsx(file)).rawSheet(SHEET.log).model;
    expect(back.condRules.map((r) => [r.criteria, r.values, r.format.background, r.ranges.map((x) => x.area)])).toEqual(
      [
        ["CUSTOM_FORMULA", ['=$B2="Lỗi"'], "#f4c7c3", [{ r1: 2, c1: 1, r2: 100, c2: 3 }]],
        ["TEXT_EQUAL_TO", ["Đạt"], "#b7e1cd", [{ r1: 2, c1: 2, r2: 100, c2: 2 }]],
      ],
    );
    const range = back.grid.style(50, 1).validation!;
    expect(range.criteria).toBe("VALUE_IN_RANGE");
    expect([(range.values[0] as LocalRange).sheet.name, (range.values[0] as LocalRange).area]).toEqual([
      SHEET.activities,
      { r1: 2, c1: 1, r2: 3, c2: 1 },
    ]);
    expect(back.grid.style(2, 3).validation).toMatchObject({
      criteria: "VALUE_IN_LIST",
      values: [["Có", "Không"], true],
      allowInvalid: false,
    });
  });
});

describe("saving over the file's own parts", () => {
  const partsOf = async (file: string) => {
    const { readZip, entryBytes } = await import("../../src/xlsx/zip");
    const { readFileSync } = await import("node:fs");
    return new Map(readZip(readFileSync(file)).map((e) => [e.name, entryBytes(e)]));
  };

  it("keeps a sheet the command did not change byte for byte, and the file's images with it", async () => {
    const wb = new ExcelJS.Workbook();
    const log = wb.addWorksheet("Nhật ký đi cơ sở");
    log.getCell("A1").value = "Ngày đi";
    log.getCell("A2").value = new Date("2025-03-15T00:00:00Z");
    const other = wb.addWorksheet("Ghi chép của văn phòng");
    other.getCell("B2").value = { richText: [{ text: "Đoàn xã " }, { text: "Tân Phú", font: { bold: true } }] };
    other.getCell("C3").border = { top: { style: "double" } };
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    other.addImage(wb.addImage({ buffer: png, extension: "png" } as never), "D4:E6");
    const file = join(dir, "untouched.xlsx");
    await wb.xlsx.writeFile(file);

    const book = await loadXlsx(file);
    book.rawSheet("Nhật ký đi cơ sở").rawSetCell(2, 2, { value: "Hợp lệ" });
    const out = join(dir, "untouched-out.xlsx");
    await saveXlsx(book, out);

    const before = await partsOf(file);
    const after = await partsOf(out);
    expect(after.get("xl/worksheets/sheet2.xml")).toEqual(before.get("xl/worksheets/sheet2.xml"));
    expect(after.get("xl/worksheets/sheet1.xml")).not.toEqual(before.get("xl/worksheets/sheet1.xml"));
    const media = [...before.keys()].filter((k) => k.startsWith("xl/media/"));
    expect(media.length).toBeGreaterThan(0);
    for (const m of media) expect(after.get(m)).toEqual(before.get(m));
    const back = await loadXlsx(out);
    expect(back.rawSheet("Nhật ký đi cơ sở").rawValues()[1].slice(0, 2)).toEqual([
      new Date("2025-03-14T17:00:00Z"),
      "Hợp lệ",
    ]);
  });

  it("reads every cell of a shared formula, and keeps them when the command rewrites the first one", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tính");
    ws.getCell("B2").value = 2;
    ws.getCell("B3").value = 3;
    ws.getCell("B4").value = 4;
    ws.getCell("A2").value = { formula: "B2*2", result: 4, shareType: "shared", ref: "A2:A4" } as ExcelJS.CellValue;
    ws.getCell("A3").value = { sharedFormula: "A2", result: 6 } as ExcelJS.CellValue;
    ws.getCell("A4").value = { sharedFormula: "A2", result: 8 } as ExcelJS.CellValue;
    const file = join(dir, "shared.xlsx");
    await wb.xlsx.writeFile(file);

    const book = await loadXlsx(file);
    const sheet = book.rawSheet("Tính");
    expect([2, 3, 4].map((r) => sheet.rawCell(r, 1).formula)).toEqual(["=B2*2", "=B3*2", "=B4*2"]);
    sheet.rawSetCell(2, 1, { value: "đã thay", formula: "" });
    const out = join(dir, "shared-out.xlsx");
    await saveXlsx(book, out);
    const back = (await loadXlsx(out)).rawSheet("Tính");
    expect([2, 3, 4].map((r) => [back.rawCell(r, 1).value, back.rawCell(r, 1).formula])).toEqual([
      ["đã thay", ""],
      [6, "=B3*2"],
      [8, "=B4*2"],
    ]);
  });
});

describe("formats and dropdowns on rows not typed in yet", () => {
  it("a column prepared for typing keeps its date format and its dropdown down to the last row", async () => {
    const book = LocalSpreadsheet.create({
      sheets: [
        { name: SHEET.activities, rows: [["Hình thức"], ["Dự sinh hoạt chi đoàn"]] },
        { name: SHEET.log, rows: [["Ngày đi", "Hình thức"]], maxRows: 500 },
      ],
    });
    const app = createLocalEnvironment({ books: [book] }).globals.SpreadsheetApp;
    const log = app.getActiveSpreadsheet().getSheetByName(SHEET.log)!;
    log.getRange("A2:A500").setNumberFormat("dd/MM/yyyy");
    const list = app.getActiveSpreadsheet().getSheetByName(SHEET.activities)!.getRange("A2:A2");
    log.getRange("B2:B500").setDataValidation(app.newDataValidation().requireValueInRange(list, true).build());
    const file = join(dir, "prepared.xlsx");
    await saveXlsx(book, file);
    const back = (await loadXlsx(file)).rawSheet(SHEET.log).model;
    expect(formatToXlsx(back.grid.style(500, 1).format)).toBe("dd/mm/yyyy");
    expect(back.grid.style(500, 2).validation?.criteria).toBe("VALUE_IN_RANGE");
    expect(back.grid.style(501, 2).validation ?? null).toBeNull();
  });
});

describe("links in an .xlsx (Insert → Link)", () => {
  it("reach Xếp loại from Minh chứng: the runner's add-in keeps them as HYPERLINK formulas", async () => {
    const MINUTES = "https://drive.google.com/file/d/1xY-bien-ban-dai-hoi";
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_FILE);
    const scores = wb.getWorksheet(SHEET.scores)!;
    const col = scores.getRow(1).cellCount + 1;
    scores.getCell(1, col).value = H.evidence;
    scores.getCell(2, col).value = { text: "Biên bản đại hội", hyperlink: MINUTES };
    scores.getCell(3, col).value = "Đã nộp bản giấy";
    const unit = String(scores.getCell(2, 1).value);
    const file = join(dir, "links.xlsx");
    await wb.xlsx.writeFile(file);

    const book = await loadXlsx(file);
    expect(book.rawSheet(SHEET.scores).rawCell(2, col).links).toEqual([
      { start: 0, end: "Biên bản đại hội".length, url: MINUTES },
    ]);
    expect(book.rawSheet(SHEET.scores).rawCell(3, col).links).toBeNull();
    const env = createLocalEnvironment({ books: [book] });
    callTopLevel(env.loadScript((await builtBundle()).code), "xepLoaiDonVi");
    const rating = book.rawSheet(SHEET.rating);
    const row = rating.rawValues().findIndex((r) => r[0] === unit) + 1;
    const at = rating.rawValues()[1].indexOf(H.evidence) + 1;
    expect(rating.rawCell(row, at).formula).toBe(`=HYPERLINK("${MINUTES}","Biên bản đại hội")`);
  });
});
