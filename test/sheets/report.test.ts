// `Lập báo cáo` through the built bundle in the sealed vm, as a user clicks it: the period prompt,
// the Google Doc it creates (layout, page, fonts), the figures against `Tiến độ chỉ tiêu` at the same
// as-of date, sharing, the link, `Lịch sử chạy` — and that nothing else in the book changes.
import { describe, expect, it } from "vitest";
import type { LocalSpreadsheet } from "../../src/imitation";
import type { RawBlock } from "../../src/imitation/document/document";
import { H, REPORT_SETTINGS as R, SHEET } from "../../src/text";
import { addinFor, resultColumn, snapshotBook } from "../support/addin";
import { day, OWNER, sampleBook } from "../support/sample-book";

const ADMIN = "admin@huyendoan.vn";
const CLERK = "vanthu@huyendoan.vn";

/** The sample book with its as-of date, admins and report settings. */
function bookAt(asOf: Date, extra: [string, unknown][] = []): LocalSpreadsheet {
  return sampleBook({
    editors: [ADMIN, CLERK],
    asOf,
    admins: [ADMIN],
    settings: extra.map(([k, v]) => [k, v, ""]),
  });
}

const HEADING: [string, unknown][] = [
  [R.superior, "Ban Chấp hành Tỉnh đoàn Bình Phước"],
  [R.office, "Ban Thường vụ Thành đoàn Đồng Xoài"],
  [R.code, "TĐTN"],
  [R.place, "Đồng Xoài"],
  [R.signer, "Nguyễn Thị Hoà"],
  [R.signerTitle, "Phó Bí thư"],
  [R.recipients, "Tỉnh đoàn (b/c); Thường trực Thành ủy (b/c); Các cơ sở Đoàn"],
];

const texts = (blocks: RawBlock[]): string =>
  blocks
    .map((b) => (b.type === "PARAGRAPH" ? b.text : b.rows.map((r) => r.map((c) => c.text).join("\t")).join("\n")))
    .join("\n");

/** The cadre table of the report: header STT … Đánh giá, then one row per cadre, then Cộng. */
function cadreRows(blocks: RawBlock[]): string[][] {
  const t = blocks.find((b) => b.type === "TABLE" && b.rows[0][0].text === "STT");
  if (t?.type !== "TABLE") throw new Error("no cadre table");
  return t.rows.slice(1, -1).map((r) => r.map((c) => c.text));
}

const shown = (x: unknown) => (Math.round(Number(x) * 10) / 10).toFixed(1).replace(".", ",");

async function report(book: LocalSpreadsheet, answers: [string, string][], user = OWNER) {
  const addin = await addinFor(book, { user });
  for (const [button, text] of answers) addin.env.ui.respond(button as "OK", text);
  addin.run("lapBaoCao");
  return addin;
}

