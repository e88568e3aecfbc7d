import { describe, expect, it } from "vitest";
import {
  check,
  checkOne,
  codes,
  D,
  defaults,
  logRow,
  resultOf,
  roster,
  settingsWith,
  sheetDate,
  units,
  visitOf,
} from "./helpers";

describe("a valid row", () => {
  it("is Hợp lệ with empty detail and becomes a visit", () => {
    const r = check([
      logRow(5, {
        dateFrom: sheetDate(2025, 3, 10),
        dateTo: sheetDate(2025, 3, 11),
        days: "1,5",
        reportDate: "15/03/2025",
      }),
    ]);
    expect(r.rows.map(resultOf)).toEqual([
      { tab: "Nhật ký đi cơ sở", row: 5, status: "Hợp lệ", detail: "", findings: [] },
    ]);
    expect(r.visits.map(visitOf)).toEqual([
      {
        tab: "Nhật ký đi cơ sở",
        row: 5,
        cadre: "CB001",
        unit: "DV001",
        from: D("10/03/2025"),
        to: D("11/03/2025"),
        credit: 1.5,
        activity: "Dự sinh hoạt chi đoàn",
      },
    ]);
    expect(r.counts).toEqual({ checked: 1, ok: 1, warning: 0, error: 0 });
  });

  it("skips rows whose input cells are all blank", () => {
    const blank = {
      row: 3,
      cells: {
        dateFrom: "",
        dateTo: null,
        cadre: " ",
        unit: "\u00a0",
        activity: undefined,
        days: "",
        content: "",
        reportDate: "",
      },
    };
    const r = check([logRow(2), blank, logRow(4, { dateFrom: "11/03/2025" })]);
    expect(r.rows.map((x) => x.row)).toEqual([2, 4]);
  });

  it("matches NFD names, old tone placement, case and a leading đ/c exactly", () => {
    for (const cadre of [
      "Trần Thị Hoà".normalize("NFD"),
      "trần thị hòa",
      "Đ/c Trần Thị Hoà",
      "đồng chí TRẦN THỊ HÒA",
      "cb002",
    ]) {
      expect(checkOne({ cadre }), cadre).toMatchObject({ status: "Hợp lệ" });
    }
    expect(checkOne({ cadre: "Lê Thị Thủy", unit: "đoàn PHƯỜNG hoà bình" }).status).toBe("Hợp lệ");
  });
});

