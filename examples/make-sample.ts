// The sample book examples/so-mau.xlsx, deterministic (seeded): a provincial office with 36 cadres
// in several offices, 48 grassroots unions, 1,600 visits over 2025 on the main log and four office
// tabs, with the mistakes staff make (typos, names without diacritics, text dates, duplicates,
// overlaps, late reports, a cadre who joined on 1/7), criteria and scores.
//
//   npx tsx examples/make-sample.ts                          → examples/so-mau.xlsx
//   npx tsx examples/make-sample.ts --rows 50000 --out x.xlsx → the benchmark's 50,000-row book
//   … --rows 10000 --can-bo 500                              → 500 cadres (default: 36 up to 5,000 rows, else 2,000)
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateBook } from "../bench/gen-log";
import { LocalSpreadsheet, type BookSpec, type SheetSpec } from "../src/imitation";
import { LocalRange } from "../src/imitation/range";
import { dateToSerial, serialToInstant } from "../src/imitation/zone";
import { saveXlsx } from "../src/xlsx";
import { H, P, SHEET } from "../src/text";
import { COLUMNS } from "../src/schema";

export const SAMPLE_ROWS = 1600;
export const SAMPLE_FILE = resolve(fileURLToPath(import.meta.url), "..", "so-mau.xlsx");
const ZONE = "Asia/Ho_Chi_Minh";
const DISTRICTS = ["Huyện đoàn Đồng Phú", "Thành đoàn Đồng Xoài", "Huyện đoàn Bù Đăng", "Thị đoàn Bình Long"];

type Row = unknown[];

function date(d: number, m: number, y = 2025): Date {
  return new Date(serialToInstant(dateToSerial(y, m, d), ZONE));
}

/** "15/3/2025": a date typed as text, without leading zeros, the way it arrives from Word. */
function typedDate(v: unknown): unknown {
  if (!(v instanceof Date)) return v;
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(v).split("-").map(Number);
  return `${d}/${m}/${y}`;
}

function settings(): Row[] {
  return [
    [...COLUMNS.settings],
    [P.year, 2025, "Năm đánh giá"],
    [P.target, 60, "Chủ trương 1+2: ít nhất 60 ngày/năm"],
    [P.asOf, date(30, 9), "Báo cáo 9 tháng"],
    [P.reportDeadline, 10, "Nộp báo cáo chuyến đi trong 10 ngày"],
    [P.halfDays, "Có", ""],
    [P.capPercent, 20, "Không quá 20% đơn vị HTXSNV"],
    [P.capMode, "Hạ loại", ""],
    [P.groupBy, "Trực thuộc", ""],
  ];
}

/** The generated book with the sample's own touches; `rows` log rows in all, by `cadres` cadres. */
export function sampleSpec(rows = SAMPLE_ROWS, seed = 20250101, cadres?: number): BookSpec {
  const small = rows <= 5000;
  const sizes = small ? { cadres: 36, units: 48, criteria: 6 } : {};
  const g = generateBook(rows, seed, cadres ? { ...sizes, cadres } : sizes);
  const roster = g.roster.map((r) => [...r]);
  roster.forEach((r, i) => {
    if (i === 0) return;
    r[4] = i === 6 ? 30 : ""; // one cadre with a personal target (Chỉ tiêu (ngày))
    r[5] = i === 1 ? date(1, 7) : ""; // joined on 1/7/2025: target pro-rated (Áp dụng từ)
  });
  const units = g.units.map((r, i) =>
    i === 0 ? [...r] : [r[0], r[1], r[2], DISTRICTS[i % DISTRICTS.length], `Cụm ${1 + (i % 3)}`, r[5]],
  );
  const logs = g.logs.map((l) => ({
    name: l.name,
    values: l.values.map((r, i) => (i > 0 && i % 41 === 0 ? [r[0], typedDate(r[1]), ...r.slice(2)] : r)),
  }));
  const sheet = (name: string, values: Row[], maxRows?: number): SheetSpec => ({
    name,
    rows: values,
    frozenRows: 1,
    maxRows,
  });
  return {
    name: "Sổ đi cơ sở 2025 (mẫu)",
    timeZone: ZONE,
    locale: "vi_VN",
    owner: "vanphong@tinhdoan.vn",
    sheets: [
      sheet(SHEET.settings, settings()),
      sheet(SHEET.roster, roster),
      sheet(SHEET.units, units),
      sheet(SHEET.activities, g.activities),
      ...logs.map((l) => sheet(l.name, l.values, Math.max(1000, l.values.length + 100))),
      sheet(SHEET.criteria, g.criteria),
      sheet(SHEET.scores, g.scores),
    ],
  };
}

