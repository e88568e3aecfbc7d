// The tinh-chi-tieu command as a user runs it (a child process on .xlsx files), checked against the
// same menu click on the same book in memory, and its answers for files it cannot use.
import ExcelJS from "exceljs";
import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_FILE } from "../../examples/make-sample";
import { createLocalEnvironment, LocalSpreadsheet } from "../../src/imitation";
import { callTopLevel } from "../../src/imitation/script-context";
import { CODE_ENV } from "../../src/runner/bundle";
import { loadXlsx, saveXlsx } from "../../src/xlsx";
import { ASSESSMENT, CHECK_STATUS, H, LEVEL, NOT_RATED, P, SHEET } from "../../src/text";
import { COLUMNS } from "../../src/schema";
import { buildCli } from "../../build/cli";
import { builtBundle } from "../support/bundle";

/** The runner as shipped: built to plain JavaScript (inside the repository, so `exceljs` resolves). */
let CLI = "";
let cliDir = "";
afterAll(() => {
  if (cliDir) rmSync(cliDir, { recursive: true, force: true });
});
/** LibreOffice, when the machine has it (it is not installed for the tests). */
const soffice = ["soffice", "libreoffice"].find((cmd) => spawnSync("which", [cmd]).status === 0);
const dir = mkdtempSync(join(tmpdir(), "tct-cli-"));
const book = join(dir, "so-mau.xlsx");
let code = "";
let codePath = "";

type Result = { code: number; stdout: string; stderr: string };

