// `--bao-cao`: the period report written as .docx by the runner from the bundle's report description,
// read back (text, table cells, formatting, page) and checked against `Tiến độ chỉ tiêu` of the same
// run at the same as-of date; converted to PDF by LibreOffice where the machine has it.
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_FILE } from "../../examples/make-sample";
import { CODE_ENV } from "../../src/runner/bundle";
import { parseDayMonthYear } from "../../src/runner/options";
import { runWorkbook } from "../../src/runner/run";
import { H, SHEET } from "../../src/text";
import { builtBundle } from "../support/bundle";

const soffice = ["soffice", "libreoffice"].find((cmd) => spawnSync("which", [cmd]).status === 0);
const dir = mkdtempSync(join(tmpdir(), "tct-report-"));

type Docx = { xml: string; text: string; tables: string[][][] };

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join("");
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => texts(m[0]));

function readDocx(file: string): Docx {
  const xml = strFromU8(unzipSync(readFileSync(file))["word/document.xml"]);
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join("\n")),
    ),
  );
  return { xml, text: paragraphs(xml).join("\n"), tables };
}

/** `Tiến độ chỉ tiêu` of a result book: one record per cadre, by header. */
async function progressSheet(file: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET.progress)!;
  const header = (ws.getRow(2).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n <= 2) return;
    const v = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(header.map((h, i) => [h, v[i]])));
  });
  return out;
}

async function historyRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.getWorksheet(SHEET.history)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map(String)));
  return rows;
}

const days = (x: unknown) => Math.round(Number(x) * 10) / 10;
const shown = (x: number) => x.toFixed(1).replace(".", ",");

async function report(period: string, out: string, asOf?: string) {
  const input = join(dir, "so-mau.xlsx");
  const r = await runWorkbook({
    input,
    out: join(dir, `${out}.xlsx`),
    report: period,
    asOf: asOf ? parseDayMonthYear(asOf) : undefined,
    user: "vanphong@huyendoan.vn",
  });
  return { run: r, docx: readDocx(r.report!.file), sheet: await progressSheet(r.output) };
}

beforeAll(async () => {
  const built = await builtBundle();
  process.env[CODE_ENV] = built.codePath;
  copyFileSync(SAMPLE_FILE, join(dir, "so-mau.xlsx"));
}, 120_000);

/** The cadre table (the bordered one whose header starts with STT). */
const cadreTable = (d: Docx) => d.tables.find((t) => t[0][0] === "STT" && t[0][3] === "Số ngày trong kỳ")!;

