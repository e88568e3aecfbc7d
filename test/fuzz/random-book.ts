// Random whole books as offices really fill them (SPEC §2): every input sheet, with what people type
// and paste — text dates in every form, impossible dates, NFD text from Word, strings starting with
// = + - @, huge and negative numbers, formulas in input cells, reordered and renamed headers, a title
// row, extra columns, office tabs; the Part II sheets (plan tabs, Tạm miễn, Chỉ tiêu theo cấp, Thẩm
// định), settings and unit mergers now and then — from one seed, so a failing book can be rebuilt exactly.
// Most books are careful (settings, roster and criteria typed right, some visits logged right), so that
// commands get past their checks and write; the others are careless enough that commands must stop.
import { LocalSpreadsheet } from "../../src/imitation";
import {
  ACTIVITIES,
  H,
  OFFICE_TAB_PREFIX,
  P,
  PH,
  PLAN_OFFICE_TAB_PREFIX,
  PLAN_SHEET,
  REPORT_SETTINGS,
  SHEET,
} from "../../src/text";
import { day } from "../support/sample-book";

/** mulberry32: a small seeded generator, the same numbers on every machine. */
export function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const chance = (p: number) => next() < p;
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, chance, shuffle };
}

export type Random = ReturnType<typeof randomSource>;

export const OWNER = "bithu@tinhdoan.vn";
export const ADMIN = "phobithu@tinhdoan.vn";
export const EDITOR = "canbo.vanphong@tinhdoan.vn";

/** What the test needs to know about the book it got (the book itself holds everything else). */
export interface BookPlan {
  seed: number;
  book: LocalSpreadsheet;
  /** Log tabs: name, header row (1-based), and the 1-based columns holding results, not input. */
  logTabs: { name: string; headerRow: number; resultColumns: number[] }[];
  /** Other sheets the user typed, by name: every cell is input but their result columns (plan tabs, `Nguồn dữ liệu`). */
  inputSheets: string[];
  admins: string[];
}

/** Cadres' names, with the diacritics users type (NFC here; tests paste them as NFD too). */
export const NAMES = [
  "Nguyễn Thị Hoà",
  "Trần Văn Đức",
  "Lê Thị Thuỷ",
  "Phạm Minh Khôi",
  "Hoàng Anh Tuấn",
  "Đỗ Thị Hương",
  "Vũ Quốc Việt",
  "Bùi Thị Ngọc Ánh",
];
const OFFICES = ["Văn phòng", "Ban Tổ chức", "Ban Phong trào", "Văn Phòng", "Ban Tuyên giáo"];
const UNITS = ["Đoàn xã Tân Phú", "Đoàn phường Tân Bình", "Chi đoàn Trường THPT Đồng Xoài", "Đoàn xã Thuận Lợi"];
const PARENTS = ["Huyện đoàn Đồng Phú", "Thành đoàn Đồng Xoài", ""];
const ODD_TEXT = ["=1+1", "+84 912 345 678", "-", "@canbo", '=IMPORTRANGE("x";"A1")', "'001", "N/A", "\u00a0", "#REF!"];
const YES_NO = ["Có", "Không", "có", "KHÔNG", "Yes", "No", "TRUE", "FALSE", "x", "", "chắc vậy"];

