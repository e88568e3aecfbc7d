import { describe, expect, it } from "vitest";
import { computeProgress, parseTiers, type Cell, type LogRowInput, type Settings } from "../../src/domain";
import { H } from "../../src/text";
import { check, D, logRow, records, roster, settingsWith, units } from "./helpers";

const cadres = roster([
  ["CB001", "Nguyễn Văn An", "Ban Tổ chức"],
  ["CB002", "Trần Thị Hoà", "Ban Tổ chức", 45],
  ["CB003", "Lê Thị Thuỷ", "Văn phòng", 7],
]).cadres;

const UNITS = units([
  ["CD01", "Chi đoàn Khu phố 3", "Chi đoàn", "Đoàn phường Long Tâm", ""],
  ["CD02", "Chi đoàn cơ sở Bệnh viện Bà Rịa", "Chi đoàn cơ sở", "Thành đoàn Bà Rịa", ""],
  ["X01", "Đoàn xã Hòa Long", "Đoàn xã", "Thành đoàn Bà Rịa", ""],
  ["P01", "Đoàn phường Long Tâm", "Đoàn phường", "Thành đoàn Bà Rịa", ""],
  ["H01", "Thành đoàn Bà Rịa", "Huyện đoàn", "Tỉnh đoàn", ""],
  ["K01", "Đoàn khối Doanh nghiệp", "Đoàn khối", "Tỉnh đoàn", ""],
  ["T01", "Đoàn thị trấn Long Điền", "Đoàn thị trấn", "Huyện đoàn Long Điền", ""],
]).units;

// Bà Rịa–Vũng Tàu: "Cấp chi đoàn: 30 ngày; Cấp xã: 20 ngày; Cấp huyện: 10 ngày".
const TIER_HEADER = [H.tier, H.unitType, H.tierMinimum];
const BRVT = parseTiers(
  records(TIER_HEADER, [
    ["Cấp chi đoàn", "Chi đoàn; Chi đoàn cơ sở", 30],
    ["Cấp xã", "Đoàn xã; Đoàn phường; ĐOÀN THỊ TRẤN", 20],
    ["Cấp huyện", "Huyện đoàn", 10],
  ]),
  UNITS,
);

const yearEnd = settingsWith({ Năm: 2025 }, D("10/01/2026"));
const at30Jun = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "30/06/2025" }, D("01/07/2025"));

function progress(rows: LogRowInput[], settings: Settings) {
  const checked = check(rows, { settings, cadres, units: UNITS });
  expect(checked.counts.error).toBe(0);
  return computeProgress(checked.visits, cadres, settings, { tiers: BRVT.tiers, units: UNITS });
}

const visit = (row: number, unit: string, dateFrom: string, dateTo = "", days: Cell = "", cadre = "CB001") =>
  logRow(row, { cadre, unit, dateFrom, dateTo, days });

