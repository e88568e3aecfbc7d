import { describe, expect, it } from "vitest";
import {
  computeProgress,
  hasSubjectDay,
  parseExemptions,
  type Cell,
  type LogRowInput,
  type Settings,
} from "../../src/domain";
import { H } from "../../src/text";
import { check, D, logRow, records, roster, settingsWith, zoneDay } from "./helpers";

const cadres = roster([
  ["CB001", "Nguyễn Văn An", "Ban Tổ chức"],
  ["CB002", "Trần Thị Hoà", "Ban Tổ chức"],
  ["CB003", "Lê Thị Thuỷ", "Văn phòng", 10], // own target, final as written
  ["CB004", "Phạm Đức Dũng", "Văn phòng", "", "01/07/2025"], // joined on 1/7
]).cadres;

const HEADER = [H.cadre, H.exemptFrom, H.exemptTo, H.reason];
const exempt = (rows: Cell[][], windowEnd = D("31/12/2025")) =>
  parseExemptions(records(HEADER, rows), cadres, { zoneDay, year: 2025, windowEnd });

const at30Sep = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "30/09/2025" }, D("15/10/2025"));

function progress(rows: LogRowInput[], settings: Settings, exemptionRows: Cell[][]) {
  const e = exempt(exemptionRows);
  const checked = check(rows, { settings, cadres });
  return { errors: e.errors, rows: computeProgress(checked.visits, cadres, settings, { exemptions: e.exemptions }) };
}

describe("exemptions (SPEC §11)", () => {
  it("3 months of maternity leave in a 12-month window: target 45 from 60, Cần đạt đến nay on non-exempt days", () => {
    // Two rows of one cadre that overlap are united: 01/04–31/05 ∪ 15/05–30/06 = 91 days.
    const { errors, rows } = progress(
      [
        logRow(2, { cadre: "CB001", dateFrom: "10/03/2025", dateTo: "14/03/2025" }), // 5 days
        logRow(3, { cadre: "CB001", dateFrom: "20/05/2025" }), // during the leave: still counted
      ],
      at30Sep,
      [
        ["CB001", "01/04/2025", "31/05/2025", "Nghỉ thai sản"],
        ["Nguyễn Văn An", "15/05/2025", "30/06/2025", "Nghỉ thai sản (gia hạn)"],
      ],
    );
    expect(errors).toEqual([]);
    const an = rows[0];
    expect(an.exemptDays).toBe(91);
    // 60 × (365 − 91) / 365 = 45.04 → 45.
    expect(an.target).toBe(45);
    // Elapsed 01/01–30/09 = 273 days, 182 of them not exempt: 45 × 182 / 274 = 29.89.
    expect(an.expected).toBeCloseTo((45 * 182) / 274, 9);
    expect(an.total).toBe(6);
    expect(an.shortfall).toBe(39);
    expect(an.assessment).toBe("Chậm tiến độ");
    // Without the exemption the same cadre has the full 60.
    expect(rows[1]).toMatchObject({ exemptDays: 0, target: 60 });
  });

  it("clipped to the applicable window; own Chỉ tiêu stays final; whole window exempt is Không áp dụng", () => {
    const { rows } = progress([], at30Sep, [
      ["CB003", "01/10/2024", "31/01/2025", "Đi học"], // 31 days inside 2025
      ["CB002", "01/01/2025", "31/12/2025", "Nghỉ ốm dài ngày"],
      ["CB004", "01/01/2025", "31/07/2025", "Đi học"], // 31 days inside its window 01/07–31/12
    ]);
    expect(rows[2]).toMatchObject({ exemptDays: 31, target: 10 });
    // 10 × (273 − 31) / (365 − 31)
    expect(rows[2].expected).toBeCloseTo((10 * 242) / 334, 9);
    expect(rows[1]).toMatchObject({ exemptDays: 365, assessment: "Không áp dụng", ratio: null });
    // 184 applicable days − 31 exempt: 60 × 153 / 365 = 25.15 → 25.
    expect(rows[3]).toMatchObject({ exemptDays: 31, target: 25 });
  });

  it("a blank Đến ngày runs to the window's end with a warning; bad rows are errors naming sheet and row", () => {
    const { exemptions, errors } = exempt([
      ["CB001", "01/10/2025", "", "Nghỉ thai sản"],
      ["Không Ai", "01/01/2025", "31/01/2025", ""],
      ["CB002", "", "31/01/2025", ""],
      ["CB002", "31/02/2025", "", ""],
      ["CB003", "10/02/2025", "01/02/2025", ""],
      ["", "", "", ""],
    ]);
    expect(errors.map((e) => [e.severity, e.sheet, e.row, e.message])).toEqual([
      [
        "warning",
        "Tạm miễn",
        2,
        "Trang «Tạm miễn» dòng 2: chưa ghi Đến ngày — tạm miễn của Nguyễn Văn An (CB001) được tính đến hết khoảng tính (31/12/2025)",
      ],
      [
        "error",
        "Tạm miễn",
        3,
        "Trang «Tạm miễn» dòng 3: không tìm thấy cán bộ «Không Ai» trong trang «Cán bộ» — ghi đúng Mã CB hoặc họ và tên",
      ],
      ["error", "Tạm miễn", 4, "Trang «Tạm miễn» dòng 4: thiếu Từ ngày — ghi ngày bắt đầu tạm miễn"],
      [
        "error",
        "Tạm miễn",
        5,
        "Trang «Tạm miễn» dòng 5: Từ ngày «31/02/2025» không phải ngày hợp lệ — nhập dạng dd/mm/yyyy, ví dụ 15/03/2025",
      ],
      ["error", "Tạm miễn", 6, "Trang «Tạm miễn» dòng 6: Đến ngày 01/02/2025 trước Từ ngày 10/02/2025"],
    ]);
    expect(exemptions.get("CB001")).toEqual([{ from: D("01/10/2025"), row: 2 }]);
    const yearEnd = settingsWith({ Năm: 2025 }, D("10/01/2026"));
    const [an] = computeProgress([], cadres, yearEnd, { exemptions });
    // 01/10–31/12 = 92 days: 60 × 273 / 365 = 44.88 → 45.
    expect(an).toMatchObject({ exemptDays: 92, target: 45, assessment: "Không đạt" });
  });
});

describe("hasSubjectDay: a window with a day outside every exemption", () => {
  const year = [D("01/01/2025"), D("31/12/2025")] as const;
  it("is false when the exemptions, united, cover the window (two rows of one cadre included)", () => {
    const rows = exempt([
      ["CB001", "01/01/2025", "30/06/2025", "Đi học"],
      ["CB001", "01/07/2025", "", "Nghỉ thai sản"],
    ]).exemptions.get("CB001");
    expect(hasSubjectDay(rows, ...year)).toBe(false);
  });
  it("is true with one day left, with no exemption, and false for an empty window", () => {
    const rows = exempt([["CB001", "02/01/2025", "31/12/2025", "Đi học"]]).exemptions.get("CB001");
    expect(hasSubjectDay(rows, ...year)).toBe(true);
    expect(hasSubjectDay(undefined, ...year)).toBe(true);
    expect(hasSubjectDay(undefined, D("01/07/2025"), D("30/06/2025"))).toBe(false);
  });
});