/** Header text as SPEC §2 compares it: NFC, case folded, spaces (NBSP, zero-width) collapsed. */
export const norm = (v: unknown) =>
  String(v ?? "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00a0\u200b-\u200d\ufeff]+/g, " ")
    .trim();

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as users put it in a cell: a date cell, text in every form, a serial, or something impossible. */
function dateInput(r: Random, year = 2025): unknown {
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return r.pick<() => unknown>([
    () => day(d, m, year),
    () => day(d, m, year),
    () => day(d, m, year),
    () => `${d}/${m}/${year}`,
    () => `${pad(d)}/${pad(m)}/${year}`,
    () => `${pad(d)}-${pad(m)}-${year}`,
    () => `${d}.${m}.${year}`,
    () => `${year}-${pad(m)}-${pad(d)}`,
    () => `${d}/${m}`,
    () => `${d}/${m}/${String(year).slice(2)}`,
    () => "31/02/2025",
    () => "29/02/2025",
    () => "32/1/2025",
    () => "0/0/0",
    () => `${d}/13/${year}`,
    () => "ngày 5 tháng 3",
    () => 45000 + r.int(0, 800),
    () => day(d, m, r.pick([1899, 1900, 2024, 2026, 9999])),
    () => "",
  ])();
}

function numberInput(r: Random, usual: () => unknown): unknown {
  return r.pick<() => unknown>([
    usual,
    usual,
    usual,
    () => -r.int(1, 100),
    () => 1e308,
    () => -1e308,
    () => 1e21,
    () => 0,
    () => "1,5",
    () => "2.5",
    () => "hai",
    () => r.pick(ODD_TEXT),
    () => "",
  ])();
}

/** A header as a user may have retyped it: case, NFD from Word, doubled or non-breaking spaces. */
function renamed(r: Random, header: string): string {
  return r.pick<() => string>([
    () => header,
    () => header,
    () => header,
    () => header.toUpperCase(),
    () => header.toLowerCase(),
    () => header.normalize("NFD"),
    () => ` ${header.replace(/ /g, "  ")} `,
    () => header.replace(/ /g, "\u00a0"),
  ])();
}

/** Cell rows with the given columns, optionally shuffled, renamed, with a title row and a user's own column. */
function table(
  r: Random,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: { required?: readonly string[]; results?: readonly string[] } = {},
): { cells: unknown[][]; headerRow: number; resultColumns: number[] } {
  let order = columns.map((_, i) => i);
  if (r.chance(0.3)) order = r.shuffle(order);
  // Now and then a required header is missing: the command must stop and say which.
  if (options.required && r.chance(0.04)) {
    const drop = columns.indexOf(r.pick(options.required));
    order = order.filter((i) => i !== drop);
  }
  // Result columns are often not there yet.
  if (options.results && r.chance(0.3)) order = order.filter((i) => !options.results!.includes(columns[i]));
  const extra = r.chance(0.2);
  const header = [...order.map((i) => renamed(r, columns[i])), ...(extra ? ["Ghi chú riêng"] : [])];
  const body = rows.map((row) => [
    ...order.map((i) => row[i] ?? ""),
    ...(extra ? [r.pick(["", "xem lại", "=2*3"])] : []),
  ]);
  const title = r.chance(0.15) ? [[`Sổ theo dõi — ${columns[0]}`], ...(r.chance(0.5) ? [[]] : [])] : [];
  const resultColumns = order
    .map((i, position) => (options.results?.includes(columns[i]) ? position + 1 : 0))
    .filter((c) => c > 0);
  return { cells: [...title, header, ...body], headerRow: title.length + 1, resultColumns };
}

function settingValue(r: Random, param: string): unknown {
  switch (param) {
    case P.year:
      return r.pick<unknown>([2025, 2025, 2025, "2025", "năm 2025", 2025.5, -1, 1e20, ""]);
    case P.from:
    case P.to:
    case P.asOf:
      return r.chance(0.5) ? "" : dateInput(r);
    case P.target:
      return numberInput(r, () => r.pick([60, 45, 30]));
    case P.halfDays:
      return r.pick(YES_NO);
    case P.reportDeadline:
      return numberInput(r, () => r.pick([10, 0, 5]));
    case P.thresholdTop:
    case P.thresholdGood:
    case P.thresholdPass:
      return numberInput(r, () => r.pick([90, 70, 50, "90%", 0.9]));
    case P.capPercent:
      return numberInput(r, () => r.pick([20, 0, "", 150]));
    case P.capBase:
      return r.pick(["Số đơn vị được xếp loại", "Số đơn vị HTTNV trở lên", "tất cả", ""]);
    case P.capMode:
      return r.pick(["Cảnh báo", "Hạ loại", "hạ loại", "xoá", ""]);
    case P.vetoMaxLevel:
      return r.pick(["HTNV", "HTTTNV", "Hoàn thành nhiệm vụ", "KHTNV", "giỏi", ""]);
    case P.groupBy:
      return r.pick(["Trực thuộc", "Cụm thi đua", "Toàn bộ", "huyện", ""]);
    default:
      return "";
  }
}

/** A value `Cấu hình` accepts for `param` (blank where the add-in takes its default). */
function tidySetting(r: Random, param: string, admins: readonly string[], drawn: unknown): unknown {
  switch (param) {
    case P.year:
      return 2025;
    case P.from:
    case P.to:
      return "";
    case P.asOf:
      return r.chance(0.5) ? "" : day(r.int(1, 28), r.int(1, 12), 2025);
    case P.target:
      return r.pick([60, 45, 30]);
    case P.halfDays:
    case P.planRequired:
      return r.pick(["Có", "Không"]);
    case P.reportDeadline:
      return r.pick([10, 5]);
    case P.thresholdTop:
      return 90;
    case P.thresholdGood:
      return 70;
    case P.thresholdPass:
      return 50;
    case P.capPercent:
      return r.pick([20, ""]);
    case P.capBase:
      return r.pick(["Số đơn vị được xếp loại", "Số đơn vị HTTNV trở lên"]);
    case P.capMode:
      return r.pick(["Cảnh báo", "Hạ loại"]);
    case P.vetoMaxLevel:
      return r.pick(["HTNV", "KHTNV"]);
    case P.groupBy:
      return r.pick(["Trực thuộc", "Cụm thi đua", "Toàn bộ"]);
    case P.adminEmails:
      return admins.join(", ");
    case P.planTolerance:
      return r.pick([3, 0, 7]);
    default:
      return drawn;
  }
}

/** A `Cán bộ` cell as people fill it: code, name, NFD, no diacritics, capitals, nobody, odd text, blank. */
function cadreInput(r: Random, cadres: string[][]): unknown {
  return r.pick<() => unknown>([
    () => r.pick(cadres)[0],
    () => r.pick(cadres)[1],
    () => r.pick(cadres)[1].normalize("NFD"),
    () =>
      r
        .pick(cadres)[1]
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, ""),
    () => r.pick(cadres)[1].toUpperCase(),
    () => "Không Có Ai",
    () => r.pick(ODD_TEXT),
    () => "",
  ])();
}

