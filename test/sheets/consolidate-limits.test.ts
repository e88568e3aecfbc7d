// Issue 10: `Tổng hợp từ file khác` in a province book. Snapshots are sized to their columns (no 26
// default columns), so several 50,000-row logs stay under Google's 10,000,000-cell limit; a source that
// cannot be written says what really failed (the cell limit, a protected snapshot), not "Không tìm thấy tệp".
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { LocalSpreadsheet } from "../../src/imitation";
import { H, SHEET } from "../../src/text";
import { COLUMNS } from "../../src/schema";
import { addinFor } from "../support/addin";
import { generatedLog, OWNER, sampleBook } from "../support/sample-book";

const ADMIN = "admin@tinhdoan.vn";
const LIMIT = 10_000_000;

/** A district book whose log has `rows` rows. */
function district(id: string, rows: number) {
  return LocalSpreadsheet.create({
    id,
    owner: `${id}@tinhdoan.vn`,
    editors: [ADMIN, OWNER],
    sheets: [{ name: SHEET.log, rows: [[...COLUMNS.log], ...generatedLog(rows)] }],
  });
}

/** The province book: its sources, and an old sheet of `fillerRows` × 26 cells taking room. */
function province(sources: [string, string][], fillerRows: number) {
  return sampleBook({
    editors: [ADMIN],
    admins: [ADMIN],
    extraSheets: [
      { name: SHEET.sources, rows: [[H.sourceName, H.sourceLink], ...sources] },
      { name: "Số liệu 2024", rows: [["Lưu trữ"]], maxRows: fillerRows, maxColumns: 26 },
    ],
  });
}

const cells = (book: LocalSpreadsheet) => book.raw().sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
const statuses = (book: LocalSpreadsheet) =>
  book
    .rawSheet(SHEET.sources)
    .rawValues()
    .slice(1)
    .map((r) => r[2]);

describe("Tổng hợp từ file khác under the book's cell limit", () => {
  it("two 50,000-row district logs fit where 26-column snapshots would not; each snapshot has only its columns", async () => {
    // 7,800,000 cells taken: 2 × 50,002 rows × 26 columns (2.6 million) would not fit, at their own width they do.
    const book = province(
      [
        ["Đồng Phú", "huyen-dong-phu"],
        ["Bù Đăng", "huyen-bu-dang"],
      ],
      300_000,
    );
    const { run, env } = await addinFor(book, { user: ADMIN });
    env.addBook(district("huyen-dong-phu", 50_000));
    env.addBook(district("huyen-bu-dang", 50_000));
    run("tongHopTuFileKhac");
    expect(statuses(book)).toEqual(["OK: 50.000 dòng từ 1 trang nhật ký", "OK: 50.000 dòng từ 1 trang nhật ký"]);
    const snap = book.raw().sheets.find((s) => s.name === "Nhật ký (nguồn) - Đồng Phú")!;
    expect(snap.maxColumns).toBe(COLUMNS.log.length + 2);
    expect(snap.maxRows).toBe(50_002);
    expect(cells(book)).toBeLessThanOrEqual(LIMIT);
  });

  it("a source that would pass the limit says so on its row, and the others still load", async () => {
    const sources: [string, string][] = [
      ["Đồng Phú", "huyen-dong-phu"],
      ["Bù Đăng", "huyen-bu-dang"],
    ];
    // Room for one 20,000-row snapshot at its own width, not for two.
    const base = cells(province(sources, 1)) - 26;
    const book = province(sources, Math.floor((LIMIT - base - 400_000) / 26));
    const { run, env } = await addinFor(book, { user: ADMIN });
    env.addBook(district("huyen-dong-phu", 20_000));
    env.addBook(district("huyen-bu-dang", 20_000));
    run("tongHopTuFileKhac");
    const [first, second] = statuses(book);
    expect(first).toBe("OK: 20.000 dòng từ 1 trang nhật ký");
    expect(second).toMatch(/vượt giới hạn 10\.000\.000 ô .*xóa bớt trang/);
    // The cells needed and left, grouped as Vietnamese write them.
    expect(second).toMatch(/cần thêm \d{1,3}(\.\d{3})+ ô, chỉ còn \d{1,3}(\.\d{3})* ô/);
    expect(book.rawSheetNames()).not.toContain("Nhật ký (nguồn) - Bù Đăng");
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/1 nguồn không lấy được/);
    expect(cells(book)).toBeLessThanOrEqual(LIMIT);
  });

  it("a snapshot the owner protected by hand is reported on its row, the admin's other source still loads", async () => {
    const book = province(
      [
        ["Đồng Phú", "huyen-dong-phu"],
        ["Bù Đăng", "huyen-bu-dang"],
      ],
      100,
    );
    const { run, env, ctx } = await addinFor(book, { user: OWNER });
    env.addBook(district("huyen-dong-phu", 20));
    env.addBook(district("huyen-bu-dang", 20));
    run("tongHopTuFileKhac");
    vm.runInContext(
      `(function () { var p = SpreadsheetApp.getActive().getSheetByName("Nhật ký (nguồn) - Bù Đăng").protect();
         p.setDescription("Bí thư khóa"); p.removeEditors(p.getEditors()); })()`,
      ctx,
    );
    const kept = JSON.stringify(book.rawSheet("Nhật ký (nguồn) - Bù Đăng").rawValues());
    env.setActiveUser(ADMIN);
    run("tongHopTuFileKhac");
    const [first, second] = statuses(book);
    expect(first).toBe("OK: 20 dòng từ 1 trang nhật ký");
    expect(second).toMatch(/^Trang «Nhật ký \(nguồn\) - Bù Đăng» đang bị khóa và bạn không sửa được/);
    expect(JSON.stringify(book.rawSheet("Nhật ký (nguồn) - Bù Đăng").rawValues())).toBe(kept);
  });
});

describe("output sheets in a book at the cell limit", () => {
  it("Tính tiến độ chỉ tiêu rewrites its sheet in a full book: it shrinks to its columns before it grows", async () => {
    const book = province([], 10);
    const { run, env, ctx } = await addinFor(book, { user: ADMIN });
    run("tinhTienDo");
    // Fill the book to within one row of 26 cells of the limit.
    const more = Math.floor((LIMIT - cells(book)) / 26);
    vm.runInContext(`SpreadsheetApp.getActive().getSheetByName("Số liệu 2024").insertRowsAfter(1, ${more})`, ctx);
    expect(LIMIT - cells(book)).toBeLessThan(26);
    run("tinhTienDo");
    expect(env.ui.alerts.map((a) => a.prompt).join("\n")).not.toMatch(/ngoài dự kiến/);
    const progress = book.raw().sheets.find((s) => s.name === SHEET.progress)!;
    expect(progress.maxColumns).toBe(book.rawSheet(SHEET.progress).rawValues()[1].length);
    expect(cells(book)).toBeLessThanOrEqual(LIMIT);
  });
});
