import { describe, expect, it } from "vitest";
import { createLocalEnvironment, LocalSpreadsheet } from "../../src/imitation";
import { envWith } from "./helpers";

function bigLog(rows: number): LocalSpreadsheet {
  const data: unknown[][] = [["STT", "Ngày đi", "Cán bộ", "Đơn vị đến", "Số ngày"]];
  for (let i = 1; i <= rows; i++) {
    data.push([
      i,
      new Date(Date.UTC(2025, 0, 1 + (i % 365)) - 7 * 3600_000),
      `Cán bộ số ${i % 40}`,
      `Đoàn xã ${i % 120}`,
      (i % 4) / 2 + 0.5,
    ]);
  }
  return LocalSpreadsheet.create({ sheets: [{ name: "Nhật ký đi cơ sở", rows: data }] });
}

describe("call counting", () => {
  it("counts a 10,000-row read and a 10,000-row write as one call each", () => {
    const env = createLocalEnvironment({ books: [bigLog(10_000)] });
    env.calls.reset();
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName("Nhật ký đi cơ sở")!;
    const range = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn());
    const values = range.getValues();
    expect(values).toHaveLength(10_001);
    expect(values[10_000][2]).toBe("Cán bộ số 0");
    sheet.getRange(2, 6, 10_000, 2).setValues(values.slice(1).map((r) => ["Hợp lệ", `Dòng ${r[0]}`]));
    expect(env.calls.byMethod()).toEqual({
      "Range.getValues": 1,
      "Range.setValues": 1,
      "Sheet.getLastColumn": 1,
      "Sheet.getLastRow": 1,
      "Sheet.getRange": 2,
      "Spreadsheet.getSheetByName": 1,
      "SpreadsheetApp.getActive": 1,
    });
    expect(env.calls.total()).toBe(8);
  });

  it("does not count the implementation calling itself", () => {
    const { env, ss } = envWith();
    const sheet = ss.getSheetByName("Nhật ký đi cơ sở")!;
    sheet.getRange("A2:E3").clear(); // clears contents and formats through other Range methods
    sheet.insertRowAfter(1); // implemented with insertRowsAfter
    sheet.clear(); // implemented with a Range
    ss.appendRow(["Trên trang tính đang mở"]); // Spreadsheet.appendRow calls Sheet.appendRow
    expect(env.calls.byMethod()).toEqual({
      "Range.clear": 1,
      "Sheet.clear": 1,
      "Sheet.getRange": 1,
      "Sheet.insertRowAfter": 1,
      "Spreadsheet.appendRow": 1,
      "Spreadsheet.getSheetByName": 1,
    });
  });

  it("does not count raw accessors, and counts builders, Ui and services by class", () => {
    const { env, app, book } = envWith();
    book.rawSheet("Nhật ký đi cơ sở").rawValues();
    book.rawSheet("Cấu hình").rawSetValues(3, 1, [["Chỉ tiêu (ngày)", 60]]);
    expect(env.calls.total()).toBe(0);
    app.newDataValidation().requireValueInList(["Có", "Không"]).setAllowInvalid(true).build();
    app.getUi().createMenu("Tính chỉ tiêu").addItem("Hướng dẫn", "huongDan").addToUi();
    env.globals.LockService.getDocumentLock().tryLock(1000);
    expect(env.calls.byMethod()).toEqual({
      "DataValidationBuilder.build": 1,
      "DataValidationBuilder.requireValueInList": 1,
      "DataValidationBuilder.setAllowInvalid": 1,
      "Lock.tryLock": 1,
      "LockService.getDocumentLock": 1,
      "Menu.addItem": 1,
      "Menu.addToUi": 1,
      "SpreadsheetApp.getUi": 1,
      "SpreadsheetApp.newDataValidation": 1,
      "Ui.createMenu": 1,
    });
    expect(env.calls.total(["Lock", "Menu.", "Ui."])).toBe(5);
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
  });

  it("counts a failed call too", () => {
    const { env, ss } = envWith();
    expect(() => ss.getRange("'Cấu hình'!A1:B2").setValues([[1, 2]])).toThrow();
    expect(env.calls.count("Range.setValues")).toBe(1);
  });
});