async function cli(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      env: { ...process.env, [CODE_ENV]: codePath },
      cwd: dir,
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The numbers of the add-in's own toast ("Đã kiểm tra 1.600 dòng: 1.230 hợp lệ, …"), run in memory. */
async function inMemory(handler: string) {
  const mem = await loadXlsx(book);
  const env = createLocalEnvironment({ books: [mem] });
  callTopLevel(env.loadScript(code), handler);
  const toast = env.toasts().at(-1)!.message;
  // Counts are grouped as Vietnamese write them (1.600); a count left ungrouped is a count the runner differs on.
  const count = (digits: string | undefined) =>
    /^\d{1,3}(\.\d{3})*$/.test(digits ?? "") ? Number(digits!.replaceAll(".", "")) : Number.NaN;
  const num = (re: RegExp) => count(re.exec(toast)?.[1]);
  const counted = (section: RegExp, labels: string[]) => {
    const part = section.exec(toast)?.[1] ?? "";
    return Object.fromEntries(
      labels.map((l) => [l, count(new RegExp(`([\\d.]+?) ${l}(?:,|\\.|$)`).exec(part)?.[1] ?? "0")]),
    );
  };
  return {
    log: {
      checked: num(/kiểm tra ([\d.]+) dòng/),
      ok: num(/([\d.]+) hợp lệ/),
      warning: num(/([\d.]+) cảnh báo/),
      error: num(/([\d.]+) lỗi/),
    },
    progress: counted(/Tiến độ của [\d.]+ cán bộ: (.*?)\.(?: |$)/, Object.values(ASSESSMENT)),
    rating: counted(/Xếp loại [\d.]+ đơn vị: (.*?)\.(?: |$)/, [
      LEVEL.top.code,
      LEVEL.good.code,
      LEVEL.pass.code,
      LEVEL.fail.code,
      NOT_RATED,
    ]),
  };
}

beforeAll(async () => {
  mkdirSync(resolve(".tmp"), { recursive: true });
  cliDir = mkdtempSync(join(resolve(".tmp"), "cli-"));
  CLI = await buildCli(cliDir);
  const built = await builtBundle();
  code = built.code;
  codePath = built.codePath;
  copyFileSync(SAMPLE_FILE, book);
});

describe("tinh-chi-tieu on the sample book", () => {
  it("Tính tất cả: the summary numbers are those of the same click in memory, and the input is untouched", async () => {
    const before = readFileSync(book);
    const [run, mem] = await Promise.all([cli(book, "--json"), inMemory("tinhTatCa")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.output).toBe(join(dir, "so-mau-ket-qua.xlsx"));
    expect(report.asOf).toEqual({ date: "30/09/2025", source: "theo trang Cấu hình" });
    const { checked, ok, warning, error } = report.log;
    expect({ checked, ok, warning, error }).toEqual(mem.log);
    expect(checked).toBe(1600);
    expect(error).toBeGreaterThan(0);
    expect(report.log.findings[0]).toMatchObject({ status: CHECK_STATUS.error, tab: SHEET.log });
    expect(report.progress.total).toBe(36);
    for (const [label, n] of Object.entries(mem.progress)) expect(report.progress.counts[label] ?? 0, label).toBe(n);
    const byCode = Object.fromEntries(
      [LEVEL.top, LEVEL.good, LEVEL.pass, LEVEL.fail].map((l) => [l.code, report.rating.counts[l.name]]),
    );
    expect({ ...byCode, [NOT_RATED]: report.rating.counts[NOT_RATED] }).toEqual(mem.rating);
    expect(report.notHeld.join("\n")).toMatch(/biểu đồ[\s\S]*phân quyền/);
    expect(readFileSync(book).equals(before)).toBe(true);

    // The result re-reads with exceljs and holds the result sheets and columns.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report.output);
    const names = wb.worksheets.map((w) => w.name);
    for (const s of [SHEET.progress, SHEET.rating, SHEET.summary, SHEET.history]) expect(names).toContain(s);
    const progress = wb.getWorksheet(SHEET.progress)!;
    expect(progress.getRow(2).values).toEqual([undefined, ...COLUMNS.progress]);
    expect(progress.getCell(3, COLUMNS.progress.indexOf(H.assessment) + 1).value).toMatch(/Đạt|tiến độ|Không|Chưa/);
    const log = wb.getWorksheet(SHEET.log)!;
    expect(log.getCell(2, COLUMNS.log.indexOf(H.checkStatus) + 1).value).toMatch(/Hợp lệ|Cảnh báo|Lỗi/);
    expect(log.getCell(2, COLUMNS.log.indexOf(H.dateFrom) + 1).value).toBeInstanceOf(Date);
  });

  it("--strict exits 1 when a row has an error; the text summary is Vietnamese", async () => {
    const run = await cli(book, "--lenh", "kiem-tra", "--strict", "--ra", join(dir, "strict.xlsx"));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Nhật ký: đã kiểm tra 1\.600 dòng — [\d.]+ hợp lệ, [\d.]+ cảnh báo, [\d.]+ lỗi\./);
    expect(run.stdout).toMatch(/Lỗi — trang «Nhật ký đi cơ sở», dòng \d+: /);
    expect(existsSync(join(dir, "strict.xlsx"))).toBe(true);
  });

  it("--ngay sets Ngày tính tiến độ for the run and says so", async () => {
    const out = join(dir, "ngay.xlsx");
    const run = await cli(book, "--lenh", "tien-do", "--ngay", "30/6/2025", "--ra", out, "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).asOf).toEqual({ date: "30/06/2025", source: "theo tùy chọn --ngay" });
    const result = await loadXlsx(out);
    expect(String(result.rawSheet(SHEET.progress).rawValues()[0][0])).toMatch(/^Tính đến ngày 30\/06\/2025,/);
    const settings = result.rawSheet(SHEET.settings).rawValues();
    expect(settings.find((r) => r[0] === P.asOf)![1]).toEqual(new Date("2025-06-29T17:00:00Z"));
  });
});

describe("the result opens in LibreOffice", () => {
  it.skipIf(!soffice)("converts to PDF headless", async () => {
    const out = join(dir, "pdf");
    const run = await cli(book, "--ra", join(dir, "cho-libreoffice.xlsx"));
    expect(run.code).toBe(0);
    const profile = `-env:UserInstallation=file://${join(dir, "lo-profile")}`; // not the profile of a LibreOffice the user has open
    const conv = spawnSync(
      soffice!,
      [profile, "--headless", "--convert-to", "pdf", "--outdir", out, join(dir, "cho-libreoffice.xlsx")],
      { timeout: 120_000 },
    );
    expect(conv.status).toBe(0);
    expect(existsSync(join(out, "cho-libreoffice.pdf"))).toBe(true);
  });
});

describe("files tinh-chi-tieu cannot use exit 2 with a Vietnamese reason", () => {
  it("a damaged .xlsx", async () => {
    const damaged = join(dir, "hong.xlsx");
    writeFileSync(damaged, readFileSync(SAMPLE_FILE).subarray(0, 20_000));
    const run = await cli(damaged);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Tệp «.*hong\.xlsx» bị hỏng hoặc không đọc được/);
    expect(existsSync(join(dir, "hong-ket-qua.xlsx"))).toBe(false);
  });

  it("a file that is not .xlsx, and a file that does not exist", async () => {
    const text = join(dir, "danh-sach.xlsx");
    writeFileSync(text, "Mã CB;Họ và tên\nCB001;Nguyễn Thị Hoà\n");
    const [notXlsx, missing] = await Promise.all([cli(text), cli(join(dir, "khong-co.xlsx"))]);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toMatch(/không phải tệp Excel \.xlsx/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Không tìm thấy tệp «.*khong-co\.xlsx»/);
  });

  it("a book without the log sheet: the add-in's own message names the sheet", async () => {
    const noLog = join(dir, "thieu-nhat-ky.xlsx");
    const source = await loadXlsx(SAMPLE_FILE);
    const kept = source.rawSheetNames().filter((n) => !n.startsWith("Nhật ký"));
    const spec = kept.map((name) => ({ name, rows: source.rawSheet(name).rawValues() }));
    await saveXlsx(LocalSpreadsheet.create({ sheets: spec }), noLog);
    const run = await cli(noLog);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Lệnh «Tính tất cả» đã dừng, chưa ghi tệp kết quả:\nChưa có trang «Nhật ký đi cơ sở»/);
    expect(existsSync(join(dir, "thieu-nhat-ky-ket-qua.xlsx"))).toBe(false);
  });

  it("--ra naming the input itself, and a wrong option", async () => {
    const [same, wrong] = await Promise.all([cli(book, "--ra", book), cli(book, "--lenh", "xoa-het")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/không được trùng tệp gốc/);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^Lệnh «xoa-het» không có/);
  });

  it("--lenh naming a JavaScript built-in is an unknown command, not a crash", async () => {
    const runs = await Promise.all(["constructor", "__proto__", "toString"].map((v) => cli(book, "--lenh", v)));
    runs.forEach((run, i) => {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^Lệnh «(constructor|__proto__|toString)» không có; chọn một trong: kiem-tra/);
      expect(run.stderr, `run ${i}`).not.toMatch(/ngoài dự kiến|TypeError|SyntaxError/);
    });
  });

  it("a folder and a named pipe are refused at once, each with its own reason", async () => {
    const folder = join(dir, "so-sach.xlsx");
    mkdirSync(folder);
    const pipe = join(dir, "ong-dan.xlsx");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    // A reader opening the pipe would wait for a writer forever; the test's own timeout catches that.
    const [inFolder, inPipe] = await Promise.all([cli(folder), cli(pipe)]);
    expect(inFolder.code).toBe(2);
    expect(inFolder.stderr).toMatch(/^«.*so-sach\.xlsx» là một thư mục, không phải tệp\./);
    expect(inFolder.stderr).not.toMatch(/bị hỏng/);
    expect(inPipe.code).toBe(2);
    expect(inPipe.stderr).toMatch(/^«.*ong-dan\.xlsx» không phải tệp thường/);
    expect(existsSync(join(dir, "so-sach-ket-qua.xlsx")) || existsSync(join(dir, "ong-dan-ket-qua.xlsx"))).toBe(false);
  });
});
