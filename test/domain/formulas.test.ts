import { describe, expect, it } from "vitest";
import {
  assessProgress,
  checkLogStandalone,
  checkLogTables,
  computeProgress,
  creditedDays,
  levelFor,
  logYear,
  parseRoster,
  prepareLogTotals,
  readRows,
  totalDaysFromLog,
  type Cell,
} from "../../src/domain";
import { H } from "../../src/text";
import { COLUMNS, LOG, ROSTER } from "../../src/schema";
import { D, settingsWith, sheetDate, zoneDay } from "./helpers";

const opts = { zoneDay };

function readRowsOf(log: Cell[][]) {
  const t = readRows(log, LOG);
  if (!t.ok) throw new Error(t.missing.join(", "));
  return t.rows;
}

describe("DICOSO_SONGAY (creditedDays)", () => {
  it("answers the credited days or the reason", () => {
    expect(creditedDays(sheetDate(2025, 3, 10), sheetDate(2025, 3, 11), "", opts)).toBe(2);
    expect(creditedDays("10/03/2025", "", "", opts)).toBe(1);
    expect(creditedDays("10/03/2025", "12/03/2025", "1,5", opts)).toBe(1.5);
    expect(creditedDays(45726, "", 0.5, opts)).toBe(0.5);
    expect(creditedDays("31/02/2025", "", "", opts)).toBe(
      "Ngày đi «31/02/2025» không có trên lịch — kiểm tra lại ngày và tháng",
    );
    expect(creditedDays("10/03/2025", "11/03/2025", 3, opts)).toContain(
      "Số ngày 3 nhiều hơn số ngày từ Ngày đi đến Ngày về (2 ngày",
    );
    expect(creditedDays("10/03/2025", "11/03/2025", "1,5", { zoneDay, allowHalf: false })).toContain(
      "phải là số ngày tròn",
    );
    expect(creditedDays("", "", "", opts)).toContain("Thiếu Ngày đi");
    expect(creditedDays("10/3", "", "", opts)).toBe("Ngày đi «10/3» thiếu năm — ghi đủ ngày/tháng/năm");
  });
});

describe("DICOSO_TIENDO (assessProgress)", () => {
  it("gives the §4 assessment, judging days as shown to one decimal", () => {
    // By 30/9, 60 × 273 / 365 = 44.88 → 44,9 must be reached
    expect(assessProgress(7.5, 60, "30/09/2025", "", "", opts)).toBe("Chậm tiến độ");
    expect(assessProgress(44.85, 60, sheetDate(2025, 9, 30), "", "", opts)).toBe("Đúng tiến độ");
    expect(assessProgress("44,84", 60, "30/09/2025", "", "", opts)).toBe("Chậm tiến độ");
    expect(assessProgress(60, 60, "30/09/2025", "", "", opts)).toBe("Đạt");
    expect(assessProgress(59.9, 60, "31/12/2025", "", "", opts)).toBe("Không đạt");
    expect(assessProgress(0, 10, "30/09/2025", "01/11/2025", "31/12/2025", opts)).toBe("Chưa đến kỳ");
    expect(assessProgress("", 30, "30/09/2025", "01/07/2025", "", opts)).toBe("Chậm tiến độ");
    expect(assessProgress(15, 30, "30/09/2025", "1/7", "", opts)).toBe("Đúng tiến độ");
  });

  it("explains unusable inputs", () => {
    expect(assessProgress(10, 60, "", "", "", opts)).toBe("Thiếu Ngày tính");
    expect(assessProgress("mười", 60, "30/09/2025", "", "", opts)).toBe("Số ngày «mười» không phải là số");
    expect(assessProgress(10, 0, "30/09/2025", "", "", opts)).toBe("Chỉ tiêu «0» phải là số lớn hơn 0");
    expect(assessProgress(10, 60, "30/02/2025", "", "", opts)).toBe("Ngày tính «30/02/2025» không phải ngày hợp lệ");
    expect(assessProgress(10, 60, "30/09/2025", "01/10/2025", "01/09/2025", opts)).toBe(
      "Đến ngày 01/09/2025 trước Từ ngày 01/10/2025",
    );
  });
});