describe("minimums by level (SPEC §11)", () => {
  it("60 days but only 12 at commune level is not Đạt: Cấp xã: thiếu 8,0 ngày", () => {
    expect(BRVT.errors).toEqual([]);
    const [an] = progress(
      [
        visit(2, "CD01", "01/02/2025", "10/03/2025"), // 38 days at chi đoàn level
        visit(3, "X01", "01/04/2025", "06/04/2025"), // 6 days
        visit(4, "P01", "10/04/2025", "15/04/2025"), // 6 days: 12 at commune level
        visit(5, "H01", "01/05/2025", "10/05/2025"), // 10 days at district level
      ],
      yearEnd,
    );
    expect(an.total).toBe(60);
    expect(an.tiers).toEqual([
      { label: "Cấp chi đoàn", days: 38, minimum: 30 },
      { label: "Cấp xã", days: 12, minimum: 20 },
      { label: "Cấp huyện", days: 10, minimum: 10 },
    ]);
    expect(an.tierShortfall).toBe("Cấp xã: thiếu 8,0 ngày");
    expect(an.shortfall).toBe(0);
    expect(an.assessment).toBe("Không đạt");
  });

  it("a capped day is split by that day's uncapped credits; a unit of no level still takes its share", () => {
    const [an] = progress(
      [
        visit(2, "CD02", "03/03/2025"), // 1 day at chi đoàn level
        visit(3, "X01", "03/03/2025", "", "0,5"), // same day: 1.5 uncapped → 2/3 and 1/3
        visit(4, "K01", "04/03/2025", "", "0,5"), // Đoàn khối is at no level
        visit(5, "P01", "04/03/2025", "", "0,5"),
        visit(6, "X01", "04/03/2025", "", "0,5"), // 1.5 → the commune level gets 2/3
      ],
      yearEnd,
    );
    expect(an.total).toBe(2);
    expect(an.tiers[0].days).toBeCloseTo(2 / 3, 9);
    expect(an.tiers[1].days).toBeCloseTo(1 / 3 + 2 / 3, 9);
    expect(an.tiers[2].days).toBe(0);
  });

  it("minimums scale to the cadre's final target, to 0.1 day", () => {
    const rows = progress([], yearEnd);
    expect(rows[1].tiers.map((t) => t.minimum)).toEqual([22.5, 15, 7.5]); // own target 45
    expect(rows[2].tiers.map((t) => t.minimum)).toEqual([3.5, 2.3, 1.2]); // own target 7: 20 × 7 / 60 = 2.33
    expect(rows[2].tierShortfall).toBe(
      "Cấp chi đoàn: thiếu 3,5 ngày; Cấp xã: thiếu 2,3 ngày; Cấp huyện: thiếu 1,2 ngày",
    );
  });

  it("Đúng tiến độ needs the total and each level's days at their share to date", () => {
    // 30/06: 181 of 365 days elapsed → Cần đạt 29.75; Cấp xã share 20 × 181 / 365 = 9.92.
    const base = [
      visit(2, "CD01", "01/02/2025", "20/03/2025"), // 48 days
      visit(3, "H01", "01/05/2025", "05/05/2025"), // 5 days
    ];
    const behind = progress([...base, visit(4, "X01", "01/04/2025", "09/04/2025")], at30Jun)[0]; // 9 days
    expect(behind.total).toBe(62);
    expect(behind.assessment).toBe("Chậm tiến độ");
    const onTrack = progress([...base, visit(4, "X01", "01/04/2025", "10/04/2025")], at30Jun)[0]; // 10 days
    expect(onTrack.assessment).toBe("Đúng tiến độ");
    expect(onTrack.tierShortfall).toBe("Cấp xã: thiếu 10,0 ngày; Cấp huyện: thiếu 5,0 ngày");
  });

  it("bad rows are configuration errors naming sheet and row", () => {
    const { tiers, errors } = parseTiers(
      records(TIER_HEADER, [
        ["Cấp chi đoàn", "Chi đoàn", 30],
        ["", "Đoàn xã", 20],
        ["Cấp xã", "", 20],
        ["Cấp huyện", "Huyện đoàn", "mười"],
        ["cấp chi đoàn", "Chi đoàn cơ sở", 5],
        ["Cấp cơ sở", "Chi đoàn; Đoàn xa", 5],
      ]),
      UNITS,
    );
    expect(tiers.map((t) => t.label)).toEqual(["Cấp chi đoàn"]);
    expect(errors.map((e) => [e.severity, e.row, e.message])).toEqual([
      ["error", 3, "Trang «Chỉ tiêu theo cấp» dòng 3: thiếu Cấp — ghi tên cấp, ví dụ «Cấp xã»"],
      [
        "error",
        4,
        "Trang «Chỉ tiêu theo cấp» dòng 4: chưa ghi Loại đơn vị cho «Cấp xã» — ghi các loại đơn vị cách nhau bằng dấu ;",
      ],
      ["error", 5, "Trang «Chỉ tiêu theo cấp» dòng 5: Số ngày tối thiểu «mười» phải là số từ 0 đến 366"],
      ["error", 6, "Trang «Chỉ tiêu theo cấp» dòng 6: Cấp «cấp chi đoàn» đã có ở dòng 2 — mỗi cấp ghi một dòng"],
      [
        "error",
        7,
        "Trang «Chỉ tiêu theo cấp» dòng 7: Loại đơn vị «Chi đoàn» đã thuộc «Cấp chi đoàn» (dòng 2) — mỗi loại đơn vị chỉ thuộc một cấp",
      ],
      [
        "warning",
        7,
        "Trang «Chỉ tiêu theo cấp» dòng 7: không có đơn vị nào có Loại đơn vị «Đoàn xa» trong trang «Đơn vị» — kiểm tra chính tả",
      ],
    ]);
  });
});
