import { describe, expect, it } from "vitest";
import { createLocalEnvironment, LocalSpreadsheet } from "../../src/imitation";
import { envWith } from "./helpers";

describe("sheets", () => {
  it("reports 0 as last row and column of an empty sheet, and a 1000 × 26 grid", () => {
    const { ss } = envWith();
    const sheet = ss.insertSheet("Tiến độ chỉ tiêu");
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    sheet.getRange(7, 3).setValue("Đạt");
    sheet.getRange(2, 5).setNote("ghi chú không tính là nội dung");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C7");
  });

  it("rawValues reads the used area, or one rectangle of it, as getValues does (uncounted)", () => {
    const book = LocalSpreadsheet.create({
      sheets: [
        {
          name: "Nhật ký đi cơ sở",
          rows: [
            ["STT", "Ngày đi", "Cán bộ"],
            [1, new Date(Date.UTC(2025, 0, 2) - 7 * 3600_000), "An"],
            [2, "", "Bình"],
          ],
        },
      ],
    });
    const sheet = book.rawSheet("Nhật ký đi cơ sở");
    const all = sheet.rawValues();
    expect(all.map((r) => r.length)).toEqual([3, 3, 3]);
    expect(sheet.rawValues({ r1: 2, c1: 2, r2: 3, c2: 3 })).toEqual([all[1].slice(1), all[2].slice(1)]);
    expect(sheet.rawValues({ r1: 2, c1: 2, r2: 2, c2: 2 })[0][0]).toBeInstanceOf(Date);
    expect(sheet.rawValues({ r1: 4, c1: 1, r2: 3, c2: 3 })).toEqual([]);
  });

  it("a style matrix written over a column gives equal cells one shared style, each read back as written", () => {
    const { ss, book } = envWith();
    const sheet = ss.getSheetByName("Nhật ký đi cơ sở")!;
    const weights = Array.from({ length: 50 }, (_, i) => [
      i % 2 ? "bold" : "normal",
    ]) as GoogleAppsScript.Spreadsheet.FontWeight[][];
    sheet
      .getRange(2, 3, 50, 1)
      .setFontWeights(weights)
      .setBackgrounds(weights.map((_, i) => [i % 3 ? null : "#FFEEEE"]));
    expect(sheet.getRange(2, 3, 50, 1).getFontWeights()).toEqual(weights);
    expect(sheet.getRange(2, 3, 3, 1).getBackgrounds()).toEqual([["#ffeeee"], ["#ffffff"], ["#ffffff"]]);
    const grid = book.rawSheet("Nhật ký đi cơ sở").model.grid;
    const styles = new Set(Array.from({ length: 50 }, (_, i) => grid.style(i + 2, 3)));
    expect(styles.size).toBe(4);
  });

  it("inserts, finds, activates and deletes sheets", () => {
    const { ss } = envWith();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Nhật ký đi cơ sở", "Cấu hình"]);
    const office = ss.insertSheet("Nhật ký - Huyện đoàn Cam Lộ");
    // A new sheet goes after the active one and becomes active.
    expect(ss.getSheets().map((s) => s.getName())).toEqual([
      "Nhật ký đi cơ sở",
      "Nhật ký - Huyện đoàn Cam Lộ",
      "Cấu hình",
    ]);
    expect(ss.getActiveSheet().getName()).toBe("Nhật ký - Huyện đoàn Cam Lộ");
    expect(office.getIndex()).toBe(2);
    const first = ss.insertSheet("Đầu tiên", 0);
    expect(first.getIndex()).toBe(1);
    expect(ss.getSheetByName("Nhật ký - Huyện đoàn Cam Lộ")?.getSheetId()).toBe(office.getSheetId());
    ss.deleteSheet(office);
    expect(ss.getSheetByName("Nhật ký - Huyện đoàn Cam Lộ")).toBeNull();
    expect(ss.getNumSheets()).toBe(3);
  });

  it("refuses a sheet name already taken (whatever the case) with the real message", () => {
    const { ss } = envWith();
    expect(() => ss.insertSheet("Cấu hình")).toThrow(
      'A sheet with the name "Cấu hình" already exists. Please enter another name.',
    );
    const sheet = ss.insertSheet("Xếp loại");
    expect(() => sheet.setName("CẤU HÌNH")).toThrow(
      'A sheet with the name "CẤU HÌNH" already exists. Please enter another name.',
    );
    sheet.setName("Xếp loại 2025");
    expect(sheet.getName()).toBe("Xếp loại 2025");
  });

  it("will not delete the last visible sheet", () => {
    const book = LocalSpreadsheet.create({ sheets: [{ name: "Duy nhất" }] });
    const env = createLocalEnvironment({ books: [book] });
    const ss = env.globals.SpreadsheetApp.getActive();
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the visible sheets in a document.");
  });

  it("freezes rows and columns", () => {
    const { ss } = envWith();
    const sheet = ss.getSheetByName("Cấu hình")!;
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect(ss.getSheetByName("Nhật ký đi cơ sở")!.getFrozenRows()).toBe(1);
  });

  it("appends a row after the last row with content, growing a full sheet", () => {
    const book = LocalSpreadsheet.create({
      sheets: [{ name: "Lịch sử chạy", rows: [["Thời điểm", "Người chạy", "Lệnh", "Kết quả"]], maxRows: 1 }],
    });
    const env = createLocalEnvironment({ books: [book] });
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName("Lịch sử chạy")!;
    sheet.appendRow([new Date("2025-03-15T02:00:00Z"), "bithu@tinhdoan.vn", "Kiểm tra nhật ký", "Hợp lệ: 2"]);
    expect(sheet.getMaxRows()).toBe(2);
    expect(sheet.getRange("A2:D2").getDisplayValues()).toEqual([
      ["15/03/2025 09:00:00", "bithu@tinhdoan.vn", "Kiểm tra nhật ký", "Hợp lệ: 2"],
    ]);
  });

  it("inserts and deletes rows and columns, with the real out-of-bounds messages", () => {
    const { ss } = envWith();
    const sheet = ss.getSheetByName("Nhật ký đi cơ sở")!;
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("C4").getValue()).toBe("Nguyễn Thị Hoà");
    // New rows take the formatting of the row above them.
    sheet.insertRowsAfter(4, 1);
    expect(sheet.getRange("B5").getNumberFormat()).toBe("dd/MM/yyyy");
    expect(sheet.getRange("B5").getValue()).toBe("");
    sheet.deleteRows(2, 2);
    expect(sheet.getRange("C2").getValue()).toBe("Nguyễn Thị Hoà");
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange("D1").getValue()).toBe("Cán bộ");
    sheet.deleteColumns(2, 1);
    expect(sheet.getRange("C1").getValue()).toBe("Cán bộ");
    expect(() => sheet.deleteRows(999, 5)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.deleteRows(1, sheet.getMaxRows())).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
  });

  it("parses A1 notation and refuses coordinates outside the sheet like the real service", () => {
    const { ss } = envWith();
    const sheet = ss.getSheetByName("Nhật ký đi cơ sở")!;
    expect(sheet.getRange("B2:D10").getA1Notation()).toBe("B2:D10");
    expect(sheet.getRange("$b$2").getA1Notation()).toBe("B2");
    const column = sheet.getRange("C:C");
    expect([column.getA1Notation(), column.getNumRows(), column.getRow()]).toEqual(["C:C", 1000, 1]);
    const row = sheet.getRange("2:2");
    expect([row.getA1Notation(), row.getNumColumns()]).toEqual(["2:2", 26]);
    expect(sheet.getRange("A2:E").getNumRows()).toBe(999);
    expect(ss.getRange("'Cấu hình'!A2:B2").getValues()).toEqual([["Năm", 2025]]);
    expect(sheet.getRange(2, 3, 1, 2).getA1Notation()).toBe("C2:D2");
    expect(sheet.getRange(2, 3).offset(1, -1, 2).getA1Notation()).toBe("B3:B4");
    expect(() => sheet.getRange("Không phải ô")).toThrow("Range not found");
    expect(() => ss.getRange("'Không có'!A1")).toThrow("Range not found");
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1001, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
  });

  it("clears contents, formats and notes separately", () => {
    const { ss } = envWith();
    const sheet = ss.getSheetByName("Nhật ký đi cơ sở")!;
    const range = sheet.getRange("B2:C2");
    range.setBackground("#FCE8E6").setNote("kiểm tra lại").setFontWeight("bold");
    range.clearContent();
    expect(range.getValues()).toEqual([["", ""]]);
    expect(range.getBackgrounds()).toEqual([["#fce8e6", "#fce8e6"]]);
    range.clearFormat();
    expect(range.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
    expect(range.getFontWeights()).toEqual([["normal", "normal"]]);
    expect(range.getNumberFormats()).toEqual([["0.###############", "0.###############"]]);
    expect(range.getNotes()).toEqual([["kiểm tra lại", "kiểm tra lại"]]);
    range.clearNote();
    expect(range.getNote()).toBe("");
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
  });
});