describe("DICOSO_XEPLOAI (levelFor)", () => {
  it("names the level by thresholds of the maximum", () => {
    expect(levelFor(92)).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(levelFor(89.995)).toBe("Hoàn thành xuất sắc nhiệm vụ"); // 90,00 as shown
    expect(levelFor(89.99)).toBe("Hoàn thành tốt nhiệm vụ");
    expect(levelFor("45", 50)).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(levelFor(49.99)).toBe("Không hoàn thành nhiệm vụ");
    expect(levelFor(80, 100, 0.85, 0.75, 0.6)).toBe("Hoàn thành tốt nhiệm vụ");
    expect(levelFor("")).toBe("");
  });

  it("explains unusable inputs", () => {
    expect(levelFor("chín mươi")).toBe("Điểm «chín mươi» không phải là số");
    expect(levelFor(120)).toBe("Điểm 120 phải từ 0 đến 100");
    expect(levelFor(50, 0)).toBe("Điểm tối đa «0» phải lớn hơn 0");
    expect(levelFor(50, 100, 70, 80, 50)).toBe("Các ngưỡng phải từ 0 đến 100 và giảm dần HTXSNV > HTTNV > HTNV");
  });
});

// A small book as ranges, title row above the headers.
const rosterTable: Cell[][] = [
  [...COLUMNS.roster],
  ["CB001", "Nguyễn Văn An", "Cán bộ", "Ban Tổ chức", "", "", "", ""],
  ["CB002", "Trần Thị Hoà", "Cán bộ", "Văn phòng", "", "", "", ""],
];
const unitsTable: Cell[][] = [
  [...COLUMNS.units],
  ["DV001", "Đoàn xã Tân Phú", "", "", "", ""],
  ["DV002", "Đoàn phường Hòa Bình", "", "", "", ""],
];
const logTable = (): Cell[][] => [
  ["SỔ THEO DÕI ĐI CƠ SỞ 2025"],
  [...COLUMNS.log],
  [1, sheetDate(2025, 3, 10), "", "Nguyễn Văn An", "DV001", "", "0,5", "Dự sinh hoạt", "", "", ""],
  [2, "10/03/2025", "", "Nguyễn Văn An", "DV002", "", 1, "Dự hội nghị", "", "", ""], // same day, capped
  [3, "31/03/2025", "01/04/2025", "Nguyễn Văn An", "DV002", "", "", "Kiểm tra", "", "", ""],
  [4, "31/03/2025", "01/04/2025", "Nguyễn Văn An", "DV002", "", "", "Kiểm tra (dán lại)", "", "", ""], // exact duplicate
  [5, "05/04/2025", "", "Nguyễn Văn An", "Đoàn xã Không Có", "", "", "Khảo sát", "", "", ""], // unknown unit: Lỗi in the menu
  [6, "29/02/2025", "", "Nguyễn Văn An", "DV001", "", "", "Khảo sát", "", "", ""], // impossible date
  [7, "30/12/2024", "02/01/2025", "Nguyễn Văn An", "DV001", "", "", "Khảo sát", "", "", ""], // 2 days in 2025
  [8, "20/10/2025", "", "Nguyễn Văn An", "DV001", "", 1, "Khảo sát", "", "", ""], // after 30/9
  [],
  [9, "12/03/2025", "", "Trần Thị Hoà", "DV001", "", "", "Khảo sát", "", "", ""],
];

