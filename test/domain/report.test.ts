import { describe, expect, it } from "vitest";
import {
  blockText,
  buildReportDocument,
  checkLog,
  computeProgress,
  computeReportFigures,
  dateLine,
  readReportPeriod,
  type LogRowInput,
  type ProgressRules,
  type ReportHeading,
  type Settings,
  type Table,
} from "../../src/domain";
import { ACTIVITIES, D, logRow, roster, settingsWith, UNITS, zoneDay } from "./helpers";

const cadres = roster([
  ["CB001", "Nguyễn Văn An", "Ban Tổ chức"],
  ["CB002", "Trần Thị Hoà", "Ban Tổ chức", "", "01/07/2025"], // joins on 1/7: not started in Q1/Q2
  ["CB003", "Lê Thị Thuỷ", "Văn phòng", 10],
  ["CB006", "Đỗ Văn Hùng", "Ban Phong trào", "", "", "31/12/2024"], // not subject this year
]).cadres;

const row = (
  r: number,
  cadre: string,
  dateFrom: string,
  dateTo: string,
  unit: string,
  activity: string,
  days: string | number = "",
) => logRow(r, { cadre, dateFrom, dateTo, unit, activity, days });

const log: LogRowInput[] = [
  row(2, "CB001", "10/03/2025", "", "DV001", "Dự sinh hoạt chi đoàn", "0,5"),
  row(3, "CB001", "10/03/2025", "", "DV002", "kiem tra chuyen de", 1), // same day: 1.5 capped at 1
  row(4, "CB001", "31/03/2025", "01/04/2025", "DV002", "Kiểm tra chuyên đề"), // 1 day in Q1, 1 in Q2
  row(5, "CB001", "15/05/2025", "16/05/2025", "DV003", ""), // no Hình thức
  row(6, "CB003", "20/04/2025", "", "DV004", "Dự sinh hoạt chi đoàn"),
  row(7, "CB003", "21/04/2025", "", "DV004", "Tặng quà"), // not in Danh mục: kept as written
  row(8, "CB002", "02/07/2025", "", "DV001", "Dự sinh hoạt chi đoàn"),
];

function figures(answer: string, settings: Settings, rules?: ProgressRules) {
  const tabs = [{ name: "Nhật ký đi cơ sở", rows: log }];
  const checked = checkLog({ tabs, cadres, units: UNITS, activities: ACTIVITIES, settings, zoneDay });
  const span = readReportPeriod(answer, settings);
  if (!span.ok) throw new Error(span.message);
  const f = computeReportFigures({
    span: span.span,
    settings,
    cadres,
    units: UNITS,
    visits: checked.visits,
    activities: ACTIVITIES,
    rules,
  });
  return { f, checked };
}

const heading: ReportHeading = {
  superior: "Ban Chấp hành Tỉnh đoàn Bình Phước",
  office: "Ban Thường vụ Huyện đoàn Bù Đăng",
  code: "HĐTN",
  place: "Bù Đăng",
  signer: "Nguyễn Thị Hạnh",
  signerTitle: "Phó Bí thư",
  recipients: "Tỉnh đoàn (b/c); Thường trực Huyện ủy (b/c);Các cơ sở Đoàn",
};

