// A deterministic, realistic book as plain cell values: roster, units, activities, criteria, scores,
// settings and a visit log spread over several `Nhật ký` tabs, with about 5% of rows carrying the
// mistakes office staff make (typos, missing diacritics, text dates, duplicates, overlaps, late reports,
// bad `Số ngày`). Dates are `Date` objects at midnight in Asia/Ho_Chi_Minh, as Sheets hands them over.
import { dayFromYmd, serialFromDay, ymdFromDay, type Cell, type Day, type ZoneDay } from "../src/domain";
import { ACTIVITIES, H, P, SHEET } from "../src/text";
import { COLUMNS } from "../src/schema";

export interface GeneratedBook {
  today: Day;
  zoneDay: ZoneDay;
  settings: Cell[][];
  roster: Cell[][];
  units: Cell[][];
  activities: Cell[][];
  criteria: Cell[][];
  scores: Cell[][];
  /** Log tabs in tab order, each with its header row. */
  logs: { name: string; values: Cell[][] }[];
}

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  "Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương".split(
    " ",
  );
const MIDDLE = "Văn Thị Hữu Đức Minh Thanh Ngọc Quốc Thu Hoài Xuân Kim Công Thế Bảo".split(" ");
const GIVEN = (
  "An Bình Cường Dũng Giang Hà Hải Hoà Hùng Hương Khánh Lan Linh Long Mai Nam Nga Phúc Quân Sơn Tâm Thảo " +
  "Thuỷ Trang Tuấn Việt Yến Hạnh Huy Khoa Lộc Ngân Nhung Phương Quỳnh Tài Thắng Toàn Trí Uyên Vy"
).split(" ");
const PLACES = (
  "Tân Phú Hòa Bình An Thạnh Long Hưng Đức Lộc Thuận Mỹ Phước Thành Hiệp Lợi Nghĩa Trung Đông Tây Nam Bắc " +
  "Sơn Hà Xuân Quang Vĩnh Khánh Phong Thịnh"
).split(" ");
const UNIT_TYPES = ["Đoàn xã", "Đoàn xã", "Đoàn phường", "Đoàn thị trấn", "Chi đoàn"];
const placeOf = (unitName: string) =>
  UNIT_TYPES.reduce((n, t) => (n.startsWith(`${t} `) ? n.slice(t.length + 1) : n), unitName);
const OFFICES = [
  "Ban Tổ chức",
  "Ban Tuyên giáo",
  "Văn phòng",
  "Ban Phong trào",
  "Ban Thanh niên trường học",
  "Ủy ban Kiểm tra",
];
const VN_OFFSET_MS = 7 * 3600 * 1000;

/** Asia/Ho_Chi_Minh has no daylight saving time since 1975: a fixed offset is exact here. */
export const vnZoneDay: ZoneDay = (d) => Math.floor((d.getTime() + VN_OFFSET_MS) / 86400000);
const vnDate = (day: Day) => new Date(day * 86400000 - VN_OFFSET_MS);
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const dmy = (day: Day) => {
  const { y, m, d } = ymdFromDay(day);
  return `${pad(d)}/${pad(m)}/${y}`;
};

function stripMarks(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

function typo(s: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (s.length - 2));
  return rnd() < 0.5 ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}

