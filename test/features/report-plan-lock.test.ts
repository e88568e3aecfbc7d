// `Lập báo cáo` with the plan (SPEC §10, §14 I and II.4) and a locked period (§15) through the built
// bundle: the report reads both as every checking command does.
import { describe, expect, it } from "vitest";
import type { LocalSpreadsheet } from "../../src/imitation";
import { PH, PLAN_SHEET, SHEET } from "../../src/text";
import { addinFor } from "../support/addin";
import { day, LATE_Q1_VISIT, OWNER, sampleBook, typeRow } from "../support/sample-book";

const PLAN_HEADER = [PH.seq, PH.cadre, PH.unit, PH.from, PH.to, PH.content, PH.note];

async function reportText(book: LocalSpreadsheet, period: string): Promise<string> {
  const addin = await addinFor(book, { user: OWNER });
  addin.env.ui.respond("OK", period);
  addin.run("lapBaoCao");
  const doc = addin.env.documents.at(-1)!;
  return doc.rawText();
}

/** The sample book with `Kế hoạch đi cơ sở` holding `rows`. */
const withPlan = (rows: unknown[][]) =>
  sampleBook({ extraSheets: [{ name: PLAN_SHEET.plan, rows: [PLAN_HEADER, ...rows] }] });

describe("Lập báo cáo with a plan and a lock", () => {
  it("counts the plan rows of the period: who registered, done, not done, not due, ngoài kế hoạch", async () => {
    // Sample log: CB001 DV01 03–04/03 · CB002 DV02 15/03 · CB001 DV02 31/03–01/04 (as of 30/06/2025).
    const book = withPlan([
      [1, "CB001", "DV01", day(3, 3), day(4, 3), "Dự sinh hoạt chi đoàn", ""],
      [2, "CB002", "DV03", day(10, 2), day(10, 2), "Khảo sát", ""],
    ]);
    const text = await reportText(book, "Quý I");
    expect(text).toMatch(/Số cán bộ có đăng ký kế hoạch đi cơ sở trong kỳ: 2\/\d+ đồng chí\./);
    expect(text).toContain("Số chuyến đăng ký đã đến hạn: 2; đã thực hiện: 1; chưa thực hiện: 1");
  });

  it("counts only the cadres it lists among those with a plan: never more registered than listed", async () => {
    // Lê Thị Thuỷ (CB003) starts on 01/07: Chưa đến kỳ at the as-of 30/06, so not listed in the report.
    const book = withPlan(
      ["CB001", "CB002", "CB003", "CB004"].map((c, i) => [i + 1, c, "DV01", day(2, 5), "", "", ""]),
    );
    const text = await reportText(book, "6 tháng");
    expect(text).toContain("Số cán bộ có đăng ký kế hoạch đi cơ sở trong kỳ: 3/3 đồng chí.");
    expect(text).not.toMatch(/Lê Thị Thuỷ/);
  });

  it("a locked quarter's report says when it was locked and how many rows changed since", async () => {
    const book = sampleBook();
    const lock = await addinFor(book, { user: OWNER });
    lock.env.ui.respond("OK", "Quý I");
    lock.run("chotSoLieu");
    expect(book.rawSheetNames()).toContain("Chốt quý I 2025");
    const before = await reportText(book, "Quý I");
    expect(before).toMatch(/Số liệu chốt ngày \d\d\/\d\d\/\d{4}; 0 dòng thay đổi sau khi chốt/);

    // A visit added to the locked quarter afterwards.
    const log = book.rawSheet(SHEET.log);
    typeRow(log, log.rawValues().length + 1, LATE_Q1_VISIT);
    const after = await reportText(book, "Quý I");
    expect(after).toMatch(/Số liệu chốt ngày \d\d\/\d\d\/\d{4}; 1 dòng thay đổi sau khi chốt/);
    // SPEC §14: the figures are those locked (kept in the hidden Báo cáo đã chốt), not today's.
    const figures = (text: string) => text.replace(/Số liệu chốt ngày [^\n]*\n/, "");
    expect(figures(after)).toEqual(figures(before));
    expect(book.raw().sheets.find((s) => s.name === SHEET.lockedReports)?.hidden).toBe(true);
    // The same book never locked reports the added visit.
    const unlocked = sampleBook();
    typeRow(unlocked.rawSheet(SHEET.log), unlocked.rawSheet(SHEET.log).rawValues().length + 1, LATE_Q1_VISIT);
    expect(await reportText(unlocked, "Quý I")).not.toEqual(figures(after));
    // Another period has no lock line.
    expect(await reportText(book, "Quý II")).not.toContain("Số liệu chốt ngày");
  });
});
