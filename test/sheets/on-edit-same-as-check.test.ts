// onEdit reads only the edited rows and the rows of their cadres (issue 10): what it writes for the
// edited rows must be exactly what a full `Kiểm tra nhật ký` writes for them, in random realistic books
// (several log tabs, a phone-form response tab, plans, a locked quarter), and its reads stay bounded.
import { describe, expect, it } from "vitest";
import { LocalSpreadsheet } from "../../src/imitation";
import { COLUMNS } from "../../src/schema";
import { ACTIVITIES, FORM_TAB, H, P, PH, PLAN_SHEET, SHEET } from "../../src/text";
import { NAMES as FUZZ_NAMES, randomSource, type Random } from "../fuzz/random-book";
import { addinFor, editEvent } from "../support/addin";
import { day, OWNER, sampleBook } from "../support/sample-book";
import { localBook } from "../../bench/commands";

const NAMES = [...FUZZ_NAMES, "Đặng Hữu Phước", "Ngô Thanh Tâm"];
const UNITS = [
  ["DV01", "Đoàn xã Tân Phú"],
  ["DV02", "Đoàn phường Tân Bình"],
  ["DV03", "Chi đoàn Trường THPT Đồng Xoài"],
  ["DV04", "Đoàn xã Thuận Lợi"],
  ["DV05", "Đoàn xã Đồng Tiến"],
];
const OFFICE_TAB = "Nhật ký - Ban Tổ chức";
/** The office tab's columns are in another order, under a title row. */
const OFFICE_COLUMNS = [
  H.seq,
  H.cadre,
  H.dateFrom,
  H.dateTo,
  H.unit,
  H.days,
  H.activity,
  H.content,
  H.reportDate,
  H.checkDetail,
  H.checkStatus,
];
const FORM_COLUMNS = [
  "Dấu thời gian",
  "Địa chỉ email",
  H.dateFrom,
  H.dateTo,
  H.cadre,
  H.unit,
  H.activity,
  H.days,
  H.content,
  H.checkStatus,
  H.checkDetail,
];

const code = (i: number) => `CB${String(i + 1).padStart(3, "0")}`;
const email = (i: number) => `cb${i + 1}@tinhdoan.vn`;

/** A log row's input by log header, as users type and paste it. */
function visit(r: Random, nCadres: number): Record<string, unknown> {
  const ci = r.int(0, nCadres - 1);
  const m = r.int(1, 6);
  const d = r.int(1, 28);
  const from = r.pick<() => unknown>([
    () => day(d, m),
    () => day(d, m),
    () => `${d}/${m}/2025`,
    () => "29/02/2025",
    () => `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/2025`,
  ])();
  return {
    [H.dateFrom]: from,
    [H.dateTo]: r.chance(0.6) ? "" : from instanceof Date ? day(Math.min(28, d + r.int(0, 2)), m) : "31/02/2025",
    [H.cadre]: r.pick([
      code(ci),
      NAMES[ci],
      NAMES[ci].normalize("NFD"),
      NAMES[ci].normalize("NFD").replace(/[\u0300-\u036f]/g, ""),
    ]),
    [H.unit]: r.pick([...UNITS.map((u) => u[0]), ...UNITS.map((u) => u[1]), "Đoàn xã Không Có"]),
    [H.activity]: r.chance(0.9) ? r.pick(ACTIVITIES) : "Đi chơi",
    [H.days]: r.chance(0.7) ? "" : r.pick([1, "0,5", 2, "hai"]),
    [H.content]: r.chance(0.9) ? "Dự sinh hoạt chi đoàn ấp 3".normalize(r.chance(0.5) ? "NFD" : "NFC") : "",
    [H.reportDate]: r.chance(0.5) ? "" : r.pick([day(Math.min(28, d + 3), m), `${d}/${m}/2025`, day(1, 1)]),
  };
}

interface Tab {
  name: string;
  columns: string[];
  /** Sheet row of the header. */
  headerRow: number;
  rows: Record<string, unknown>[];
}