describe("errors: the row is not counted", () => {
  it("missing, unreadable and impossible dates quote the text", () => {
    const missing = checkOne({ dateFrom: "" });
    expect([missing.status, codes(missing)]).toEqual(["Lỗi", ["DATE_MISSING"]]);
    expect(missing.detail).toContain("Thiếu Ngày đi — nhập dạng dd/mm/yyyy");
    expect(checkOne({ dateFrom: "hôm qua" }).detail).toContain("Ngày đi «hôm qua» không đọc được là ngày");
    const feb = checkOne({ dateFrom: "29/02/2025" });
    expect([feb.status, codes(feb)]).toEqual(["Lỗi", ["DATE_IMPOSSIBLE"]]);
    expect(feb.detail).toContain("Ngày đi «29/02/2025» không có trên lịch");
    expect(checkOne({ dateTo: "31/04/2025" }).detail).toContain("Ngày về «31/04/2025» không có trên lịch");
    expect(checkOne({ reportDate: "32/3/2025" }).detail).toContain("Ngày báo cáo «32/3/2025» không có trên lịch");
  });

  it("29/02/2024 is a real day in a 2024 book", () => {
    const s2024 = settingsWith({ Năm: 2024 }, D("31/12/2024"));
    expect(checkOne({ dateFrom: "29/02/2024" }, s2024).status).toBe("Hợp lệ");
    expect(checkOne({ dateFrom: "29/2" }, s2024).status).toBe("Hợp lệ");
  });

  it("Ngày về before Ngày đi", () => {
    const r = checkOne({ dateFrom: "12/03/2025", dateTo: "10/03/2025" });
    expect(codes(r)).toEqual(["DATE_ORDER"]);
    expect(r.detail).toBe("Ngày về 10/03/2025 trước Ngày đi 12/03/2025 — kiểm tra lại hai ngày");
  });

  it("missing or unknown cadre, with close names suggested", () => {
    expect(codes(checkOne({ cadre: "" }))).toEqual(["CADRE_MISSING"]);
    const r = checkOne({ cadre: "Nguyễn Văn Anh" });
    expect([r.status, codes(r)]).toEqual(["Lỗi", ["CADRE_UNKNOWN"]]);
    expect(r.detail).toBe(
      "Không tìm thấy cán bộ «Nguyễn Văn Anh» trong trang «Cán bộ» — có phải: Nguyễn Văn An (CB001)?",
    );
    expect(checkOne({ cadre: "Hoàng Minh Tuấn" }).detail).toContain("hoặc thêm cán bộ vào trang «Cán bộ»");
  });

  it("missing or unknown unit, with suggestions", () => {
    expect(codes(checkOne({ unit: null }))).toEqual(["UNIT_MISSING"]);
    const r = checkOne({ unit: "Đoàn xã Tân Phụng" });
    expect(codes(r)).toEqual(["UNIT_UNKNOWN"]);
    expect(r.detail).toContain("có phải: Đoàn xã Tân Phú (DV001)?");
  });

  it("Số ngày: not a number, not positive, over the span, not a whole or half day", () => {
    const detail = (days: unknown, extra = {}, settings = defaults()) =>
      checkOne({ days: days as never, ...extra }, settings);
    expect(codes(detail("hai"))).toEqual(["DAYS_NOT_NUMBER"]);
    expect(detail("hai").detail).toContain("Số ngày «hai» không phải là số");
    expect(codes(detail(0))).toEqual(["DAYS_NOT_POSITIVE"]);
    expect(codes(detail(0.04))).toEqual(["DAYS_NOT_POSITIVE"]); // shown as 0,0
    expect(codes(detail(-1))).toEqual(["DAYS_NOT_POSITIVE"]);
    const over = detail(3, { dateTo: "11/03/2025" });
    expect(codes(over)).toEqual(["DAYS_OVER_SPAN"]);
    expect(over.detail).toBe("Số ngày 3 nhiều hơn số ngày từ Ngày đi đến Ngày về (2 ngày: 10/03/2025–11/03/2025)");
    expect(codes(detail("1,3", { dateTo: "11/03/2025" }))).toEqual(["DAYS_NOT_HALF"]);
    expect(detail("1,5", { dateTo: "11/03/2025" }).status).toBe("Hợp lệ");
    expect(detail(1.04).status).toBe("Hợp lệ"); // judged as shown: 1,0
    const whole = detail("1,5", { dateTo: "11/03/2025" }, settingsWith({ "Cho phép nửa ngày": "Không" }));
    expect(codes(whole)).toEqual(["DAYS_NOT_WHOLE"]);
    expect(whole.detail).toContain("cấu hình không cho phép nửa ngày");
  });

  it("an overlap names the other row and its tab, the same tab included (SPEC §3)", () => {
    const r = check([
      logRow(4, { dateFrom: "10/03/2025", dateTo: "12/03/2025" }),
      logRow(6, { dateFrom: "12/03/2025", unit: "DV002" }),
    ]);
    expect(r.rows.map((x) => x.detail)).toEqual([
      "Trùng thời gian với chuyến đi ở dòng 6 trang «Nhật ký đi cơ sở» của cùng cán bộ (12/03/2025) — mỗi ngày chỉ được tính một lần",
      "Trùng thời gian với chuyến đi ở dòng 4 trang «Nhật ký đi cơ sở» của cùng cán bộ (12/03/2025) — mỗi ngày chỉ được tính một lần",
    ]);
  });

  it("an exact duplicate names the earlier row, and its tab when another", () => {
    const r = check([], {
      tabs: [
        { name: "Nhật ký đi cơ sở", rows: [logRow(2, { dateFrom: sheetDate(2025, 3, 10), days: 1 })] },
        {
          name: "Nhật ký - Ban Tổ chức",
          rows: [
            logRow(7, { cadre: "Nguyễn Văn An", unit: "Đoàn xã Tân Phú", dateTo: "10/03/2025" }),
            logRow(8, { days: "0,5" }),
            logRow(9, { days: "0,5", content: "Lần nữa" }),
          ],
        },
      ],
    });
    expect(r.rows.map((x) => [x.row, x.status, codes(x)])).toEqual([
      [2, "Cảnh báo", ["OVERLAP"]],
      [7, "Lỗi", ["DUPLICATE"]],
      [8, "Cảnh báo", ["OVERLAP"]],
      [9, "Lỗi", ["DUPLICATE"]],
    ]);
    expect(r.rows[1].detail).toBe(
      "Trùng với dòng 2 trang «Nhật ký đi cơ sở» (cùng cán bộ, đơn vị, ngày và số ngày) — xóa một trong hai dòng",
    );
    expect(r.rows[1].findings[0].other).toEqual({ tab: "Nhật ký đi cơ sở", row: 2 });
    expect(r.rows[3].detail).toBe("Trùng với dòng 8 (cùng cán bộ, đơn vị, ngày và số ngày) — xóa một trong hai dòng");
    expect(r.visits.map((v) => v.row)).toEqual([2, 8]);
    expect(r.counts).toEqual({
      checked: 4,
      ok: 0,
      warning: 2,
      error: 2,
      firstError: { tab: "Nhật ký - Ban Tổ chức", row: 7 },
    });
  });

  it("lists errors before warnings, joined by '; '", () => {
    const r = checkOne({ cadre: "Nguyen Van An", dateFrom: "31/02/2025", content: "" });
    expect(codes(r)).toEqual(["DATE_IMPOSSIBLE", "CADRE_LOOSE", "CONTENT_MISSING"]);
    expect(r.detail.split("; ")).toHaveLength(3);
  });
});

