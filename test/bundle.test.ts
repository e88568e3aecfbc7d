// The shipped dist/Code.js, loaded as Apps Script loads it: one classic script in a bare context with
// only ES built-ins and the spreadsheet services. The menu is driven by handler name, like a click.
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { createLocalEnvironment, LocalSpreadsheet, topLevelFunction } from "../src/imitation";
import { H, MENU_ITEMS, MENU_TITLE, P, SHEET } from "../src/text";
import { COLUMNS } from "../src/schema";
import { builtBundle, callTopLevel } from "./support/bundle";
import { day, INPUT_SHEETS, OWNER, sampleBook, ROSTER } from "./support/sample-book";

let code = "";
beforeAll(async () => {
  code = (await builtBundle()).code;
});

describe("dist/Code.js in a bare vm context", () => {
  it("has no Node or Web globals to lean on, and runs no eval or new Function", () => {
    const env = createLocalEnvironment({ books: [sampleBook()] });
    const ctx = env.loadScript(code);
    for (const name of [
      "process",
      "require",
      "setTimeout",
      "URL",
      "TextEncoder",
      "Buffer",
      "structuredClone",
      "fetch",
    ]) {
      expect(vm.runInContext(`typeof ${name}`, ctx), name).toBe("undefined");
    }
    expect(() => vm.runInContext("eval('1')", ctx)).toThrow(/Code generation from strings disallowed/);
  });

  it("onOpen builds the Tính chỉ tiêu menu and every item's handler is a top-level function", () => {
    const env = createLocalEnvironment({ books: [sampleBook()] });
    const ctx = env.loadScript(code);
    env.runAs("NONE", () => callTopLevel(ctx, "onOpen", { authMode: "NONE" }));
    const menu = env.ui.menu(MENU_TITLE)!;
    expect(menu.addon).toBe(false);
    const items = menu.items.filter((i) => i.kind === "item") as { caption: string; functionName: string }[];
    expect(items.map((i) => i.caption)).toEqual([
      "Tạo bảng mẫu",
      "Kiểm tra nhật ký",
      "Tính tiến độ chỉ tiêu",
      "Xếp loại đơn vị",
      "Tính tất cả",
      "Lập báo cáo",
      "Chốt số liệu",
      "Tạo biểu mẫu nhập",
      "Phân quyền",
      "Tổng hợp từ file khác",
      "Hướng dẫn",
    ]);
    expect(items.length).toBe(MENU_ITEMS.filter(Boolean).length);
    for (const item of items) {
      expect(vm.runInContext(`typeof ${item.functionName}`, ctx), item.functionName).toBe("function");
    }
    // onOpen only builds the menu: no spreadsheet read or write.
    expect(env.calls.total(["Range", "Sheet", "Spreadsheet."])).toBe(0);
  });

  it("entry points are found as the script's own top-level functions, never by evaluating the name", () => {
    const env = createLocalEnvironment({ books: [sampleBook()] });
    const ctx = env.loadScript(code);
    expect(topLevelFunction(ctx, "tinhTatCa")).toBeTypeOf("function");
    for (const name of [
      "constructor",
      "__proto__",
      "toString",
      "hasOwnProperty",
      "SpreadsheetApp",
      "TinhChiTieu",
      "tinhTatCa()",
      "onOpen; tinhTatCa",
    ]) {
      expect(topLevelFunction(ctx, name), name).toBeUndefined();
      expect(() => callTopLevel(ctx, name), name).toThrow(/is not a top-level function/);
    }
    // Nothing ran: no menu, no history, no toast.
    expect(env.ui.menus).toEqual([]);
    expect(env.toasts()).toEqual([]);
    expect(env.calls.total()).toBe(0);
  });

  it("every context the imitation makes is sealed like Apps Script: no eval, no new Function", () => {
    const ctx = createLocalEnvironment({ books: [sampleBook()] }).createVmContext();
    expect(() => vm.runInContext("eval('1')", ctx)).toThrow(/Code generation from strings disallowed/);
    expect(() => vm.runInContext("new Function('return 1')", ctx)).toThrow(/Code generation from strings disallowed/);
    expect(vm.runInContext("typeof process + typeof require + typeof setTimeout", ctx)).toBe(
      "undefinedundefinedundefined",
    );
  });

  it("onInstall builds the same menu", () => {
    const env = createLocalEnvironment({ books: [sampleBook()] });
    callTopLevel(env.loadScript(code), "onInstall", { authMode: "FULL" });
    expect(env.ui.menu(MENU_TITLE)?.items.length).toBe(MENU_ITEMS.length);
  });

  it("runs zod's own code only in an execution that checks Cấu hình: not at load, not in onOpen or a formula", () => {
    const book = sampleBook({ settings: [[P.target, 400, ""]] });
    const env = createLocalEnvironment({ books: [book] });
    const ctx = env.loadScript(code);
    const zodSetUp = () => vm.runInContext("typeof globalThis.__zod_globalConfig", ctx);
    env.runAs("NONE", () => callTopLevel(ctx, "onOpen", { authMode: "NONE" }));
    expect(callTopLevel(ctx, "DICOSO_SONGAY", "03/03/2025", "04/03/2025")).toBe(2);
    expect(zodSetUp()).toBe("undefined");
    callTopLevel(ctx, "tinhTienDo");
    expect(zodSetUp()).toBe("object");
    // The schema still does its work: 400 days is out of Chỉ tiêu's range.
    expect(env.ui.alerts.at(-1)!.prompt).toContain(`Cấu hình «${P.target}»: 400 phải lớn hơn 0 và không quá 366`);
  });

  it("sets up an empty book, then computes progress, rating and summary from the typed data", () => {
    const book = LocalSpreadsheet.create({ name: "Sổ mới", owner: OWNER, sheets: [{ name: "Trang tính1" }] });
    const env = createLocalEnvironment({ books: [book] });
    const ctx = env.loadScript(code);
    callTopLevel(ctx, "taoBangMau");
    for (const name of INPUT_SHEETS) {
      expect(book.rawSheetNames(), name).toContain(name);
    }
    expect(book.rawSheet(SHEET.log).rawValues()[0]).toEqual([...COLUMNS.log]);
    expect(env.ui.alerts.at(-1)!.prompt).toContain("Tính tất cả");

    // The user types the roster, units and a few visits.
    book.rawSheet(SHEET.roster).rawSetValues(
      2,
      1,
      ROSTER.slice(1).map((r) => r.map((v) => v)),
    );
    book
      .rawSheet(SHEET.units)
      .rawSetValues(2, 1, [["DV01", "Đoàn xã Tân Phú", "Đoàn xã", "Huyện đoàn Đồng Phú", "Cụm 1", ""]]);
    const settings = book.rawSheet(SHEET.settings).rawValues();
    const asOfRow = settings.findIndex((r) => r[0] === P.asOf) + 1;
    book.rawSheet(SHEET.settings).rawSetValues(asOfRow, 2, [[day(30, 6)]]);
    const yearRow = settings.findIndex((r) => r[0] === P.year) + 1;
    book.rawSheet(SHEET.settings).rawSetValues(yearRow, 2, [[2025]]);
    book.rawSheet(SHEET.log).rawSetValues(2, 1, [
      [1, day(3, 3), day(4, 3), "Nguyễn Thị Hoà", "Tân Phú", "Dự sinh hoạt chi đoàn", "", "Dự sinh hoạt", day(6, 3)],
      [2, day(3, 3), "", "CB001", "DV01", "Dự sinh hoạt chi đoàn", "", "Trùng ngày với dòng 2", day(6, 3)],
    ]);
    book.rawSheet(SHEET.scores).rawSetValues(2, 1, [["DV01", "Đoàn xã Tân Phú", 9.5]]);

    callTopLevel(ctx, "tinhTatCa");
    const log = book.rawSheet(SHEET.log).rawValues();
    expect(log[1][9]).toBe("Cảnh báo"); // looser unit name and overlap
    // The overlap names the other row and its tab, the same tab too (SPEC §3).
    expect(log[2][10]).toContain(
      "Trùng thời gian với chuyến đi ở dòng 2 trang «Nhật ký đi cơ sở» của cùng cán bộ (03/03/2025)",
    );
    const progress = book.rawSheet(SHEET.progress).rawValues();
    expect(String(progress[0][0])).toMatch(/^Tính đến ngày 30\/06\/2025, chạy lúc .* bởi bithu@tinhdoan\.vn$/);
    expect(progress[1]).toEqual([...COLUMNS.progress]);
    const hoa = progress.find((r) => r[0] === "CB001")!;
    expect(hoa[COLUMNS.progress.indexOf(H.totalDays)]).toBe(2); // 3/3 and 4/3; the same day twice counts once
    const rating = book.rawSheet(SHEET.rating).rawValues();
    expect(rating.find((r) => r[0] === "DV01")![COLUMNS.rating.indexOf(H.level)]).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(book.rawSheet(SHEET.summary).rawValues().flat()).toContain("Ban Tổ chức");
    expect(
      book
        .rawSheet(SHEET.history)
        .rawValues()
        .map((r) => r[2]),
    ).toEqual([H.command, "Tạo bảng mẫu", "Tính tất cả"]);
  });
});
