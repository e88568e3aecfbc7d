// Issue 10: `Phân quyền` edits only the protections carrying its own description. A sheet protection
// somebody set by hand is kept as it is (Sheet.protect() would return it), and an admin who is not the
// owner does not stop on protections made by others.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import type { LocalSpreadsheet } from "../../src/imitation";
import { SHEET } from "../../src/text";
import { addinFor } from "../support/addin";
import { OWNER, sampleBook } from "../support/sample-book";

const ADMIN = "admin@tinhdoan.vn";

function sharedBook() {
  return sampleBook({ editors: [ADMIN], admins: [ADMIN] });
}

/** The owner protects `sheet` by hand, for themself only, with their own description. */
function protectByHand(ctx: vm.Context, sheet: string, description: string): void {
  vm.runInContext(
    `(function () { var p = SpreadsheetApp.getActive().getSheetByName(${JSON.stringify(sheet)}).protect();
       p.setDescription(${JSON.stringify(description)}); p.removeEditors(p.getEditors()); })()`,
    ctx,
  );
}

const protectionsOf = (book: LocalSpreadsheet, sheet: string) =>
  book.raw().protections.filter((p) => p.sheet.name === sheet && p.kind === "SHEET");

describe("Phân quyền and protections it did not make", () => {
  it("keeps a sheet protection the owner set by hand: its description and editors stay, the summary says so", async () => {
    const book = sharedBook();
    const { run, env, ctx } = await addinFor(book, { user: OWNER });
    protectByHand(ctx, SHEET.roster, "Khóa của bí thư");
    run("phanQuyen");
    const [own] = protectionsOf(book, SHEET.roster);
    expect(protectionsOf(book, SHEET.roster)).toHaveLength(1);
    expect(own.description).toBe("Khóa của bí thư");
    expect([...(own.editors ?? [])]).not.toContain(ADMIN);
    const report = env.ui.alerts.at(-1)!.prompt;
    expect(report).toMatch(/«Cán bộ»: giữ nguyên khóa do người dùng tự đặt/);
    // Sheets the add-in owns are still protected for the admins.
    expect([...(protectionsOf(book, SHEET.settings)[0].editors ?? [])]).toContain(ADMIN);
  });

  it("an admin who is not the owner runs it over the owner's own protection and the warning-only Lịch sử chạy", async () => {
    const book = sharedBook();
    const { run, env, ctx } = await addinFor(book, { user: OWNER });
    run("phanQuyen");
    protectByHand(ctx, SHEET.units, "Chỉ bí thư sửa đơn vị");
    env.setActiveUser(ADMIN);
    run("phanQuyen");
    const report = env.ui.alerts.at(-1)!.prompt;
    expect(report).not.toMatch(/ngoài dự kiến/);
    expect(report).toMatch(/Đã phân quyền/);
    expect(report).toMatch(/«Đơn vị»: giữ nguyên khóa do người dùng tự đặt/);
    expect(report).toMatch(/«Lịch sử chạy»: ai cũng ghi được/);
    expect(protectionsOf(book, SHEET.units)[0].description).toBe("Chỉ bí thư sửa đơn vị");
  });
});