/** A `Đơn vị` cell: code, name, part of the name, NFD, a unit that does not exist, odd text, blank. */
function unitInput(r: Random, units: string[][]): unknown {
  return r.pick<() => unknown>([
    () => r.pick(units)[0],
    () => r.pick(units)[1],
    () => r.pick(units)[1].split(" ").slice(-2).join(" "),
    () => r.pick(units)[1].normalize("NFD"),
    () => "Đoàn xã Không Có",
    () => r.pick(ODD_TEXT),
    () => "",
  ])();
}

/** The date `days` days after `from` (`day` makes Vietnam's midnights; Vietnam has no daylight saving). */
const daysAfter = (from: Date, days: number) => new Date(from.getTime() + 86_400_000 * days);

/** `Đến ngày` after a `Từ ngày`: blank, a few days later, or any date input. */
function laterInput(r: Random, from: unknown): unknown {
  return r.chance(0.5) ? "" : r.chance(0.7) && from instanceof Date ? daysAfter(from, r.int(0, 3)) : dateInput(r);
}

function logRows(r: Random, n: number, cadres: string[][], units: string[][]): unknown[][] {
  const cadre = () => cadreInput(r, cadres);
  const unit = () => unitInput(r, units);
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const from = dateInput(r);
    const to = r.chance(0.5) ? "" : r.chance(0.7) && from instanceof Date ? daysAfter(from, 1) : dateInput(r);
    const row = [
      r.chance(0.9) ? i + 1 : r.pick(["", "a", -1]),
      from,
      to,
      cadre(),
      unit(),
      r.chance(0.8) ? r.pick(ACTIVITIES) : r.pick(["Đi chơi", "", ...ODD_TEXT]),
      r.chance(0.5) ? "" : numberInput(r, () => r.pick([0.5, 1, 1.5, 2])),
      r.pick([
        "Dự sinh hoạt chi đoàn ấp 3",
        "Kiểm tra chuyên đề",
        "Nội dung dán từ Word".normalize("NFD"),
        "",
        ...ODD_TEXT,
      ]),
      r.chance(0.3) ? "" : dateInput(r),
      // Stale results from an earlier run, or something a user typed there.
      r.chance(0.2) ? r.pick(["Hợp lệ", "Lỗi", "tự ghi"]) : "",
      "",
    ];
    // A blank row now and then (a row the user cleared).
    rows.push(r.chance(0.05) ? row.map(() => "") : row);
  }
  return rows;
}