describe("warnings: the row is still counted", () => {
  it("a looser match says what it was read as", () => {
    const cadre = checkOne({ cadre: "Nguyen Van An" });
    expect([cadre.status, codes(cadre)]).toEqual(["Cảnh báo", ["CADRE_LOOSE"]]);
    expect(cadre.detail).toBe(
      "Cán bộ «Nguyen Van An» được hiểu là Nguyễn Văn An (CB001) — nên ghi đúng như trong trang «Cán bộ»",
    );
    for (const unit of [
      "xã Tân Phú",
      "Tan Phu",
      "Đoàn TN xã Tân Phú",
      "Xã đoàn Tân Phú",
      "ĐTN Tân Phú",
      "dv001".replace("d", "đ"),
    ]) {
      const r = checkOne({ unit });
      expect([r.status, codes(r)], unit).toEqual(["Cảnh báo", ["UNIT_LOOSE"]]);
      expect(r.detail).toContain("được hiểu là Đoàn xã Tân Phú (DV001)");
    }
    expect(checkOne({ unit: "Trường THPT Lê Lợi" }).detail).toContain(
      "được hiểu là Chi đoàn Trường THPT Lê Lợi (DV003)",
    );
  });

  it("a looser match with two candidates is an error asking for the code", () => {
    const twoTanPhu = units([
      ["DV001", "Đoàn xã Tân Phú"],
      ["DV002", "Đoàn phường Tân Phú"],
      ["DV003", "Đoàn xã Tân An"],
    ]).units;
    const r = check([logRow(2, { unit: "Tân Phú" })], { units: twoTanPhu }).rows[0];
    expect(codes(r)).toEqual(["UNIT_AMBIGUOUS"]);
    expect(r.detail).toBe(
      "«Tân Phú» khớp với 2 đơn vị (Đoàn xã Tân Phú (DV001), Đoàn phường Tân Phú (DV002)) — ghi Mã ĐV để phân biệt",
    );
  });

  it("overlapping visits of one cadre name each other (and the tab), counted once per day later", () => {
    const r = check([], {
      tabs: [
        {
          name: "Nhật ký đi cơ sở",
          rows: [
            logRow(2, { dateFrom: "10/03/2025", dateTo: "12/03/2025" }),
            logRow(3, { cadre: "CB002", dateFrom: "11/03/2025" }),
          ],
        },
        {
          name: "Nhật ký - Văn phòng",
          rows: [logRow(4, { dateFrom: "12/03/2025", unit: "DV002" }), logRow(5, { dateFrom: "20/03/2025" })],
        },
      ],
    });
    expect(r.rows.map((x) => [x.row, codes(x)])).toEqual([
      [2, ["OVERLAP"]],
      [3, []],
      [4, ["OVERLAP"]],
      [5, []],
    ]);
    expect(r.rows[0].detail).toBe(
      "Trùng thời gian với chuyến đi ở dòng 4 trang «Nhật ký - Văn phòng» của cùng cán bộ (12/03/2025) — mỗi ngày chỉ được tính một lần",
    );
    expect(r.rows[2].detail).toContain("ở dòng 2 trang «Nhật ký đi cơ sở»");
    expect(r.visits).toHaveLength(4);
  });

  it("days outside the window, after the as-of date, or outside the cadre's window are named", () => {
    const partly = checkOne({ dateFrom: "30/12/2024", dateTo: "02/01/2025" });
    expect([partly.status, partly.detail]).toEqual([
      "Cảnh báo",
      "2 ngày ngoài khoảng tính 01/01/2025–31/12/2025 không được tính",
    ]);
    expect(checkOne({ dateFrom: "20/12/2024" }).detail).toBe(
      "Chuyến đi nằm ngoài khoảng tính 01/01/2025–31/12/2025 nên không được tính",
    );
    expect(checkOne({ dateFrom: "14/06/2025", dateTo: "17/06/2025" }).detail).toBe(
      "2 ngày sau Ngày tính tiến độ 15/06/2025 chưa được tính",
    );
    const joined = roster([["CB010", "Vũ Thị Mai", "Ban Tổ chức", "", "01/07/2025", ""]]).cadres;
    const r = check([logRow(2, { cadre: "CB010", dateFrom: "29/06/2025", dateTo: "02/07/2025" })], {
      cadres: joined,
      settings: settingsWith({ "Ngày tính tiến độ": "31/12/2025" }),
    }).rows[0];
    expect([r.status, r.detail]).toEqual([
      "Cảnh báo",
      "2 ngày ngoài thời gian áp dụng chỉ tiêu của cán bộ (01/07/2025 đến 31/12/2025) không được tính",
    ]);
  });

  it("a late or early report", () => {
    expect(checkOne({ dateTo: "10/03/2025", reportDate: "20/03/2025" }).status).toBe("Hợp lệ");
    const late = checkOne({ dateTo: "10/03/2025", reportDate: "21/03/2025" });
    expect([codes(late), late.detail]).toEqual([
      ["REPORT_LATE"],
      "Ngày báo cáo 21/03/2025 quá hạn 10 ngày sau Ngày về (hạn 20/03/2025)",
    ]);
    const early = checkOne({ reportDate: "09/03/2025" });
    expect([codes(early), early.detail]).toEqual([
      ["REPORT_EARLY"],
      "Ngày báo cáo 09/03/2025 trước Ngày về 10/03/2025 — kiểm tra lại",
    ]);
    const off = settingsWith({ "Hạn báo cáo (ngày)": 0 });
    expect(checkOne({ reportDate: "30/12/2025" }, off).status).toBe("Hợp lệ");
    expect(codes(checkOne({ reportDate: "01/03/2025" }, off))).toEqual(["REPORT_EARLY"]);
  });

  it("Hình thức not in Danh mục, and an empty Nội dung", () => {
    const r = checkOne({ activity: "Đi chơi", content: " " });
    expect(codes(r)).toEqual(["ACTIVITY_UNKNOWN", "CONTENT_MISSING"]);
    expect(r.detail).toBe("Hình thức «Đi chơi» không có trong trang «Danh mục»; Chưa ghi Nội dung, kết quả");
    expect(checkOne({ activity: "Kiem tra chuyen de" }).status).toBe("Hợp lệ");
    expect(checkOne({ activity: "Kiểm tra chuyên để" }).status).toBe("Hợp lệ");
    expect(checkOne({ activity: "Kiểm tra chuyên môn" }).detail).toContain("có phải «Kiểm tra chuyên đề»?");
    expect(codes(checkOne({ activity: "" }))).toEqual(["ACTIVITY_MISSING"]);
  });

  it("skips the checks of a column the tab does not have", () => {
    const rows = [{ row: 2, cells: { dateFrom: "10/03/2025", cadre: "CB001", unit: "DV001" } }];
    const r = check([], { tabs: [{ name: "Nhật ký - Văn phòng", rows, columns: ["dateFrom", "cadre", "unit"] }] });
    expect(r.rows[0].status).toBe("Hợp lệ");
  });
});

