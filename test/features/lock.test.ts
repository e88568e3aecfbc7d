// SPEC §15 through the built bundle: `Chốt số liệu` on the sample book (as of 30/06/2025), then the
// log edited the ways offices edit it, and the warnings and change counts that follow.
import * as vm from "node:vm";
import { describe, expect, it } from "vitest";
import type { LocalSpreadsheet } from "../../src/imitation";
import { H, LH, LOCK_SHEET, SHEET } from "../../src/text";
import { addinFor, resultColumn, snapshotBook } from "../support/addin";
import { day, LATE_Q1_VISIT, OWNER, sampleBook, typeRow } from "../support/sample-book";

const WARNING = "thuộc kỳ đã chốt quý I năm 2025 — số liệu đã báo cáo không gồm dòng này";
const ADMIN_ONLY = "cần quản trị viên";

async function lockQ1(book: LocalSpreadsheet, answers: [string, string][] = [["OK", "Quý I"]], user = OWNER) {
  const addin = await addinFor(book, { user });
  for (const [button, text] of answers) addin.env.ui.respond(button as "OK", text);
  addin.run("chotSoLieu");
  return addin;
}

/** Runs Kiểm tra nhật ký after `edit` and returns the log's details and the command's summary. */
async function checkAfter(book: LocalSpreadsheet, edit: (log: ReturnType<LocalSpreadsheet["rawSheet"]>) => void) {
  edit(book.rawSheet(SHEET.log));
  const { run } = await addinFor(book);
  const outcome = run("kiemTraNhatKy") as { summary: string };
  const detail = resultColumn(book, SHEET.log, H.checkDetail, 1) as string[];
  return { outcome, warned: detail.map((d, i) => (d.includes(WARNING) ? i + 2 : 0)).filter(Boolean) };
}