describe("report figures", () => {
  const s = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "30/09/2025" }, D("15/10/2025"));

  it("quý II: days in the period, cumulative days and the assessment at the period end", () => {
    const { f, checked } = figures("Quý II", s);
    // The same engine at the same as-of gives Tiến độ chỉ tiêu's figures.
    const sheet = computeProgress(checked.visits, cadres, { ...s, asOf: D("30/06/2025") });
    expect(f.span.asOf).toBe(D("30/06/2025"));
    expect(f.cadres.map((c) => [c.code, c.inPeriod, c.cumulative, c.target, c.assessment])).toEqual([
      ["CB001", 3, 5, 60, "Chậm tiến độ"], // Q2: 1/4 + 15–16/5; Q1: 10/3 (capped) + 31/3
      ["CB003", 2, 2, 10, "Chậm tiến độ"],
    ]);
    for (const c of f.cadres) {
      const p = sheet.find((r) => r.code === c.code)!;
      expect([c.inPeriod, c.cumulative, c.ratio]).toEqual([p.q2, p.total, p.ratio]);
    }
    // CB002 starts on 1/7 (Chưa đến kỳ); CB006 is not subject.
    expect(f.subject).toBe(3);
    expect(f.notStarted).toBe(1);
    expect(f.totals).toEqual({ inPeriod: 5, cumulative: 7 });
  });

  it("units visited in the period and units with no visit since the window start", () => {
    const { f } = figures("Quý II", s);
    expect(f.unitsVisited).toBe(3); // DV002 (1/4), DV003, DV004
    expect(f.unitsNotVisited.map((u) => u.code)).toEqual(["DV005"]); // DV001 was visited in Q1
  });

  it("per Hình thức: rows and counted days in the period, Danh mục spelling and order, blank last", () => {
    const { f } = figures("6 tháng", s);
    expect(f.activities).toEqual([
      { activity: "Dự sinh hoạt chi đoàn", rows: 2, days: expect.any(Number) },
      { activity: "Kiểm tra chuyên đề", rows: 2, days: expect.any(Number) },
      { activity: "Tặng quà", rows: 1, days: 1 },
      { activity: "(Không ghi)", rows: 1, days: 2 },
    ]);
    // 10/3 holds 0.5 + 1 capped at 1: shared 1/3 and 2/3; the rows add up to the cadres' days.
    const sum = f.activities.reduce((a, b) => a + b.days, 0);
    expect(sum).toBeCloseTo(f.totals.inPeriod, 9);
    expect(f.activities[0].days).toBeCloseTo(1 / 3 + 1, 9);
    expect(f.activities[1].days).toBeCloseTo(2 / 3 + 2, 9);
  });

  it("exemptions: the target and pace use the engine's exempt days; the lines overlapping the period are listed", () => {
    const rules: ProgressRules = {
      exemptions: new Map([["CB001", [{ from: D("01/05/2025"), to: D("31/08/2025"), row: 2 }]]]),
    };
    const { f, checked } = figures("Quý II", s, rules);
    const sheet = computeProgress(checked.visits, cadres, { ...s, asOf: D("30/06/2025") }, rules);
    const an = f.cadres.find((c) => c.code === "CB001")!;
    expect(an.target).toBe(sheet[0].target);
    expect(an.target).toBeLessThan(60);
    expect(f.exemptions).toEqual([{ name: "Nguyễn Văn An", from: D("01/05/2025"), to: D("30/06/2025") }]);
    const doc = buildReportDocument(f, { heading, bookName: "Sổ", today: D("01/07/2025") });
    expect(doc.blocks.map((b) => blockText(b)).join("\n")).toContain(
      "Số cán bộ được tạm miễn: 1 đồng chí (Nguyễn Văn An: 01/05/2025–30/06/2025).",
    );
  });

  it("a period cut at Ngày tính tiến độ counts up to that day", () => {
    const early = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "15/05/2025" }, D("15/05/2025"));
    const { f } = figures("quý 2", early);
    expect(f.span).toMatchObject({ asOf: D("15/05/2025"), partial: true });
    expect(f.cadres.find((c) => c.code === "CB001")?.inPeriod).toBe(2); // 1/4 and 15/5
  });
});