function lineOf(t: Tab, v: Record<string, unknown>, r: Random, nCadres: number): unknown[] {
  return t.columns.map((c) => {
    if (c === H.seq) return "";
    if (c === "Dấu thời gian") return day(r.int(1, 28), r.int(1, 6));
    if (c === "Địa chỉ email") return r.chance(0.8) ? email(r.int(0, nCadres - 1)) : "khach@gmail.com";
    if (c === H.cadre && t.name === FORM_TAB.responses) {
      const i = r.int(0, nCadres - 1);
      return `${code(i)} — ${NAMES[i]}`;
    }
    return v[c] ?? "";
  });
}

function randomBook(seed: number) {
  const r = randomSource(seed);
  const nCadres = r.int(4, NAMES.length);
  const tabs: Tab[] = [
    { name: SHEET.log, columns: [...COLUMNS.log], headerRow: 1, rows: [] },
    { name: OFFICE_TAB, columns: OFFICE_COLUMNS, headerRow: 2, rows: [] },
    ...(r.chance(0.5) ? [{ name: FORM_TAB.responses, columns: FORM_COLUMNS, headerRow: 1, rows: [] }] : []),
  ];
  const cells = new Map<string, unknown[][]>();
  for (const t of tabs) {
    const lines: unknown[][] = [];
    for (let i = 0; i < r.int(15, 60); i++) lines.push(lineOf(t, visit(r, nCadres), r, nCadres));
    // Copies of rows of another tab: duplicates (same cadre, unit, dates, days) and overlaps (another unit).
    const other = cells.get(SHEET.log);
    if (other) {
      for (let k = 0; k < 4; k++) {
        const src = r.pick(other.slice(1));
        const v = Object.fromEntries(COLUMNS.log.map((h, i) => [h, src[i]]));
        if (k % 2) v[H.unit] = r.pick(UNITS)[0];
        lines.splice(r.int(0, lines.length), 0, lineOf(t, v, r, nCadres));
      }
    }
    const head = t.headerRow === 2 ? [["Sổ theo dõi đi cơ sở — Ban Tổ chức"], t.columns] : [t.columns];
    cells.set(t.name, [...head, ...lines]);
  }
  const roster = [
    [...COLUMNS.roster],
    ...NAMES.slice(0, nCadres).map((n, i) => [code(i), n, "Cán bộ", "Ban Tổ chức", "", "", "", email(i)]),
  ];
  const plan = [
    [PH.seq, PH.cadre, PH.unit, PH.from, PH.to, PH.content, PH.note],
    ...Array.from({ length: r.int(0, 12) }, (_, i) => {
      const ci = r.int(0, nCadres - 1);
      const f = day(r.int(1, 28), r.int(1, 6));
      return [i + 1, r.pick([code(ci), NAMES[ci]]), r.pick(UNITS)[r.int(0, 1)], f, "", "Theo kế hoạch quý", ""];
    }),
  ];
  const settings = [
    [...COLUMNS.settings],
    [P.year, 2025, ""],
    [P.asOf, day(30, 6), ""],
    [P.planRequired, r.pick(["Có", "Không"]), ""],
    [P.reportDeadline, r.pick([5, 10, ""]), ""],
  ];
  const book = LocalSpreadsheet.create({
    name: `Sổ ${seed}`,
    owner: OWNER,
    timeZone: "Asia/Ho_Chi_Minh",
    locale: "vi_VN",
    sheets: [
      { name: SHEET.settings, rows: settings },
      { name: SHEET.roster, rows: roster },
      {
        name: SHEET.units,
        rows: [[...COLUMNS.units], ...UNITS.map(([c, n]) => [c, n, "Đoàn xã", "Huyện đoàn Đồng Phú", "Cụm 1", ""])],
      },
      { name: SHEET.activities, rows: [[H.activity], ...ACTIVITIES.map((a) => [a])] },
      ...tabs.map((t) => ({ name: t.name, rows: cells.get(t.name)!, maxRows: 200 })),
      { name: PLAN_SHEET.plan, rows: plan },
    ],
  });
  return { r, book, tabs, nCadres };
}

