import { describe, expect, it } from "vitest";
import { createLocalEnvironment, LocalSpreadsheet } from "../../src/imitation";
import { envWith } from "./helpers";

describe("reading values", () => {
  it("returns fresh copies: changing the returned array leaves the sheet alone", () => {
    const { ss } = envWith();
    const range = ss.getRange("'Nhật ký đi cơ sở'!A2:E2");
    const first = range.getValues();
    first[0][2] = "Người khác";
    (first[0][1] as Date).setFullYear(1999);
    const again = range.getValues();
    expect(again[0][2]).toBe("Nguyễn Thị Hoà");
    expect((again[0][1] as Date).toISOString()).toBe("2025-03-14T17:00:00.000Z");
    expect(again).not.toBe(first);
  });

  it("gives '' for empty cells and keeps numbers and booleans", () => {
    const { ss } = envWith();
    const sheet = ss.getSheetByName("Nhật ký đi cơ sở")!;
    sheet.getRange("F2:G2").setValues([[true, 0]]);
    expect(sheet.getRange("E2:H2").getValues()).toEqual([[1.5, true, 0, ""]]);
    expect(sheet.getRange("Z1000").getValue()).toBe("");
  });

  it("reads a date as the instant of its wall-clock day in the spreadsheet's zone, not the script's", () => {
    const book = LocalSpreadsheet.create({
      timeZone: "America/Los_Angeles",
      sheets: [{ name: "Nhật ký", rows: [["Ngày đi"]] }],
    });
    const env = createLocalEnvironment({ books: [book], scriptTimeZone: "Asia/Ho_Chi_Minh" });
    const sheet = env.globals.SpreadsheetApp.getActive().getSheets()[0];
    sheet.getRange("A2").setNumberFormat("dd/MM/yyyy").setValue("29/02/2024");
    const value = sheet.getRange("A2").getValue() as Date;
    expect(value.toISOString()).toBe("2024-02-29T08:00:00.000Z"); // midnight in Los Angeles
    expect(env.globals.Session.getScriptTimeZone()).toBe("Asia/Ho_Chi_Minh");
    // In the script's zone that instant is already 15:00 on the same day.
    expect(env.globals.Utilities.formatDate(value, "Asia/Ho_Chi_Minh", "dd/MM/yyyy HH:mm")).toBe("29/02/2024 15:00");
    expect(sheet.getRange("A2").getDisplayValue()).toBe("29/02/2024");
  });

  it("keeps the calendar day when the spreadsheet's zone changes (the instant moves)", () => {
    const { ss } = envWith();
    const cell = ss.getRange("'Nhật ký đi cơ sở'!B2");
    expect((cell.getValue() as Date).toISOString()).toBe("2025-03-14T17:00:00.000Z");
    ss.setSpreadsheetTimeZone("Europe/London");
    expect((cell.getValue() as Date).toISOString()).toBe("2025-03-15T00:00:00.000Z");
    expect(cell.getDisplayValue()).toBe("15/03/2025");
  });

  it("writes a Date as the wall-clock day of the spreadsheet's zone and gives it a date format", () => {
    const book = LocalSpreadsheet.create({ timeZone: "America/Los_Angeles", sheets: [{ name: "Log" }] });
    const env = createLocalEnvironment({ books: [book] });
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName("Log")!;
    // 2024-03-01T06:30Z is 29/02/2024 22:30 in Los Angeles.
    sheet.getRange("A1:B1").setValues([[new Date("2024-03-01T06:30:00Z"), new Date("2024-02-29T08:00:00Z")]]);
    expect(sheet.getRange("A1:B1").getNumberFormats()).toEqual([["dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy"]]);
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["29/02/2024 22:30:00", "29/02/2024"]]);
    expect(book.rawSheet("Log").rawCell(1, 2).value).toBe(45351);
  });

  it("shows values through their number format, with the locale's decimal mark", () => {
    const vi = LocalSpreadsheet.create({ locale: "vi_VN", sheets: [{ name: "Số" }] });
    const en = LocalSpreadsheet.create({ locale: "en_US", sheets: [{ name: "Số" }] });
    const env = createLocalEnvironment({ books: [vi, en] });
    const show = (bookId: string) => {
      const sheet = env.globals.SpreadsheetApp.openById(bookId).getSheets()[0];
      const range = sheet.getRange("A1:H1");
      range.setValues([[1.5, 0.125, 0.5, 1234567.891, "001", true, 3, 0.1 + 0.2]]);
      range.setNumberFormats([["0.0", "0.0%", "0%", "#,##0", "@", "General", "0.00", "General"]]);
      return range.getDisplayValues()[0];
    };
    expect(show(vi.getId())).toEqual(["1,5", "12,5%", "50%", "1.234.568", "1", "TRUE", "3,00", "0,3"]);
    expect(show(en.getId())).toEqual(["1.5", "12.5%", "50%", "1,234,568", "1", "TRUE", "3.00", "0.3"]);
  });

  it("reports the automatic format of an untouched cell like the real service", () => {
    const { ss } = envWith();
    expect(ss.getRange("'Nhật ký đi cơ sở'!C2").getNumberFormat()).toBe("0.###############");
    expect(ss.getRange("'Nhật ký đi cơ sở'!B2").getNumberFormat()).toBe("dd/MM/yyyy");
  });
});

