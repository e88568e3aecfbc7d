// SPEC §10 through the built bundle: a book with a plan tab, an office plan tab and a log.
import { describe, expect, it } from "vitest";
import { PH, PLAN_SHEET, SHEET, H, P } from "../../src/text";
import { addinFor, editEvent, resultColumn } from "../support/addin";
import { LocalSpreadsheet } from "../../src/imitation";
import { day, sampleBook } from "../support/sample-book";

const PLAN_HEADER = [PH.seq, PH.cadre, PH.unit, PH.from, PH.to, PH.content, PH.note];

// The sample log (sheet rows): 2 CB001 DV01 03–04/03 · 3 CB002 DV02 15/03 · 4 CB001 DV02 31/03–01/04 ·
// 5 error · 6 duplicate of 3 · 7 CB004 DV03 10/04 · 8 CB001 DV04 02–03/06; as of 30/06/2025.
function bookWith(planRows: unknown[][], settings: unknown[][] = [], office: unknown[][] = []) {
  return sampleBook({
    settings,
    extraSheets: [
      { name: PLAN_SHEET.plan, rows: [PLAN_HEADER, ...planRows] },
      ...(office.length ? [{ name: "Kế hoạch - Văn phòng", rows: [PLAN_HEADER, ...office] }] : []),
    ],
  });
}

const planResults = (book: LocalSpreadsheet, tab: string = PLAN_SHEET.plan) => {
  const values = book.rawSheet(tab).rawValues();
  const s = values[0].indexOf(PH.status);
  const d = values[0].indexOf(PH.detail);
  return values.slice(1).map((r) => [r[s], r[d]]);
};

describe("Kế hoạch đi cơ sở through the menu", () => {
  it("gives each plan row its status, naming the log row that fulfils it", async () => {
    const book = bookWith(
      [
        [1, "Nguyễn Thị Hoà", "Đoàn xã Tân Phú", day(1, 3), day(2, 3), "Dự sinh hoạt", ""],
        [2, "CB004", "DV03", day(5, 4), "", "Kiểm tra", ""],
        [3, "CB001", "DV04", day(10, 7), day(12, 7), "Giám sát", ""],
        [4, "CB999", "DV01", "31/02/2025", "", "", ""],
      ],
      [],
      [[1, "CB002", "DV02", "18/03/2025", "", "Khảo sát", ""]],
    );
    const { run } = await addinFor(book);
    run("kiemTraNhatKy");
    expect(planResults(book)).toEqual([
      ["Đã thực hiện", "Đã đi theo dòng 2 trang «Nhật ký đi cơ sở» (03/03/2025–04/03/2025)"],
      ["Chưa thực hiện", "Quá hạn 08/04/2025 mà chưa có chuyến đi tương ứng trong nhật ký"],
      ["Chưa đến hạn", "Còn hạn đến 15/07/2025"],
      ["Lỗi", expect.stringContaining("Không tìm thấy cán bộ «CB999»")],
    ]);
    // exactly 3 days early (the default tolerance): done, on the office's own tab
    expect(planResults(book, "Kế hoạch - Văn phòng")).toEqual([
      ["Đã thực hiện", "Đã đi theo dòng 3 trang «Nhật ký đi cơ sở» (15/03/2025)"],
    ]);
    expect(resultColumn(book, PLAN_SHEET.tracking, PH.done)).toEqual([1, 1, 0, 0]);
    expect(resultColumn(book, PLAN_SHEET.tracking, PH.missed)).toEqual([0, 0, 0, 1]);
    expect(resultColumn(book, PLAN_SHEET.tracking, PH.notDue)).toEqual([1, 0, 0, 0]);
    // ngoài kế hoạch: rows 4 and 8 of CB001, row 7 of CB004; counted, not warned by default
    expect(resultColumn(book, PLAN_SHEET.tracking, PH.offPlan)).toEqual([2, 0, 0, 1]);
    const detail = resultColumn(book, SHEET.log, H.checkDetail, 1) as string[];
    expect(detail.some((d) => d.includes("không có trong Kế hoạch đi cơ sở"))).toBe(false);
  });

  it("counts a visit exactly tolerance days late as done, and one day more as not", async () => {
    for (const [planned, status] of [
      [day(7, 4), "Đã thực hiện"],
      [day(6, 4), "Chưa thực hiện"],
    ] as const) {
      const book = bookWith([[1, "CB004", "DV03", planned, "", "", ""]]);
      const { run } = await addinFor(book);
      run("kiemTraNhatKy");
      expect(planResults(book)[0][0]).toBe(status);
    }
  });

  it("warns log rows ngoài kế hoạch when Bắt buộc có trong kế hoạch = Có, and says it in Tổng hợp", async () => {
    const book = bookWith(
      [[1, "CB001", "DV01", day(3, 3), "", "", ""]],
      [
        [P.planRequired, "Có", ""],
        [P.planTolerance, 0, ""],
      ],
    );
    const { run } = await addinFor(book);
    run("tinhTatCa");
    const status = resultColumn(book, SHEET.log, H.checkStatus, 1);
    const detail = resultColumn(book, SHEET.log, H.checkDetail, 1) as string[];
    const warned = detail.map((d, i) => (d.includes("không có trong Kế hoạch đi cơ sở") ? i + 2 : 0)).filter(Boolean);
    expect(warned).toEqual([3, 4, 7, 8]);
    expect(status[0]).toBe("Hợp lệ");
    expect(status[1]).toBe("Cảnh báo");
    const summary = book.rawSheet(SHEET.summary).rawValues().flat();
    expect(summary).toContain("1/4 cán bộ đã đăng ký kế hoạch; 1/1 đã thực hiện đủ các chuyến đến hạn");
  });
});

