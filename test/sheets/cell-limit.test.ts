// Issue 10: the book's 10,000,000-cell limit in the pre-flight of every command. Each step that adds
// cells (a new sheet, rows or columns, an output sheet that grows) says how many; a command that would
// pass the limit stops before its first write and says how many cells the book has and needs.
import { describe, expect, it } from "vitest";
import type { LocalSpreadsheet } from "../../src/imitation";
import { SHEET } from "../../src/text";
import { addinFor, snapshotBook } from "../support/addin";
import { OWNER, sampleBook } from "../support/sample-book";

const LIMIT = 10_000_000;
const ARCHIVE = "Số liệu 2024";

const cells = (book: LocalSpreadsheet) => book.raw().sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);

/** The sample book with an old archive tab of many empty rows, leaving about `room` cells. */
function bookWithRoom(room: number) {
  const rows = Math.floor((LIMIT - cells(sampleBook()) - room) / 26);
  return sampleBook({ extraSheets: [{ name: ARCHIVE, rows: [["Lưu trữ năm 2024"]], maxRows: rows, maxColumns: 26 }] });
}

/** Every sheet but `Lịch sử chạy`, which records the stopped run. */
function unchanged(book: LocalSpreadsheet) {
  const all = snapshotBook(book, [SHEET.history]);
  all["(tabs)"] = JSON.stringify(book.rawSheetNames().filter((n) => n !== SHEET.history));
  return all;
}

describe("the book's cell limit before the first write", () => {
  it("Tính tất cả in a book 30,000 cells short of the limit stops, says the numbers, and changes no cell", async () => {
    const book = bookWithRoom(30_000);
    const has = cells(book);
    const { run, env } = await addinFor(book);
    const before = unchanged(book);
    env.calls.reset();
    const outcome = run("tinhTatCa") as { stopped: boolean };
    const message = env.ui.alerts.at(-1)!.prompt;
    expect(outcome.stopped).toBe(true);
    expect(message).toContain(`Bảng tính đang có ${has.toLocaleString("vi-VN")} ô`);
    expect(message).toMatch(/lệnh cần thêm [\d.]+ ô: sẽ vượt giới hạn 10\.000\.000 ô/);
    expect(message).toMatch(/chưa ghi gì.*Xóa bớt các dòng, cột trống.*trang cũ.*tách bảng tính/s);
    expect(message).not.toMatch(/ngoài dự kiến/);
    expect(unchanged(book)).toEqual(before);
    // Each sheet's size is read once at most, and never after a write.
    expect(env.calls.count("Sheet.getMaxRows")).toBeLessThanOrEqual(book.rawSheetNames().length);
    expect(env.calls.lateReads().filter((r) => /getMax/.test(r.read))).toEqual([]);
  });

  it("the same book with room for the outputs runs normally and stays under the limit", async () => {
    const book = bookWithRoom(400_000);
    const { run, env } = await addinFor(book);
    env.calls.reset();
    const outcome = run("tinhTatCa") as { stopped: boolean };
    expect(outcome.stopped).toBe(false);
    expect(env.ui.alerts.map((a) => a.prompt).join("\n")).not.toMatch(/giới hạn|ngoài dự kiến/);
    expect(book.rawSheet(SHEET.progress).rawValues()[2][1]).toBe("Nguyễn Thị Hoà");
    expect(cells(book)).toBeLessThanOrEqual(LIMIT);
    const sizeReads = env.calls.count("Sheet.getMaxRows");
    expect(sizeReads).toBeLessThanOrEqual(book.rawSheetNames().length);
    expect(env.calls.lateReads().filter((r) => /getMax/.test(r.read))).toEqual([]);
  });

  it("Tạo biểu mẫu nhập in a nearly full book makes no form, since its response tab would not fit", async () => {
    const book = bookWithRoom(20_000);
    const { run, env } = await addinFor(book, { user: OWNER });
    const tabs = book.rawSheetNames();
    run("taoBieuMauNhap");
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/lệnh cần thêm 26\.000 ô: sẽ vượt giới hạn 10\.000\.000 ô/);
    expect(env.forms.list()).toHaveLength(0);
    expect(book.rawSheetNames().filter((n) => n !== SHEET.history)).toEqual(tabs);
  });

  it("Tạo bảng mẫu in a nearly full book stops before creating a tab", async () => {
    const book = bookWithRoom(5_000);
    const { run, env } = await addinFor(book);
    const tabs = book.rawSheetNames();
    run("taoBangMau");
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/vượt giới hạn 10\.000\.000 ô/);
    expect(book.rawSheetNames().filter((n) => n !== SHEET.history)).toEqual(tabs);
  });
});