describe("re-checking some rows (onEdit)", () => {
  it("reports only the selected rows, still finding duplicates and overlaps against all rows", () => {
    const rows = [logRow(2), logRow(3, { dateFrom: "20/03/2025" }), logRow(9)];
    const r = check(rows, { only: (_tab, row) => row === 9 });
    expect(r.rows.map((x) => [x.row, codes(x)])).toEqual([[9, ["DUPLICATE"]]]);
    expect(r.counts).toEqual({
      checked: 1,
      ok: 0,
      warning: 0,
      error: 1,
      firstError: { tab: "Nhật ký đi cơ sở", row: 9 },
    });
  });
});

describe("checking only the edited rows (onEdit)", () => {
  it("gives each reported row the same result as checking the whole log, duplicates and overlaps across tabs included", () => {
    const main = [
      logRow(2, { cadre: "CB001", dateFrom: "10/03/2025" }),
      logRow(3, { cadre: "CB002", dateFrom: "10/03/2025" }),
      logRow(4, { cadre: "CB001", dateFrom: "11/03/2025", dateTo: "13/03/2025" }),
      logRow(5, { cadre: "CB002", dateFrom: "12/03/2025" }),
    ];
    const office = [
      logRow(2, { cadre: "CB001", dateFrom: "10/03/2025" }), // the same trip as the main log's row 2
      logRow(3, { cadre: "CB001", dateFrom: "12/03/2025" }), // inside row 4's trip
      logRow(4, { cadre: "CB003", dateFrom: "12/03/2025" }),
      logRow(5, { cadre: "Nguyễn Văn Không Có", dateFrom: "12/03/2025" }),
    ];
    const tabs = [
      { name: "Nhật ký đi cơ sở", rows: main },
      { name: "Nhật ký - Văn phòng", rows: office },
    ];
    const whole = check([], { tabs }).rows.map(resultOf);
    for (const t of tabs) {
      for (const r of t.rows) {
        const one = check([], { tabs, only: (tab, row) => tab === t.name && row === r.row }).rows.map(resultOf);
        expect(one).toEqual(whole.filter((x) => x.tab === t.name && x.row === r.row));
      }
    }
    expect(whole.filter((x) => x.status === "Lỗi").map((x) => [x.tab, x.row])).toContainEqual([
      "Nhật ký - Văn phòng",
      2,
    ]);
  });
});