/** `Kết quả kiểm tra` and `Chi tiết kiểm tra` of sheet rows first…last. */
function results(book: LocalSpreadsheet, t: Tab, first: number, last: number): string[][] {
  const values = book.rawSheet(t.name).rawValues();
  const s = t.columns.indexOf(H.checkStatus);
  const d = t.columns.indexOf(H.checkDetail);
  const out: string[][] = [];
  for (let row = first; row <= last; row++)
    out.push([String(values[row - 1]?.[s] ?? ""), String(values[row - 1]?.[d] ?? "")]);
  return out;
}

describe("onEdit writes what Kiểm tra nhật ký writes", () => {
  it("for edited rows in random books: duplicates and overlaps across tabs, NFD names, text dates, plans, a locked quarter", async () => {
    const seen = { duplicateOtherTab: 0, overlap: 0, locked: 0, offPlan: 0, impossible: 0, compared: 0 };
    for (let seed = 1; seed <= 12; seed++) {
      const { r, book, tabs, nCadres } = randomBook(seed);
      const { run, env, ctx } = await addinFor(book);
      run("kiemTraNhatKy");
      env.ui.respond("OK", "Quý I");
      run("chotSoLieu");
      env.ui.reset();
      for (let k = 0; k < 6; k++) {
        const t = r.pick(tabs);
        const sheet = book.rawSheet(t.name);
        const lastRow = sheet.rawValues().length;
        const first = r.int(t.headerRow + 1, lastRow + 1);
        const n = r.chance(0.7) ? 1 : r.int(2, 4);
        // What the user types or pastes: a copy of a row of another tab (a duplicate, or an overlap
        // with another unit), a new visit, or a cleared row.
        const lines: unknown[][] = [];
        for (let i = 0; i < n; i++) {
          const kind = r.int(0, 5);
          let v: Record<string, unknown>;
          if (kind <= 2) {
            const other = r.pick(tabs.filter((o) => o !== t && o.name !== FORM_TAB.responses));
            const src = r.pick(book.rawSheet(other.name).rawValues().slice(other.headerRow));
            v = Object.fromEntries(other.columns.map((h, j) => [h, src[j]]));
            if (kind === 2) v[H.unit] = r.pick(UNITS)[1];
          } else if (kind === 5) v = {};
          else v = visit(r, nCadres);
          lines.push(
            kind === 5
              ? t.columns.map(() => "")
              : lineOf(t, v, r, nCadres).map((c, j) =>
                  t.columns[j] === H.checkStatus || t.columns[j] === H.checkDetail ? "" : c,
                ),
          );
        }
        sheet.rawSetValues(first, 1, lines);
        run("onEdit", editEvent(ctx, t.name, first, n, 1, 3));
        const byOnEdit = results(book, t, first, first + n - 1);
        run("kiemTraNhatKy");
        const byCheck = results(book, t, first, first + n - 1);
        expect(byOnEdit, `seed ${seed}, ${t.name} rows ${first}…${first + n - 1}`).toEqual(byCheck);
        for (const [status, detail] of byCheck) {
          seen.compared += status ? 1 : 0;
          if (/Trùng với dòng \d+ trang/.test(detail)) seen.duplicateOtherTab++;
          if (/Trùng thời gian/.test(detail)) seen.overlap++;
          if (/sau khi chốt/.test(detail)) seen.locked++;
          if (/không có trong/.test(detail)) seen.offPlan++;
          if (/29\/02\/2025|31\/02\/2025/.test(detail)) seen.impossible++;
        }
      }
      expect(env.ui.alerts.filter((a) => /lỗi ngoài dự kiến/.test(a.prompt))).toEqual([]);
    }
    // The books really put onEdit in front of every cross-row rule.
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(0);
  });
});

