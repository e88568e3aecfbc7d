import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { addinFor } from "../support/addin";
import { generatedLog, sampleBook } from "../support/sample-book";

const COMMANDS = ["taoBangMau", "kiemTraNhatKy", "tinhTienDo", "xepLoaiDonVi", "tinhTatCa"];

async function callsPerCommand(rows: number) {
  const book = sampleBook({ logRows: generatedLog(rows) });
  const { run, env } = await addinFor(book);
  const out: Record<string, Record<string, number>> = {};
  for (const cmd of COMMANDS) {
    env.calls.reset();
    run(cmd);
    out[cmd] = env.calls.byMethod();
  }
  return out;
}

describe("spreadsheet calls per command", () => {
  it("are the same, method by method, for a log of 100 rows and one of 10,000 rows", async () => {
    const small = await callsPerCommand(100);
    const large = await callsPerCommand(10_000);
    for (const cmd of COMMANDS) {
      expect(large[cmd], cmd).toEqual(small[cmd]);
      // One batch read per sheet and one batch write per range, not one per row (Tạo bảng mẫu made the
      // optional sheets Tạm miễn, Chỉ tiêu theo cấp, Thẩm định: one read each more; the plan tab, the
      // register and the fingerprint of locked periods are read by every command that checks the log).
      expect(small[cmd]["Range.getValues"] ?? 0, cmd).toBeLessThanOrEqual(13);
      expect(small[cmd]["Range.setValues"] ?? 0, cmd).toBeLessThanOrEqual(20);
      expect(small[cmd]["Range.getValue"] ?? 0, cmd).toBe(0);
      expect(small[cmd]["Range.setValue"] ?? 0, cmd).toBe(0);
    }
  });
});

describe("Lịch sử chạy after the command's writes", () => {
  it("the history row's place is read before the first write, so appending it reads nothing", async () => {
    const { run, env } = await addinFor(sampleBook());
    run("kiemTraNhatKy");
    env.calls.reset();
    run("kiemTraNhatKy");
    const late = env.calls.lateReads().map((l) => l.read);
    expect(env.calls.count("Sheet.getLastRow")).toBeGreaterThan(0);
    expect(late).not.toContain("Sheet.getLastRow");
  });
});

describe("row tints of the log", () => {
  const tints = (book: ReturnType<typeof sampleBook>) =>
    book
      .raw()
      .sheets.find((s) => s.name === "Nhật ký đi cơ sở")!
      .condRules.map((r) => ({ formula: r.values[0], format: r.format, areas: r.ranges.map((a) => ({ ...a.area })) }));

  it("a re-run keeps them without writing a rule; rows added by hand are tinted on the next run", async () => {
    const book = sampleBook();
    const { run, env, ctx } = await addinFor(book);
    run("kiemTraNhatKy");
    const first = tints(book);
    expect(first.map((t) => t.formula)).toEqual(['=$J2="Lỗi"', '=$J2="Cảnh báo"']);
    env.calls.reset();
    run("kiemTraNhatKy");
    expect(env.calls.count("Sheet.setConditionalFormatRules")).toBe(0);
    expect(tints(book)).toEqual(first);
    // The user inserts 500 rows at the end of the tab: the next run stretches both rules over them.
    vm.runInContext(
      `(() => { const s = SpreadsheetApp.getActive().getSheetByName("Nhật ký đi cơ sở"); s.insertRowsAfter(s.getMaxRows(), 500); })()`,
      ctx,
    );
    run("kiemTraNhatKy");
    const grown = tints(book);
    expect(grown.map((t) => [t.formula, t.format])).toEqual(first.map((t) => [t.formula, t.format]));
    expect(grown.map((t) => t.areas)).toEqual(first.map((t) => t.areas.map((a) => ({ ...a, r2: a.r2 + 500 }))));
  });
});

describe("a sheet without data", () => {
  it("reads as a table without headers: the command names the missing columns, nothing unexpected", async () => {
    const book = sampleBook();
    const { run, env, ctx } = await addinFor(book);
    // The user made Tạm miễn and left it blank.
    vm.runInContext(`SpreadsheetApp.getActive().insertSheet("Tạm miễn")`, ctx);
    run("tinhTienDo");
    const said = env.ui.alerts.at(-1)!.prompt;
    expect(said).toMatch(/Trang «Tạm miễn» thiếu cột «Cán bộ»/);
    expect(said).not.toMatch(/ngoài dự kiến/);
  });
});
