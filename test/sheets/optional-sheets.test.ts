// The optional sheets of SPEC Part II: created by Tạo bảng mẫu only after one yes/no question,
// protected by Phân quyền for owner and admins; dropdowns leave out ended units and past cadres.
import * as vm from "node:vm";
import { describe, expect, it } from "vitest";
import { LocalSpreadsheet } from "../../src/imitation";
import { COLUMNS } from "../../src/schema";
import { H, SHEET } from "../../src/text";
import { addinFor, resultColumn, snapshotBook, tryWrite } from "../support/addin";
import { day, MERGER_UNITS, OWNER, sampleBook, sampleBookSpec } from "../support/sample-book";

const OPTIONAL = [SHEET.exemptions, SHEET.tiers, SHEET.official];
const ADMIN = "admin@tinhdoan.vn";
const HOA = "hoa.nt@tinhdoan.vn";
const LAN = "lan.pt@tinhdoan.vn";

describe("optional sheets", () => {
  it("Tạo bảng mẫu asks once, listing them; No creates none, Yes creates them with their headers", async () => {
    const book = LocalSpreadsheet.create({ owner: OWNER, locale: "vi_VN", sheets: [{ name: "Trang tính1" }] });
    const { run, env } = await addinFor(book);
    env.ui.respond("NO");
    run("taoBangMau");
    const question = env.ui.alerts[0];
    expect(question.buttons).toBe("YES_NO");
    expect(question.prompt).toMatch(
      /^Tạo thêm các trang không bắt buộc «Tạm miễn», «Chỉ tiêu theo cấp», «Thẩm định»\?/,
    );
    for (const s of OPTIONAL) expect(book.rawSheetNames()).not.toContain(s);
    expect(env.ui.alerts.at(-1)!.prompt).toContain("Chưa tạo «Tạm miễn», «Chỉ tiêu theo cấp», «Thẩm định»");

    env.ui.respond("YES");
    run("taoBangMau");
    expect(book.rawSheet(SHEET.exemptions).rawValues()[0]).toEqual([H.cadre, H.exemptFrom, H.exemptTo, H.reason]);
    expect(book.rawSheet(SHEET.tiers).rawValues()[0]).toEqual([H.tier, H.unitType, H.tierMinimum]);
    expect(book.rawSheet(SHEET.official).rawValues()[0]).toEqual([H.unitCode, H.unitName, "TC1", H.finalLevel, H.note]);
    expect(book.rawSheet(SHEET.exemptions).rawCell(2, 2).format).toBe("dd/MM/yyyy");
    expect(book.rawSheet(SHEET.exemptions).rawCell(2, 1).validation?.allowInvalid).toBe(true);

    // A third run asks nothing more and changes nothing but the history.
    const asked = env.ui.alerts.length;
    const before = JSON.stringify(OPTIONAL.map((s) => book.rawSheet(s).rawValues()));
    run("taoBangMau");
    expect(env.ui.alerts.length).toBe(asked + 1); // only the summary
    expect(JSON.stringify(OPTIONAL.map((s) => book.rawSheet(s).rawValues()))).toBe(before);
  });

  it("Phân quyền protects them for the owner and admins; office dropdowns leave out cadres who left", async () => {
    const book = sampleBook({
      editors: [ADMIN, HOA],
      admins: [ADMIN],
      sheets: {
        [SHEET.roster]: [
          [...COLUMNS.roster],
          ["CB001", "Nguyễn Thị Hoà", "Phó Bí thư", "Ban Tổ chức", "", "", "", HOA],
          ["CB002", "Lê Thị Thuỷ", "Cán bộ", "Ban Tổ chức", "", "", day(31, 3), ""],
        ],
      },
      extraSheets: OPTIONAL.map((name) => ({ name, rows: [[H.cadre]] })),
    });
    const { run, env, ctx } = await addinFor(book, { user: ADMIN });
    run("phanQuyen");
    const report = env.ui.alerts.at(-1)!.prompt;
    for (const s of OPTIONAL) expect(report).toContain(`«${s}»: chỉ chủ tệp và quản trị viên`);
    env.setActiveUser(HOA);
    for (const s of OPTIONAL) expect(tryWrite(ctx, s), s).toMatch(/protected cell or object/);
    // Lê Thị Thuỷ's Áp dụng đến 31/03/2025 has passed (the clock is the real one): not in her office's dropdown.
    const tab = book.rawSheet("Nhật ký - Ban Tổ chức");
    expect(tab.rawCell(2, COLUMNS.log.indexOf(H.cadre) + 1).validation!.values[0]).toEqual(["Nguyễn Thị Hoà"]);
  });

  it("the log's unit dropdown leaves out units that have ended", async () => {
    const spec = sampleBookSpec();
    spec.sheets = spec
      .sheets!.filter((s) => s.name !== SHEET.log)
      .map((s) =>
        s.name === SHEET.units
          ? {
              ...s,
              rows: [
                [...COLUMNS.units, H.activeTo, H.mergedInto],
                ["X01", "Đoàn xã Hòa Long", "Đoàn xã", "", "", "", day(30, 6), "X10"],
                ["X10", "Đoàn phường Long Hương", "Đoàn phường", "", "", "", "", ""],
              ],
            }
          : s,
      );
    const book = LocalSpreadsheet.create(spec);
    const { run, env } = await addinFor(book);
    env.ui.respond("NO");
    run("taoBangMau");
    const unit = book.rawSheet(SHEET.log).rawCell(2, COLUMNS.log.indexOf(H.unit) + 1).validation!;
    expect(unit.criteria).toBe("VALUE_IN_LIST");
    expect(unit.values[0]).toEqual(["Đoàn phường Long Hương"]);
  });

  it("Tạo bảng mẫu run again after a merger takes the ended unit out of the dropdown it made, not out of the user's own", async () => {
    const spec = sampleBookSpec();
    spec.sheets = spec.sheets!.map((s) => (s.name === SHEET.units ? { ...s, rows: MERGER_UNITS } : s));
    const book = LocalSpreadsheet.create(spec);
    const { run, env, ctx } = await addinFor(book);
    env.ui.respond("NO");
    run("taoBangMau");
    const col = COLUMNS.log.indexOf(H.unit) + 1;
    const ruleOf = (sheet: string) => book.rawSheet(sheet).rawCell(2, col).validation!;
    // Every unit current: the dropdown follows the column of Đơn vị.
    expect(ruleOf(SHEET.log).criteria).toBe("VALUE_IN_RANGE");
    // An office tab whose admin chose its own short list of units.
    vm.runInContext(
      `(function () { var b = SpreadsheetApp.getActive(); var s = b.insertSheet("Nhật ký - Văn phòng");
        s.getRange(1, 1, 1, ${COLUMNS.log.length}).setValues([${JSON.stringify(COLUMNS.log)}]);
        s.getRange(2, ${col}, 50, 1).setDataValidation(SpreadsheetApp.newDataValidation()
          .requireValueInList(["Đoàn xã Hòa Long", "Đoàn xã Long Phước"], true).setAllowInvalid(true).build()); })()`,
      ctx,
    );
    // 1/7/2025: Hòa Long merged into Long Hương.
    book.rawSheet(SHEET.units).rawSetValues(2, 7, [[day(30, 6), "X10"]]);
    env.ui.respond("NO");
    run("taoBangMau");
    expect(ruleOf(SHEET.log).criteria).toBe("VALUE_IN_LIST");
    expect(ruleOf(SHEET.log).values[0]).toEqual(["Đoàn phường Long Hương", "Đoàn xã Long Phước"]);
    expect(ruleOf("Nhật ký - Văn phòng").values[0]).toEqual(["Đoàn xã Hòa Long", "Đoàn xã Long Phước"]);
    // A third run changes nothing more.
    const before = ruleOf(SHEET.log);
    env.ui.respond("NO");
    run("taoBangMau");
    expect(ruleOf(SHEET.log)).toEqual(before);
  });
});