const WIDTHS: Record<string, number> = {
  [H.param]: 220,
  [H.value]: 110,
  [H.note]: 260,
  [H.fullName]: 180,
  [H.office]: 170,
  [H.position]: 120,
  [H.unitName]: 220,
  [H.parent]: 170,
  [H.cadre]: 170,
  [H.unit]: 220,
  [H.activity]: 280,
  [H.content]: 320,
  [H.checkDetail]: 420,
  [H.criterionName]: 220,
  [H.email]: 190,
};

/** What `Tạo bảng mẫu` would have added: bold headers, widths, dropdowns for cadre, unit and activity. */
function dressUp(book: LocalSpreadsheet): void {
  const model = book.raw();
  const column = (sheetName: string, header: string) => {
    const sheet = model.sheetByName(sheetName)!;
    const c = Array.from({ length: sheet.grid.lastColumn() }, (_, i) => sheet.grid.value(1, i + 1)).indexOf(header) + 1;
    return new LocalRange(sheet, { r1: 2, c1: c, r2: sheet.maxRows, c2: c });
  };
  const lists: [string, LocalRange][] = [
    [H.cadre, column(SHEET.roster, H.fullName)],
    [H.unit, column(SHEET.units, H.unitName)],
    [H.activity, column(SHEET.activities, H.activity)],
  ];
  for (const sheet of model.sheets) {
    const api = book.rawSheet(sheet.name);
    const width = sheet.grid.lastColumn();
    for (let c = 1; c <= width; c++) {
      const header = String(sheet.grid.value(1, c));
      api.rawSetCell(1, c, { fontWeight: "bold" });
      sheet.columnWidths.set(c, WIDTHS[header] ?? 100);
      const list = sheet.name.startsWith("Nhật ký") ? lists.find(([h]) => h === header) : undefined;
      if (!list) continue;
      const validation = Object.freeze({
        criteria: "VALUE_IN_RANGE",
        values: Object.freeze([list[1], true]),
        allowInvalid: true,
        helpText: null,
      });
      for (let r = 2; r <= sheet.grid.lastRow(); r++) api.rawSetCell(r, c, { validation });
    }
  }
}

export function sampleBook(rows = SAMPLE_ROWS, seed?: number, cadres?: number): LocalSpreadsheet {
  const book = LocalSpreadsheet.create(sampleSpec(rows, seed, cadres));
  dressUp(book);
  return book;
}

export async function writeSample(file: string, rows = SAMPLE_ROWS, seed?: number, cadres?: number): Promise<void> {
  await saveXlsx(sampleBook(rows, seed, cadres), file);
}

export interface SampleOptions {
  rows: number;
  cadres: number | undefined;
  out: string;
  seed: number | undefined;
}

const USAGE = "Dùng: make-sample.ts [--rows N] [--can-bo M] [--out tệp.xlsx] [--seed S]";

/**
 * The command line's options, or why they are refused. Anything but an option and the value after it
 * (--help, a typo, a bare file name meant as --out) is refused: it must not write the committed sample
 * with the defaults.
 */
export function sampleOptions(args: readonly string[]): SampleOptions | { error: string } {
  const known = new Set(["--rows", "--can-bo", "--out", "--seed"]);
  const unknown = args.filter((a, i) => !known.has(a) && !known.has(args[i - 1]));
  if (unknown.length) return { error: `Không hiểu ${unknown.join(", ")}. ${USAGE}` };
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  for (const name of known) {
    if (args.includes(name) && arg(name) === undefined) return { error: `${name} cần một giá trị. ${USAGE}` };
  }
  const rows = Number(arg("--rows") ?? SAMPLE_ROWS);
  const cadres = arg("--can-bo") === undefined ? undefined : Number(arg("--can-bo"));
  for (const [name, n] of [
    ["--rows", rows],
    ["--can-bo", cadres ?? 1],
  ] as const) {
    if (!Number.isInteger(n) || n < 1) return { error: `${name} phải là số nguyên dương, nhận được «${arg(name)}».` };
  }
  return {
    rows,
    cadres,
    out: resolve(arg("--out") ?? SAMPLE_FILE),
    seed: arg("--seed") ? Number(arg("--seed")) : undefined,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = sampleOptions(process.argv.slice(2));
  if ("error" in options) {
    console.error(options.error);
    process.exit(2);
  }
  const { rows, cadres, out, seed } = options;
  await writeSample(out, rows, seed, cadres);
  const who = cadres ? `, ${cadres.toLocaleString("vi-VN")} cán bộ` : "";
  console.log(`Đã tạo ${out} (${rows.toLocaleString("vi-VN")} dòng nhật ký${who}).`);
}
