// Rules of the real service the add-in has tripped over: the cell limit, clear() and conditional
// formats, shared drives, protections a user cannot edit, dialogs and locks, flush().
import { describe, expect, it } from "vitest";
import { APPS_SCRIPT_MESSAGES } from "../../src/imitation";
import { ADMIN, envWith, OWNER, STAFF } from "./helpers";

const LOG = "Nhật ký đi cơ sở";

describe("the 10,000,000-cell limit of a spreadsheet", () => {
  it("refuses rows, columns or sheets that would take the book past it, with the real message", () => {
    const { ss } = envWith();
    const log = ss.getSheetByName(LOG)!;
    // The settings sheet holds 1000 × 26 cells; the log grows to 383,000 rows × 26 columns: 9,984,000 in all.
    log.insertRowsAfter(1000, 382_000);
    expect(log.getMaxRows() * log.getMaxColumns()).toBe(9_958_000);
    expect(() => log.insertColumnsAfter(26, 1)).toThrow(APPS_SCRIPT_MESSAGES.cellLimit);
    expect(() => ss.insertSheet("Tổng hợp")).toThrow(
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
    );
    expect(() => log.insertRowsAfter(1, 5_000)).toThrow(APPS_SCRIPT_MESSAGES.cellLimit);
    log.insertRowsAfter(1, 100); // 2,600 more cells still fit
    expect(ss.getNumSheets()).toBe(2);
    // Deleting columns makes room again.
    log.deleteColumns(12, 15);
    expect(ss.insertSheet("Tổng hợp").getMaxRows()).toBe(1000);
  });

  it("appendRow past the last row grows the grid only while the book has room", () => {
    const { ss } = envWith();
    const log = ss.getSheetByName(LOG)!;
    log.insertRowsAfter(1000, 382_000);
    const cells = () => ss.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    while (cells() + 26 <= 10_000_000) log.insertRowAfter(log.getMaxRows());
    log.getRange(log.getMaxRows(), 1).setValue("dòng cuối");
    expect(() => log.appendRow(["quá giới hạn"])).toThrow(APPS_SCRIPT_MESSAGES.cellLimit);
  });
});

describe("clear() and conditional formats", () => {
  it("Sheet.clear() and clearFormats() remove the sheet's conditional format rules; clearContents keeps them", () => {
    const { app, ss } = envWith();
    const log = ss.getSheetByName(LOG)!;
    const rule = () =>
      app
        .newConditionalFormatRule()
        .whenTextEqualTo("Lỗi")
        .setBackground("#F4CCCC")
        .setRanges([log.getRange("J2:J")])
        .build();
    log.setConditionalFormatRules([rule()]);
    log.clearContents();
    expect(log.getConditionalFormatRules()).toHaveLength(1);
    log.clear({ contentsOnly: true });
    expect(log.getConditionalFormatRules()).toHaveLength(1);
    log.clear();
    expect(log.getConditionalFormatRules()).toEqual([]);
    log.setConditionalFormatRules([rule()]);
    log.clearFormats();
    expect(log.getConditionalFormatRules()).toEqual([]);
  });
});

describe("files in a shared drive", () => {
  it("have no owner: getOwner() is null", () => {
    expect(envWith({}, { sharedDrive: true }).ss.getOwner()).toBeNull();
    expect(envWith().ss.getOwner()!.getEmail()).toBe(OWNER);
  });
});

describe("protections a user cannot edit", () => {
  it("refuse getEditors and every change to a user left out of them", () => {
    const { env, ss } = envWith();
    const p = ss.getSheetByName("Cấu hình")!.protect().setDescription("Tính chỉ tiêu: cấu hình");
    p.removeEditors([ADMIN, STAFF]);
    env.setActiveUser(ADMIN);
    const seen = ss.getSheetByName("Cấu hình")!.getProtections(env.globals.SpreadsheetApp.ProtectionType.SHEET)[0];
    expect(seen.canEdit()).toBe(false);
    expect(seen.getDescription()).toBe("Tính chỉ tiêu: cấu hình");
    const denied = "You do not have permission to perform that action.";
    expect(() => seen.getEditors()).toThrow(denied);
    expect(() => seen.addEditor(ADMIN)).toThrow(denied);
    expect(() => seen.setDescription("của tôi")).toThrow(denied);
    expect(() => seen.setWarningOnly(true)).toThrow(denied);
    env.setActiveUser(OWNER);
    expect(seen.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
  });
});

describe("dialogs and the document lock", () => {
  it("Ui.alert and Ui.prompt suspend the script: the lock it held is gone when the user answers", () => {
    const { env, app } = envWith();
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    env.ui.respond("YES");
    app.getUi().alert("Chuyển bảng tính sang vi_VN?", app.getUi().ButtonSet.YES_NO);
    expect(lock.hasLock()).toBe(false);
    expect(env.locks.isHeld("document")).toBe(false);
    expect(env.locks.lostToDialogs).toHaveLength(1);
    // Another run took the lock while the dialog was open: taking it again now fails.
    env.locks.holdElsewhere("document");
    expect(lock.tryLock(1000)).toBe(false);
    env.locks.releaseElsewhere("document");
    expect(lock.tryLock(1000)).toBe(true);
    app.getUi().prompt("Kỳ báo cáo?");
    expect(lock.hasLock()).toBe(false);
    expect(env.locks.lostToDialogs).toHaveLength(2);
  });

  it("a dialog shown without a lock loses nothing", () => {
    const { env, app } = envWith();
    app.getUi().alert("Xong");
    expect(env.locks.lostToDialogs).toEqual([]);
  });
});

describe("SpreadsheetApp.flush()", () => {
  it("is recorded against lock releases: writes not flushed when the lock is let go are counted", () => {
    const { env, app, ss } = envWith();
    const log = ss.getSheetByName(LOG)!;
    const lock = env.globals.LockService.getDocumentLock();
    lock.waitLock(1000);
    log.getRange("F2:F3").setValues([["Hợp lệ"], ["Lỗi"]]);
    log.getRange("G2").setValue("x");
    lock.releaseLock();
    lock.waitLock(1000);
    log.getRange("F2").setValue("Cảnh báo");
    app.flush();
    lock.releaseLock();
    lock.releaseLock(); // not held any more: nothing to record
    expect(env.locks.releases).toEqual([
      { kind: "document", unflushedWrites: 2 },
      { kind: "document", unflushedWrites: 0 },
    ]);
  });
});