describe("DICOSO_KIEMTRA and DICOSO_TONGNGAY agree with the menu", () => {
  const today = D("30/09/2025");

  it("DICOSO_KIEMTRA gives the status of every log data row, without window checks (a formula has no Cấu hình)", () => {
    // Rows 7 (partly in 2024) and 8 (after today) are not flagged: only the menu knows the counting window.
    expect(checkLogStandalone(logTable(), rosterTable, unitsTable, { zoneDay })).toEqual([
      "Cảnh báo",
      "Cảnh báo",
      "Hợp lệ",
      "Lỗi",
      "Lỗi",
      "Lỗi",
      "Hợp lệ",
      "Hợp lệ",
      "",
      "Hợp lệ",
    ]);
    expect(checkLogStandalone([["Ngày đi", "Cán bộ"]], rosterTable, unitsTable, { zoneDay })).toEqual([
      "Vùng nhật ký thiếu cột «Đơn vị đến» — chọn vùng có cả dòng tiêu đề",
    ]);
  });

  it("DICOSO_TONGNGAY on a freshly checked log equals Tiến độ chỉ tiêu for the same window", () => {
    const log = logTable();
    const t = checkLogTables(log, rosterTable, unitsTable, { zoneDay });
    if (!t.ok) throw new Error(t.text);
    const status = new Map(t.result.rows.map((r) => [r.row, r.status]));
    t.records.forEach((r) => {
      log[r.row - 1][9] = status.get(r.row) ?? "";
    });
    const roster = readRows(rosterTable, ROSTER);
    const cadres = parseRoster(roster.ok ? roster.rows : [], { zoneDay }).cadres;
    const menu = computeProgress(
      t.result.visits,
      cadres,
      settingsWith({ "Ngày tính tiến độ": "30/09/2025" }, today),
    )[0];
    expect(menu.total).toBe(5); // 10/3: 1, 31/3: 1, 1/4: 1, 1/1–2/1: 2
    const total = prepareLogTotals(log, { zoneDay });
    expect(total("nguyễn văn an", "01/01/2025", "30/09/2025")).toBe(menu.total);
    expect(total("Nguyễn Văn An", "01/01/2025", "31/12/2025")).toBe(6);
    // Nothing depends on today (SPEC §8): a blank den_ngay is 31/12 of tu_ngay's year, both blank every
    // counted day of the log (30–31/12/2024 and 20/10/2025 included).
    expect(total("Nguyễn Văn An", "01/01/2025")).toBe(6);
    expect(total("Nguyễn Văn An", "", "30/09/2025")).toBe(menu.total);
    expect(total("Nguyễn Văn An")).toBe(8);
    expect(total("đ/c Trần Thị Hòa")).toBe(1);
    expect(total("Người Lạ")).toBe(0);
    expect(total("")).toBe("Thiếu cán bộ");
  });

  it("a d/m date without a year takes the year of most of the log's dates, never today's", () => {
    const header = logTable()[1];
    const row = (n: number, from: string) => [n, from, "", "CB001", "DV001", "", "", "Khảo sát", "", "", ""];
    const log = [header, row(1, "10/03/2024"), row(2, "11/03/2024"), row(3, "15/3"), row(4, "20/10/2025")];
    expect(logYear(readRowsOf(log), zoneDay)).toBe(2024);
    expect(totalDaysFromLog(log, "CB001", "01/01/2024", "31/12/2024", { zoneDay })).toBe(3);
    expect(checkLogStandalone(log, rosterTable, unitsTable, { zoneDay })).toEqual([
      "Hợp lệ",
      "Hợp lệ",
      "Hợp lệ",
      "Hợp lệ",
    ]);
    // One full date each year: the later year.
    expect(logYear(readRowsOf([header, row(1, "10/03/2024"), row(2, "10/03/2025")]), zoneDay)).toBe(2025);
    // No full date at all: the formula cannot know the year, and says so.
    const [only] = checkLogStandalone([header, row(1, "15/3")], rosterTable, unitsTable, { zoneDay });
    expect(only).toBe("Lỗi");
    const t = checkLogTables([header, row(1, "15/3")], rosterTable, unitsTable, { zoneDay });
    expect(t.ok && t.result.rows[0].detail).toBe("Ngày đi «15/3» thiếu năm — ghi đủ ngày/tháng/năm");
  });

  it("without a Kết quả kiểm tra column, only the log-only checks apply", () => {
    const log = logTable().map((r) => r.slice(0, 9));
    // row 5 (unknown unit) now counts: 5 + 1 (05/04)
    expect(totalDaysFromLog(log, "Nguyễn Văn An", "01/01/2025", "30/09/2025", { zoneDay })).toBe(6);
    expect(totalDaysFromLog([[H.cadre]], "CB001", "", "", { zoneDay })).toBe(
      "Vùng nhật ký thiếu cột «Ngày đi» — chọn vùng có cả dòng tiêu đề",
    );
    expect(totalDaysFromLog(log, "CB001", "01/10/2025", "01/09/2025", { zoneDay })).toBe(
      "Đến ngày 01/09/2025 trước Từ ngày 01/10/2025",
    );
  });
});
