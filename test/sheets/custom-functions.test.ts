import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { H, SHEET } from "../../src/text";
import { COLUMNS } from "../../src/schema";
import { addinFor } from "../support/addin";
import { day, generatedLog, ROSTER, sampleBook } from "../support/sample-book";

/** A range as Sheets hands it to a custom function: values of the script's realm. */
function rangeValues(ctx: vm.Context, sheet: string): unknown[][] {
  return vm.runInContext(
    `SpreadsheetApp.getActive().getSheetByName(${JSON.stringify(sheet)}).getDataRange().getValues()`,
    ctx,
  );
}
const vmDate = (ctx: vm.Context, d: Date): Date => vm.runInContext(`new Date(${d.getTime()})`, ctx);

/** A log written with cadre and unit codes only, over a year, with some mistakes. */
function codeLog(n: number) {
  const codes = ["CB001", "CB002", "CB003", "CB004"];
  return generatedLog(n).map((r, i) => {
    const row = [...r];
    row[3] = codes[i % 4];
    row[4] = ["DV01", "DV02", "DV03", "DV04"][(i >> 2) % 4];
    return row;
  });
}

async function checkedBook(asOf: Date) {
  const book = sampleBook({ logRows: codeLog(400), asOf });
  const addin = await addinFor(book);
  addin.run("kiemTraNhatKy");
  addin.run("tinhTienDo");
  return addin;
}

describe("custom functions agree with the menu", () => {
  it("DICOSO_TONGNGAY equals Tổng số ngày and DICOSO_TIENDO equals Đánh giá, for every cadre", async () => {
    const asOf = day(15, 9);
    const { book, ctx, run } = await checkedBook(asOf);
    const log = rangeValues(ctx, SHEET.log);
    const progress = book.rawSheet(SHEET.progress).rawValues().slice(2);
    const col = (h: string) => (COLUMNS.progress as readonly string[]).indexOf(h);
    expect(progress.length).toBe(4);
    for (const row of progress) {
      const code = row[col(H.cadreCode)] as string;
      const cadre = ROSTER.find((r) => r[0] === code)!;
      const from = cadre[5] instanceof Date ? cadre[5] : day(1, 1);
      const total = run("DICOSO_TONGNGAY", log, code, vmDate(ctx, from), vmDate(ctx, asOf));
      expect(total, code).toBeCloseTo(row[col(H.totalDays)] as number, 9);
      const assessment = run(
        "DICOSO_TIENDO",
        total,
        row[col(H.target)],
        vmDate(ctx, asOf),
        vmDate(ctx, from),
        vmDate(ctx, day(31, 12)),
      );
      expect(assessment, code).toBe(row[col(H.assessment)]);
    }
    // CB003 joined on 1/7: only days since then count, and the numbers are not all zero.
    expect(progress.find((r) => r[0] === "CB003")![col(H.totalDays)]).toBeGreaterThan(0);
  });

  it("DICOSO_TONGNGAY answers a range of cadres with a range of the same shape", async () => {
    const asOf = day(30, 6);
    const { book, ctx, run } = await checkedBook(asOf);
    const log = rangeValues(ctx, SHEET.log);
    const totals = run(
      "DICOSO_TONGNGAY",
      log,
      [["CB001"], ["CB002"], [""]],
      vmDate(ctx, day(1, 1)),
      vmDate(ctx, asOf),
    ) as unknown[][];
    const sheet = book.rawSheet(SHEET.progress).rawValues();
    const totalCol = COLUMNS.progress.indexOf(H.totalDays);
    expect(totals.length).toBe(3);
    expect(totals[0][0]).toBeCloseTo(sheet[2][totalCol] as number, 9);
    expect(totals[1][0]).toBeCloseTo(sheet[3][totalCol] as number, 9);
    expect(totals[2]).toEqual([""]);
  });

  it("DICOSO_TONGNGAY and DICOSO_KIEMTRA read nothing but their arguments: no window is every day of the log, a d/m date the log's year", async () => {
    // A trip typed "15/3" (no year): the menu reads it in Năm 2025; the formulas in the log's year, 2025 —
    // never today's (SPEC §8: a custom function is not recomputed when the day or the year changes).
    const rows = codeLog(400);
    const typed = [...rows[0]];
    typed[0] = 401;
    typed[1] = "15/3";
    typed[2] = "";
    typed[3] = "CB002";
    typed[6] = "";
    const book = sampleBook({ logRows: [...rows, typed], asOf: day(31, 12) });
    const { ctx, run } = await addinFor(book);
    run("kiemTraNhatKy");
    run("tinhTienDo");
    const log = rangeValues(ctx, SHEET.log);
    const statuses = run("DICOSO_KIEMTRA", log, rangeValues(ctx, SHEET.roster), rangeValues(ctx, SHEET.units));
    expect(statuses).toEqual(log.slice(1).map((r) => [r[9]]));
    expect((statuses as unknown[][]).at(-1)).not.toEqual(["Lỗi"]);
    const totals = run("DICOSO_TONGNGAY", log, [["CB001"], ["CB002"]]) as unknown[][];
    const sheet = book.rawSheet(SHEET.progress).rawValues();
    const totalCol = COLUMNS.progress.indexOf(H.totalDays);
    const menu = (code: string) => sheet.find((r) => r[0] === code)![totalCol] as number;
    expect(menu("CB002")).toBeGreaterThan(0);
    expect(totals[0][0]).toBeCloseTo(menu("CB001"), 9);
    expect(totals[1][0]).toBeCloseTo(menu("CB002"), 9);
  });

  it("DICOSO_KIEMTRA gives the menu's Kết quả kiểm tra for each log row", async () => {
    const { book, ctx, run } = await checkedBook(day(31, 12));
    const statuses = run(
      "DICOSO_KIEMTRA",
      rangeValues(ctx, SHEET.log),
      rangeValues(ctx, SHEET.roster),
      rangeValues(ctx, SHEET.units),
    ) as unknown[][];
    const menu = book
      .rawSheet(SHEET.log)
      .rawValues()
      .slice(1)
      .map((r) => [r[9]]);
    expect(statuses).toEqual(menu);
    expect(menu.flat()).toContain("Lỗi");
  });
});

