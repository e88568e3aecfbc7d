// Issue 10: an admin added to `Email quản trị` after `Phân quyền` ran is an admin by the settings but
// not yet an editor of the add-in's protections (Protection.getEditors() throws for them). They are
// told so, with who can add them, and nothing is written; `Phân quyền` re-run by the owner adds them.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { LocalSpreadsheet } from "../../src/imitation";
import { COLUMNS } from "../../src/schema";
import { H, P, SHEET } from "../../src/text";
import { addinFor, snapshotBook } from "../support/addin";
import { generatedLog, OWNER, sampleBook } from "../support/sample-book";

const HANH = "tran.thi.hanh@tinhdoan.vn"; // admin from the start
const AN = "nguyen.van.an@tinhdoan.vn"; // added to Email quản trị later

const book = () =>
  sampleBook({
    admins: [HANH],
    editors: [HANH, AN],
    extraSheets: [
      {
        name: SHEET.sources,
        rows: [
          [H.sourceName, H.sourceLink],
          ["Đồng Phú", "huyen-dong-phu"],
        ],
      },
    ],
  });

/** A district book the province consolidates. */
const district = () =>
  LocalSpreadsheet.create({
    id: "huyen-dong-phu",
    owner: "bithu.dongphu@tinhdoan.vn",
    editors: [OWNER, HANH, AN],
    sheets: [{ name: SHEET.log, rows: [[...COLUMNS.log], ...generatedLog(5)] }],
  });

/** Adds `email` to the `Email quản trị` row of Cấu hình, as an admin typing "a, b" would. */
function addAdmin(b: LocalSpreadsheet, email: string) {
  const settings = b.rawSheet(SHEET.settings);
  const row = settings.rawValues().findIndex((r) => r[0] === P.adminEmails) + 1;
  settings.rawSetValues(row, 2, [[`${HANH}, ${email}`]]);
}

const protectionsOf = (b: LocalSpreadsheet, sheet: string) =>
  b.raw().protections.filter((p) => p.sheet.name === sheet && p.kind === "SHEET");

describe("an admin added to Email quản trị after Phân quyền ran", () => {
  it("is told who must re-run Phân quyền; once the owner has, their Tính tất cả works", async () => {
    const b = book();
    const { run, env } = await addinFor(b, { user: OWNER });
    env.addBook(district());
    run("tongHopTuFileKhac");
    run("phanQuyen");
    run("tinhTatCa");
    addAdmin(b, AN);
    env.setActiveUser(AN);

    const before = snapshotBook(b, [SHEET.history]);
    const stopped = run("tinhTatCa") as { stopped: boolean };
    const message = env.ui.alerts.at(-1)!.prompt;
    expect(stopped.stopped).toBe(true);
    expect(message).toContain(`Bạn (${AN}) có tên trong «Email quản trị»`);
    expect(message).toMatch(/chưa có tên trong khóa của trang «Tổng hợp», «Tiến độ chỉ tiêu», «Xếp loại»/);
    expect(message).toContain(`chủ tệp (${OWNER})`);
    expect(message).toContain(HANH);
    expect(message).toMatch(/chạy lại «Phân quyền».*chưa có gì được ghi/s);
    expect(message).not.toMatch(/cần quản trị viên chạy|ngoài dự kiến/);
    expect(snapshotBook(b, [SHEET.history])).toEqual(before);

    // Kiểm tra nhật ký would skip the admin-only log: an admin is told the same, nothing written.
    run("kiemTraNhatKy");
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(
      /chưa có tên trong khóa của trang .*«Nhật ký - Văn phòng».*«Nhật ký đi cơ sở»/,
    );
    expect(snapshotBook(b, [SHEET.history])).toEqual(before);

    run("tongHopTuFileKhac");
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/chưa có tên trong khóa của trang .*«Nguồn dữ liệu».*Phân quyền/s);
    expect(snapshotBook(b, [SHEET.history])).toEqual(before);

    // Phân quyền by the new admin: the protections they are not on are named, none is changed.
    const settingsEditors = [...(protectionsOf(b, SHEET.settings)[0].editors ?? [])];
    run("phanQuyen");
    const report = env.ui.alerts.at(-1)!.prompt;
    expect(report).not.toMatch(/ngoài dự kiến|cần quản trị viên chạy/);
    expect(report).toMatch(/Chưa cập nhật được khóa: bạn .*«Cấu hình».*«Nhật ký đi cơ sở»/s);
    expect(report).toContain(`chủ tệp (${OWNER})`);
    expect([...(protectionsOf(b, SHEET.settings)[0].editors ?? [])]).toEqual(settingsEditors);
    expect(settingsEditors).not.toContain(AN);

    env.setActiveUser(OWNER);
    run("phanQuyen");
    expect([...(protectionsOf(b, SHEET.settings)[0].editors ?? [])]).toContain(AN);

    env.setActiveUser(AN);
    const progressBefore = JSON.stringify(b.rawSheet(SHEET.progress).rawValues());
    b.rawSheet(SHEET.log).rawSetValues(9, 1, [
      [8, "12/6/2025", "", "CB004", "DV01", "Dự sinh hoạt chi đoàn", 1, "Dự sinh hoạt", "13/6/2025"],
    ]);
    const done = run("tinhTatCa") as { stopped: boolean };
    expect(done.stopped).toBe(false);
    expect(JSON.stringify(b.rawSheet(SHEET.progress).rawValues())).not.toBe(progressBefore);
    expect(b.rawSheet(SHEET.progress).rawValues()[0][0]).toContain(AN);
  });

  it("an admin already on the protections re-syncs them for the new one; the owner's own protection stays", async () => {
    const b = book();
    const { run, env, ctx } = await addinFor(b, { user: OWNER });
    run("phanQuyen");
    vm.runInContext(
      `(function () { var p = SpreadsheetApp.getActive().getSheetByName("Đơn vị").getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
         p.remove(); p = SpreadsheetApp.getActive().getSheetByName("Đơn vị").protect();
         p.setDescription("Chỉ bí thư sửa đơn vị"); p.removeEditors(p.getEditors()); })()`,
      ctx,
    );
    addAdmin(b, AN);
    env.setActiveUser(HANH);
    run("phanQuyen");
    expect(env.ui.alerts.at(-1)!.prompt).not.toMatch(/Chưa cập nhật được khóa/);
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/«Đơn vị»: giữ nguyên khóa do người dùng tự đặt/);
    const own = protectionsOf(b, SHEET.units);
    expect(own).toHaveLength(1);
    expect(own[0].description).toBe("Chỉ bí thư sửa đơn vị");
    expect([...(own[0].editors ?? [])]).not.toContain(AN);
    for (const sheet of [SHEET.settings, SHEET.log, SHEET.summary])
      expect([...(protectionsOf(b, sheet)[0].editors ?? [])], sheet).toContain(AN);
    env.setActiveUser(AN);
    expect((run("tinhTatCa") as { stopped: boolean }).stopped).toBe(false);
  });
});
