// SPEC §17 in Sheets, through the bundle: every status and level has its own colour, header rows are
// frozen (Sheets repeats them when printing), names and levels are not clipped, long text wraps,
// `Lịch sử chạy` shows its time (no ###).
import { describe, expect, it } from "vitest";
import { ASSESSMENT, H, LEVEL, NOT_RATED, SHEET } from "../../src/text";
import { addinFor } from "../support/addin";
import { sampleBook } from "../support/sample-book";

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
});
