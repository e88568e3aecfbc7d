import { describe, expect, it } from "vitest";
import { LocalSpreadsheet } from "../../src/imitation";
import { ACTIVITIES, H, P, SHEET } from "../../src/text";
import { COLUMNS } from "../../src/schema";
import { addinFor, snapshotBook, snapshotSheet } from "../support/addin";
import { CRITERIA, day, OWNER, sampleBook, sampleBookSpec } from "../support/sample-book";

describe("Tạo bảng mẫu", () => {
  it("creates every input sheet with bold frozen headers, date formats, settings, list, example criterion and dropdowns", async () => {
    const book = LocalSpreadsheet.create({ owner: OWNER, sheets: [{ name: "Trang tính1" }] });
    const { run, env } = await addinFor(book);
    run("taoBangMau");
    for (const [name, cols] of [
      [SHEET.settings, COLUMNS.settings],
      [SHEET.roster, COLUMNS.roster],
      [SHEET.units, COLUMNS.units],
      [SHEET.activities, COLUMNS.activities],
      [SHEET.log, COLUMNS.log],
      [SHEET.criteria, COLUMNS.criteria],
      [SHEET.history, COLUMNS.history],
    ] as const) {
      const sheet = book.rawSheet(name);
      expect(sheet.rawValues()[0], name).toEqual([...cols]);
      expect(sheet.rawCell(1, 1).fontWeight, name).toBe("bold");
      expect(book.raw().sheets.find((s) => s.name === name)!.frozenRows, name).toBe(1);
    }
    expect(book.rawSheet(SHEET.scores).rawValues()[0]).toEqual([H.unitCode, H.unitName, "TC1", H.finalLevel, H.note]);
    const log = book.rawSheet(SHEET.log);
    expect(log.rawCell(2, COLUMNS.log.indexOf(H.dateFrom) + 1).format).toBe("dd/MM/yyyy");
    expect(log.rawCell(500, COLUMNS.log.indexOf(H.reportDate) + 1).format).toBe("dd/MM/yyyy");
    // Dropdowns follow the lists and warn but allow other values (codes, names without diacritics).
    const cadre = log.rawCell(2, COLUMNS.log.indexOf(H.cadre) + 1).validation!;
    expect(cadre.allowInvalid).toBe(true);
    expect(cadre.criteria).toBe("VALUE_IN_RANGE");
    expect(log.rawCell(2, COLUMNS.log.indexOf(H.activity) + 1).validation?.allowInvalid).toBe(true);
    expect(
      book
        .rawSheet(SHEET.activities)
        .rawValues()
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([...ACTIVITIES]);
    expect(book.rawSheet(SHEET.criteria).rawValues()[1][0]).toBe("TC1");
    const settings = book.rawSheet(SHEET.settings).rawValues();
    expect(settings.map((r) => r[0])).toContain(P.reportDeadline);
    expect(settings.find((r) => r[0] === P.target)![1]).toBe(60);
    expect(settings.find((r) => r[0] === P.year)![2]).toMatch(/năm hiện tại/);
    const halfDays = settings.findIndex((r) => r[0] === P.halfDays) + 1;
    const yesNo = book.rawSheet(SHEET.settings).rawCell(halfDays, 2).validation!;
    expect(yesNo.criteria).toBe("VALUE_IN_LIST");
    expect(yesNo.values[0]).toEqual(["Có", "Không"]);
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/Kiểm tra nhật ký/);
  });

  it("asks to switch a non-Vietnamese book to vi_VN and switches it on Yes", async () => {
    const book = LocalSpreadsheet.create({ owner: OWNER, locale: "en_US" });
    const { run, env } = await addinFor(book);
    env.ui.respond("YES");
    run("taoBangMau");
    expect(env.ui.alerts[0].prompt).toMatch(/3\/4\/2025 thành 4 tháng 3/);
    expect(book.raw().locale).toBe("vi_VN");
  });

  it("keeps the locale when the user says No", async () => {
    const book = LocalSpreadsheet.create({ owner: OWNER, locale: "en_US" });
    const { run, env } = await addinFor(book);
    env.ui.respond("NO");
    run("taoBangMau");
    expect(book.raw().locale).toBe("en_US");
  });

  it("on a book with data changes no typed cell, and a second run changes nothing but Lịch sử chạy", async () => {
    const book = sampleBook();
    const typed = Object.fromEntries(sampleBookSpec().sheets!.map((s) => [s.name, s.rows ?? []]));
    const { run } = await addinFor(book);
    run("taoBangMau");
    for (const [name, rows] of Object.entries(typed)) {
      const now = book.rawSheet(name).rawValues();
      rows.forEach((r, i) => {
        r.forEach((v, j) => {
          const got = now[i][j];
          expect(got instanceof Date ? got.getTime() : got, `${name} ${i + 1}:${j + 1}`).toEqual(
            v instanceof Date ? v.getTime() : v,
          );
        });
      });
    }
    // Missing settings were appended below the typed ones, nothing was inserted between them.
    const settings = book.rawSheet(SHEET.settings).rawValues();
    expect(settings.slice(0, 3).map((r) => r[0])).toEqual([H.param, P.year, P.asOf]);
    expect(settings.length).toBeGreaterThan(10);

    const after = snapshotBook(book, [SHEET.history]);
    const history = book.rawSheet(SHEET.history).rawValues().length;
    run("taoBangMau");
    expect(snapshotBook(book, [SHEET.history])).toEqual(after);
    expect(book.rawSheet(SHEET.history).rawValues().length).toBe(history + 1);
  });

  it("leaves a sheet alone when it has data but no recognisable header", async () => {
    const book = LocalSpreadsheet.create({
      owner: OWNER,
      sheets: [{ name: SHEET.units, rows: [["Danh sách cũ"], ["xã A"], ["xã B"]] }],
    });
    const before = snapshotSheet(book, SHEET.units);
    const { run, env } = await addinFor(book);
    run("taoBangMau");
    expect(snapshotSheet(book, SHEET.units)).toBe(before);
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/Trang «Đơn vị» đã có dữ liệu nhưng không thấy dòng tiêu đề/);
  });

  it("adds a Chấm điểm column for a new Mã TC and the missing columns of a short log, after the user's own", async () => {
    const book = sampleBook({
      sheets: {
        [SHEET.criteria]: [...CRITERIA, ["tc3", "Công tác kiểm tra", 20, ""]],
        [SHEET.log]: [
          [H.dateFrom, H.cadre, H.unit, "Ghi chú riêng"],
          [day(3, 3), "CB001", "DV01", "x"],
        ],
      },
    });
    const { run } = await addinFor(book);
    run("taoBangMau");
    expect(book.rawSheet(SHEET.scores).rawValues()[0]).toEqual([
      H.unitCode,
      H.unitName,
      "TC1",
      "TC2",
      H.finalLevel,
      H.note,
      "tc3",
    ]);
    const log = book.rawSheet(SHEET.log).rawValues();
    expect(log[0].slice(0, 4)).toEqual([H.dateFrom, H.cadre, H.unit, "Ghi chú riêng"]);
    expect(log[0].slice(4)).toEqual(COLUMNS.log.filter((c) => ![H.dateFrom, H.cadre, H.unit].includes(c as never)));
    expect(log[1].slice(0, 4)).toEqual([expect.any(Object), "CB001", "DV01", "x"]);
    const once = snapshotSheet(book, SHEET.scores);
    run("taoBangMau");
    expect(snapshotSheet(book, SHEET.scores)).toBe(once);
  });
});