describe("onEdit on a plan tab writes what Kiểm tra nhật ký writes", () => {
  it("for edited plan rows, matched against every visit of their cadres on every log tab", async () => {
    let done = 0;
    for (let seed = 101; seed <= 108; seed++) {
      const { r, book, tabs, nCadres } = randomBook(seed);
      const { run, ctx } = await addinFor(book);
      run("kiemTraNhatKy");
      const sheet = book.rawSheet(PLAN_SHEET.plan);
      const header = sheet.rawValues()[0].map(String);
      const [s, d] = [header.indexOf(PH.status), header.indexOf(PH.detail)];
      if (s < 0) continue; // no plan row: the plan is not in use
      const statuses = (first: number, last: number) =>
        sheet
          .rawValues()
          .slice(first - 1, last)
          .map((row) => [row[s] ?? "", row[d] ?? ""]);
      for (let k = 0; k < 4; k++) {
        const first = r.int(2, sheet.rawValues().length + 1);
        const n = r.int(1, 3);
        const lines = Array.from({ length: n }, () => {
          // Often the very trip of a log row (it fulfils the plan), else a random one.
          const log = r.pick(tabs.filter((t) => t.name !== FORM_TAB.responses));
          const src = r.pick(book.rawSheet(log.name).rawValues().slice(log.headerRow));
          const v = r.chance(0.6) ? Object.fromEntries(log.columns.map((h, j) => [h, src[j]])) : visit(r, nCadres);
          return ["", v[H.cadre], v[H.unit], v[H.dateFrom], v[H.dateTo], "Theo kế hoạch", ""];
        });
        sheet.rawSetValues(first, 1, lines);
        run("onEdit", editEvent(ctx, PLAN_SHEET.plan, first, n, 1, 3));
        const byOnEdit = statuses(first, first + n - 1);
        run("kiemTraNhatKy");
        expect(byOnEdit, `seed ${seed}, rows ${first}…${first + n - 1}`).toEqual(statuses(first, first + n - 1));
        done += byOnEdit.filter(([st]) => /Đã thực hiện/.test(String(st))).length;
      }
    }
    expect(done).toBeGreaterThan(0);
  });
});

describe("onEdit when Kiểm tra nhật ký would stop", () => {
  it("writes nothing either when a plan tab lacks a required header, though the plan is not required", async () => {
    const book = sampleBook({
      extraSheets: [
        {
          name: PLAN_SHEET.plan,
          rows: [
            [PH.seq, PH.cadre, PH.unit, PH.to],
            [1, "CB001", "DV01", day(5, 3)],
          ],
        },
      ],
    });
    const { run, env, ctx } = await addinFor(book);
    const log = book.rawSheet(SHEET.log);
    log.rawSetValues(2, 2, [["15/3/2025"]]);
    const before = JSON.stringify(log.rawValues());
    run("kiemTraNhatKy");
    expect(env.ui.alerts.at(-1)?.prompt).toMatch(/Từ ngày/);
    expect(JSON.stringify(log.rawValues())).toBe(before);
    run("onEdit", editEvent(ctx, SHEET.log, 2, 1, 2, 1));
    expect(JSON.stringify(log.rawValues())).toBe(before);
    expect(env.logs.map((l) => l.message).join("\n")).toMatch(/Kế hoạch đi cơ sở/);
  });
});

describe("onEdit at 50,000 log rows", () => {
  it("reads the header, the Mã CB column and the rows of the edited row's cadre, not the book", async () => {
    const book = localBook(50_000);
    const { run, env, ctx } = await addinFor(book);
    const cellsOfBook = book.raw().sheets.reduce((n, s) => n + s.grid.lastRow() * s.grid.lastColumn(), 0);
    const log = book.rawSheet(SHEET.log);
    const row = log.rawValues().length;
    env.calls.reset();
    run("onEdit", editEvent(ctx, SHEET.log, row, 1, 2, 1));

    const bySheet = env.calls.cellsReadBySheet();
    // Each log tab: at most its Mã CB column and a few dozen whole rows, far from its 10,000 × 11 cells.
    for (const name of book.rawSheetNames().filter((n) => n.startsWith("Nhật ký"))) {
      const rows = book.rawSheet(name).rawValues().length;
      expect(bySheet[name], name).toBeLessThan(rows + 11 * 60);
    }
    expect(env.calls.cellsRead()).toBeLessThan(cellsOfBook / 5);
    expect(env.calls.count("Range.getValues")).toBeLessThanOrEqual(40);
    // The result it wrote is the full check's.
    const status = log.rawValues()[row - 1].slice(9, 11);
    run("kiemTraNhatKy");
    expect(log.rawValues()[row - 1].slice(9, 11)).toEqual(status);
  }, 120_000);
});
