// The write phase (SPEC §9): reading never writes, a command that stops has written nothing, and
// every menu handler hands back its outcome.
import { describe, expect, it } from "vitest";
import { LOG_INPUT_COLUMNS } from "../../src/schema";
import { H, SHEET } from "../../src/text";
import { addinFor, editEvent, snapshotBook, snapshotSheet } from "../support/addin";
import { day, sampleBook } from "../support/sample-book";

const OFFICE_TAB = "Nhật ký - Văn phòng";
/** A log tab with its input columns only: no `Kết quả kiểm tra` / `Chi tiết kiểm tra` yet. */
const inputOnly = (rows: unknown[][]) => [[H.seq, ...LOG_INPUT_COLUMNS], ...rows];
const visit = (n: number, d: number) => [n, day(d, 5), "", "CB002", "DV02", "", 1, "Khảo sát", day(d + 1, 5)];

describe("the write phase", () => {
  it("a command that stops on a second log tab's missing header leaves the first tab untouched", async () => {
    const book = sampleBook({
      logRows: [visit(1, 5)],
      extraSheets: [
        {
          name: OFFICE_TAB,
          rows: [
            [H.dateFrom, H.cadre, H.content],
            [day(6, 5), "CB002", "x"],
          ],
        },
      ],
    });
    // The main tab lacks its result columns: reading it must not add them.
    book.rawSheet(SHEET.log).rawSetValues(1, 10, [["", ""]]);
    const before = snapshotBook(book);
    delete before["(tabs)"];
    delete before["(locale)"];
    const { run, env } = await addinFor(book);
    for (const command of ["kiemTraNhatKy", "tinhTienDo", "tinhTatCa"]) {
      const outcome = run(command) as { stopped: boolean; summary: string };
      expect(outcome.stopped, command).toBe(true);
      expect(env.ui.alerts.at(-1)!.prompt).toMatch(/Trang «Nhật ký - Văn phòng» thiếu cột «Đơn vị đến»/);
      for (const [name, sheet] of Object.entries(before)) expect(snapshotSheet(book, name), name).toBe(sheet);
    }
  });

  it("an edit in one log tab changes no other tab", async () => {
    const book = sampleBook({ extraSheets: [{ name: OFFICE_TAB, rows: inputOnly([visit(1, 7), visit(2, 8)]) }] });
    const { run, ctx } = await addinFor(book);
    run("kiemTraNhatKy");
    // The user removes the office tab's result columns; then types in the main tab.
    const office = book.rawSheet(OFFICE_TAB);
    office.rawSetValues(1, 10, [["", ""]]);
    office.rawSetValues(2, 10, [
      ["", ""],
      ["", ""],
    ]);
    const officeBefore = snapshotSheet(book, OFFICE_TAB);
    const log = book.rawSheet(SHEET.log);
    log.rawSetValues(5, 2, [[day(28, 2)]]);
    run("onEdit", editEvent(ctx, SHEET.log, 5));
    expect(log.rawValues()[4][9]).toBe("Hợp lệ");
    expect(snapshotSheet(book, OFFICE_TAB)).toBe(officeBefore);
  });

  it("a menu handler returns the command's outcome: caption, stopped or not, summary and counts", async () => {
    const book = sampleBook();
    const { run, env } = await addinFor(book);
    const outcome = run("kiemTraNhatKy");
    expect(JSON.parse(JSON.stringify(outcome))).toEqual({
      command: "Kiểm tra nhật ký",
      stopped: false,
      summary: expect.stringMatching(/^Đã kiểm tra 7 dòng: 3 hợp lệ, 2 cảnh báo, 2 lỗi\./),
      counts: { checked: 7, ok: 3, warning: 2, error: 2 },
    });
    const all = run("tinhTatCa") as { counts: Record<string, number> };
    expect(all.counts).toMatchObject({ checked: 7, Đạt: expect.any(Number), HTXSNV: expect.any(Number) });
    env.locks.holdElsewhere("document");
    expect(JSON.parse(JSON.stringify(run("xepLoaiDonVi")))).toEqual({
      command: "Xếp loại đơn vị",
      stopped: true,
      summary: expect.stringMatching(/lệnh khác chạy/),
    });
  });
});