describe("the plan's line counts the cadres not Không áp dụng", () => {
  it("leaves out a cadre exempt for the whole window (SPEC §11), in Tổng hợp and in Kiểm tra nhật ký's summary", async () => {
    const book = sampleBook({
      extraSheets: [
        { name: PLAN_SHEET.plan, rows: [PLAN_HEADER, [1, "CB001", "DV01", day(3, 3), "", "", ""]] },
        // Trần Văn Đức on study leave all year; Lê Thị Thuỷ for a month only (still counted).
        {
          name: SHEET.exemptions,
          rows: [
            [H.cadre, H.exemptFrom, H.exemptTo, H.reason],
            ["Trần Văn Đức", day(1, 1), day(31, 12), "Đi học dài hạn"],
            ["CB003", day(1, 8), day(31, 8), "Nghỉ ốm"],
          ],
        },
      ],
    });
    const { run, env } = await addinFor(book);
    run("kiemTraNhatKy");
    expect(env.toasts().at(-1)!.message).toContain("1/3 cán bộ đã đăng ký kế hoạch");
    run("tinhTatCa");
    const summary = book.rawSheet(SHEET.summary).rawValues().flat();
    expect(summary).toContain("1/3 cán bộ đã đăng ký kế hoạch; 1/1 đã thực hiện đủ các chuyến đến hạn");
    const progress = book.rawSheet(SHEET.progress).rawValues();
    const assessment = progress.find((r) => r.includes(H.assessment))!.indexOf(H.assessment);
    expect(progress.find((r) => r.includes("CB002"))![assessment]).toBe("Không áp dụng");
  });
});

describe("Tạo bảng mẫu and the plan", () => {
  it("creates the empty plan tab with dropdowns like the log, and the two plan settings", async () => {
    const book = LocalSpreadsheet.create({ name: "Sổ mới", owner: "bithu@tinhdoan.vn", timeZone: "Asia/Ho_Chi_Minh" });
    const { run } = await addinFor(book);
    run("taoBangMau");
    const plan = book.rawSheet(PLAN_SHEET.plan);
    expect(plan.rawValues()).toEqual([[...PLAN_HEADER, PH.status, PH.detail]]);
    const cadre = plan.rawCell(2, PLAN_HEADER.indexOf(PH.cadre) + 1).validation!;
    expect(cadre.criteria).toBe("VALUE_IN_RANGE");
    expect(cadre.allowInvalid).toBe(true);
    expect(plan.rawCell(2, PLAN_HEADER.indexOf(PH.from) + 1).format).toBe("dd/MM/yyyy");
    const settings = book
      .rawSheet(SHEET.settings)
      .rawValues()
      .map((r) => [r[0], r[1]]);
    expect(settings).toContainEqual([P.planTolerance, 3]);
    expect(settings).toContainEqual([P.planRequired, "Không"]);
    // an empty plan tab leaves the plan features off: no Theo dõi kế hoạch
    run("kiemTraNhatKy");
    expect(book.rawSheetNames()).not.toContain(PLAN_SHEET.tracking);
  });
});

describe("Phân quyền and the plan", () => {
  it("makes each office its plan tab, protected like its log tab, and protects the plan and lock sheets for admins", async () => {
    const book = bookWith([[1, "CB002", "DV02", "18/03/2025", "", "Khảo sát", ""]]);
    const { run } = await addinFor(book);
    run("kiemTraNhatKy");
    run("phanQuyen");
    const office = book.rawSheet("Kế hoạch - Văn phòng");
    expect(office.rawValues()[0]).toEqual([...PLAN_HEADER, PH.status, PH.detail]);
    const editors = (name: string) =>
      book
        .raw()
        .protections.filter((p) => p.sheet.name === name && !p.warningOnly)
        .flatMap((p) => [...(p.editors ?? [])])
        .sort();
    expect(editors("Kế hoạch - Văn phòng")).toEqual(editors("Nhật ký - Văn phòng"));
    expect(editors("Kế hoạch - Văn phòng")).toContain("duc.tv@tinhdoan.vn");
    expect(editors(PLAN_SHEET.plan)).toEqual(["bithu@tinhdoan.vn"]);
    expect(editors(PLAN_SHEET.tracking)).toEqual(["bithu@tinhdoan.vn"]);
  });
});

describe("onEdit on a plan tab", () => {
  it("re-checks the edited plan rows against the whole log and rewrites only that tab's edited rows", async () => {
    const book = bookWith(
      [
        [1, "CB004", "DV03", day(1, 4), "", "", ""],
        [2, "CB001", "DV01", day(1, 3), "", "", ""],
      ],
      [],
      [[1, "CB002", "DV02", "18/03/2025", "", "Khảo sát", ""]],
    );
    const { run, ctx } = await addinFor(book);
    run("kiemTraNhatKy");
    expect(planResults(book).map((r) => r[0])).toEqual(["Chưa thực hiện", "Đã thực hiện"]);
    const before = JSON.stringify(book.rawSheet("Kế hoạch - Văn phòng").rawValues());
    const plan = book.rawSheet(PLAN_SHEET.plan);
    plan.rawSetValues(2, 4, [[day(9, 4)]]); // now 10/04 (row 7 of the log) is within the tolerance
    plan.rawSetValues(3, 2, [["CB999"]]); // changed behind onEdit's back: not re-checked
    run("onEdit", editEvent(ctx, PLAN_SHEET.plan, 2, 1, 4, 1));
    expect(planResults(book)).toEqual([
      ["Đã thực hiện", "Đã đi theo dòng 7 trang «Nhật ký đi cơ sở» (10/04/2025)"],
      ["Đã thực hiện", expect.stringContaining("dòng 2")],
    ]);
    expect(JSON.stringify(book.rawSheet("Kế hoạch - Văn phòng").rawValues())).toBe(before);
  });
});
