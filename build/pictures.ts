// `npm run pictures`: the README's pictures, made from the demo itself. Runs the built runner on the
// sample book (with an office's report settings filled in) and a quarterly report, then prints the first page of a few result sheets and of the
// report to PNG the way a user would print them: LibreOffice headless → PDF → pdftoppm.
// Needs LibreOffice (soffice) and poppler-utils (pdftoppm) on the machine.
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { REPORT_SETTINGS, SHEET } from "../src/text";
import { ROOT } from "./build";

const OUT = join(ROOT, "docs", "images");
const DPI = "100";

/** Picture name → sheet of the result book and the part of it shown (the first rows, every column). */
const SHEETS: Record<string, { sheet: string; rows: number }> = {
  "nhat-ky": { sheet: SHEET.log, rows: 18 },
  "tien-do-chi-tieu": { sheet: SHEET.progress, rows: 22 },
  "xep-loai": { sheet: SHEET.rating, rows: 18 },
};

function run(cmd: string, args: string[], cwd = ROOT): string {
  const r = spawnSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", timeout: 300_000 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message} — cài LibreOffice và poppler-utils rồi chạy lại.`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** The band of page 1 that holds text, in points, with a margin (the rest of the page is blank). */
function usedBand(pdf: string): { top: number; height: number } {
  const box = run("pdftotext", ["-f", "1", "-l", "1", "-bbox", pdf, "-"]);
  const page = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(box)?.[1] ?? 842);
  const tops = [...box.matchAll(/yMin="([\d.]+)"/g)].map((m) => Number(m[1]));
  const bottoms = [...box.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
  const top = Math.max(0, Math.min(page, ...tops) - 12);
  return { top, height: Math.min(page, Math.max(0, ...bottoms) + 12) - top };
}

/** First page of a document as docs/images/<name>.png, cut below its last line when `trim`. */
function firstPage(file: string, dir: string, name: string, trim: boolean): void {
  // A profile of its own: another LibreOffice running on the machine would take the conversion over.
  run("soffice", [
    `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dir,
    file,
  ]);
  const pdf = file.replace(/\.(xlsx|docx)$/, ".pdf");
  const px = (pt: number) => String(Math.ceil((pt * Number(DPI)) / 72));
  const band = trim ? usedBand(pdf) : undefined;
  const crop = band ? ["-x", "0", "-y", px(band.top), "-W", "10000", "-H", px(band.height)] : [];

  run("pdftoppm", ["-png", "-r", DPI, "-f", "1", "-l", "1", ...crop, "-singlefile", pdf, join(dir, name)]);
  renameSync(join(dir, `${name}.png`), join(OUT, `${name}.png`));
}

/** A copy of the result book holding only `sheet` and its first `rows`. */
async function onlySheet(book: string, sheet: string, rows: number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  for (const ws of [...wb.worksheets]) if (ws.name !== sheet) wb.removeWorksheet(ws.id);
  const ws = wb.worksheets[0];
  // Hidden rows are not printed (exceljs's spliceRows leaves them in the file). LibreOffice keeps the
  // stored row heights, so a shown row gets the height its wrapped text needs, as Sheets gives it.
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (r > rows) {
      row.hidden = true;
      continue;
    }
    let lines = 1;
    row.eachCell((cell, c) => {
      if (!cell.alignment?.wrapText) return;
      const chars = Math.max(8, (ws.getColumn(c).width ?? 10) * 1.4);
      lines = Math.max(lines, Math.ceil(String(cell.value ?? "").length / chars));
    });
    row.height = 15 * lines;
  }
  await wb.xlsx.writeFile(file);
}

/** The sample book with the report settings of an office filled in, as an office would. */
async function withHeading(sample: string, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const ws = wb.getWorksheet(SHEET.settings)!;
  const heading: [string, string][] = [
    [REPORT_SETTINGS.superior, "Ban Chấp hành Tỉnh đoàn Bình Phước"],
    [REPORT_SETTINGS.office, "Ban Thường vụ Huyện đoàn Bù Đăng"],
    [REPORT_SETTINGS.code, "HĐTN"],
    [REPORT_SETTINGS.place, "Bù Đăng"],
    [REPORT_SETTINGS.signer, "Nguyễn Thị Hạnh"],
    [REPORT_SETTINGS.recipients, "Ban Thường vụ Tỉnh đoàn (b/c); Thường trực Huyện ủy (b/c); Các cơ sở Đoàn"],
  ];
  for (const [param, value] of heading) ws.addRow([param, value]);
  await wb.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "tct-pictures-"));
  const input = join(dir, "so-mau.xlsx");
  await withHeading(join(ROOT, "examples", "so-mau.xlsx"), input);
  run(process.execPath, [resolve(ROOT, "bin", "tinh-chi-tieu.js"), input, "--bao-cao", "quy-3"]);
  const result = join(dir, "so-mau-ket-qua.xlsx");
  for (const [name, { sheet, rows }] of Object.entries(SHEETS)) {
    const file = join(dir, `${name}.xlsx`);
    await onlySheet(result, sheet, rows, file);
    firstPage(file, dir, name, true);
  }
  firstPage(join(dir, "so-mau-bao-cao-quy-3.docx"), dir, "bao-cao-quy-3", false);
  process.stdout.write(`Đã ghi ảnh vào ${OUT}\n`);
}

await main();
