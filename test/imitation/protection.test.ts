import { describe, expect, it } from "vitest";
import { createLocalEnvironment, LocalSpreadsheet } from "../../src/imitation";
import { ADMIN, envWith, OWNER, STAFF } from "./helpers";

const PROTECTED =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

/** Protects a sheet for the owner and `editors` the way the add-in (and Google's sample) does it. */
function restrict(
  protection: GoogleAppsScript.Spreadsheet.Protection,
  me: GoogleAppsScript.Base.User,
  editors: string[],
) {
  protection.addEditor(me);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  protection.addEditors(editors);
  return protection;
}

describe("protections", () => {
  it("stop a user who is not among the editors, with the real error; owner and editors still write", () => {
    const { env, app, ss } = envWith();
    const settings = ss.getSheetByName("Cấu hình")!;
    const protection = restrict(
      settings.protect().setDescription("Tính chỉ tiêu: cấu hình"),
      env.globals.Session.getEffectiveUser(),
      [ADMIN],
    );
    expect(
      protection
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([ADMIN, OWNER].sort());
    expect(String(protection.getProtectionType())).toBe("SHEET");

    env.setActiveUser(STAFF);
    const cell = app.getActive().getRange("'Cấu hình'!B2");
    expect(() => cell.setValue(2026)).toThrow(PROTECTED);
    expect(() => cell.setBackground("#ffff00")).toThrow(PROTECTED);
    expect(() => settings.setName("Cấu hình cũ")).toThrow(PROTECTED);
    expect(() => ss.deleteSheet(settings)).toThrow(PROTECTED);
    expect(cell.getValue()).toBe(2025);
    expect(cell.canEdit()).toBe(false);
    expect(settings.getProtections(app.ProtectionType.SHEET)[0].canEdit()).toBe(false);

    env.setActiveUser(ADMIN);
    cell.setValue(2026);
    env.setActiveUser(OWNER);
    cell.setValue(2027);
    expect(cell.getValue()).toBe(2027);
  });

  it("keep no one out until the script changes the editors (they mirror the spreadsheet's)", () => {
    const { env, ss } = envWith();
    ss.getSheetByName("Cấu hình")!.protect();
    env.setActiveUser(STAFF);
    ss.getRange("'Cấu hình'!B2").setValue(2026);
    expect(ss.getRange("'Cấu hình'!B2").getValue()).toBe(2026);
  });

  it("never stop a script when warning-only", () => {
    const { env, app, ss } = envWith();
    const history = ss.insertSheet("Lịch sử chạy");
    restrict(history.protect(), env.globals.Session.getEffectiveUser(), []).setWarningOnly(true);
    env.setActiveUser(STAFF);
    history.appendRow([new Date(), STAFF, "Kiểm tra nhật ký", "Xong"]);
    expect(history.getLastRow()).toBe(1);
    expect(app.getActive().getProtections(app.ProtectionType.SHEET)[0].isWarningOnly()).toBe(true);
  });

  it("protect a range only where it lies, and leave a protected sheet's unprotected ranges open", () => {
    const { env, app, ss } = envWith();
    const log = ss.getSheetByName("Nhật ký đi cơ sở")!;
    const me = env.globals.Session.getEffectiveUser();
    restrict(log.getRange("J:K").protect().setDescription("Kết quả kiểm tra"), me, [ADMIN]);
    const settings = ss.getSheetByName("Cấu hình")!;
    restrict(settings.protect(), me, []).setUnprotectedRanges([settings.getRange("C1:C10")]);
    expect(ss.getProtections(app.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation())).toEqual(["J1:K1000"]);

    env.setActiveUser(STAFF);
    log.getRange("C4:E4").setValues([["Lê Văn Hùng", "Đoàn phường 5", 2]]);
    expect(() => log.getRange("I4:J4").setValues([["", "Hợp lệ"]])).toThrow(PROTECTED);
    expect(() => log.deleteRows(3, 1)).toThrow(PROTECTED);
    settings.getRange("C2").setValue("ghi chú của cán bộ");
    expect(() => settings.getRange("C10:D10").setValues([["a", "b"]])).toThrow(PROTECTED);
  });

  it("move with inserted rows, and cannot lose the owner from their editors", () => {
    const { env, app, ss } = envWith();
    const log = ss.getSheetByName("Nhật ký đi cơ sở")!;
    const p = log.getRange("J2:K10").protect();
    p.removeEditors([OWNER, ADMIN, STAFF]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    log.insertRowsBefore(2, 5);
    expect(ss.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe("J7:K15");

    env.setActiveUser(ADMIN);
    const mine = ss.getProtections(app.ProtectionType.RANGE)[0];
    expect(mine.canEdit()).toBe(false);
    expect(() => mine.remove()).toThrow("You do not have permission to perform that action.");
    env.setActiveUser(OWNER);
    mine.remove();
    expect(ss.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });

  it("keep charts and frozen rows of a protected sheet for its editors", () => {
    const { env, ss } = envWith();
    const summary = ss.insertSheet("Tổng hợp");
    restrict(summary.protect(), env.globals.Session.getEffectiveUser(), [ADMIN]);
    env.setActiveUser(STAFF);
    const chart = summary.newChart().addRange(summary.getRange("A1:B3")).build();
    expect(() => summary.insertChart(chart)).toThrow(PROTECTED);
    expect(() => summary.setFrozenRows(1)).toThrow(PROTECTED);
    env.setActiveUser(ADMIN);
    summary.insertChart(chart);
    expect(summary.getCharts()).toHaveLength(1);
  });
});

describe("opening other books", () => {
  const source = () =>
    LocalSpreadsheet.create({
      id: "1NguonHuyenDoanCamLo0000000000000000000000000",
      name: "Nhật ký Cam Lộ",
      owner: "camlo@tinhdoan.vn",
      viewers: [OWNER],
      sheets: [{ name: "Nhật ký đi cơ sở", rows: [["Ngày đi"], [new Date("2025-01-09T17:00:00Z")]] }],
    });

  it("opens a book shared with the user by id or URL", () => {
    const { env, app } = envWith();
    const other = env.addBook(source());
    const byUrl = app.openByUrl(`${other.getUrl()}#gid=0`);
    expect(byUrl.getName()).toBe("Nhật ký Cam Lộ");
    expect(app.openById(other.getId()).getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${other.getId()}/edit`);
    // A viewer may read but not write.
    expect(() => byUrl.getRange("A3").setValue("x")).toThrow(
      "You do not have permission to access the requested document.",
    );
  });

  it("gives the real errors for a book the user cannot open and for an unknown one", () => {
    const { env, app } = envWith();
    const other = env.addBook(source());
    env.setActiveUser(STAFF);
    expect(() => app.openById(other.getId())).toThrow("You do not have permission to access the requested document.");
    expect(() => app.openById("1KhongTonTai")).toThrow(
      "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
    );
    expect(() => app.openByUrl("https://docs.google.com/spreadsheets/d/1KhongTonTai/edit")).toThrow(
      "Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.",
    );
    expect(() => app.openByUrl("không phải liên kết")).toThrow("Invalid argument: url");
  });

  it("throws errors named Exception, as Apps Script prints them", () => {
    const env = createLocalEnvironment({ books: [source()], user: "nguoila@gmail.com" });
    try {
      env.globals.SpreadsheetApp.openById("1NguonHuyenDoanCamLo0000000000000000000000000");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect(String(e)).toBe("Exception: You do not have permission to access the requested document.");
    }
  });
});