/** A log row (in LOG_COLUMNS order) typed right: a trip of 2025 by a known cadre to a known unit. */
function tidyVisit(r: Random, row: unknown[], cadres: string[][], units: string[][]): void {
  const from = day(r.int(1, 28), r.int(1, 9), 2025);
  row[1] = from;
  row[2] = r.chance(0.5) ? "" : daysAfter(from, r.int(0, 2));
  row[3] = r.pick(cadres)[r.chance(0.6) ? 0 : 1];
  row[4] = r.pick(units)[r.chance(0.6) ? 0 : 1];
  row[5] = r.pick(ACTIVITIES);
  row[6] = r.chance(0.7) ? "" : 1;
  row[8] = r.chance(0.3) ? "" : daysAfter(from, r.int(3, 6));
}

const LOG_COLUMNS = [
  H.seq,
  H.dateFrom,
  H.dateTo,
  H.cadre,
  H.unit,
  H.activity,
  H.days,
  H.content,
  H.reportDate,
  H.checkStatus,
  H.checkDetail,
];

export function randomBook(seed: number): BookPlan {
  const r = randomSource(seed);
  const admins = r.chance(0.6) ? [ADMIN] : [];
  const settingsParams = r.shuffle(Object.values(P)).filter(() => r.chance(0.6));
  const settingsRows: unknown[][] = settingsParams.map((p) => [
    p,
    p === P.adminEmails ? r.pick([admins.join(", "), `${ADMIN}; ${EDITOR}`, "không ai", ""]) : settingValue(r, p),
    r.chance(0.2) ? "ghi chú của tôi" : "",
  ]);
  if (!settingsParams.includes(P.adminEmails) && admins.length)
    settingsRows.push([P.adminEmails, admins.join(", "), ""]);
  // A parameter named like a JavaScript built-in (issue 10).
  const builtIn = r.chance(0.05) ? r.pick(["constructor", "toString", "__proto__"]) : undefined;
  const repeated = r.chance(0.05);
  // Over half the offices fill `Cấu hình` right: their commands run to the end, where the log is checked
  // and written. Drawn from a stream of its own, so the rest of each seed's book is the book it was.
  const tidy = randomSource(seed * 7_368_787 + 3);
  const careful = tidy.chance(0.6);
  if (careful) for (const row of settingsRows) row[1] = tidySetting(tidy, row[0] as string, admins, row[1]);
  else {
    if (builtIn) settingsRows.push([builtIn, "1", ""]);
    if (repeated) settingsRows.push([P.year, 2024, "tham số trùng"]);
  }

  const nCadres = r.int(1, 7);
  const cadres = Array.from({ length: nCadres }, (_, i) => [
    r.chance(0.95) ? `CB${String(i + 1).padStart(3, "0")}` : r.pick(["", "CB001", "=ROW()"]),
    r.chance(0.3) ? NAMES[i].normalize("NFD") : NAMES[i],
  ]);
  if (careful)
    cadres.forEach((c, i) => {
      c[0] = `CB${String(i + 1).padStart(3, "0")}`;
    });
  const rosterRows = cadres.map(([code, name]) => [
    code,
    name,
    r.pick(["Phó Bí thư", "Cán bộ", "Trưởng ban", ""]),
    r.pick(OFFICES),
    r.chance(0.7) ? "" : numberInput(r, () => r.pick([30, 45, 60])),
    r.chance(0.8) ? "" : dateInput(r),
    r.chance(0.9) ? "" : dateInput(r),
    r.pick(["", OWNER, EDITOR, "không-phải-email"]),
  ]);

  const nUnits = r.int(1, 4);
  const units = Array.from({ length: nUnits }, (_, i) => [`DV0${i + 1}`, UNITS[i]]);
  const unitRows = units.map(([code, name]) => [
    code,
    r.chance(0.2) ? name.normalize("NFD") : name,
    r.pick(["Đoàn xã", "Đoàn phường", "Chi đoàn", ""]),
    r.pick(PARENTS),
    r.pick(["Cụm 1", "Cụm 2", ""]),
    "",
  ]);

  const nCriteria = r.int(1, 3);
  const criteriaRows = Array.from({ length: nCriteria }, (_, i) => [
    `TC${i + 1}`,
    r.pick(["Tổ chức sinh hoạt chi đoàn", "Phát triển đoàn viên", "Phong trào tình nguyện"]),
    numberInput(r, () => r.pick([50, 30, 20, 100])),
    r.chance(0.6) ? "" : numberInput(r, () => r.pick([10, 20])),
  ]);
  if (careful) {
    // Careful offices type the roster's own targets and the criteria's maxima right too.
    for (const row of rosterRows) {
      row[4] = tidy.chance(0.7) ? "" : tidy.pick([30, 45, 60]);
      row[5] = row[6] = "";
    }
    for (const c of criteriaRows) {
      c[2] = tidy.pick([50, 30, 20, 100]);
      c[3] = tidy.chance(0.6) ? "" : 10;
    }
  }
  const scoreColumns = [H.unitCode, H.unitName, ...criteriaRows.map((c) => String(c[0])), H.finalLevel, H.note];
  const scoreRows = units
    .filter(() => r.chance(0.9))
    .map(([code, name]) => [
      code,
      name,
      ...criteriaRows.map(() => (r.chance(0.15) ? "" : numberInput(r, () => r.int(0, 50)))),
      r.chance(0.8) ? "" : r.pick(["HTXSNV", "HTSXNV", "htt", "Không biết"]),
      "",
    ]);

  const sheets: { name: string; cells: unknown[][] }[] = [];
  const plan: Omit<BookPlan, "book"> = { seed, logTabs: [], inputSheets: [], admins };
  const add = (name: string, cells: unknown[][], input = true) => {
    sheets.push({ name, cells });
    if (input) plan.inputSheets.push(name);
  };
  const maybe = (p: number) => r.chance(p);

  if (maybe(0.97))
    add(SHEET.settings, table(r, [H.param, H.value, H.note], settingsRows, { required: [H.param, H.value] }).cells);
  if (maybe(0.97))
    add(
      SHEET.roster,
      table(
        r,
        [H.cadreCode, H.fullName, H.position, H.office, H.cadreTarget, H.applyFrom, H.applyTo, H.email],
        rosterRows,
        { required: [H.cadreCode, H.fullName] },
      ).cells,
    );
  if (maybe(0.97))
    add(
      SHEET.units,
      table(r, [H.unitCode, H.unitName, H.unitType, H.parent, H.cluster, H.unitEmail], unitRows, {
        required: [H.unitCode, H.unitName],
      }).cells,
    );
  if (maybe(0.8)) add(SHEET.activities, [[H.activity], ...ACTIVITIES.map((a) => [a])]);
  const tabs = [SHEET.log, ...(maybe(0.3) ? [`${OFFICE_TAB_PREFIX}${r.pick(OFFICES)}`] : [])];
  if (maybe(0.03)) tabs.shift();
  for (const name of tabs) {
    const rows = logRows(r, r.int(0, 18), cadres, units);
    if (careful)
      for (const row of rows) if (row.some((v) => v !== "") && tidy.chance(0.6)) tidyVisit(tidy, row, cadres, units);
    const t = table(r, LOG_COLUMNS, rows, {
      required: [H.dateFrom, H.cadre, H.unit],
      results: [H.checkStatus, H.checkDetail],
    });
    sheets.push({ name, cells: t.cells });
    plan.logTabs.push({ name, headerRow: t.headerRow, resultColumns: t.resultColumns });
  }
  if (maybe(0.95))
    add(
      SHEET.criteria,
      table(r, [H.criterionCode, H.criterionName, H.maxScore, H.vetoScore], criteriaRows, {
        required: [H.criterionCode, H.maxScore],
      }).cells,
    );
  if (maybe(0.95)) add(SHEET.scores, table(r, scoreColumns, scoreRows, { required: [H.unitCode] }).cells);
  if (maybe(0.1))
    add(SHEET.sources, [
      [H.sourceName, H.sourceLink, H.sourceStatus, H.sourceUpdated],
      [
        "Huyện đoàn Đồng Phú",
        r.pick(["https://docs.google.com/spreadsheets/d/khong-co/edit", "không phải link", ""]),
        "",
        "",
      ],
    ]);

  const extra = partTwo(seed, cadres, units, scoreColumns.slice(2, -2), scoreRows.length, careful);
  for (const s of extra.sheets) plan.inputSheets.push(s.name);
  if (careful) {
    const typed = new Set(settingsRows.map((row) => row[0]));
    extra.settings.splice(0, Infinity, ...extra.settings.filter((row) => !typed.has(row[0])));
    for (const row of extra.settings) row[1] = tidySetting(tidy, row[0] as string, admins, row[1]);
  }
  const book = LocalSpreadsheet.create({
    name: `Sổ thử ${seed}`,
    owner: OWNER,
    editors: [ADMIN, EDITOR],
    timeZone: r.chance(0.85) ? "Asia/Ho_Chi_Minh" : r.pick(["America/New_York", "Pacific/Kiritimati", "Europe/London"]),
    locale: r.chance(0.85) ? "vi_VN" : "en_US",
    sheets: [...sheets, ...extra.sheets].map((s) => ({
      name: s.name,
      rows: s.cells,
      maxRows: Math.max(100, s.cells.length + 20),
    })),
  });
  typeFormulas(r, book, sheets);
  typeFormulas(extra.r, book, extra.sheets);
  if (extra.r.chance(0.25)) addUnitHistory(extra.r, book, units);
  if (extra.settings.length && book.rawSheetNames().includes(SHEET.settings)) {
    const settings = book.rawSheet(SHEET.settings);
    settings.rawSetValues(settings.rawValues().length + 1, 1, extra.settings);
  }
  return { ...plan, book };
}

