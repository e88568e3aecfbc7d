// Issue 15: a menu command makes at most 4 spreadsheet calls per sheet it reads and 12 per sheet it
// writes (counted through the built bundle, every call real Apps Script makes): on a new book, whose
// new sheets get their looks in one Sheets API call, and on a book the commands have run on once — the
// output sheets exist, the log tabs carry their tints.
import { describe, expect, it } from "vitest";
import type { LocalSpreadsheet } from "../../src/imitation";
import { ASSESSMENT, SHEET } from "../../src/text";
import { addinFor, snapshotBook } from "../support/addin";
import { sampleBook } from "../support/sample-book";

const COMMANDS = ["kiemTraNhatKy", "tinhTienDo", "xepLoaiDonVi", "tinhTatCa"];

/** The book but the run's time (title lines, Lịch sử chạy). */
const look = (book: LocalSpreadsheet) =>
  JSON.stringify(snapshotBook(book, [SHEET.history])).replace(/\d\d:\d\d \d\d\/\d\d\/\d{4}/g, "");

describe("spreadsheet calls within the budget of issue 15", () => {
  it("each command run again stays within 4 calls per sheet read and 12 per sheet written", async () => {
    const { run, env } = await addinFor(sampleBook());
    for (const cmd of COMMANDS) run(cmd);
    for (const cmd of COMMANDS) {
      env.calls.reset();
      run(cmd);
      const { read, written } = env.calls.sheetsTouched();
      expect(env.calls.total(), cmd).toBeLessThanOrEqual(4 * read.length + 12 * written.length);
      // Today, the title line's time and the book's date cells come from one Utilities call.
      expect(env.calls.count("Utilities.formatDate"), cmd).toBe(1);
      // The charts as the command's one Sheets API call described them: none asked for its ranges.
      expect(env.calls.count("Sheet.getCharts"), cmd).toBe(0);
    }
  });

  it("Kiểm tra nhật ký's first run on a new book stays within it too (it makes Lịch sử chạy and the tints)", async () => {
    const { run, env, book } = await addinFor(sampleBook());
    run("kiemTraNhatKy");
    expect(book.raw().sheets.find((s) => s.name === SHEET.log)!.condRules).toHaveLength(2);
    const { read, written } = env.calls.sheetsTouched();
    expect(env.calls.total()).toBeLessThanOrEqual(4 * read.length + 12 * written.length);
  });

  it("every command's first run on a new book stays within it: the new sheets' looks take one Sheets API call", async () => {
    for (const cmd of COMMANDS) {
      const { run, env, book } = await addinFor(sampleBook());
      run(cmd);
      const { read, written } = env.calls.sheetsTouched();
      expect(env.calls.total(), cmd).toBeLessThanOrEqual(4 * read.length + 12 * written.length);
      expect(env.calls.count("Sheets.Spreadsheets.batchUpdate"), cmd).toBe(1);
      for (const key of ["Sheet.setColumnWidths", "Sheet.insertChart", "EmbeddedChartBuilder.build"])
        expect(env.calls.count(key), `${cmd} ${key}`).toBe(0);
      // The looks are there: frozen header rows, the schema's widths.
      const history = book.raw().sheets.find((s) => s.name === SHEET.history)!;
      expect(history.frozenRows, cmd).toBe(1);
      expect(history.columnWidths.size, cmd).toBeGreaterThan(0);
    }
  });

  it("when the Sheets API fails to set the new sheets' looks, SpreadsheetApp sets the same ones", async () => {
    const api = await addinFor(sampleBook());
    const failing = await addinFor(sampleBook());
    const spreadsheets = failing.env.globals.Sheets!.Spreadsheets as { batchUpdate: unknown };
    spreadsheets.batchUpdate = () => {
      throw new Error("API call to sheets.spreadsheets.batchUpdate failed with error: Internal error encountered.");
    };
    api.run("tinhTatCa");
    failing.run("tinhTatCa");
    expect(look(failing.book)).toEqual(look(api.book));
    expect(failing.env.calls.count("Sheet.insertChart")).toBe(2);
    // The execution log says why, in Vietnamese.
    expect(failing.env.logs.map((l) => l.message)).toContainEqual(
      expect.stringMatching(/^Không định dạng được các trang mới bằng Sheets API.*Internal error/),
    );
    expect(failing.env.calls.count("Sheet.setColumnWidths")).toBeGreaterThan(0);
  });

  it("without the Sheets advanced service the commands write the same and ask each sheet its name and size", async () => {
    const withApi = await addinFor(sampleBook());
    const without = await addinFor(sampleBook(), { advancedServices: [] });
    // Enabled in the manifest, but the Cloud project has the API off: the first call fails, the command goes on.
    const refused = await addinFor(sampleBook());
    const spreadsheets = refused.env.globals.Sheets!.Spreadsheets as { get: unknown };
    spreadsheets.get = () => {
      throw new Error(
        "API call to sheets.spreadsheets.get failed with error: Sheets API has not been used in project 1",
      );
    };
    for (const cmd of COMMANDS) {
      withApi.env.calls.reset();
      without.env.calls.reset();
      const sheets = without.book.rawSheetNames().length;
      withApi.run(cmd);
      without.run(cmd);
      refused.run(cmd);
      expect(withApi.env.calls.count("Sheets.Spreadsheets.get"), cmd).toBe(1);
      expect(withApi.env.calls.count("Sheet.getName"), cmd).toBe(0);
      expect(without.env.calls.count("Sheet.getName"), cmd).toBe(sheets);
    }
    expect(look(without.book)).toEqual(look(withApi.book));
    expect(look(refused.book)).toEqual(look(withApi.book));
    expect(refused.env.calls.count("Sheet.getName")).toBeGreaterThan(0);
  });

  it("a re-run keeps the output sheets' colours and charts when they would be the same, and redraws them when not", async () => {
    const book = sampleBook();
    const { run, env } = await addinFor(book);
    const look = () =>
      JSON.stringify(
        [SHEET.progress, SHEET.rating, SHEET.summary].map((name) => {
          const m = book.raw().sheets.find((s) => s.name === name)!;
          return [m.condRules.map((r) => [r.values, r.format, r.ranges.map((x) => x.area)]), m.charts.length];
        }),
      );
    run("tinhTatCa");
    const first = look();
    env.calls.reset();
    run("tinhTatCa");
    expect(look()).toEqual(first);
    for (const key of ["Sheet.setConditionalFormatRules", "Sheet.insertChart", "Sheet.removeChart"])
      expect(env.calls.count(key), key).toBe(0);
    // A cadre more: Tiến độ chỉ tiêu has a row more, its colours follow it.
    const before = book.rawSheet(SHEET.progress).rawValues().length;
    const roster = book.rawSheet(SHEET.roster);
    const rows = roster.rawValues();
    roster.rawSetCell(rows.length + 1, 1, { value: "CB999" });
    roster.rawSetCell(rows.length + 1, 2, { value: "Người Mới" });
    for (let c = 3; c <= rows[1].length; c++) roster.rawSetCell(rows.length + 1, c, { value: rows[1][c - 1] as never });
    run("tinhTatCa");
    const progress = book.raw().sheets.find((s) => s.name === SHEET.progress)!;
    const data = book.rawSheet(SHEET.progress).rawValues().length - 2;
    expect(data + 2).toBe(before + 1);
    expect(progress.condRules).toHaveLength(Object.keys(ASSESSMENT).length);
    for (const r of progress.condRules) expect(r.ranges[0].area.r2 - r.ranges[0].area.r1 + 1).toBe(data);
  });
});

