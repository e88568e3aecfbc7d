// Defects of issue 10 found by random whole books, each through the built bundle.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { LocalSpreadsheet } from "../../src/imitation";
import { COLUMNS } from "../../src/schema";
import { H, P, SHEET } from "../../src/text";
import { addinFor, snapshotBook } from "../support/addin";
import { OWNER, ROSTER, sampleBook, sampleBookSpec } from "../support/sample-book";

const withSheet = (name: string, rows: unknown[][]) => sampleBookSpec({ sheets: { [name]: rows } });

describe("user text is never taken for a JavaScript name", () => {
  it("Tạo bảng mẫu with Cấu hình parameters named constructor, toString and __proto__", async () => {
    const book = LocalSpreadsheet.create(
      withSheet(SHEET.settings, [
        [...COLUMNS.settings],
        ["constructor", "x", ""],
        ["toString", "", ""],
        ["__proto__", 1, ""],
        [P.year, 2025, ""],
      ]),
    );
    const { run, env } = await addinFor(book);
    const outcome = run("taoBangMau") as { stopped: boolean };
    expect(env.ui.alerts.at(-1)!.prompt).not.toMatch(/ngoài dự kiến/);
    expect(outcome.stopped).toBe(false);
    const params = book
      .rawSheet(SHEET.settings)
      .rawValues()
      .map((r) => r[0]);
    expect(params.slice(1, 5)).toEqual(["constructor", "toString", "__proto__", P.year]);
    expect(params).toContain(P.capMode);
    run("kiemTraNhatKy");
    expect(env.ui.alerts.at(-1)?.prompt ?? "").not.toMatch(/ngoài dự kiến/);
  });
});

describe("numbers no one types", () => {
  it("a huge Điểm tối đa is an input error naming the sheet, row and column, never Infinity", async () => {
    const book = LocalSpreadsheet.create(
      withSheet(SHEET.criteria, [
        [...COLUMNS.criteria],
        ["TC1", "Sinh hoạt", 1e308, ""],
        ["TC2", "Đoàn viên", 1e308, ""],
      ]),
    );
    const { run, env } = await addinFor(book);
    run("kiemTraNhatKy");
    const before = snapshotBook(book, [SHEET.history]);
    const outcome = run("xepLoaiDonVi") as { stopped: boolean };
    expect(outcome.stopped).toBe(true);
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/«Tiêu chí» dòng 2.*Điểm tối đa/s);
    expect(snapshotBook(book, [SHEET.history])).toEqual(before);
  });
});

describe("DICOSO_KIEMTRA", () => {
  it("answers one blank cell, not an empty array, for a log range with a header and no rows", async () => {
    const { run, ctx } = await addinFor(sampleBook());
    const grid = (rows: unknown[][]) => vm.runInContext(JSON.stringify(rows), ctx);
    const answer = run(
      "DICOSO_KIEMTRA",
      grid([[...COLUMNS.log]]),
      grid(ROSTER as unknown[][]),
      grid([[...COLUMNS.units], ["DV01", "Đoàn xã Tân Phú"]]),
    );
    expect(JSON.parse(JSON.stringify(answer))).toEqual([[""]]);
  });
});

describe("sheet names without case", () => {
  it("Phân quyền makes one office tab for Văn phòng and Văn Phòng", async () => {
    const roster = [...ROSTER, ["CB005", "Đỗ Văn Nam", "Cán bộ", "Văn Phòng", "", "", "", ""]];
    const book = LocalSpreadsheet.create(withSheet(SHEET.roster, roster));
    const { run, env } = await addinFor(book, { user: OWNER });
    const outcome = run("phanQuyen") as { stopped: boolean };
    expect(env.ui.alerts.at(-1)!.prompt).not.toMatch(/ngoài dự kiến/);
    expect(outcome.stopped).toBe(false);
    const offices = book.rawSheetNames().filter((n) => n.toLowerCase() === "nhật ký - văn phòng");
    expect(offices).toEqual(["Nhật ký - Văn phòng"]);
    const rule = book.rawSheet("Nhật ký - Văn phòng").rawCell(2, COLUMNS.log.indexOf(H.cadre) + 1).validation!;
    expect(rule.values[0]).toEqual(["Trần Văn Đức", "Đỗ Văn Nam"]);
  });
});