describe("report document", () => {
  const s = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "30/09/2025" }, D("15/10/2025"));
  const text = (blocks: { kind: string }[]) => blocks.map((b) => blockText(b as never)).join("\n");

  it("date line: leading zero for days below 10 and for January and February only", () => {
    expect(dateLine("Bù Đăng", D("05/02/2025"))).toBe("Bù Đăng, ngày 05 tháng 02 năm 2025");
    expect(dateLine("Bù Đăng", D("15/03/2025"))).toBe("Bù Đăng, ngày 15 tháng 3 năm 2025");
    expect(dateLine("Bù Đăng", D("01/12/2025"))).toBe("Bù Đăng, ngày 01 tháng 12 năm 2025");
  });

  it("header block: superior upright caps, office bold caps, ***, Số; right: ĐOÀN TNCS HỒ CHÍ MINH, date", () => {
    const { f } = figures("Quý II", s);
    const doc = buildReportDocument(f, { heading, bookName: "Sổ theo dõi 2025", today: D("03/07/2025") });
    expect(doc.title).toBe("Báo cáo đi cơ sở quý II năm 2025 — Sổ theo dõi 2025");
    expect(doc.page.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 20 });
    const header = doc.blocks[0] as Table;
    expect(header.borders).toBe(false);
    const [left, right] = header.rows[0].map((c) => c.paragraphs);
    expect(left.map((p) => blockText(p))).toEqual([
      "BAN CHẤP HÀNH TỈNH ĐOÀN BÌNH PHƯỚC",
      "BAN THƯỜNG VỤ HUYỆN ĐOÀN BÙ ĐĂNG",
      "***",
    ]);
    expect(left[0].runs[0].bold).toBeFalsy();
    expect(left[1].runs[0].bold).toBe(true);
    expect(right[0].runs[0]).toMatchObject({ text: "ĐOÀN TNCS HỒ CHÍ MINH", bold: true, underline: true });
    // The number and the date share the second row: the date is on the line of "Số: …".
    const [number, date] = header.rows[1].map((c) => c.paragraphs[0]);
    expect(blockText(number)).toBe("Số: …-BC/HĐTN");
    expect(date.runs[0]).toMatchObject({ text: "Bù Đăng, ngày 03 tháng 7 năm 2025", italic: true });
  });

  it("blank settings: superior omitted, others dotted; Nơi nhận ends with Lưu VP.", () => {
    const { f } = figures("Quý II", s);
    const blank = { superior: "", office: "", code: "", place: "", signer: "", signerTitle: "", recipients: "" };
    const doc = buildReportDocument(f, { heading: blank, bookName: "Sổ", today: D("03/07/2025") });
    const rows = (doc.blocks[0] as Table).rows;
    expect(rows[0][0].paragraphs.map((p) => blockText(p))).toEqual(["……………", "***"]);
    expect(blockText(rows[1][0].paragraphs[0])).toBe("Số: …-BC/……………");
    const sign = doc.blocks.find((b, i) => b.kind === "table" && i > 0 && !(b as Table).borders) as Table;
    expect(sign.rows[0][0].paragraphs.map((p) => blockText(p))).toEqual(["Nơi nhận:", "- ……………;", "- Lưu VP."]);
    expect(sign.rows[0][1].paragraphs.map((p) => blockText(p)).filter(Boolean)).toEqual([
      "TM. BAN THƯỜNG VỤ",
      "BÍ THƯ",
      "……………",
    ]);
  });

  it("body: sections I–IV, the cadre table with decimal commas, counts, recipients as lines", () => {
    const { f } = figures("Quý II", s);
    const doc = buildReportDocument(f, { heading, bookName: "Sổ", today: D("03/07/2025") });
    const all = text(doc.blocks);
    for (const h of [
      "BÁO CÁO",
      'Kết quả thực hiện chủ trương đi cơ sở "1+2" quý II năm 2025',
      "I. TÌNH HÌNH CHUNG",
      "II. KẾT QUẢ THỰC HIỆN",
      "III. ĐÁNH GIÁ CHUNG",
      "IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ",
    ]) {
      expect(all).toContain(h);
    }
    expect(all).not.toContain("số liệu tính đến ngày");
    const t = doc.blocks.find((b) => b.kind === "table" && (b as Table).borders) as Table;
    const cells = t.rows.map((r) => r.map((c) => blockText(c.paragraphs[0])));
    expect(cells[0]).toEqual([
      "STT",
      "Họ và tên",
      "Chức vụ",
      "Số ngày trong kỳ",
      "Lũy kế",
      "Chỉ tiêu",
      "Tỷ lệ",
      "Đánh giá",
    ]);
    expect(cells[1]).toEqual(["1", "Nguyễn Văn An", "", "3,0", "5,0", "60", "8,3%", "Chậm tiến độ"]);
    expect(cells.at(-1)).toEqual(["", "Cộng", "", "5,0", "7,0", "", "", ""]);
    expect(t.widths.reduce((a, b) => a + b, 0)).toBe(160);
    expect(all).toContain("Kết quả đánh giá: Chậm tiến độ: 2 đồng chí.");
    const byActivity = doc.blocks.filter((b) => b.kind === "table" && (b as Table).borders)[1] as Table;
    const activityCells = byActivity.rows.map((r) => r.map((c) => blockText(c.paragraphs[0])));
    expect(activityCells[0]).toEqual(["Hình thức", "Số lượt", "Số ngày"]);
    // The rows add up to the cadre table's days in the period.
    expect(activityCells.at(-1)).toEqual(["Cộng", "4", "5,0"]);
    expect(all).toContain("- Tỉnh đoàn (b/c);\n- Thường trực Huyện ủy (b/c);\n- Các cơ sở Đoàn;\n- Lưu VP.");
    expect(all).toContain("PHÓ BÍ THƯ");
    expect(all).not.toContain("PHỤ LỤC");
  });

  it("partial period adds the as-of date to the subject; a lock adds its line; a whole year adds the annex", () => {
    const early = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "15/05/2025" }, D("15/05/2025"));
    const partial = buildReportDocument(figures("Quý II", early).f, {
      heading,
      bookName: "Sổ",
      today: D("15/05/2025"),
    });
    expect(text(partial.blocks)).toContain("quý II năm 2025 (số liệu tính đến ngày 15/05/2025)");

    const { f } = figures("cả năm", s);
    const year = buildReportDocument(
      {
        ...f,
        lock: { lockedOn: D("05/10/2025"), changedRows: 2 },
        rating: { unavailable: "chưa có trang «Chấm điểm»" },
      },
      { heading, bookName: "Sổ", today: D("06/10/2025") },
    );
    const all = text(year.blocks);
    expect(all).toContain("Số liệu chốt ngày 05/10/2025; 2 dòng thay đổi sau khi chốt");
    expect(all).toContain("PHỤ LỤC: KẾT QUẢ XẾP LOẠI");
    expect(all).toContain("chưa có trang «Chấm điểm»");
    expect(year.blocks.some((b) => b.kind === "pageBreak")).toBe(true);
  });
});
