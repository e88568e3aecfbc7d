// `npm run pictures`: the README's pictures, made from the demo itself. Runs the built runner on the
// sample book with a quarterly report, then prints the first page of a few result sheets and of the
// report to PNG the way a user would print them: LibreOffice headless → PDF → pdftoppm.
// Needs LibreOffice (soffice) and poppler-utils (pdftoppm) on the machine.
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SHEET } from "../src/text";
import { ROOT } from "./build";

const OUT = join(ROOT, "docs", "images");
const DPI = "70";

/** Picture name → sheet of the result book and the part of it shown (the first rows, every column). */
const SHEETS: Record<string, { sheet: string; rows: number }> = {
  "nhat-ky": { sheet: SHEET.log, rows: 18 },
  "tien-do-chi-tieu": { sheet: SHEET.progress, rows: 22 },
  "xep-loai": { sheet: SHEET.rating, rows: 18 },
  "lich-su-chay": { sheet: SHEET.history, rows: 12 },
};

function run(cmd: string, args: string[], cwd = ROOT): string {
  const r = spawnSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", timeout: 300_000 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message} — cài LibreOffice và poppler-utils rồi chạy lại.`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** Height in points of page 1 down to its last word plus a margin (the rest of the page is blank). */
function usedHeight(pdf: string): number {
  const box = run("pdftotext", ["-f", "1", "-l", "1", "-bbox", pdf, "-"]);
  const page = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(box)?.[1] ?? 842);
  const bottoms = [...box.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
  return Math.min(page, Math.max(0, ...bottoms) + 24);
}

/** First page of a document as docs/images/<name>.png, cut below its last line when `trim`. */
function firstPage(file: string, dir: string, name: string, trim: boolean): void {
  run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file]);
  const pdf = file.replace(/\.(xlsx|docx)$/, ".pdf");
  const crop = trim
    ? ["-x", "0", "-y", "0", "-W", "10000", "-H", String(Math.ceil((usedHeight(pdf) * Number(DPI)) / 72))]
    : [];
  run("pdftoppm", ["-png", "-r", DPI, "-f", "1", "-l", "1", ...crop, "-singlefile", pdf, join(dir, name)]);
  renameSync(join(dir, `${name}.png`), join(OUT, `${name}.png`));
}

/** A copy of the result book holding only `sheet` and its first `rows`. */
async function onlySheet(book: string, sheet: string, rows: number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  for (const ws of [...wb.worksheets]) if (ws.name !== sheet) wb.removeWorksheet(ws.id);
  const ws = wb.worksheets[0];
  if (ws.rowCount > rows) ws.spliceRows(rows + 1, ws.rowCount - rows);
  await wb.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "tct-pictures-"));
  const input = join(dir, "so-mau.xlsx");
  copyFileSync(join(ROOT, "examples", "so-mau.xlsx"), input);
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