export function generateBook(
  logRows: number,
  seed = 20250101,
  opts: { cadres?: number; units?: number; criteria?: number } = {},
): GeneratedBook {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const nCadres = opts.cadres ?? 2000;
  const nUnits = opts.units ?? 3000;
  const nCriteria = opts.criteria ?? 10;
  const year = 2025;
  const today = dayFromYmd(year, 10, 15);

  const cadres = Array.from({ length: nCadres }, (_, i) => ({
    code: `CB${String(i + 1).padStart(4, "0")}`,
    name: `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    office: pick(OFFICES),
  }));
  const nameCount = new Map<string, number>();
  for (const c of cadres) nameCount.set(c.name, (nameCount.get(c.name) ?? 0) + 1);
  const roster: Cell[][] = [[...COLUMNS.roster]];
  for (const [i, c] of cadres.entries()) {
    const joined = i % 97 === 0 ? dmy(dayFromYmd(year, 7, 1)) : "";
    roster.push([c.code, c.name, "Cán bộ", c.office, i % 211 === 0 ? 30 : "", joined, "", `cb${i + 1}@tinhdoan.vn`]);
  }

  const parents = Array.from(
    { length: 30 },
    (_, i) => `Huyện đoàn ${PLACES[i % PLACES.length]} ${PLACES[(i * 7 + 3) % PLACES.length]}`,
  );
  const units = Array.from({ length: nUnits }, (_, i) => {
    const type = pick(UNIT_TYPES);
    return {
      code: `DV${String(i + 1).padStart(4, "0")}`,
      type,
      name: `${type} ${pick(PLACES)} ${pick(PLACES)}${i % 9 === 0 ? ` ${i % 13}` : ""}`,
      parent: parents[i % parents.length],
      cluster: `Cụm ${1 + (i % 12)}`,
    };
  });
  const unitNameCount = new Map<string, number>();
  for (const u of units) unitNameCount.set(u.name, (unitNameCount.get(u.name) ?? 0) + 1);
  const unitSheet: Cell[][] = [[...COLUMNS.units]];
  for (const u of units) unitSheet.push([u.code, u.name, u.type, u.parent, u.cluster, ""]);

  const criteria: Cell[][] = [[...COLUMNS.criteria]];
  const codes = Array.from({ length: nCriteria }, (_, i) => `TC${i + 1}`);
  for (const [i, c] of codes.entries()) criteria.push([c, `Tiêu chí ${i + 1}`, 10, i === 0 ? 5 : ""]);
  const scores: Cell[][] = [[H.unitCode, H.unitName, ...codes, H.finalLevel, H.note]];
  for (const [i, u] of units.entries()) {
    const base = 5 + rnd() * 5;
    const row: Cell[] = [u.code, u.name];
    for (let k = 0; k < nCriteria; k++) {
      const r = rnd();
      row.push(r < 0.01 ? "" : r < 0.012 ? "chín" : Math.min(10, Math.round((base + rnd() * 2 - 0.5) * 4) / 4));
    }
    row.push(i % 500 === 7 ? "HTTNV" : "", "");
    scores.push(row);
  }

  const settings: Cell[][] = [
    [H.param, H.value, H.note],
    [P.year, year, ""],
    [P.asOf, vnDate(today), ""],
    [P.groupBy, "Trực thuộc", ""],
    [P.capMode, "Hạ loại", ""],
  ];

  const tabNames = [SHEET.log, ...OFFICES.slice(0, 4).map((o) => `Nhật ký - ${o}`)];
  const logs = tabNames.map((name) => ({ name, values: [[...COLUMNS.log]] as Cell[][] }));
  const start = dayFromYmd(year, 1, 2);
  const end = today + 5; // a few trips are entered ahead of time
  const recent: Cell[][] = [];
  const busy: Set<number>[] = cadres.map(() => new Set());
  for (let n = 0; n < logRows; n++) {
    const tab = logs[n % logs.length];
    const ci = Math.floor(rnd() ** 1.5 * nCadres); // some cadres go out more often
    const c = cadres[ci];
    const u = pick(units);
    const span = rnd() < 0.8 ? 1 : rnd() < 0.7 ? 2 : 3;
    // A cadre's trips do not overlap, unless the book is very full.
    let from = start;
    for (let tries = 0; tries < 8; tries++) {
      from = start + Math.floor(rnd() * (end - start));
      if (!busy[ci].has(from) && !busy[ci].has(from + span - 1)) break;
    }
    const to = from + span - 1;
    for (let d = from; d <= to; d++) busy[ci].add(d);
    const byName = rnd() < 0.3 && nameCount.get(c.name) === 1;
    let cadreCell: Cell = byName ? (rnd() < 0.2 ? c.name.normalize("NFD") : c.name) : c.code;
    let unitCell: Cell = rnd() < 0.4 && unitNameCount.get(u.name) === 1 ? u.name : u.code;
    let fromCell: Cell = rnd() < 0.85 ? vnDate(from) : rnd() < 0.8 ? dmy(from) : serialFromDay(from);
    let toCell: Cell = span === 1 && rnd() < 0.6 ? "" : vnDate(to);
    let daysCell: Cell = rnd() < 0.7 ? "" : span === 1 && rnd() < 0.3 ? "0,5" : span;
    let report: Cell = rnd() < 0.7 ? vnDate(to + 1 + Math.floor(rnd() * 8)) : "";
    const content = rnd() < 0.97 ? `${pick(ACTIVITIES)} tại ${u.name}` : "";
    let row: Cell[] = [
      n + 1,
      fromCell,
      toCell,
      cadreCell,
      unitCell,
      pick(ACTIVITIES),
      daysCell,
      content,
      report,
      "",
      "",
    ];

    const m = rnd();
    if (m < 0.05) {
      const kind = Math.floor((m / 0.05) * 9);
      if (kind === 0 && byName) cadreCell = typo(c.name, rnd);
      else if (kind === 0) cadreCell = typo(c.code, rnd);
      else if (kind === 1) cadreCell = stripMarks(c.name);
      else if (kind === 2) unitCell = stripMarks(placeOf(u.name));
      else if (kind === 3) fromCell = `${29 + Math.floor(rnd() * 3)}/02/${year}`;
      else if (kind === 4 && recent.length) row = [...pick(recent)];
      else if (kind === 5 && recent.length) {
        row = [...pick(recent)];
        row[4] = pick(units).code; // same cadre and day, other unit: an overlap
      } else if (kind === 6) report = vnDate(to + 12 + Math.floor(rnd() * 20));
      else if (kind === 7) daysCell = pick(["abc", 0, span + 1, "1,3", -1]);
      else toCell = dmy(from - 1);
      if (kind !== 4 && kind !== 5)
        row = [n + 1, fromCell, toCell, cadreCell, unitCell, row[5], daysCell, content, report, "", ""];
    }
    row[0] = n + 1;
    tab.values.push(row);
    recent.push(row);
    if (recent.length > 50) recent.shift();
  }

  return {
    today,
    zoneDay: vnZoneDay,
    settings,
    roster,
    units: unitSheet,
    activities: [[H.activity], ...ACTIVITIES.map((a) => [a])],
    criteria,
    scores,
    logs,
  };
}
