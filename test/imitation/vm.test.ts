import * as vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createLocalEnvironment } from "../../src/imitation";
import { logBook } from "./helpers";

// Code as Apps Script runs it: top-level functions in their own realm, seeing only the services.
const SCRIPT = `
function readLog() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Nhật ký đi cơ sở");
  var values = sheet.getDataRange().getValues();
  var date = values[1][1];
  return {
    isArray: values instanceof Array && values[1] instanceof Array,
    isDate: date instanceof Date,
    day: Utilities.formatDate(date, SpreadsheetApp.getActive().getSpreadsheetTimeZone(), "dd/MM/yyyy"),
    mapped: values.map(function (r) { return r[2]; }).join("|"),
  };
}
function writeResults() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Nhật ký đi cơ sở");
  sheet.getRange(2, 6, 2, 2).setValues([[new Date(2025, 2, 16), "Hợp lệ"], [new Date(2025, 2, 17), "Lỗi"]]);
}
function tryBadWrite() {
  try {
    SpreadsheetApp.getActive().getRange("'Cấu hình'!A1:B2").setValues([[1]]);
  } catch (e) {
    return { isError: e instanceof Error, name: e.name, text: String(e) };
  }
}
function props() {
  PropertiesService.getDocumentProperties().setProperty("k", "v");
  var all = PropertiesService.getDocumentProperties().getProperties();
  return all instanceof Object && all.constructor === Object && all.k === "v";
}
`;

describe("inside a node:vm context", () => {
  it("hands the script arrays, Dates, objects and errors of its own realm", () => {
    const env = createLocalEnvironment({ books: [logBook()] });
    const context = env.createVmContext();
    vm.runInContext(SCRIPT, context);
    const read = vm.runInContext("readLog()", context);
    expect({ ...read }).toEqual({
      isArray: true,
      isDate: true,
      day: "15/03/2025",
      mapped: "Cán bộ|Nguyễn Thị Hoà|Trần Văn Đức",
    });
    const bad = vm.runInContext("tryBadWrite()", context);
    expect({ ...bad }).toEqual({
      isError: true,
      name: "Exception",
      text: "Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    });
    expect(vm.runInContext("props()", context)).toBe(true);
  });

  it("accepts Dates and arrays made in the script's realm", () => {
    const env = createLocalEnvironment({ books: [logBook()] });
    const context = env.createVmContext();
    // The vm's own clock is in the host's zone; make the dates explicit instants instead.
    vm.runInContext(
      SCRIPT.replace("new Date(2025, 2, 16)", 'new Date("2025-03-15T17:00:00Z")').replace(
        "new Date(2025, 2, 17)",
        'new Date("2025-03-16T17:00:00Z")',
      ),
      context,
    );
    env.calls.reset();
    vm.runInContext("writeResults()", context);
    const sheet = env.active!.rawSheet("Nhật ký đi cơ sở");
    expect(
      sheet
        .rawDisplayValues()
        .slice(1)
        .map((r) => r.slice(5, 7)),
    ).toEqual([
      ["16/03/2025", "Hợp lệ"],
      ["17/03/2025", "Lỗi"],
    ]);
    expect(env.calls.byMethod()).toEqual({
      "Range.setValues": 1,
      "Sheet.getRange": 1,
      "Spreadsheet.getSheetByName": 1,
      "SpreadsheetApp.getActive": 1,
    });
  });
});
