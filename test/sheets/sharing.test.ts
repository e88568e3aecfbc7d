import { describe, expect, it } from "vitest";
import { LocalSpreadsheet } from "../../src/imitation";
import { H, SHEET } from "../../src/text";
import { COLUMNS } from "../../src/schema";
import { addinFor, tryWrite } from "../support/addin";
import { day, listSources, MERGER_UNITS, ROSTER, sampleBook } from "../support/sample-book";

const ADMIN = "admin@tinhdoan.vn";
const HOA = "hoa.nt@tinhdoan.vn"; // Ban Tổ chức
const DUC = "duc.tv@tinhdoan.vn"; // Văn phòng
const THUY = "thuy.lt@tinhdoan.vn"; // Ban Tổ chức, not yet an editor of the file

function sharedBook(roster = ROSTER) {
  return sampleBook({ editors: [ADMIN, HOA, DUC], admins: [ADMIN], sheets: { [SHEET.roster]: roster } });
}

const BLOCKED = /protected cell or object/;

describe("Phân quyền", () => {
  it("is for admins only", async () => {
    const book = sharedBook();
    const { run, env } = await addinFor(book, { user: HOA });
    run("phanQuyen");
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/chỉ dành cho quản trị viên.*hoa\.nt@tinhdoan\.vn/s);
    expect(book.rawSheetNames().some((n) => n.startsWith("Nhật ký - "))).toBe(false);
  });

  it("creates office tabs and protects every sheet so each office writes only its own tab", async () => {
    const book = sharedBook();
    const { run, env, ctx } = await addinFor(book, { user: ADMIN });
    run("phanQuyen");
    for (const office of ["Ban Tổ chức", "Văn phòng", "Ban Phong trào"])
      expect(book.rawSheetNames()).toContain(`Nhật ký - ${office}`);
    const tab = book.rawSheet("Nhật ký - Ban Tổ chức");
    expect(tab.rawValues()[0]).toEqual([...COLUMNS.log]);
    const cadreRule = tab.rawCell(2, COLUMNS.log.indexOf(H.cadre) + 1).validation!;
    expect(cadreRule.values[0]).toEqual(["Nguyễn Thị Hoà", "Lê Thị Thuỷ"]);
    const report = env.ui.alerts.at(-1)!.prompt;
    expect(report).toMatch(/«Cấu hình»: chỉ chủ tệp và quản trị viên/);
    expect(report).toMatch(/«Nhật ký - Ban Tổ chức»: quản trị viên và cán bộ của đơn vị sửa được \(4 người\)/);
    expect(report).toMatch(/«Lịch sử chạy»: ai cũng ghi được/);
    expect(report.slice(report.indexOf("chưa có quyền chỉnh sửa tệp"))).toContain(THUY);
    expect(report).not.toMatch(/chưa có quyền chỉnh sửa tệp.*hoa\.nt@/s);

    env.setActiveUser(HOA);
    expect(tryWrite(ctx, "Nhật ký - Ban Tổ chức")).toBe("ok");
    expect(tryWrite(ctx, "Nhật ký - Văn phòng")).toMatch(BLOCKED);
    expect(tryWrite(ctx, SHEET.settings)).toMatch(BLOCKED);
    expect(tryWrite(ctx, SHEET.log)).toMatch(BLOCKED);
    expect(tryWrite(ctx, SHEET.history)).toBe("ok");
    env.setActiveUser(ADMIN);
    for (const s of [SHEET.settings, SHEET.roster, SHEET.log, "Nhật ký - Văn phòng", "Nhật ký - Ban Tổ chức"])
      expect(tryWrite(ctx, s), s).toBe("ok");
  });

  it("run again after a merger takes the ended unit out of an office tab's unit dropdown it made (SPEC §12)", async () => {
    const book = sampleBook({
      editors: [ADMIN, HOA, DUC],
      admins: [ADMIN],
      sheets: { [SHEET.roster]: ROSTER, [SHEET.units]: MERGER_UNITS },
    });
    const { run } = await addinFor(book, { user: ADMIN });
    run("phanQuyen");
    const unitRule = () =>
      book.rawSheet("Nhật ký - Ban Tổ chức").rawCell(2, COLUMNS.log.indexOf(H.unit) + 1).validation!;
    expect(unitRule().criteria).toBe("VALUE_IN_RANGE");
    // 1/7/2025: Hòa Long merged into Long Hương.
    book.rawSheet(SHEET.units).rawSetValues(2, 7, [[day(30, 6), "X10"]]);
    run("phanQuyen");
    expect(unitRule().criteria).toBe("VALUE_IN_LIST");
    expect(unitRule().values[0]).toEqual(["Đoàn phường Long Hương", "Đoàn xã Long Phước"]);
    // The office's own cadre list is still its own.
    const cadreRule = book.rawSheet("Nhật ký - Ban Tổ chức").rawCell(2, COLUMNS.log.indexOf(H.cadre) + 1).validation!;
    expect(cadreRule.values[0]).toEqual(["Nguyễn Thị Hoà", "Lê Thị Thuỷ"]);
  });

  it("moves a cadre's access when the roster says they moved office, without duplicating protections", async () => {
    const book = sharedBook();
    const { run, env, ctx } = await addinFor(book, { user: ADMIN });
    run("phanQuyen");
    env.setActiveUser(HOA);
    expect(tryWrite(ctx, "Nhật ký - Văn phòng")).toMatch(BLOCKED);
    // Hoà moves to Văn phòng.
    book.rawSheet(SHEET.roster).rawSetValues(2, 4, [["Văn phòng"]]);
    env.setActiveUser(ADMIN);
    run("phanQuyen");
    env.setActiveUser(HOA);
    expect(tryWrite(ctx, "Nhật ký - Văn phòng")).toBe("ok");
    expect(tryWrite(ctx, "Nhật ký - Ban Tổ chức")).toMatch(BLOCKED);
    const perSheet = new Map<string, number>();
    for (const p of book.raw().protections) perSheet.set(p.sheet!.name, (perSheet.get(p.sheet!.name) ?? 0) + 1);
    expect([...perSheet.values()].every((n) => n === 1)).toBe(true);
  });

  it("two long office names cut to one plan tab share it: no error, both offices' cadres listed and admitted", async () => {
    // "Nhật ký - " keeps 21 characters of the office name, "Kế hoạch - " 20: these two part at the 21st.
    const workers = "Ban Thanh niên Công nhân và Đô thị";
    const officials = "Ban Thanh niên Công chức, viên chức";
    const roster = [
      ...ROSTER,
      ["CB005", "Đặng Văn Lâm", "Cán bộ", workers, "", "", "", HOA],
      ["CB006", "Võ Thị Ngọc", "Cán bộ", officials, "", "", "", DUC],
    ];
    const book = sharedBook(roster);
    const { run, env, ctx } = await addinFor(book, { user: ADMIN });
    run("phanQuyen");
    const report = env.ui.alerts.at(-1)!.prompt;
    expect(report).not.toMatch(/ngoài dự kiến/);
    const names = book.rawSheetNames();
    expect(names).toContain("Nhật ký - Ban Thanh niên Công n");
    expect(names).toContain("Nhật ký - Ban Thanh niên Công c");
    expect(names.filter((n) => n.startsWith("Kế hoạch - Ban Thanh niên Công"))).toEqual([
      "Kế hoạch - Ban Thanh niên Công",
    ]);
    const plan = book.rawSheet("Kế hoạch - Ban Thanh niên Công");
    const planCadre = plan.rawValues()[0].indexOf(H.cadre) + 1;
    expect(planCadre).toBeGreaterThan(0);
    expect(plan.rawCell(2, planCadre).validation!.values[0]).toEqual(["Đặng Văn Lâm", "Võ Thị Ngọc"]);
    const workersLog = book.rawSheet("Nhật ký - Ban Thanh niên Công n");
    expect(workersLog.rawCell(2, COLUMNS.log.indexOf(H.cadre) + 1).validation!.values[0]).toEqual(["Đặng Văn Lâm"]);

    // Hoà (Ban Tổ chức, and the workers' office through CB005) and Đức (Văn phòng, and the officials' office).
    env.setActiveUser(DUC);
    expect(tryWrite(ctx, "Kế hoạch - Ban Thanh niên Công")).toBe("ok");
    expect(tryWrite(ctx, "Nhật ký - Ban Thanh niên Công c")).toBe("ok");
    expect(tryWrite(ctx, "Nhật ký - Ban Thanh niên Công n")).toMatch(BLOCKED);
    env.setActiveUser(ADMIN);
    run("phanQuyen");
    const perSheet = new Map<string, number>();
    for (const p of book.raw().protections) perSheet.set(p.sheet!.name, (perSheet.get(p.sheet!.name) ?? 0) + 1);
    expect([...perSheet.values()].every((n) => n === 1)).toBe(true);
  });

  it("an office user's check writes only into tabs they may edit; admin-only commands say an admin must run them", async () => {
    const book = sharedBook();
    const { run, env } = await addinFor(book, { user: ADMIN });
    run("phanQuyen");
    run("tinhTatCa");
    book
      .rawSheet("Nhật ký - Văn phòng")
      .rawSetValues(2, 1, [[1, day(5, 5), "", "CB002", "DV01", "Dự sinh hoạt chi đoàn", 1, "Dự sinh hoạt", day(6, 5)]]);
    const mainLog = JSON.stringify(book.rawSheet(SHEET.log).rawValues());
    const progress = JSON.stringify(book.rawSheet(SHEET.progress).rawValues());
    env.setActiveUser(DUC);
    run("kiemTraNhatKy");
    expect(book.rawSheet("Nhật ký - Văn phòng").rawValues()[1][9]).toBe("Hợp lệ");
    expect(JSON.stringify(book.rawSheet(SHEET.log).rawValues())).toBe(mainLog);
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/không có quyền sửa các trang .*«Nhật ký đi cơ sở».*chưa được ghi/);
    expect(env.ui.alerts.at(-1)!.prompt).not.toMatch(/«Nhật ký - Văn phòng»/);
    run("tinhTatCa");
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(
      /Bạn không có quyền sửa trang «Tổng hợp», «Tiến độ chỉ tiêu», «Xếp loại».*quản trị viên chạy/s,
    );
    expect(JSON.stringify(book.rawSheet(SHEET.progress).rawValues())).toBe(progress);
  });

  it("finds a visit entered on two office tabs and names both tabs", async () => {
    const book = sharedBook();
    const { run } = await addinFor(book, { user: ADMIN });
    run("phanQuyen");
    const visit = [1, day(12, 5), "", "CB001", "DV03", "Dự sinh hoạt chi đoàn", 1, "Dự sinh hoạt", day(13, 5)];
    book.rawSheet("Nhật ký - Ban Tổ chức").rawSetValues(2, 1, [visit]);
    book.rawSheet("Nhật ký - Văn phòng").rawSetValues(2, 1, [visit]);
    run("kiemTraNhatKy");
    expect(book.rawSheet("Nhật ký - Ban Tổ chức").rawValues()[1][9]).toBe("Hợp lệ");
    const second = book.rawSheet("Nhật ký - Văn phòng").rawValues()[1];
    expect(second[9]).toBe("Lỗi");
    expect(second[10]).toMatch(/Trùng với dòng 2 trang «Nhật ký - Ban Tổ chức»/);
  });
});

