// A small but realistic book for the sheet-layer tests: every input sheet of SPEC §2, Vietnamese
// names with diacritics (some pasted as NFD), text and date cells, and a log generator for size tests.
import { H, P, ACTIVITIES, SHEET } from "../../src/text";
import { COLUMNS } from "../../src/schema";
import { LocalSpreadsheet, type BookSpec, type SheetSpec } from "../../src/imitation";
import { dateToSerial, serialToInstant } from "../../src/imitation/zone";

export const VN = "Asia/Ho_Chi_Minh";

/** A date cell's value: midnight of d/m/y in the book's zone. */
export function day(d: number, m: number, y = 2025, zone = VN): Date {
  return new Date(serialToInstant(dateToSerial(y, m, d), zone));
}

export const OWNER = "bithu@tinhdoan.vn";

/** The input sheets of SPEC §2: what Tạo bảng mẫu creates and the sample book holds. */
export const INPUT_SHEETS = [
  SHEET.settings,
  SHEET.roster,
  SHEET.units,
  SHEET.activities,
  SHEET.log,
  SHEET.criteria,
  SHEET.scores,
] as const;

export const ROSTER: unknown[][] = [
  [...COLUMNS.roster],
  ["CB001", "Nguyễn Thị Hoà", "Phó Bí thư", "Ban Tổ chức", "", "", "", "hoa.nt@tinhdoan.vn"],
  ["CB002", "Trần Văn Đức", "Chánh Văn phòng", "Văn phòng", "", "", "", "duc.tv@tinhdoan.vn"],
  ["CB003", "Lê Thị Thuỷ", "Cán bộ", "Ban Tổ chức", "", day(1, 7), "", "thuy.lt@tinhdoan.vn"],
  ["CB004", "Phạm Minh Khôi", "Trưởng ban", "Ban Phong trào", 30, "", "", ""],
];

export const UNITS: unknown[][] = [
  [...COLUMNS.units],
  ["DV01", "Đoàn xã Tân Phú", "Đoàn xã", "Huyện đoàn Đồng Phú", "Cụm 1", ""],
  ["DV02", "Đoàn phường Tân Bình", "Đoàn phường", "Thành đoàn Đồng Xoài", "Cụm 1", ""],
  ["DV03", "Chi đoàn Trường THPT Đồng Xoài", "Chi đoàn", "Thành đoàn Đồng Xoài", "Cụm 2", ""],
  ["DV04", "Đoàn xã Thuận Lợi", "Đoàn xã", "Huyện đoàn Đồng Phú", "Cụm 2", ""],
];

/** Three units with the merger columns, all current: a test ends Hòa Long (row 2) to see dropdowns follow. */
export const MERGER_UNITS: unknown[][] = [
  [...COLUMNS.units, H.activeTo, H.mergedInto],
  ["X01", "Đoàn xã Hòa Long", "Đoàn xã", "", "", "", "", ""],
  ["X10", "Đoàn phường Long Hương", "Đoàn phường", "", "", "", "", ""],
  ["X11", "Đoàn xã Long Phước", "Đoàn xã", "", "", "", "", ""],
];

export const SETTINGS: unknown[][] = [[...COLUMNS.settings], [P.year, 2025, ""], [P.asOf, day(30, 6), ""]];

const A = ACTIVITIES;

/** Log rows below the header: valid rows, a looser name, an error, a duplicate, an NFD name from Word. */
export const LOG_ROWS: unknown[][] = [
  [1, day(3, 3), day(4, 3), "Nguyễn Thị Hoà", "Đoàn xã Tân Phú", A[1], 1.5, "Dự sinh hoạt chi đoàn ấp 3", day(10, 3)],
  [2, "15/3/2025", "", "CB002", "DV02", A[0], "", "Khảo sát tình hình thanh niên", "20/03/2025"],
  [3, day(31, 3), day(1, 4), "Nguyen Thi Hoa", "Tân Bình", A[2], "", "Kiểm tra chuyên đề", day(5, 4)],
  [4, "31/02/2025", "", "CB002", "DV01", A[1], "", "Sai ngày", ""],
  [5, "15/3/2025", "", "CB002", "DV02", A[0], "", "Khảo sát tình hình thanh niên", "20/03/2025"],
  [6, day(10, 4), "", "Pha\u0323m Minh Kho\u0302i".normalize("NFD"), "DV03", A[3], 1, "Kiểm tra 6 tháng", day(12, 4)],
  [7, day(2, 6), day(3, 6), "CB001", "DV04", A[4], 2, "Giám sát công trình thanh niên", day(30, 6)],
];

export const CRITERIA: unknown[][] = [
  [...COLUMNS.criteria],
  ["TC1", "Tổ chức sinh hoạt chi đoàn", 50, 20],
  ["TC2", "Phát triển đoàn viên", 50, ""],
];

export const SCORES: unknown[][] = [
  [H.unitCode, H.unitName, "TC1", "TC2", H.finalLevel, H.note],
  ["DV01", "Đoàn xã Tân Phú", 48, 45, "", ""],
  ["DV02", "Đoàn phường Tân Bình", 40, 35, "", ""],
  ["DV03", "Chi đoàn Trường THPT Đồng Xoài", 15, 50, "", ""],
  ["DV04", "Đoàn xã Thuận Lợi", "", "", "", ""],
];