describe("--bao-cao writes the period report as .docx", () => {
  it("quý III at the book's as-of (30/09/2025): the figures are the sheet's Quý III and Tổng số ngày", async () => {
    const { run, docx, sheet } = await report("quy-3", "q3");
    expect(run.report!.file).toBe(join(dir, "so-mau-bao-cao-quy-3.docx"));
    expect(run.report!.title).toBe("Báo cáo đi cơ sở quý III năm 2025 — so-mau");
    const table = cadreTable(docx);
    const rows = table.slice(1, -1);
    expect(rows.length).toBeGreaterThan(10);
    const byName = new Map(sheet.map((r) => [String(r[H.fullName]), r]));
    for (const [stt, name, , inPeriod, cumulative, target, , assessment] of rows) {
      const p = byName.get(name)!;
      expect(p, name).toBeDefined();
      expect([inPeriod, cumulative, target, assessment]).toEqual([
        shown(days(p[H.q3])),
        shown(days(p[H.totalDays])),
        String(p[H.target]),
        p[H.assessment],
      ]);
      expect(Number(stt)).toBeGreaterThan(0);
    }
    // Totals row: the sums of the rows.
    const total = table.at(-1)!;
    expect(total[1]).toBe("Cộng");
    const sum = rows.reduce((s, r) => s + Number(r[3].replace(",", ".")), 0);
    expect(total[3]).toBe(shown(Math.round(sum * 10) / 10));
    expect(docx.text).toContain('Kết quả thực hiện chủ trương đi cơ sở "1+2" quý III năm 2025');
    expect(docx.text).not.toContain("số liệu tính đến ngày");
  }, 120_000);

  it("6 tháng: as-of 30/06 — the sheet of a run at 30/06 shows the same numbers", async () => {
    const { docx } = await report("6-thang", "h1");
    const { sheet } = await report("6-thang", "h1-at-30-6", "30/06/2025");
    const byName = new Map(sheet.map((r) => [String(r[H.fullName]), r]));
    const rows = cadreTable(docx).slice(1, -1);
    for (const [, name, , inPeriod, cumulative, , , assessment] of rows) {
      const p = byName.get(name)!;
      expect([inPeriod, cumulative, assessment]).toEqual([
        shown(days(p[H.h1])),
        shown(days(p[H.totalDays])),
        p[H.assessment],
      ]);
    }
    expect(docx.text).toContain("6 tháng đầu năm 2025");
  }, 120_000);

  it("cả năm at 30/09: subject says the as-of date, the annex lists the rating per group", async () => {
    const { docx } = await report("ca-nam", "year");
    expect(docx.text).toContain('"1+2" năm 2025 (số liệu tính đến ngày 30/09/2025)');
    expect(docx.text).toContain("PHỤ LỤC: KẾT QUẢ XẾP LOẠI");
    const annex = docx.tables.find((t) => t[0][0] === "Nhóm")!;
    expect(annex[0]).toEqual(["Nhóm", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Chưa xếp loại", "Cộng", "Tỷ lệ HTXSNV"]);
    // 48 units rated in the sample: the total row adds up to them.
    expect(annex.at(-1)![6]).toBe("48");
    expect(docx.xml).toMatch(/<w:br w:type="page"\/>/);
  }, 120_000);

  it("a typed range, and the report is recorded in the result book's Lịch sử chạy", async () => {
    const { run, docx } = await report("01/07/2025-31/07/2025", "range");
    expect(run.report!.file).toBe(join(dir, "so-mau-bao-cao-01.07.2025-31.07.2025.docx"));
    expect(docx.text).toContain("từ ngày 01/07/2025 đến ngày 31/07/2025");
    const history = await historyRows(run.output);
    const last = history.at(-1)!;
    expect(last[2]).toBe("Lập báo cáo");
    expect(last[3]).toContain("so-mau-bao-cao-01.07.2025-31.07.2025.docx");
  }, 120_000);

  it("page A4 portrait with the Đoàn margins, Times New Roman, header table borderless, ĐOÀN TNCS bold underlined", async () => {
    const { docx } = await report("quy-3", "format");
    expect(docx.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(docx.xml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/);
    expect(docx.xml).toContain('w:ascii="Times New Roman"');
    const header = docx.xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)![0];
    expect(header).toMatch(/<w:top w:val="none"/);
    const union = /<w:r>(?:(?!<\/w:r>)[\s\S])*ĐOÀN TNCS HỒ CHÍ MINH<\/w:t><\/w:r>/.exec(header)![0];
    expect(union).toContain("<w:b/>");
    expect(union).toMatch(/<w:u w:val="single"\/>/);
    // Body 14 pt, tables 13 pt (half-points).
    expect(docx.xml).toContain('<w:sz w:val="28"/>');
    expect(docx.xml).toContain('<w:sz w:val="26"/>');
    const [[left, right], [number, date]] = docx.tables[0];
    expect(left.split("\n")).toEqual(["……………", "***"]);
    expect(right).toBe("ĐOÀN TNCS HỒ CHÍ MINH");
    expect(number).toBe("Số: …-BC/……………");
    expect(date).toMatch(/^……………, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);
  }, 120_000);

  it("an unreadable period stops with a Vietnamese message and an example; no .docx is written", async () => {
    await expect(
      runWorkbook({ input: join(dir, "so-mau.xlsx"), out: join(dir, "bad.xlsx"), report: "quý 9" }),
    ).rejects.toThrow(/Không hiểu kỳ «quý 9»[\s\S]*01\/04\/2025 - 30\/06\/2025/);
    expect(existsSync(join(dir, "bad.xlsx"))).toBe(false);
  }, 120_000);

  it.skipIf(!soffice)(
    "LibreOffice opens it as one A4-portrait PDF whose first page holds the header block",
    async () => {
      const { run } = await report("quy-3", "pdf");
      // A profile of its own: another LibreOffice running on the machine would take the conversion over.
      const profile = `-env:UserInstallation=file://${join(dir, "lo-profile")}`;
      const conv = spawnSync(
        soffice!,
        [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, run.report!.file],
        {
          timeout: 120_000,
        },
      );
      expect(conv.status).toBe(0);
      const pdf = run.report!.file.replace(/\.docx$/, ".pdf");
      const info = spawnSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" }).stdout;
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(sizes.length).toBeGreaterThan(0);
      for (const [w, h] of sizes) {
        expect(Math.round(w)).toBe(595);
        expect(Math.round(h)).toBe(842);
      }
      const first = spawnSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"], { encoding: "utf8" }).stdout;
      expect(first).toContain("ĐOÀN TNCS HỒ CHÍ MINH");
      expect(first).toMatch(/Số: …-BC\//);
      expect(first).toContain("BÁO CÁO");
      expect(first).toContain("I. TÌNH HÌNH CHUNG");
    },
    180_000,
  );
});