describe("Tổng hợp từ file khác", () => {
  const logRow = (n: number, d: Date, who: string, unit: string) => [
    n,
    d,
    "",
    who,
    unit,
    "Khảo sát, nắm tình hình đoàn viên thanh niên",
    1,
    "Khảo sát ấp Phú Hoà",
    d,
  ];

  function sources() {
    // A district book in New York time: its dates must arrive as the same calendar days.
    const nyDay = (d: number, m: number) => new Date(Date.UTC(2025, m - 1, d, 4)); // midnight in New York (EDT)
    const fine = LocalSpreadsheet.create({
      id: "nguon-dong-phu",
      name: "Huyện đoàn Đồng Phú",
      owner: "hd.dongphu@tinhdoan.vn",
      viewers: [ADMIN],
      timeZone: "America/New_York",
      sheets: [
        {
          name: "Nhật ký đi cơ sở",
          rows: [
            [...COLUMNS.log],
            logRow(1, nyDay(12, 6), "Nguyễn Thị Hoà", "Đoàn xã Tân Phú"),
            logRow(2, nyDay(4, 6), "Người Lạ", "DV01"),
          ],
        },
      ],
    });
    // Columns reordered, one extra, a title row, and two log tabs.
    const reordered = LocalSpreadsheet.create({
      id: "nguon-dong-xoai",
      owner: "td.dongxoai@tinhdoan.vn",
      editors: [ADMIN],
      sheets: [
        {
          name: "Nhật ký - Văn phòng",
          rows: [
            ["SỔ ĐI CƠ SỞ"],
            ["Ghi chú riêng", H.unit, H.cadre, H.dateFrom, H.days, H.content],
            [
              "x",
              "Đoàn phường Tân Bình",
              "Tra\u0302\u0300n Va\u0306n \u0110u\u031b\u0301c".normalize("NFD"),
              day(7, 7),
              1,
              "Dự sinh hoạt",
            ],
          ],
        },
        {
          name: "Nhật ký - Ban Tổ chức",
          rows: [
            [H.dateFrom, H.cadre, H.unit],
            [day(8, 7), "CB004", "DV04"],
          ],
        },
        { name: "Tổng hợp", rows: [["không phải nhật ký"]] },
      ],
    });
    const closed = LocalSpreadsheet.create({
      id: "nguon-bi-khoa",
      owner: "ai.do@gmail.com",
      sheets: [{ name: "Nhật ký đi cơ sở", rows: [[...COLUMNS.log]] }],
    });
    return [fine, reordered, closed];
  }

  function consolidatingBook(rows: unknown[][]) {
    const book = sharedBook();
    const width = Math.max(...rows.map((r) => r.length));
    const sheet = book.insertSheet(SHEET.sources);
    sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...Array(width - r.length).fill("")]));
    return book;
  }

  it("pulls three sources: two load intact with dates and diacritics, the third says it has no access", async () => {
    const book = consolidatingBook([
      [H.sourceName, H.sourceLink],
      ["Đồng Phú", "https://docs.google.com/spreadsheets/d/nguon-dong-phu/edit#gid=0"],
      ["Đồng Xoài", "nguon-dong-xoai"],
      ["Bù Đăng", "https://docs.google.com/spreadsheets/d/nguon-bi-khoa/edit"],
    ]);
    const { run, env } = await addinFor(book, { user: ADMIN });
    for (const s of sources()) env.addBook(s);
    run("tongHopTuFileKhac");
    const status = book.rawSheet(SHEET.sources).rawValues();
    expect(status[0]).toEqual([H.sourceName, H.sourceLink, H.sourceStatus, H.sourceUpdated]);
    expect(status[1][2]).toBe("OK: 2 dòng từ 1 trang nhật ký");
    expect(status[2][2]).toBe("OK: 2 dòng từ 2 trang nhật ký");
    expect(status[3][2]).toMatch(/^Không có quyền mở tệp — nhờ chủ tệp chia sẻ .* cho admin@tinhdoan\.vn$/);
    expect(status[1][3]).toBeInstanceOf(Object);
    expect(status[3][3]).toBe("");

    const a = book.rawSheet("Nhật ký (nguồn) - Đồng Phú");
    expect(a.rawValues()[0]).toEqual([...COLUMNS.log, H.snapshotSource, H.snapshotRow]);
    expect(a.rawDisplayValues()[1].slice(1, 5)).toEqual(["12/06/2025", "", "Nguyễn Thị Hoà", "Đoàn xã Tân Phú"]);
    expect(a.rawValues()[1].slice(-2)).toEqual(["Nhật ký đi cơ sở", 2]);
    const b = book.rawSheet("Nhật ký (nguồn) - Đồng Xoài").rawValues();
    expect(b[1][3]).toBe("Tra\u0302\u0300n Va\u0306n \u0110u\u031b\u0301c".normalize("NFD"));
    expect(b[1].slice(-2)).toEqual(["Nhật ký - Văn phòng", 3]);
    expect(b[2].slice(-2)).toEqual(["Nhật ký - Ban Tổ chức", 2]);
    expect(b[0]).not.toContain("Ghi chú riêng");

    // The book's own roster is the master: a stranger in a source is an error like on any log row.
    run("kiemTraNhatKy");
    const checked = book.rawSheet("Nhật ký (nguồn) - Đồng Phú").rawValues();
    expect(checked[1].slice(9, 11)).toEqual(["Hợp lệ", ""]);
    expect(checked[2][9]).toBe("Lỗi");
    expect(checked[2][10]).toMatch(/Không tìm thấy cán bộ «Người Lạ»/);
    expect(book.rawSheet("Nhật ký (nguồn) - Đồng Xoài").rawValues()[1][9]).toMatch(/Hợp lệ|Cảnh báo/);

    // Running again replaces each snapshot instead of adding to it.
    run("tongHopTuFileKhac");
    expect(book.rawSheet("Nhật ký (nguồn) - Đồng Phú").rawValues().length).toBe(3);
    expect(book.rawSheetNames().filter((n) => n.startsWith("Nhật ký (nguồn)"))).toHaveLength(2);
  });

  it("reports a missing header, an unknown file and a repeated name on their rows, and still loads the rest", async () => {
    const book = consolidatingBook([
      [H.sourceName, H.sourceLink, H.sourceStatus, H.sourceUpdated],
      ["Thiếu cột", "nguon-thieu-cot"],
      ["Không có", "https://docs.google.com/spreadsheets/d/khong-ton-tai/edit"],
      ["Đồng Phú", "nguon-dong-phu"],
      ["Đồng Phú", "nguon-dong-xoai"],
    ]);
    const { run, env } = await addinFor(book, { user: ADMIN });
    for (const s of sources()) env.addBook(s);
    env.addBook(
      LocalSpreadsheet.create({
        id: "nguon-thieu-cot",
        owner: ADMIN,
        sheets: [{ name: "Nhật ký đi cơ sở", rows: [[H.dateFrom, H.unit]] }],
      }),
    );
    run("tongHopTuFileKhac");
    const status = book
      .rawSheet(SHEET.sources)
      .rawValues()
      .map((r) => r[2]);
    expect(status[1]).toBe("Trang «Nhật ký đi cơ sở» của tệp thiếu cột «Cán bộ»");
    expect(status[2]).toMatch(/^Không tìm thấy tệp theo liên kết/);
    expect(status[3]).toBe("OK: 2 dòng từ 1 trang nhật ký");
    expect(status[4]).toMatch(/^Trùng trang «Nhật ký \(nguồn\) - Đồng Phú» với nguồn ở dòng 4/);
  });

  it("creates Nguồn dữ liệu when it is missing and is for admins only", async () => {
    const book = sharedBook();
    const { run, env } = await addinFor(book, { user: ADMIN });
    run("tongHopTuFileKhac");
    expect(book.rawSheet(SHEET.sources).rawValues()[0]).toEqual([...COLUMNS.sources]);
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/Đã tạo trang «Nguồn dữ liệu»/);
    env.setActiveUser(HOA);
    run("tongHopTuFileKhac");
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/chỉ dành cho quản trị viên/);
  });
});