/**
 * `Hoạt động đến` and `Sáp nhập vào` appended to `Đơn vị` (SPEC §12, the 2025 mergers): some units end,
 * merged into another by code or name, or into nothing, or into a unit that does not exist.
 */
function addUnitHistory(r: Random, book: LocalSpreadsheet, units: string[][]): void {
  if (!book.rawSheetNames().includes(SHEET.units)) return;
  const sheet = book.rawSheet(SHEET.units);
  const values = sheet.rawValues();
  const header = values.findIndex((row) => row.some((v) => norm(v) === norm(H.unitCode)));
  if (header < 0) return;
  const width = Math.max(...values.map((row) => row.length));
  const rows = values.slice(header + 1).map(() => {
    if (!r.chance(0.3)) return ["", ""];
    const into = r.pick<() => unknown>([() => r.pick(units)[0], () => r.pick(units)[1], () => "DV99", () => ""])();
    return [r.pick<() => unknown>([() => day(30, 6), () => dateInput(r), () => ""])(), into];
  });
  sheet.rawSetValues(header + 1, width + 1, [[H.activeTo, H.mergedInto], ...rows]);
}

/** Formulas typed into input cells: the add-in must read their values and never overwrite them. */
function typeFormulas(
  r: Random,
  book: LocalSpreadsheet,
  sheets: readonly { name: string; cells: unknown[][] }[],
): void {
  for (const s of sheets) {
    if (!r.chance(0.15) || s.cells.length < 2) continue;
    const row = r.int(2, s.cells.length);
    const col = r.int(1, Math.max(1, s.cells[row - 1].length));
    book.rawSheet(s.name).rawSetCell(
      row,
      col,
      r.pick([
        { formula: "=1+1", value: 2 },
        { formula: "=TODAY()", value: 46000 },
        { formula: '="CB00"&1', value: "CB001" },
        { formula: "=1/0", value: "#DIV/0!" },
      ]),
    );
  }
}