describe("a unit dropdown of more than 500 names (Sheets keeps at most 500 in a rule)", () => {
  // 620 commune and ward unions, 40 of them merged on 1/7/2025 (dates of 2025; the clock is the real one).
  const units = () => [
    [...COLUMNS.units, H.activeTo, H.mergedInto],
    ...Array.from({ length: 620 }, (_, i) => {
      const code = `X${String(i + 1).padStart(3, "0")}`;
      const ended = i % 15 === 0;
      return [code, `Đoàn xã Phước Hòa ${i + 1}`, "Đoàn xã", "", "", "", ended ? day(30, 6) : "", ended ? "X002" : ""];
    }),
  ];
  /** The unit names `Danh sách chọn` holds (its column under the header). */
  const listedUnits = (book: LocalSpreadsheet) => resultColumn(book, SHEET.currentLists, H.currentUnits, 1);
  const bookWith = (rows: unknown[][], editors = [ADMIN, HOA]) => {
    const spec = sampleBookSpec({ editors, admins: [ADMIN] });
    spec.sheets = spec.sheets!.map((s) => (s.name === SHEET.units ? { ...s, rows } : s));
    return LocalSpreadsheet.create(spec);
  };

  it("follows the hidden Danh sách chọn, which holds the current names only, and Tạo bảng mẫu twice changes nothing", async () => {
    const book = bookWith(units());
    const { run, env } = await addinFor(book);
    env.ui.respond("NO");
    run("taoBangMau");
    expect(book.rawSheet(SHEET.currentLists).model.hidden).toBe(true);
    const names = listedUnits(book);
    expect(names).toHaveLength(620 - 42);
    expect(names).not.toContain("Đoàn xã Phước Hòa 1");
    expect(names).toContain("Đoàn xã Phước Hòa 2");
    const rule = book.rawSheet(SHEET.log).rawCell(2, COLUMNS.log.indexOf(H.unit) + 1).validation!;
    expect(rule.criteria).toBe("VALUE_IN_RANGE");
    const range = rule.values[0] as GoogleAppsScript.Spreadsheet.Range;
    expect([range.getSheet().getName(), range.getColumn(), range.getRow()]).toEqual([SHEET.currentLists, 1, 2]);
    expect(range.getNumRows()).toBeGreaterThanOrEqual(names.length);
    const before = snapshotBook(book, [SHEET.history]);
    env.ui.respond("NO");
    run("taoBangMau");
    expect(snapshotBook(book, [SHEET.history])).toEqual(before);
  });

  it("another merger is taken out on the next run, new units join; once all are current it follows Đơn vị", async () => {
    const book = bookWith(units());
    const { run, env } = await addinFor(book);
    env.ui.respond("NO");
    run("taoBangMau");
    // Phước Hòa 3 merged too, and 20 new units joined: the list and the range its dropdown follows grow.
    book.rawSheet(SHEET.units).rawSetValues(4, 7, [[day(30, 6), "X002"]]);
    book.rawSheet(SHEET.units).rawSetValues(
      622,
      1,
      [...Array(20)].map((_, i) => [`Y${i}`, `Đoàn phường Mới ${i}`, "Đoàn phường", "", "", "", "", ""]),
    );
    env.ui.respond("NO");
    run("taoBangMau");
    const names = listedUnits(book);
    expect(names).toHaveLength(620 - 43 + 20);
    expect(names).not.toContain("Đoàn xã Phước Hòa 3");
    const grown = book.rawSheet(SHEET.log).rawCell(2, COLUMNS.log.indexOf(H.unit) + 1).validation!;
    expect((grown.values[0] as GoogleAppsScript.Spreadsheet.Range).getNumRows()).toBeGreaterThanOrEqual(names.length);
    const col = COLUMNS.log.indexOf(H.unit) + 1;
    book.rawSheet(SHEET.units).rawSetValues(
      2,
      7,
      [...Array(640)].map(() => ["", ""]),
    );
    env.ui.respond("NO");
    run("taoBangMau");
    const range = book.rawSheet(SHEET.log).rawCell(2, col).validation!.values[0] as GoogleAppsScript.Spreadsheet.Range;
    expect([range.getSheet().getName(), range.getColumn(), range.getRow()]).toEqual([SHEET.units, 2, 2]);
  });

  it("Phân quyền protects Danh sách chọn for the owner and admins, and a later Tạo bảng mẫu protects a new one the same way", async () => {
    const book = bookWith(units());
    const { run, env, ctx } = await addinFor(book, { user: ADMIN });
    env.ui.respond("NO");
    run("taoBangMau");
    run("phanQuyen");
    expect(env.ui.alerts.at(-1)!.prompt).toContain(`«${SHEET.currentLists}»: chỉ chủ tệp và quản trị viên`);
    env.setActiveUser(HOA);
    expect(tryWrite(ctx, SHEET.currentLists)).toMatch(/protected cell or object/);

    // The list is deleted by hand; the admin's next Tạo bảng mẫu makes it again, protected like Cấu hình.
    env.setActiveUser(ADMIN);
    vm.runInContext(
      `(function (b) { b.deleteSheet(b.getSheetByName(${JSON.stringify(SHEET.currentLists)})); })(SpreadsheetApp.getActive())`,
      ctx,
    );
    env.ui.respond("NO");
    run("taoBangMau");
    expect(book.rawSheetNames()).toContain(SHEET.currentLists);
    env.setActiveUser(HOA);
    expect(tryWrite(ctx, SHEET.currentLists)).toMatch(/protected cell or object/);

    // Another merger: Hòa's own Tạo bảng mẫu would rewrite the list, and says an admin must run it.
    book.rawSheet(SHEET.units).rawSetValues(4, 7, [[day(30, 6), "X002"]]);
    const before = snapshotBook(book, [SHEET.history]);
    env.ui.respond("NO");
    run("taoBangMau");
    expect(env.ui.alerts.at(-1)!.prompt).toBe(
      `Bạn không có quyền sửa trang «${SHEET.currentLists}». Lệnh này cần quản trị viên chạy; chưa có gì được ghi.`,
    );
    expect(snapshotBook(book, [SHEET.history])).toEqual(before);
  });

  it("made again by a user Phân quyền keeps out of Cấu hình, Danh sách chọn is protected for the admins", async () => {
    const book = bookWith(units(), [ADMIN, HOA, LAN]);
    const { run, env, ctx } = await addinFor(book, { user: ADMIN });
    env.ui.respond("NO");
    run("taoBangMau");
    run("phanQuyen");
    vm.runInContext(
      `(function (b) { b.deleteSheet(b.getSheetByName(${JSON.stringify(SHEET.currentLists)})); })(SpreadsheetApp.getActive())`,
      ctx,
    );
    // Hòa cannot edit Cấu hình: her Tạo bảng mẫu makes the list again, for the admins (and her, who made it).
    env.setActiveUser(HOA);
    env.ui.respond("NO");
    run("taoBangMau");
    expect(listedUnits(book)).toHaveLength(620 - 42);
    env.setActiveUser(LAN);
    expect(tryWrite(ctx, SHEET.currentLists)).toMatch(/protected cell or object/);
    env.setActiveUser(ADMIN);
    expect(tryWrite(ctx, SHEET.currentLists)).toBe("ok");
  });

  it("before Phân quyền, Tạo bảng mẫu leaves Danh sách chọn open like every sheet it makes", async () => {
    const book = bookWith(units());
    const { run, env, ctx } = await addinFor(book);
    env.ui.respond("NO");
    run("taoBangMau");
    env.setActiveUser(HOA);
    expect(tryWrite(ctx, SHEET.currentLists)).toBe("ok");
  });
});
