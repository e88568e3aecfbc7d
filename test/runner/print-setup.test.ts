// SPEC §17 in the .xlsx the runner writes: the page setup Apps Script cannot set (A4 landscape, one
// page wide, header rows repeated) is saved; a print setup the user chose is kept; bold headers keep
// the book's font.
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_FILE } from "../../examples/make-sample";
import { CODE_ENV } from "../../src/runner/bundle";
import { runWorkbook } from "../../src/runner/run";
import { SHEET } from "../../src/text";
import { builtBundle } from "../support/bundle";

const dir = mkdtempSync(join(tmpdir(), "tct-print-"));
const input = join(dir, "so-times.xlsx");

beforeAll(async () => {
  process.env[CODE_ENV] = (await builtBundle()).codePath;
  copyFileSync(SAMPLE_FILE, input);
  // An office's book: everything in Times New Roman 12, the log printed on Legal paper, portrait, by choice.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        cell.font = { ...cell.font, name: "Times New Roman", size: 12, family: 1 };
      }),
    );
  }
  wb.getWorksheet(SHEET.log)!.pageSetup = { paperSize: 5, orientation: "portrait" };
  await wb.xlsx.writeFile(input);
}, 120_000);

describe("the result .xlsx prints as SPEC §17 says", () => {
  it("output sheets: A4 landscape, fit to one page wide, title and header rows repeated; fonts kept", async () => {
    const r = await runWorkbook({ input, out: join(dir, "ket-qua.xlsx") });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.output);
    for (const name of [SHEET.progress, SHEET.rating]) {
      const p = wb.getWorksheet(name)!.pageSetup;
      expect([p.paperSize, p.orientation, p.fitToPage, p.fitToWidth, p.fitToHeight], name).toEqual([
        9,
        "landscape",
        true,
        1,
        0,
      ]);
      expect(p.printTitlesRow, name).toBe("1:2");
      const header = wb.getWorksheet(name)!.getCell(2, 1);
      expect(header.font, name).toMatchObject({ bold: true, name: "Times New Roman", size: 12 });
    }
    // The user's own print setup of the log stays as it was.
    const log = wb.getWorksheet(SHEET.log)!.pageSetup;
    expect([log.paperSize, log.orientation]).toEqual([5, "portrait"]);
  }, 120_000);

  it("a result file run again keeps the setup and still repeats the header rows", async () => {
    const first = await runWorkbook({ input, out: join(dir, "lan-1.xlsx") });
    const second = await runWorkbook({ input: first.output, out: join(dir, "lan-2.xlsx") });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second.output);
    const p = wb.getWorksheet(SHEET.progress)!.pageSetup;
    expect([p.paperSize, p.orientation, p.printTitlesRow]).toEqual([9, "landscape", "1:2"]);
  }, 120_000);
});
