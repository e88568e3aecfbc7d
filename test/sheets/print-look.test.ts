// SPEC §17 in Sheets, through the bundle: every status and level has its own colour, header rows are
// frozen (Sheets repeats them when printing), names and levels are not clipped, long text wraps,
// `Lịch sử chạy` shows its time (no ###).
import * as vm from "node:vm";
import { describe, expect, it } from "vitest";
import { ASSESSMENT, H, LEVEL, NOT_RATED, SHEET } from "../../src/text";
import { LocalSpreadsheet } from "../../src/imitation";
import { LOG_INPUT_COLUMNS } from "../../src/schema";
import { addinFor } from "../support/addin";
import { ROSTER, sampleBook } from "../support/sample-book";

/** Background of each text rule of a sheet. */
function ruleColors(book: ReturnType<typeof sampleBook>, sheet: string): Map<string, string> {
  const rules = book.raw().sheets.find((s) => s.name === sheet)!.condRules;
  return new Map(rules.map((r) => [String(r.values[0]), String(r.format.background)]));
}

describe("what people see", () => {
  it("each Đánh giá and each Xếp loại has its own colour (Đạt is not Đúng tiến độ)", async () => {
    const book = sampleBook();
    const { run } = await addinFor(book);
    run("tinhTatCa");
    const progress = ruleColors(book, SHEET.progress);
    const statuses = Object.values(ASSESSMENT);
    expect(statuses.every((s) => progress.has(s))).toBe(true);
    expect(new Set(statuses.map((s) => progress.get(s))).size).toBe(statuses.length);
    expect(progress.get(ASSESSMENT.reached)).not.toBe(progress.get(ASSESSMENT.onTrack));
    const rating = ruleColors(book, SHEET.rating);
    const levels = [LEVEL.top.name, LEVEL.good.name, LEVEL.pass.name, LEVEL.fail.name, NOT_RATED];
    expect(new Set(levels.map((l) => rating.get(l))).size).toBe(levels.length);
  });

  it("output sheets: header rows frozen, names and levels not clipped, Lý do wrapped, the run time readable", async () => {
    const book = sampleBook();
    const { run } = await addinFor(book);
    run("tinhTatCa");
    const model = (name: string) => book.raw().sheets.find((s) => s.name === name)!;
    const header = (name: string) => book.rawSheet(name).rawValues()[1] as string[];
    const width = (name: string, h: string) => model(name).columnWidths.get(header(name).indexOf(h) + 1) ?? 100;
    for (const name of [SHEET.progress, SHEET.rating]) expect(model(name).frozenRows, name).toBe(2);
    // ~7 px a character at Sheets' 10 pt Arial: the longest name of the sample and the longest level fit.
    const longestName = Math.max(
      ...book
        .rawSheet(SHEET.progress)
        .rawValues()
        .slice(2)
        .map((r) => String(r[1]).length),
    );
    expect(width(SHEET.progress, H.fullName)).toBeGreaterThanOrEqual(longestName * 7);
    expect(width(SHEET.rating, H.level)).toBeGreaterThanOrEqual(LEVEL.top.name.length * 7);
    const reasonCol = header(SHEET.rating).indexOf(H.reason) + 1;
    expect(book.rawSheet(SHEET.rating).rawCell(3, reasonCol).wrap).toBe(true);
    // "dd/MM/yyyy HH:mm:ss" takes 19 characters: a narrower column shows ###.
    const history = book.raw().sheets.find((s) => s.name === SHEET.history)!;
    expect(history.columnWidths.get(1) ?? 100).toBeGreaterThanOrEqual(19 * 7);
    expect(history.frozenRows).toBe(1);
  });

  it("Chi tiết kiểm tra wraps when its column is made, by Tạo bảng mẫu or by the first check; a later unwrap stays", async () => {
    const fresh = LocalSpreadsheet.create({ name: "Sổ mới", owner: "bithu@tinhdoan.vn", timeZone: "Asia/Ho_Chi_Minh" });
    const made = await addinFor(fresh);
    made.run("taoBangMau");
    const log = fresh.rawSheet(SHEET.log);
    const head = log.rawValues()[0] as string[];
    expect(log.rawCell(2, head.indexOf(H.checkDetail) + 1).wrap).toBe(true);
    expect(log.rawCell(500, head.indexOf(H.checkDetail) + 1).wrap).toBe(true);
    // What the user types is theirs to lay out.
    expect(log.rawCell(2, head.indexOf(H.content) + 1).wrap).toBe(false);

    // A log typed without the result columns: the check appends them, the detail column wrapped.
    const rows = sampleBook()
      .rawSheet(SHEET.log)
      .rawValues()
      .map((r) => r.slice(0, LOG_INPUT_COLUMNS.length));
    const book = sampleBook({ sheets: { [SHEET.log]: rows } });
    const typed = book.rawSheet(SHEET.log);
    const { run, ctx } = await addinFor(book);
    run("kiemTraNhatKy");
    const header = typed.rawValues()[0] as string[];
    const detail = header.indexOf(H.checkDetail) + 1;
    expect(detail).toBe(LOG_INPUT_COLUMNS.length + 2);
    expect(typed.rawCell(3, detail).wrap).toBe(true);
    expect(typed.rawCell(3, detail - 1).wrap).toBe(false);
    // The user unwraps it; the next check leaves their choice.
    vm.runInContext(
      `SpreadsheetApp.getActive().getSheetByName(${JSON.stringify(SHEET.log)}).getRange(2, ${detail}, 20, 1).setWrap(false)`,
      ctx,
    );
    run("kiemTraNhatKy");
    expect(typed.rawCell(3, detail).wrap).toBe(false);
  });

  it("a cadre's own Chỉ tiêu of 22,5 days shows 22,5, not 23 (the value shown is the value judged)", async () => {
    const roster = ROSTER.map((r, i) => (i === 4 ? [...r.slice(0, 4), 22.5, ...r.slice(5)] : r));
    const book = sampleBook({ sheets: { [SHEET.roster]: roster } });
    const { run } = await addinFor(book);
    run("tinhTienDo");
    const sheet = book.rawSheet(SHEET.progress);
    const values = sheet.rawValues();
    const target = values[1].indexOf(H.target);
    const own = values.findIndex((r) => r[0] === "CB004");
    const other = values.findIndex((r) => r[0] === "CB001");
    expect(values[own][target]).toBe(22.5);
    expect(sheet.rawCell(own + 1, target + 1).format).toBe("0.0");
    // Whole targets keep their whole-number look.
    expect(sheet.rawCell(other + 1, target + 1).format).toBe("0");
  });
});