describe("custom functions on cells", () => {
  it("DICOSO_SONGAY credits a visit or says why not, cell by cell over a range", async () => {
    const { ctx, run } = await checkedBook(day(30, 6));
    expect(run("DICOSO_SONGAY", vmDate(ctx, day(31, 3)), vmDate(ctx, day(1, 4)))).toBe(2);
    expect(run("DICOSO_SONGAY", "3/3/2025", "4/3/2025", "1,5")).toBe(1.5);
    expect(run("DICOSO_SONGAY", "29/02/2025", "", "")).toMatch(/«29\/02\/2025» không có trên lịch/);
    expect(run("DICOSO_SONGAY", "29/02/2024", "", "")).toBe(1);
    const grid = run(
      "DICOSO_SONGAY",
      [["1/3/2025"], ["5/3/2025"], [""]],
      [["2/3/2025"], ["4/3/2025"], [""]],
      [[""], [""], [""]],
    ) as unknown[][];
    expect(grid[0]).toEqual([2]);
    expect(String(grid[1][0])).toMatch(/Ngày về .* trước Ngày đi/);
    expect(grid[2]).toEqual([""]);
  });

  it("DICOSO_XEPLOAI and DICOSO_TIENDO give level and assessment names", async () => {
    const { ctx, run } = await checkedBook(day(30, 6));
    expect(run("DICOSO_XEPLOAI", 92)).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(run("DICOSO_XEPLOAI", [[92], [69.99], [49]], 100)).toEqual([
      ["Hoàn thành xuất sắc nhiệm vụ"],
      ["Hoàn thành nhiệm vụ"],
      ["Không hoàn thành nhiệm vụ"],
    ]);
    expect(run("DICOSO_TIENDO", 60, 60, vmDate(ctx, day(30, 6)))).toBe("Đạt");
    expect(run("DICOSO_TIENDO", 10, 60, vmDate(ctx, day(30, 6)))).toBe("Chậm tiến độ");
    expect(run("DICOSO_TIENDO", 10, 60, vmDate(ctx, day(31, 12)))).toBe("Không đạt");
  });

  it("answers a Vietnamese sentence, not #ERROR!, when the log argument is not a range", async () => {
    const { run } = await checkedBook(day(30, 6));
    expect(run("DICOSO_TONGNGAY", "CB001", "CB001")).toMatch(/phải là một vùng ô có dòng tiêu đề/);
    expect(run("DICOSO_KIEMTRA", 5, [[""]], [[""]])).toMatch(/nhat_ky phải là một vùng/);
  });
});

describe("custom functions and time zones", () => {
  it("read date cells as calendar days of the spreadsheet's zone, not the script's", async () => {
    // Midnight of 1/4 in Kiritimati (UTC+14) is still 31/3 in Ho Chi Minh City, the script's zone.
    const zone = "Pacific/Kiritimati";
    const book = sampleBook({ timeZone: zone });
    const { ctx, run } = await addinFor(book, { scriptTimeZone: "Asia/Ho_Chi_Minh" });
    expect(run("DICOSO_SONGAY", vmDate(ctx, day(1, 4, 2025, zone)), "01/04/2025")).toBe(1);
    // Needed by 30/06: 60 × 181/365 = 29,8; by 29/06 it would be 29,6.
    expect(run("DICOSO_TIENDO", 29.7, 60, vmDate(ctx, day(30, 6, 2025, zone)))).toBe("Chậm tiến độ");
    expect(run("DICOSO_TIENDO", 29.8, 60, vmDate(ctx, day(30, 6, 2025, zone)))).toBe("Đúng tiến độ");
  });
});
