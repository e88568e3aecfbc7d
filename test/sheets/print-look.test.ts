// SPEC §17 in Sheets, through the bundle: every status and level has its own colour, header rows are
// frozen (Sheets repeats them when printing), names and levels are not clipped, long text wraps,
// `Lịch sử chạy` shows its time (no ###).
import { describe, expect, it } from "vitest";
import { ASSESSMENT, LEVEL, NOT_RATED, SHEET } from "../../src/text";
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
});