describe("the owner's commands", () => {
  it("read no protection (the owner may edit every protected sheet and range); another user's read them", async () => {
    const { run, env } = await addinFor(sampleBook());
    run("kiemTraNhatKy");
    expect(env.calls.count("Sheet.getProtections") + env.calls.count("Spreadsheet.getProtections")).toBe(0);
    // Another user learns them from the one Sheets API call; without the service, by asking each sheet.
    const other = await addinFor(sampleBook({ editors: ["canbo@tinhdoan.vn"] }), { user: "canbo@tinhdoan.vn" });
    other.run("kiemTraNhatKy");
    expect(other.env.calls.count("Sheet.getProtections") + other.env.calls.count("Spreadsheet.getOwner")).toBe(0);
    const asking = await addinFor(sampleBook({ editors: ["canbo@tinhdoan.vn"] }), {
      user: "canbo@tinhdoan.vn",
      advancedServices: [],
    });
    asking.run("kiemTraNhatKy");
    expect(asking.env.calls.count("Sheet.getProtections")).toBeGreaterThan(0);
  });

  it("a staff member's first run makes Lịch sử chạy with its look from the one API call, as the owner's would", async () => {
    const staff = await addinFor(sampleBook({ editors: ["canbo@tinhdoan.vn"] }), { user: "canbo@tinhdoan.vn" });
    const owner = await addinFor(sampleBook({ editors: ["canbo@tinhdoan.vn"] }));
    staff.run("kiemTraNhatKy");
    owner.run("kiemTraNhatKy");
    expect(staff.env.calls.count("Sheets.Spreadsheets.batchUpdate")).toBe(1);
    expect(staff.env.logs.filter((l) => l.level !== "log")).toEqual([]);
    const lookOf = (book: LocalSpreadsheet) => {
      const m = book.raw().sheets.find((x) => x.name === SHEET.history)!;
      return { frozen: m.frozenRows, widths: [...m.columnWidths] };
    };
    expect(lookOf(staff.book)).toEqual(lookOf(owner.book));
    expect(lookOf(staff.book).frozen).toBe(1);
  });
});

