import { describe, expect, it } from "vitest";
import { LocalSpreadsheet } from "../../src/imitation";
import { H, SHEET } from "../../src/text";
import { COLUMNS } from "../../src/schema";
import { addinFor, resultColumn, snapshotSheet } from "../support/addin";
import { day, OWNER, ROSTER, sampleBook, sampleBookSpec, SCORES, UNITS } from "../support/sample-book";

const INPUT_SHEETS = [SHEET.settings, SHEET.roster, SHEET.units, SHEET.activities, SHEET.criteria, SHEET.scores];
// Every menu command but Tạo bảng mẫu, whose additions are checked in setup.test.ts.
const COMMANDS = [
  "kiemTraNhatKy",
  "tinhTienDo",
  "xepLoaiDonVi",
  "tinhTatCa",
  "phanQuyen",
  "tongHopTuFileKhac",
  "huongDan",
];

/** The log without its two result columns and its colour rules: what the user typed. */
function typedLog(book: LocalSpreadsheet, tab: string = SHEET.log) {
  const values = book.rawSheet(tab).rawValues();
  const skip = [values[0].indexOf(H.checkStatus), values[0].indexOf(H.checkDetail)];
  const sheet = book.rawSheet(tab);
  return values.map((r, i) => r.map((_, j) => (skip.includes(j) ? null : sheet.rawCell(i + 1, j + 1))));
}