/**
 * The input sheets of SPEC Part II — a plan tab, `Tạm miễn`, `Chỉ tiêu theo cấp`, `Thẩm định` — and its
 * settings, filled as people fill them. Drawn from a stream of their own, so that each seed's Part I
 * book stays the book it was before they were added; `careful` books type the tiers' minima right.
 */
function partTwo(
  seed: number,
  cadres: string[][],
  units: string[][],
  criteria: string[],
  scoredUnits: number,
  careful: boolean,
): { sheets: { name: string; cells: unknown[][] }[]; settings: unknown[][]; r: Random } {
  const r = randomSource(seed * 104_729 + 5);
  const sheets: { name: string; cells: unknown[][] }[] = [];
  if (r.chance(0.35)) {
    const rows = Array.from({ length: r.int(0, 10) }, (_, i) => {
      const from = dateInput(r);
      return [
        r.chance(0.9) ? i + 1 : "",
        cadreInput(r, cadres),
        unitInput(r, units),
        from,
        laterInput(r, from),
        r.pick([
          "Dự sinh hoạt chi đoàn",
          "Kiểm tra công tác đoàn",
          "Nội dung dán từ Word".normalize("NFD"),
          "",
          ...ODD_TEXT,
        ]),
        r.pick(["", "đi cùng Ban Tổ chức", "=2*3"]),
        r.chance(0.2) ? r.pick(["Đã thực hiện", "Lỗi", "tự ghi"]) : "",
        "",
      ];
    });
    const name = r.chance(0.7) ? PLAN_SHEET.plan : `${PLAN_OFFICE_TAB_PREFIX}${r.pick(OFFICES)}`;
    const columns = [PH.seq, PH.cadre, PH.unit, PH.from, PH.to, PH.content, PH.note, PH.status, PH.detail];
    sheets.push({
      name,
      cells: table(r, columns, rows, { required: [PH.cadre, PH.unit, PH.from], results: [PH.status, PH.detail] }).cells,
    });
  }
  if (r.chance(0.25)) {
    const rows = Array.from({ length: r.int(0, 4) }, () => {
      const from = dateInput(r);
      return [
        cadreInput(r, cadres),
        from,
        laterInput(r, from),
        r.pick(["Đi học dài hạn", "Nghỉ thai sản", "Ốm dài ngày", "", ...ODD_TEXT]),
      ];
    });
    sheets.push({
      name: SHEET.exemptions,
      cells: table(r, [H.cadre, H.exemptFrom, H.exemptTo, H.reason], rows, { required: [H.cadre, H.exemptFrom] }).cells,
    });
  }
  if (r.chance(0.25)) {
    const levels: [string, string, number][] = [
      ["Cấp chi đoàn", "Chi đoàn", 30],
      ["Cấp xã", r.pick(["Đoàn xã; Đoàn phường", "Đoàn xã;Đoàn phường", "đoàn xã"]), 20],
      ["Cấp huyện", r.pick(["Huyện đoàn", "Đoàn trường"]), 10],
    ];
    const rows = levels
      .filter(() => r.chance(0.8))
      .map(([tier, types, days]) => {
        const typed = numberInput(r, () => days);
        return [tier, types, careful ? days : typed];
      });
    sheets.push({
      name: SHEET.tiers,
      cells: table(r, [H.tier, H.unitType, H.tierMinimum], rows, { required: [H.tier, H.unitType, H.tierMinimum] })
        .cells,
    });
  }
  if (r.chance(0.15)) {
    const rows = units
      .slice(0, Math.max(1, scoredUnits))
      .filter(() => r.chance(0.8))
      .map(([code, name]) => [
        code,
        name,
        ...criteria.map(() => (r.chance(0.2) ? "" : numberInput(r, () => r.int(0, 50)))),
        r.chance(0.8) ? "" : r.pick(["HTXSNV", "htt", "Không biết"]),
        "",
      ]);
    sheets.push({
      name: SHEET.official,
      cells: table(r, [H.unitCode, H.unitName, ...criteria, H.finalLevel, H.note], rows, { required: [H.unitCode] })
        .cells,
    });
  }
  const settings: unknown[][] = [];
  if (r.chance(0.3)) settings.push([P.planTolerance, numberInput(r, () => r.pick([3, 0, 7])), ""]);
  if (r.chance(0.3)) settings.push([P.planRequired, r.pick(YES_NO), ""]);
  for (const param of Object.values(REPORT_SETTINGS))
    if (r.chance(0.15))
      settings.push([param, r.pick(["Tỉnh đoàn Bình Phước", "Số: 12-BC/TĐTN", "BÍ THƯ", "", ...ODD_TEXT]), ""]);
  return { sheets, settings, r };
}