describe("consolidation cost", () => {
  function bigSource(id: string, rows: number) {
    const lines = Array.from({ length: rows }, (_, i) => [
      i + 1,
      day((i % 28) + 1, (i % 12) + 1),
      "",
      `CB00${(i % 4) + 1}`,
      `DV0${(i % 4) + 1}`,
      "",
      1,
      "Khảo sát",
      "",
    ]);
    return LocalSpreadsheet.create({
      id,
      owner: ADMIN,
      sheets: [{ name: "Nhật ký đi cơ sở", rows: [[...COLUMNS.log], ...lines], maxRows: rows + 5 }],
    });
  }

  async function callsFor(rows: number) {
    const book = sharedBook();
    listSources(book, [
      ["A", "a"],
      ["B", "b"],
      ["C", "c"],
    ]);
    const { run, env } = await addinFor(book, { user: ADMIN });
    for (const id of ["a", "b", "c"]) env.addBook(bigSource(id, rows));
    env.calls.reset();
    run("tongHopTuFileKhac");
    expect(book.rawSheet("Nhật ký (nguồn) - A").rawValues().length).toBe(rows + 1);
    return env.calls.byMethod();
  }

  it("makes the same spreadsheet calls for three sources of 100 rows as of 3,000 rows", async () => {
    expect(await callsFor(3_000)).toEqual(await callsFor(100));
  });

  it("protects snapshot tabs for admins", async () => {
    const book = sharedBook();
    listSources(book, [["A", "a"]]);
    const { run, env, ctx } = await addinFor(book, { user: ADMIN });
    env.addBook(bigSource("a", 3));
    run("tongHopTuFileKhac");
    env.setActiveUser(HOA);
    expect(tryWrite(ctx, "Nhật ký (nguồn) - A")).toMatch(BLOCKED);
  });
});