describe("menu commands on a filled book", () => {
  it("never change a cell the user typed: only result columns, output sheets and the history are written", async () => {
    const book = sampleBook();
    const inputs = Object.fromEntries(INPUT_SHEETS.map((s) => [s, snapshotSheet(book, s)]));
    const log = JSON.stringify(typedLog(book));
    const { run } = await addinFor(book);
    for (const cmd of [...COMMANDS, ...COMMANDS]) run(cmd);
    for (const s of INPUT_SHEETS) expect(snapshotSheet(book, s), s).toBe(inputs[s]);
    expect(JSON.stringify(typedLog(book))).toBe(log);
    // New tabs are only outputs, the history, office tabs and the sources list.
    const allowed = new Set<string>([
      ...INPUT_SHEETS,
      SHEET.log,
      SHEET.history,
      SHEET.progress,
      SHEET.summary,
      SHEET.rating,
      SHEET.sources,
    ]);
    const office = (n: string) => n.startsWith("Nhật ký - ") || n.startsWith("Kế hoạch - ");
    expect(book.rawSheetNames().filter((n) => !allowed.has(n) && !office(n))).toEqual([]);
    expect(book.rawSheetNames().filter((n) => n.startsWith("Nhật ký - "))).toHaveLength(3);
    // Phân quyền makes each office its plan tab too (SPEC §10).
    expect(book.rawSheetNames().filter((n) => n.startsWith("Kế hoạch - "))).toHaveLength(3);
    // Log rows are tinted by conditional rules, not by per-cell backgrounds.
    const logSheet = book.rawSheet(SHEET.log);
    expect(
      logSheet.rawValues().every((r, i) => r.every((_, j) => logSheet.rawCell(i + 1, j + 1).background === null)),
    ).toBe(true);
    const rules = book.raw().sheets.find((s) => s.name === SHEET.log)!.condRules;
    expect(rules.map((r) => r.values[0])).toEqual(['=$J2="Lỗi"', '=$J2="Cảnh báo"']);
  });

  it("writes status and findings of every log row and toasts a Vietnamese summary naming the first error", async () => {
    const book = sampleBook();
    const { run, env } = await addinFor(book);
    run("kiemTraNhatKy");
    const status = book
      .rawSheet(SHEET.log)
      .rawValues()
      .slice(1)
      .map((r) => r[9]);
    expect(status).toEqual(["Hợp lệ", "Hợp lệ", "Cảnh báo", "Lỗi", "Lỗi", "Hợp lệ", "Cảnh báo"]);
    expect(env.toasts().at(-1)!.message).toBe(
      "Đã kiểm tra 7 dòng: 3 hợp lệ, 2 cảnh báo, 2 lỗi. Lỗi đầu tiên: dòng 5 trang «Nhật ký đi cơ sở».",
    );
    expect(book.rawSheet(SHEET.history).rawValues()[1].slice(1, 3)).toEqual([OWNER, "Kiểm tra nhật ký"]);
  });

  it("keeps user text exactly in outputs: no formula from '=', no number from '001', no date from '1/2'", async () => {
    const roster = ROSTER.map((r) => [...r]);
    roster[1] = ["001", '=HYPERLINK("http://x.vn";"Hoà")', "Phó Bí thư", "1/2", "", "", "", ""];
    const units = UNITS.map((r) => [...r]);
    units[1] = ["007", "+Đoàn xã Tân Phú", "Đoàn xã", "=1+1", "Cụm 1", ""];
    const scores = SCORES.map((r) => [...r]);
    scores[1] = ["007", "+Đoàn xã Tân Phú", 48, 45, "", ""];
    const book = sampleBook({
      logRows: [[1, day(3, 3), "", "001", "007", "", "", "", ""]],
      sheets: { [SHEET.roster]: roster, [SHEET.units]: units, [SHEET.scores]: scores },
    });
    const { run } = await addinFor(book);
    run("tinhTatCa");
    const progress = book.rawSheet(SHEET.progress);
    const row = progress.rawValues().findIndex((r) => r[0] === "001") + 1;
    expect(row).toBeGreaterThan(2);
    expect(progress.rawValues()[row - 1].slice(0, 4)).toEqual(["001", '=HYPERLINK("http://x.vn";"Hoà")', "1/2", 1]);
    expect(progress.rawCell(row, 2).formula).toBe("");
    const rating = book
      .rawSheet(SHEET.rating)
      .rawValues()
      .find((r) => r[0] === "007")!;
    expect(rating.slice(0, 3)).toEqual(["007", "+Đoàn xã Tân Phú", "=1+1"]);
    expect(book.rawSheet(SHEET.summary).rawValues().flat()).toContain("1/2");
  });

  it("says another run is in progress and writes nothing while the document lock is held", async () => {
    const book = sampleBook();
    const { run, env } = await addinFor(book);
    const before = snapshotSheet(book, SHEET.log);
    env.locks.holdElsewhere("document");
    run("tinhTatCa");
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/Đang có lệnh khác chạy/);
    expect(snapshotSheet(book, SHEET.log)).toBe(before);
    expect(book.rawSheetNames()).not.toContain(SHEET.progress);
    expect(book.rawSheetNames()).not.toContain(SHEET.history);
    env.locks.releaseElsewhere("document");
    run("tinhTatCa");
    expect(book.rawSheetNames()).toContain(SHEET.progress);
  });

  it("stops with an alert naming a missing sheet or header, and writes nothing", async () => {
    const spec = sampleBookSpec();
    spec.sheets = spec.sheets!.filter((s) => s.name !== SHEET.roster);
    const noRoster = LocalSpreadsheet.create(spec);
    const a = await addinFor(noRoster);
    a.run("tinhTienDo");
    expect(a.env.ui.alerts.at(-1)!.prompt).toMatch(/Chưa có trang «Cán bộ»/);
    expect(noRoster.rawSheetNames()).not.toContain(SHEET.progress);

    const spec2 = sampleBookSpec();
    spec2.sheets = spec2.sheets!.map((s) =>
      s.name === SHEET.log ? { ...s, rows: s.rows!.map((r) => r.map((v) => (v === H.unit ? "Nơi đến" : v))) } : s,
    );
    const noHeader = LocalSpreadsheet.create(spec2);
    const b = await addinFor(noHeader);
    const before = snapshotSheet(noHeader, SHEET.log);
    b.run("kiemTraNhatKy");
    expect(b.env.ui.alerts.at(-1)!.prompt).toMatch(/Trang «Nhật ký đi cơ sở» thiếu cột «Đơn vị đến»/);
    expect(snapshotSheet(noHeader, SHEET.log)).toBe(before);
  });

  it("finds reordered, re-cased headers under a title row and gives the same results", async () => {
    const plain = sampleBook();
    const a = await addinFor(plain);
    a.run("tinhTienDo");
    const expected = resultColumn(plain, SHEET.progress, H.totalDays);

    const spec = sampleBookSpec();
    const order = [3, 0, 2, 1, 4, 5, 6, 7];
    spec.sheets = spec.sheets!.map((s) => {
      if (s.name === SHEET.roster) {
        const rows = s.rows!.map((r) => order.map((i) => r[i]));
        rows[0] = rows[0].map((h) => (h === H.fullName ? "HỌ VÀ TÊN" : h === H.cadreCode ? "mã\u00a0cb" : h));
        return { ...s, rows: [["DANH SÁCH CÁN BỘ NĂM 2025"], [], ...rows] };
      }
      if (s.name === SHEET.log) {
        const padded = s.rows!.map((r) => [...r, ...Array(COLUMNS.log.length - r.length).fill("")]);
        const rows = padded.map((r) => [r[4], r[3], r[1], r[2], ...r.slice(5), "ghi chú riêng", r[0]]);
        rows[0] = rows[0].map((h) => (h === H.dateFrom ? "ngày  đi" : h === "ghi chú riêng" ? "Ghi chú của tôi" : h));
        return { ...s, rows };
      }
      return s;
    });
    const shuffled = LocalSpreadsheet.create(spec);
    const b = await addinFor(shuffled);
    b.run("tinhTienDo");
    expect(b.env.ui.alerts.filter((x) => /thiếu cột|Lưu ý/.test(x.prompt))).toEqual([]);
    expect(resultColumn(shuffled, SHEET.progress, H.totalDays)).toEqual(expected);
    // The user's own column is left alone; results landed in the result columns wherever they are.
    const log = shuffled.rawSheet(SHEET.log).rawValues();
    expect(log.slice(1).map((r) => r[log[0].indexOf("Ghi chú của tôi")])).toEqual(
      log.slice(1).map(() => "ghi chú riêng"),
    );
    expect(log[4][log[0].indexOf(H.checkStatus)]).toBe("Lỗi");
  });

  it("on an empty book, every command answers with an alert naming what is missing", async () => {
    const book = LocalSpreadsheet.create({ owner: OWNER });
    const { run, env } = await addinFor(book);
    for (const cmd of ["kiemTraNhatKy", "tinhTienDo", "xepLoaiDonVi", "tinhTatCa"]) run(cmd);
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual(
      Array(4).fill(expect.stringMatching(/^Chưa có trang «Cấu hình»/)),
    );
  });

  it("shows a short Vietnamese alert for an unexpected error, logs the details, and shows no stack trace", async () => {
    const book = sampleBook();
    const { run, env } = await addinFor(book);
    const sheet = book.getSheetByName(SHEET.units)! as unknown as {
      getDataRange: () => unknown;
      getSheetValues: () => unknown;
    };
    sheet.getSheetValues = sheet.getDataRange = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    };
    run("tinhTatCa");
    const alert = env.ui.alerts.at(-1)!.prompt;
    expect(alert).toMatch(/gặp lỗi ngoài dự kiến/);
    expect(alert).not.toMatch(/TypeError|at |undefined/);
    expect(env.logs.map((l) => l.message).join("\n")).toMatch(/Cannot read properties/);
  });

  it("rewrites output sheets completely: shorter content leaves nothing behind, charts are replaced", async () => {
    const book = sampleBook();
    const { run } = await addinFor(book);
    run("tinhTatCa");
    run("tinhTatCa");
    const summary = book.raw().sheets.find((s) => s.name === SHEET.summary)!;
    expect(summary.charts.map((c) => c.options.title)).toEqual([
      "Tiến độ chỉ tiêu theo Đơn vị công tác",
      "Phân bố xếp loại theo nhóm",
    ]);
    expect(book.rawSheet(SHEET.progress).rawValues().length).toBe(2 + 4);
    // The roster shrinks to one cadre.
    book.rawSheet(SHEET.roster).rawSetValues(
      3,
      1,
      Array.from({ length: 3 }, () => Array(8).fill("")),
    );
    run("tinhTienDo");
    const progress = book.rawSheet(SHEET.progress).rawValues();
    expect(progress.length).toBe(3);
    expect(progress[2][0]).toBe("CB001");
  });

  it("counts the same days whatever the spreadsheet's zone, even far from the script's zone", async () => {
    const results: unknown[][] = [];
    for (const zone of ["Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati"]) {
      const book = sampleBook({ timeZone: zone });
      const { run } = await addinFor(book, { scriptTimeZone: "Asia/Ho_Chi_Minh" });
      run("tinhTatCa");
      const p = book.rawSheet(SHEET.progress).rawValues();
      expect(String(p[0][0]), zone).toMatch(/^Tính đến ngày 30\/06\/2025/);
      results.push(p.slice(1).map((r) => r.slice(0, COLUMNS.progress.length)));
      expect(
        book
          .rawSheet(SHEET.log)
          .rawValues()
          .slice(1)
          .map((r) => r[9]),
        zone,
      ).toEqual(["Hợp lệ", "Hợp lệ", "Cảnh báo", "Lỗi", "Lỗi", "Hợp lệ", "Cảnh báo"]);
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe("output formats and help", () => {
  it("formats days to one decimal and ratios as percent, and colours statuses by conditional rules", async () => {
    const book = sampleBook();
    const { run } = await addinFor(book);
    run("tinhTatCa");
    const progress = book.rawSheet(SHEET.progress);
    const col = (h: string) => (COLUMNS.progress as readonly string[]).indexOf(h) + 1;
    expect(progress.rawCell(3, col(H.totalDays)).format).toBe("0.0");
    expect(progress.rawCell(3, col(H.ratio)).format).toBe("0.0%");
    expect(progress.rawCell(3, col(H.fullName)).format).toBe("@");
    expect(progress.rawDisplayValues()[2][col(H.totalDays) - 1]).toBe("5,5");
    const rules = book.raw().sheets.find((s) => s.name === SHEET.progress)!.condRules;
    expect(rules.map((r) => r.values[0])).toEqual(expect.arrayContaining(["Đạt", "Chậm tiến độ", "Không đạt"]));
    expect(
      progress.rawValues().every((r, i) => r.every((_, j) => progress.rawCell(i + 1, j + 1).background === null)),
    ).toBe(true);
    const rating = book.raw().sheets.find((s) => s.name === SHEET.rating)!.condRules;
    expect(rating.map((r) => r.values[0])).toContain("Hoàn thành xuất sắc nhiệm vụ");
  });

  it("Hướng dẫn opens a Vietnamese dialog explaining the sheets and the menu", async () => {
    const { run, env } = await addinFor(sampleBook());
    run("huongDan");
    const dialog = env.ui.dialogs.find((d) => d.kind === "modal")!;
    expect(dialog.title).toBe("Hướng dẫn sử dụng Tính chỉ tiêu");
    for (const word of ["Nhật ký đi cơ sở", "Kiểm tra nhật ký", "Tính tất cả", "Cấu hình", "15/3/2025"]) {
      expect(dialog.html).toContain(word);
    }
  });
});

describe("Lịch sử chạy", () => {
  it("keeps appending when the sheet's grid is full", async () => {
    const book = sampleBook({
      extraSheets: [
        {
          name: SHEET.history,
          rows: [
            [...COLUMNS.history],
            ...Array.from({ length: 9 }, (_, i) => [day(1, 1), OWNER, "Kiểm tra nhật ký", `lần ${i + 1}`]),
          ],
          maxRows: 10,
        },
      ],
    });
    const { run } = await addinFor(book);
    run("kiemTraNhatKy");
    run("kiemTraNhatKy");
    const rows = book.rawSheet(SHEET.history).rawValues();
    expect(rows.length).toBe(12);
    expect(rows[11].slice(1, 3)).toEqual([OWNER, "Kiểm tra nhật ký"]);
  });
});