describe("Chốt số liệu", () => {
  it("freezes the quarter: a protected Chốt sheet with the report, the register row and a hidden fingerprint", async () => {
    const book = sampleBook();
    const { env } = await lockQ1(book);
    expect(env.ui.prompts).toHaveLength(1);
    const names = book.rawSheetNames();
    expect(names).toContain("Chốt quý I 2025");
    const frozen = book.rawSheet("Chốt quý I 2025").rawValues().flat().map(String);
    expect(frozen[0]).toMatch(
      /^Chốt lúc \d\d:\d\d \d\d\/\d\d\/\d{4}, bởi bithu@tinhdoan\.vn, số liệu tính đến ngày 31\/03\/2025$/,
    );
    expect(frozen).toContain("BÁO CÁO");
    expect(frozen.some((t) => t.includes("quý I năm 2025"))).toBe(true);
    const register = book.rawSheet(LOCK_SHEET.register).rawValues();
    expect(register[0]).toEqual([LH.period, LH.from, LH.to, LH.asOf, LH.lockedAt, LH.lockedBy, LH.sheet, LH.rows]);
    expect(register[1][0]).toBe("quý I năm 2025");
    expect(register[1].slice(5)).toEqual([OWNER, "Chốt quý I 2025", 3]);
    const fp = book.raw().sheets.find((s) => s.name === "Dấu kỳ đã chốt")!;
    expect(fp.hidden).toBe(true);
    expect(book.rawSheet("Dấu kỳ đã chốt").rawValues()).toHaveLength(4);
    for (const name of ["Chốt quý I 2025", LOCK_SHEET.register, "Dấu kỳ đã chốt"]) {
      const prot = book.raw().protections.filter((p) => p.sheet.name === name);
      expect(prot.length, name).toBe(1);
      expect(prot[0].warningOnly, name).toBe(false);
      expect([...(prot[0].editors ?? [])], name).toEqual([OWNER]);
    }
  });

  it("the Chốt sheet can be read: its title line frozen, its names and Đánh giá not clipped (SPEC §17)", async () => {
    const book = sampleBook();
    await lockQ1(book);
    const model = book.raw().sheets.find((s) => s.name === "Chốt quý I 2025")!;
    expect(model.frozenRows).toBe(1);
    const rows = book.rawSheet("Chốt quý I 2025").rawValues() as string[][];
    const header = rows.findIndex((r) => r.includes(H.fullName));
    expect(header).toBeGreaterThan(0);
    for (const h of [H.fullName, H.assessment]) {
      const col = rows[header].indexOf(h);
      const longest = Math.max(...rows.slice(header).map((r) => String(r[col] ?? "").length));
      // ~7 px a character at Sheets' 10 pt Arial.
      expect(model.columnWidths.get(col + 1) ?? 100, h).toBeGreaterThanOrEqual(longest * 7);
    }
    // Kỳ đã chốt: its header frozen, `Chốt lúc` and `Trang tính` as wide as what they hold.
    const register = book.raw().sheets.find((s) => s.name === LOCK_SHEET.register)!;
    expect(register.frozenRows).toBe(1);
    const line = book.rawSheet(LOCK_SHEET.register).rawValues()[1];
    expect(register.columnWidths.get(7) ?? 100).toBeGreaterThanOrEqual(String(line[6]).length * 7);
  });

  it("then warns a row added to the locked quarter and counts it in the summary", async () => {
    const book = sampleBook();
    await lockQ1(book);
    const { outcome, warned } = await checkAfter(book, (log) =>
      typeRow(log, log.rawValues().length + 1, LATE_Q1_VISIT),
    );
    expect(warned).toEqual([9]);
    expect(outcome.summary).toContain("Kỳ quý I năm 2025: 1 dòng đã thay đổi sau khi chốt");
  });

  it("does not warn rows moved by sorting or renumbered, nor a fixed typo in Nội dung, kết quả", async () => {
    const book = sampleBook();
    await lockQ1(book);
    const { outcome, warned } = await checkAfter(book, (log) => {
      const rows = log.rawValues();
      // reverse the data rows (a sort) and renumber STT
      const data = rows.slice(1).reverse();
      data.forEach((r, i) => {
        r[0] = 100 + i;
      });
      (log as unknown as { getRange(r: number, c: number, n: number, m: number): { setValues(v: unknown[][]): void } })
        .getRange(2, 1, data.length, data[0].length)
        .setValues(data);
      const content = (log.rawValues()[0] as unknown[]).indexOf(H.content) + 1;
      const last = data.length + 1; // the first row of the quarter now sits last
      typeRow(log, last, [[H.content, "Dự sinh hoạt chi đoàn ấp 3 (đã sửa lỗi chính tả)"]]);
      expect(content).toBeGreaterThan(0);
    });
    expect(warned).toEqual([]);
    expect(outcome.summary).not.toContain("thay đổi sau khi chốt");
  });

  it("counts a row whose date or cadre was edited as changed", async () => {
    for (const [header, value] of [
      [H.dateFrom, day(2, 3)],
      [H.cadre, "CB004"],
    ] as const) {
      const book = sampleBook();
      await lockQ1(book);
      const { outcome, warned } = await checkAfter(book, (log) => typeRow(log, 2, [[header, value]]));
      expect(warned, header).toEqual([2]);
      expect(outcome.summary, header).toMatch(/Kỳ quý I năm 2025: [12] dòng đã thay đổi sau khi chốt/);
    }
  });

  it("locks again after confirmation, keeping the first sheet under its lock date", async () => {
    const book = sampleBook();
    await lockQ1(book);
    const { env } = await lockQ1(book, [
      ["OK", "quy 1"],
      ["YES", ""],
    ]);
    expect(env.ui.alerts.some((a) => a.prompt.includes("đã chốt ngày"))).toBe(true);
    const names = book.rawSheetNames().filter((n) => n.startsWith("Chốt "));
    expect(names).toHaveLength(2);
    expect(names).toContain("Chốt quý I 2025");
    expect(names.find((n) => n !== "Chốt quý I 2025")).toMatch(/^Chốt quý I 2025 \(\d\d\.\d\d\.\d\d\)$/);
    const register = book.rawSheet(LOCK_SHEET.register).rawValues();
    expect(register).toHaveLength(3);
    expect(register[1][6]).toMatch(/^Chốt quý I 2025 \(/);
    expect(register[2][6]).toBe("Chốt quý I 2025");
    // the fingerprint holds the latest lock only
    expect(book.rawSheet("Dấu kỳ đã chốt").rawValues()).toHaveLength(4);
  });

  it("asks again for a period Kỳ đã chốt lists after its Chốt sheet was deleted; No writes nothing", async () => {
    const book = sampleBook();
    const first = await lockQ1(book);
    vm.runInContext(
      `SpreadsheetApp.getActive().deleteSheet(SpreadsheetApp.getActive().getSheetByName("Chốt quý I 2025"))`,
      first.ctx,
    );
    const before = snapshotBook(book, [SHEET.history]);
    const { env } = await lockQ1(book, [
      ["OK", "Quý I"],
      ["NO", ""],
    ]);
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(
      /Kỳ quý I năm 2025 đã chốt ngày .*trang chốt của lần đó không còn.*Chốt lại\?/s,
    );
    expect(snapshotBook(book, [SHEET.history])).toEqual(before);
    await lockQ1(book, [
      ["OK", "Quý I"],
      ["YES", ""],
    ]);
    expect(book.rawSheetNames()).toContain("Chốt quý I 2025");
    expect(book.rawSheet(LOCK_SHEET.register).rawValues()).toHaveLength(3);
  });

  it("asks before locking a period that has not ended; No writes nothing", async () => {
    const book = sampleBook();
    const before = snapshotBook(book, [SHEET.history]);
    const { env } = await lockQ1(book, [
      ["OK", "01/04/2025 - 31/07/2025"],
      ["NO", ""],
    ]);
    expect(env.ui.alerts.at(-1)!.prompt).toContain(
      "chưa kết thúc (đến ngày 31/07/2025); số liệu sẽ chốt tính đến ngày 30/06/2025",
    );
    expect(snapshotBook(book, [SHEET.history])).toEqual(before);
    await lockQ1(book, [
      ["OK", "01/04/2025 - 31/07/2025"],
      ["YES", ""],
    ]);
    expect(book.rawSheetNames()).toContain("Chốt 01.04–31.07.2025");
  });

  it("tells a non-admin that it needs an admin, and writes nothing", async () => {
    const book = sampleBook();
    const before = snapshotBook(book, [SHEET.history]);
    const { env } = await lockQ1(book, [["OK", "Quý I"]], "hoa.nt@tinhdoan.vn");
    expect(env.ui.alerts.at(-1)!.prompt).toContain(ADMIN_ONLY);
    expect(env.ui.prompts).toHaveLength(0);
    expect(snapshotBook(book, [SHEET.history])).toEqual(before);
  });
});