describe("log tints", () => {
  it("as the add-in left them cost no call per rule; a colour changed by hand is put back, the user's own rule kept", async () => {
    const book = sampleBook();
    const { run, env } = await addinFor(book);
    run("kiemTraNhatKy");
    env.calls.reset();
    run("kiemTraNhatKy");
    for (const key of [
      "Sheet.getConditionalFormatRules",
      "ConditionalFormatRule.getBooleanCondition",
      "Sheet.setConditionalFormatRules",
    ])
      expect(env.calls.count(key), key).toBe(0);
    // By hand: Lỗi rows in another red, and a rule of the user's own before the add-in's.
    const app = env.globals.SpreadsheetApp;
    const sheet = app.getActive().getSheetByName(SHEET.log)!;
    const [error, warning] = sheet.getConditionalFormatRules();
    const mine = app
      .newConditionalFormatRule()
      .whenTextEqualTo("Nguyễn Văn An")
      .setBold(true)
      .setRanges([sheet.getRange("C2:C20")])
      .build();
    sheet.setConditionalFormatRules([mine, error.copy().setBackground("#ff0000").build(), warning]);
    run("kiemTraNhatKy");
    const rules = book.raw().sheets.find((s) => s.name === SHEET.log)!.condRules;
    expect(rules.map((r) => [r.values[0], r.format.background])).toEqual([
      ["Nguyễn Văn An", null],
      ['=$J2="Lỗi"', "#f4c7c3"],
      ['=$J2="Cảnh báo"', "#fce8b2"],
    ]);
  });
});

describe("log tints of several tabs", () => {
  it("a second tab laid out like the first gets the same rules, copied from the first tab's", async () => {
    const base = sampleBook();
    const rows = base.rawSheet(SHEET.log).rawValues().slice(0, 3);
    const book = sampleBook({ extraSheets: [{ name: "Nhật ký - Văn phòng", rows, maxRows: 1000 }] });
    const { run, env } = await addinFor(book);
    run("kiemTraNhatKy");
    const rules = (name: string) =>
      book
        .raw()
        .sheets.find((s) => s.name === name)!
        .condRules.map((r) => [r.values, r.format, r.ranges[0].area]);
    expect(rules("Nhật ký - Văn phòng")).toEqual(rules(SHEET.log));
    expect(env.calls.count("ConditionalFormatRule.copy")).toBe(2);
  });
});