describe("writing values", () => {
  it("throws the real messages when the data does not fit the range", () => {
    const { ss } = envWith();
    const range = ss.getRange("'Cấu hình'!A3:B4");
    expect(() => range.setValues([["Chỉ tiêu (ngày)", 60]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => range.setValues([["Chỉ tiêu (ngày)", 60], ["Ngưỡng HTXSNV (%)"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    // Nothing was written by the failed calls.
    expect(range.getValues()).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  it("reinterprets strings the way Sheets does", () => {
    const { ss } = envWith();
    const range = ss.getRange("'Cấu hình'!C1:C9");
    range.setValues([["=1+1"], ["001"], ["'001"], ["1,5"], ["TRUE"], ["50%"], ["3/4/2025"], ["31/02/2025"], [" 12 "]]);
    const values = range.getValues().map((r) => r[0]);
    expect(values.slice(0, 6)).toEqual(["", 1, "001", 1.5, true, 0.5]);
    expect((values[6] as Date).toISOString()).toBe("2025-04-02T17:00:00.000Z"); // 3 April in vi_VN
    expect(values[7]).toBe("31/02/2025"); // not a date: stays text
    expect(values[8]).toBe(12);
    expect(range.getFormulas()[0][0]).toBe("=1+1");
    expect(range.getDisplayValues()[2][0]).toBe("001");
    expect(range.getNumberFormats()[5][0]).toBe("0%");
  });

  it("keeps text as typed in a plain-text (@) cell", () => {
    const { ss } = envWith();
    const range = ss.getRange("'Cấu hình'!D1:D3");
    range.setNumberFormat("@");
    range.setValues([["001"], ["=x"], ["1/2"]]);
    expect(range.getValues()).toEqual([["001"], ["=x"], ["1/2"]]);
    expect(range.getFormulas()).toEqual([[""], [""], [""]]);
  });

  it("reads a typed date in the book's locale order: vi_VN day first, en_US month first", () => {
    const vi = LocalSpreadsheet.create({ locale: "vi_VN", sheets: [{ name: "A" }] });
    const en = LocalSpreadsheet.create({ locale: "en_US", sheets: [{ name: "A" }] });
    const env = createLocalEnvironment({ books: [vi, en] });
    const typed = (id: string, a1: string, text: string) => {
      const cell = env.globals.SpreadsheetApp.openById(id).getRange(a1);
      cell.setValue(text);
      return cell.getValue();
    };
    expect((typed(vi.getId(), "A1", "3/4/2025") as Date).toISOString()).toBe("2025-04-02T17:00:00.000Z");
    expect((typed(en.getId(), "A1", "3/4/2025") as Date).toISOString()).toBe("2025-03-03T17:00:00.000Z");
    expect(typed(en.getId(), "A2", "1.5")).toBe(1.5);
    expect(typed(vi.getId(), "A2", "1.5")).toBe("1.5"); // not a number where the decimal mark is a comma
    expect(typed(en.getId(), "A3", "15/3/2025")).toBe("15/3/2025"); // no 15th month
    // A cell that already has a date format shows a typed number as a date, like Sheets.
    expect(typed(en.getId(), "A1", "45731")).toEqual(new Date("2025-03-14T17:00:00.000Z")); // 15/03/2025 in the book's zone
  });

  it("stores numbers and booleans as given, and a leading apostrophe's text without it", () => {
    const { ss } = envWith();
    const cell = ss.getRange("'Cấu hình'!E1:E3");
    cell.setValues([[60], [false], ["'=SUM(A1)"]]);
    expect(cell.getValues()).toEqual([[60], [false], ["=SUM(A1)"]]);
    expect(cell.getFormulas()).toEqual([[""], [""], [""]]);
  });

  it("setFormula stores a formula whose value is not computed", () => {
    const { ss } = envWith();
    const cell = ss.getRange("'Cấu hình'!F1");
    cell.setFormula("=COUNTA('Nhật ký đi cơ sở'!C:C)");
    expect(cell.getFormula()).toBe("=COUNTA('Nhật ký đi cơ sở'!C:C)");
    expect(cell.getValue()).toBe("");
    expect(ss.getSheetByName("Cấu hình")!.getLastColumn()).toBe(6);
  });
});