export type BookOptions = {
  logRows?: unknown[][];
  /** `Ngày tính tiến độ` instead of the sample's 30/06/2025. */
  asOf?: Date;
  /** Listed in `Email quản trị` of Cấu hình. */
  admins?: string[];
  /** More Cấu hình rows, after the sample's (and the admins'). */
  settings?: unknown[][];
  /** Rows (header included) that replace a sample sheet's, by sheet name; used as given. */
  sheets?: Record<string, unknown[][]>;
  /** Editors of the file besides the owner. */
  editors?: string[];
  timeZone?: string;
  locale?: string;
  extraSheets?: SheetSpec[];
};

export function sampleBookSpec(o: BookOptions = {}): BookSpec {
  const zone = o.timeZone ?? VN;
  const rezone = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v instanceof Date ? shiftZone(v, zone) : v)));
  const settings = [
    ...rezone(SETTINGS).map((r) => (o.asOf && r[0] === P.asOf ? [P.asOf, o.asOf, ""] : r)),
    ...(o.admins ? [[P.adminEmails, o.admins.join(", "), ""]] : []),
    ...(o.settings ?? []),
  ];
  const sheets: SheetSpec[] = [
    { name: SHEET.settings, rows: settings },
    { name: SHEET.roster, rows: rezone(ROSTER) },
    { name: SHEET.units, rows: UNITS },
    { name: SHEET.activities, rows: [[H.activity], ...ACTIVITIES.map((a) => [a])] },
    {
      name: SHEET.log,
      rows: [[...COLUMNS.log], ...rezone(o.logRows ?? LOG_ROWS)],
      maxRows: Math.max(1000, (o.logRows?.length ?? 0) + 10),
    },
    { name: SHEET.criteria, rows: CRITERIA },
    { name: SHEET.scores, rows: SCORES },
  ];
  return {
    name: "Đi cơ sở 2025",
    owner: OWNER,
    ...(o.editors ? { editors: o.editors } : {}),
    timeZone: zone,
    locale: o.locale ?? "vi_VN",
    sheets: [...sheets.map((s) => ({ ...s, rows: o.sheets?.[s.name] ?? s.rows })), ...(o.extraSheets ?? [])],
  };
}

export function sampleBook(o: BookOptions = {}): LocalSpreadsheet {
  return LocalSpreadsheet.create(sampleBookSpec(o));
}

/** Types each value under its header (row 1) into `row` of a local sheet, one cell at a time as a user would. */
export function typeRow(
  sheet: ReturnType<LocalSpreadsheet["rawSheet"]>,
  row: number,
  cells: readonly (readonly [header: string, value: unknown])[],
): void {
  const header = sheet.rawValues()[0] as unknown[];
  const typed = sheet as unknown as { getRange(r: number, c: number): { setValue(v: unknown): void } };
  for (const [h, v] of cells) typed.getRange(row, header.indexOf(h) + 1).setValue(v);
}

/** A quarter I visit the sample log does not have, typed after the quarter was locked (SPEC §15). */
export const LATE_Q1_VISIT: readonly (readonly [string, unknown])[] = [
  [H.dateFrom, day(20, 3)],
  [H.cadre, "CB004"],
  [H.unit, "DV01"],
  [H.activity, "Dự sinh hoạt chi đoàn"],
  [H.content, "Thêm sau khi chốt"],
];

/** Types the list of `Nguồn dữ liệu` (name, link) into a new sheet of `book`, as an admin would. */
export function listSources(book: LocalSpreadsheet, sources: [name: string, link: string][]): void {
  book
    .insertSheet(SHEET.sources)
    .getRange(1, 1, sources.length + 1, 2)
    .setValues([[H.sourceName, H.sourceLink], ...sources]);
}

/** The same calendar day as `d` (made for Asia/Ho_Chi_Minh), at midnight in `zone`. */
function shiftZone(d: Date, zone: string): Date {
  if (zone === VN) return d;
  const vnMidnight = d.getTime() + 7 * 3600_000;
  const serial = vnMidnight / 86_400_000 + 25569;
  return new Date(serialToInstant(Math.round(serial), zone));
}

/** n generated log rows over 2025, cycling the sample cadres and units; every 20th row has a mistake. */
export function generatedLog(n: number): unknown[][] {
  const cadres = ["CB001", "CB002", "Lê Thị Thuỷ", "CB004"];
  const units = ["DV01", "Đoàn phường Tân Bình", "DV03", "DV04"];
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const dayOfYear = (i * 7) % 360;
    const m = Math.min(12, Math.floor(dayOfYear / 30) + 1);
    const d = (dayOfYear % 28) + 1;
    const bad = i % 20 === 19;
    rows.push([
      i + 1,
      bad ? `${d}/13/2025` : day(d, m),
      "",
      cadres[i % 4],
      units[(i >> 2) % 4],
      A[i % A.length],
      i % 3 === 0 ? 0.5 : 1,
      `Nội dung ${i + 1}`,
      day(Math.min(28, d + 2), m),
    ]);
  }
  return rows;
}