describe("Lập báo cáo", () => {
  it("costs no DocumentApp call for a plain table cell (Apps Script's 6 minutes hold thousands of cadres)", async () => {
    const book = bookAt(day(30, 6), HEADING);
    const { env } = await report(book, [["OK", "Quý II"]]);
    const doc = env.documents.at(-1)!;
    const cells = doc.rawBlocks().reduce((n, b) => n + (b.type === "TABLE" ? b.rows.flat().length : 0), 0);
    const aligned = doc
      .rawBlocks()
      .flatMap((b) => (b.type === "TABLE" ? b.rows.flat() : []))
      .filter((c) => c.blocks.some((p) => p.type === "PARAGRAPH" && p.attributes.HORIZONTAL_ALIGNMENT));
    expect(aligned.length).toBeGreaterThan(0);
    expect(env.calls.count("Table.getCell")).toBeLessThan(cells);
    // A centred or right-aligned cell: getCell, getChild, asParagraph, setAlignment.
    expect(env.calls.total(["Table", "TableCell", "Element", "Paragraph"])).toBeLessThanOrEqual(
      4 * aligned.length + 200,
    );
  });

  it("asks the period, creates the Google Doc, shows its link and records it; nothing else in the book changes", async () => {
    const book = bookAt(day(30, 6), HEADING);
    const before = snapshotBook(book, [SHEET.history]);
    const { env } = await report(book, [["OK", "quy 1"]]);
    expect(env.ui.prompts).toHaveLength(1);
    expect(env.ui.prompts[0].prompt).toContain("Quý I");
    const doc = env.documents.at(-1)!;
    expect(doc.getName()).toBe("Báo cáo đi cơ sở quý I năm 2025 — Đi cơ sở 2025");
    const dialog = env.ui.dialogs.find((d) => d.kind === "modal")!;
    expect(dialog.html).toContain(doc.getUrl());
    expect(dialog.html).toContain("Đã tạo văn bản «Báo cáo đi cơ sở quý I năm 2025 — Đi cơ sở 2025»");
    const history = book.rawSheet(SHEET.history).rawValues().at(-1)!;
    expect(history[2]).toBe("Lập báo cáo");
    expect(history[3]).toContain(doc.getUrl());
    const after = snapshotBook(book, [SHEET.history]);
    after["(tabs)"] = JSON.stringify(JSON.parse(after["(tabs)"]).filter((n: string) => n !== SHEET.history));
    expect(after).toEqual(before);
    // Shared with the admin as editor.
    expect(doc.getEditors().map((u) => u.getEmail())).toContain(ADMIN);
  });

  it("lays the document out as the Đoàn format: A4, margins, Times New Roman, header block, signature", async () => {
    const book = bookAt(day(30, 6), HEADING);
    const { env } = await report(book, [["OK", "Quý II"]]);
    const doc = env.documents.at(-1)!;
    const page = doc.rawPage();
    expect(Math.round(Number(page.PAGE_WIDTH))).toBe(595);
    expect(Math.round(Number(page.PAGE_HEIGHT))).toBe(842);
    expect(
      [page.MARGIN_TOP, page.MARGIN_BOTTOM, page.MARGIN_LEFT, page.MARGIN_RIGHT].map((x) => Math.round(Number(x))),
    ).toEqual([57, 57, 85, 57]);
    const blocks = doc.rawBlocks();
    const header = blocks[0];
    if (header.type !== "TABLE") throw new Error("the document starts with the header block");
    expect(header.attributes.BORDER_WIDTH).toBe(0);
    const [left, right] = header.rows[0];
    expect(left.text.split("\n")).toEqual([
      "BAN CHẤP HÀNH TỈNH ĐOÀN BÌNH PHƯỚC",
      "BAN THƯỜNG VỤ THÀNH ĐOÀN ĐỒNG XOÀI",
      "***",
    ]);
    expect(header.rows[1][0].text).toBe("Số: …-BC/TĐTN");
    const office = left.blocks[1];
    if (office.type !== "PARAGRAPH") throw new Error();
    expect(office.runs[0].attributes).toMatchObject({ BOLD: true, FONT_FAMILY: "Times New Roman", FONT_SIZE: 14 });
    const union = right.blocks[0];
    if (union.type !== "PARAGRAPH") throw new Error();
    expect(union.text).toBe("ĐOÀN TNCS HỒ CHÍ MINH");
    expect(union.runs[0].attributes).toMatchObject({ BOLD: true, UNDERLINE: true });
    const date = header.rows[1][1].blocks[0];
    if (date.type !== "PARAGRAPH") throw new Error();
    // The imitation's clock is the real one: the date line is today's, in the book's zone.
    expect(date.text).toMatch(/^Đồng Xoài, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);
    expect(date.runs[0].attributes.ITALIC).toBe(true);
    const all = texts(blocks);
    expect(all).toContain('Kết quả thực hiện chủ trương đi cơ sở "1+2" quý II năm 2025');
    expect(all).toContain("- Tỉnh đoàn (b/c);\n- Thường trực Thành ủy (b/c);\n- Các cơ sở Đoàn;\n- Lưu VP.");
    expect(all).toMatch(/TM\. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ[\s\S]*Nguyễn Thị Hoà/);
    // Tables at 13 pt.
    const table = blocks.find((b) => b.type === "TABLE" && b.rows[0][0].text === "STT")!;
    if (table.type !== "TABLE") throw new Error();
    const cell = table.rows[1][1].blocks[0];
    if (cell.type !== "PARAGRAPH") throw new Error();
    expect(cell.runs[0].attributes.FONT_SIZE).toBe(13);
  });

  it.each([
    ["Quý I", day(31, 3), H.q1],
    ["quy 2", day(30, 6), H.q2],
    ["6 tháng", day(30, 6), H.h1],
    ["9 thang", day(15, 8), H.m9],
    ["cả năm", day(15, 8), H.totalDays],
    ["01/04/2025-30/06/2025", day(30, 6), H.q2],
  ])("%s: figures equal Tiến độ chỉ tiêu computed at the same as-of date", async (answer, asOf, column) => {
    const book = bookAt(asOf);
    const { run, env } = await report(book, [["OK", answer]]);
    run("tinhTienDo");
    const names = resultColumn(book, SHEET.progress, H.fullName);
    const inPeriod = resultColumn(book, SHEET.progress, column);
    const totals = resultColumn(book, SHEET.progress, H.totalDays);
    const assessments = resultColumn(book, SHEET.progress, H.assessment);
    const rows = cadreRows(env.documents.at(-1)!.rawBlocks());
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const i = names.indexOf(r[1]);
      expect(i, r[1]).toBeGreaterThanOrEqual(0);
      expect([r[3], r[4], r[7]]).toEqual([shown(inPeriod[i]), shown(totals[i]), assessments[i]]);
    }
    // Lê Thị Thuỷ starts on 1/7: Chưa đến kỳ before, so she is listed only from Quý III on.
    expect(rows.some((r) => r[1] === "Lê Thị Thuỷ")).toBe(asOf.getTime() >= day(1, 7).getTime());
  });

  it("a partial period says up to which day; the whole year gets the rating annex", async () => {
    const book = bookAt(day(15, 8));
    const { env } = await report(book, [["OK", "Cả năm"]]);
    const all = texts(env.documents.at(-1)!.rawBlocks());
    expect(all).toContain('"1+2" năm 2025 (số liệu tính đến ngày 15/08/2025)');
    expect(all).toContain("PHỤ LỤC: KẾT QUẢ XẾP LOẠI");
    expect(
      env.documents
        .at(-1)!
        .rawBlocks()
        .some((b) => b.type === "PARAGRAPH" && b.breaks.includes("PAGE_BREAK")),
    ).toBe(true);
  });

  it("asks the period before taking the document lock (a dialog would release it)", async () => {
    const book = bookAt(day(30, 6));
    const { env } = await report(book, [
      ["OK", "quý 7"],
      ["OK", "Quý II"],
    ]);
    expect(env.ui.prompts).toHaveLength(2);
    expect(env.locks.lostToDialogs).toEqual([]);
    expect(env.documents).toHaveLength(1);
  });

  it("Cancel does nothing: no document, no history row", async () => {
    const book = bookAt(day(30, 6));
    const before = snapshotBook(book);
    const { env } = await report(book, [["CANCEL", ""]]);
    expect(env.documents).toHaveLength(0);
    expect(snapshotBook(book)).toEqual(before);
  });

  it("an answer it cannot read is asked again with an example", async () => {
    const book = bookAt(day(30, 6));
    const { env } = await report(book, [
      ["OK", "quý 5"],
      ["OK", "31/02/2025 - 30/06/2025"],
      ["OK", "Quý I"],
    ]);
    expect(env.ui.prompts).toHaveLength(3);
    expect(env.ui.prompts[1].prompt).toMatch(/Không hiểu kỳ «quý 5».*01\/04\/2025 - 30\/06\/2025/s);
    expect(env.ui.prompts[2].prompt).toMatch(/không có trên lịch/);
    expect(env.documents).toHaveLength(1);
  });

  it("a period that has not begun at Ngày tính tiến độ is asked again, saying which setting decides", async () => {
    const book = bookAt(day(30, 6));
    const { env } = await report(book, [
      ["OK", "Quý IV"],
      ["CANCEL", ""],
    ]);
    expect(env.ui.prompts[1].prompt).toContain("Ngày tính tiến độ");
    expect(env.documents).toHaveLength(0);
  });

  it("is open to every editor: a clerk who is not an admin gets the report after Phân quyền", async () => {
    const book = bookAt(day(30, 6));
    (await addinFor(book, { user: OWNER })).run("phanQuyen");
    const { env } = await report(book, [["OK", "Quý II"]], CLERK);
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([]);
    const doc = env.documents.at(-1)!;
    expect(doc.rawModel().owner).toBe(CLERK);
    expect(doc.getEditors().map((u) => u.getEmail())).toEqual(expect.arrayContaining([ADMIN, OWNER]));
    expect(book.rawSheet(SHEET.history).rawValues().at(-1)![1]).toBe(CLERK);
  });

  it("Hướng dẫn tells which print options to pick and explains Lập báo cáo", async () => {
    const { run, env } = await addinFor(bookAt(day(30, 6)));
    run("huongDan");
    const html = env.ui.dialogs.find((d) => d.kind === "modal")!.html;
    expect(html).toContain("Khổ giấy A4");
    expect(html).toContain("Hướng trang: Ngang");
    expect(html).toContain("Vừa với chiều rộng");
    expect(html).toContain("Lập báo cáo");
  });
});
