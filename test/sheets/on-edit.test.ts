import { describe, expect, it } from "vitest";
import { SHEET } from "../../src/text";
import { addinFor, editEvent, snapshotSheet } from "../support/addin";
import { day, sampleBook } from "../support/sample-book";

/** The event Sheets passes to onEdit, made inside the script's realm. */

const statusOf = (values: unknown[][]) => values.slice(1).map((r) => r[9]);

describe("onEdit", () => {
  it("re-checks only the edited row against the whole log", async () => {
    const book = sampleBook();
    const { run, env, ctx } = await addinFor(book);
    run("kiemTraNhatKy");
    const log = book.rawSheet(SHEET.log);
    expect(statusOf(log.rawValues())).toEqual(["Hợp lệ", "Hợp lệ", "Cảnh báo", "Lỗi", "Lỗi", "Hợp lệ", "Cảnh báo"]);
    // Row 5 had 31/02/2025; the user types 28/02/2025. Row 3 is also changed behind onEdit's back:
    // it is not re-checked, because it was not edited.
    log.rawSetValues(5, 2, [[day(28, 2)]]);
    log.rawSetValues(3, 4, [["Không Có Ai"]]);
    env.calls.reset();
    run("onEdit", editEvent(ctx, SHEET.log, 5, 1, 2, 1));
    expect(statusOf(log.rawValues())).toEqual(["Hợp lệ", "Hợp lệ", "Cảnh báo", "Hợp lệ", "Lỗi", "Hợp lệ", "Cảnh báo"]);
    expect(env.calls.count("Range.setValues")).toBe(1);
    expect(env.ui.alerts).toEqual([]);
  });

  it("checks a pasted block of new rows, finding a duplicate of an earlier row", async () => {
    const book = sampleBook();
    const { run, ctx } = await addinFor(book);
    run("kiemTraNhatKy");
    const log = book.rawSheet(SHEET.log);
    log.rawSetValues(9, 1, [
      [8, day(20, 5), "", "Trần Văn Đức", "Đoàn xã Thuận Lợi", "Dự sinh hoạt chi đoàn", 1, "Dự sinh hoạt", day(22, 5)],
      [
        9,
        day(15, 3),
        "",
        "CB002",
        "DV02",
        "Khảo sát, nắm tình hình đoàn viên thanh niên",
        "",
        "Khảo sát lại",
        day(20, 3),
      ],
    ]);
    run("onEdit", editEvent(ctx, SHEET.log, 9, 2));
    const values = log.rawValues();
    expect(values[8][9]).toBe("Hợp lệ");
    expect(values[9][9]).toBe("Lỗi");
    expect(values[9][10]).toMatch(/Trùng với dòng 3/);
  });

  it("blanks the results of rows the user cleared", async () => {
    const book = sampleBook();
    const { run, ctx } = await addinFor(book);
    run("kiemTraNhatKy");
    const log = book.rawSheet(SHEET.log);
    log.rawSetValues(8, 1, [Array(9).fill("")]);
    run("onEdit", editEvent(ctx, SHEET.log, 8));
    expect(log.rawValues()[7]?.[9] ?? "").toBe("");
  });

  it("does nothing while a command holds the lock, and ignores edits outside the log", async () => {
    const book = sampleBook();
    const { run, env, ctx } = await addinFor(book);
    run("kiemTraNhatKy");
    const log = book.rawSheet(SHEET.log);
    log.rawSetValues(2, 2, [["32/13/2025"]]);
    const before = snapshotSheet(book, SHEET.log);
    env.locks.holdElsewhere("document");
    run("onEdit", editEvent(ctx, SHEET.log, 2));
    expect(snapshotSheet(book, SHEET.log)).toBe(before);
    env.locks.releaseElsewhere("document");

    env.calls.reset();
    run("onEdit", editEvent(ctx, SHEET.roster, 2));
    expect(env.calls.count("Range.getValues")).toBe(0);
    expect(env.locks.attempts.length).toBeGreaterThan(0);
  });

  it("never throws at the user, even on a broken book or without an event", async () => {
    const book = sampleBook();
    const { run, env, ctx } = await addinFor(book);
    book.deleteSheet(book.getSheetByName(SHEET.roster)!);
    expect(() => run("onEdit", editEvent(ctx, SHEET.log, 2))).not.toThrow();
    expect(() => run("onEdit")).not.toThrow();
    expect(env.ui.alerts).toEqual([]);
    expect(env.logs.map((l) => l.message).join("\n")).toMatch(/Chưa có trang «Cán bộ»/);
  });
});
