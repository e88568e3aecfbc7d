import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  changeLines,
  checkLocks,
  compareFingerprint,
  earlierLockName,
  fingerprintOf,
  hash53,
  lockFingerprints,
  lockInfo,
  lockSheetRows,
  lockSheetName,
  para,
  REPORT_PAGE,
  reportFromParts,
  reportParts,
  sameSheetName,
  type LockedPeriod,
  type LogRowInput,
  type ReportDocument,
} from "../../src/domain";
import { CADRES, check, D, logRow, settingsWith } from "./helpers";

const settings = settingsWith({ "Ngày tính tiến độ": "30/09/2025" });
const Q1 = { from: D("01/01/2025"), to: D("31/03/2025") };
const visits = (rows: LogRowInput[]) => check(rows, { settings }).visits;
const fingerprint = (rows: LogRowInput[]) => lockFingerprints(visits(rows), CADRES, settings, Q1);

const lockedQ1 = (rows: LogRowInput[]): LockedPeriod => ({
  label: "quý I năm 2025",
  ...Q1,
  lockedOn: D("02/04/2025"),
  fingerprints: fingerprint(rows),
});

const base = [
  logRow(2, { dateFrom: "10/03/2025", cadre: "CB001", content: "Dự sinh hoạt chi đoàn tháng 3" }),
  logRow(3, { dateFrom: "12/02/2025", dateTo: "13/02/2025", cadre: "CB002", unit: "DV002" }),
  logRow(4, { dateFrom: "20/01/2025", cadre: "CB003", unit: "DV003", days: "0,5" }),
  logRow(5, { dateFrom: "15/04/2025", cadre: "CB001" }), // quý II: not in the fingerprint
];

const diffAfter = (rows: LogRowInput[]) => checkLocks([lockedQ1(base)], visits(rows), CADRES, settings);

describe("hash", () => {
  it("is deterministic text that Sheets keeps as text", () => {
    expect(hash53("CB001\u000020157")).toBe(hash53("CB001\u000020157"));
    expect(hash53("a")).not.toBe(hash53("b"));
    expect(hash53("")).toMatch(/^h[0-9a-z]+$/);
  });
});

describe("fingerprint of a period", () => {
  it("covers the counted rows of the period only", () => {
    expect(fingerprint(base)).toHaveLength(3);
    expect(fingerprint([...base, logRow(6, { dateFrom: "31/02/2025" })])).toHaveLength(3);
  });

  it("does not change when rows are sorted, renumbered, written by name or their content fixed", () => {
    const edited = [
      { ...base[2], row: 2 },
      { ...base[0], row: 3, cells: { ...base[0].cells, cadre: "Nguyễn Văn An", content: "Dự sinh hoạt chi đoàn T3" } },
      { ...base[1], row: 9, cells: { ...base[1].cells, unit: "Đoàn phường Hòa Bình" } },
      base[3],
    ];
    const r = diffAfter(edited);
    expect(r.warnings.size).toBe(0);
    expect(r.periods).toEqual([{ label: "quý I năm 2025", lockedOn: D("02/04/2025"), changed: 0 }]);
  });

  it("warns an added row and counts it", () => {
    const r = diffAfter([...base, logRow(6, { dateFrom: "25/03/2025", cadre: "CB004" })]);
    expect([...r.warnings.keys()]).toEqual(["Nhật ký đi cơ sở\u00006"]);
    expect(r.warnings.get("Nhật ký đi cơ sở\u00006")![0].message).toContain(
      "thuộc kỳ đã chốt quý I năm 2025 — số liệu đã báo cáo không gồm dòng này",
    );
    expect(changeLines(r.periods)).toEqual(["Kỳ quý I năm 2025: 1 dòng đã thay đổi sau khi chốt"]);
    expect(lockInfo(r.periods[0])).toEqual({ lockedOn: D("02/04/2025"), changedRows: 1 });
  });

  it("counts an edited date or cadre, credit or Hình thức as one change", () => {
    const edit = (i: number, cells: LogRowInput["cells"]) =>
      base.map((r, j) => (j === i ? { ...r, cells: { ...r.cells, ...cells } } : r));
    for (const edited of [
      edit(0, { dateTo: "11/03/2025" }), // same Ngày đi: one edit
      edit(2, { days: "1" }),
      edit(1, { activity: "Kiểm tra chuyên đề" }),
    ]) {
      const r = diffAfter(edited);
      expect(r.periods[0].changed).toBe(1);
      expect(r.warnings.size).toBe(1);
    }
    // a new Ngày đi or another cadre: the old row is gone and a new one came
    expect(diffAfter(edit(0, { dateFrom: "11/03/2025" })).periods[0].changed).toBe(2);
    expect(diffAfter(edit(0, { cadre: "CB004" })).periods[0].changed).toBe(2);
  });

  it("counts a deleted row as removed, but not a deleted duplicate", () => {
    expect(diffAfter(base.slice(1)).periods[0].changed).toBe(1);
    const withDuplicate = [...base, { ...base[0], row: 7 }];
    const locked: LockedPeriod = { ...lockedQ1(withDuplicate) };
    const r = checkLocks([locked], visits(base), CADRES, settings);
    expect(r.periods[0].changed).toBe(0);
  });

  it("warns a row moved into the locked period from outside it", () => {
    const moved = base.map((r, j) => (j === 3 ? { ...r, cells: { ...r.cells, dateFrom: "30/03/2025" } } : r));
    const r = diffAfter(moved);
    expect([...r.warnings.keys()]).toEqual(["Nhật ký đi cơ sở\u00005"]);
  });

  it("property: any order and numbering of the same rows changes nothing", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(base, { minLength: base.length }),
        fc.integer({ min: 2, max: 900 }),
        (rows, start) => {
          const renumbered = rows.map((r, i) => ({ ...r, row: start + i }));
          expect(diffAfter(renumbered).periods[0].changed).toBe(0);
        },
      ),
    );
  });
});

describe("multiset comparison", () => {
  const f = (cadre: string, from: number, unit = "DV001") =>
    fingerprintOf({ cadre, unit, from, to: from, credit: 1, activity: "" });
  const ref = (row: number) => ({ tab: "Nhật ký đi cơ sở", row });

  it("pairs a lost and a new hash of the same cadre and Ngày đi", () => {
    const stored = [f("CB001", 1), f("CB001", 1), f("CB002", 5)];
    const current = [
      { ...f("CB001", 1), ref: ref(2) },
      { ...f("CB001", 1, "DV002"), ref: ref(3) },
      { ...f("CB003", 9), ref: ref(4) },
    ];
    expect(compareFingerprint(stored, current)).toEqual({ added: [ref(3), ref(4)], removed: 2, changed: 3 });
  });
});

describe("lock sheet names", () => {
  it("names each kind of period within 31 characters", () => {
    const y = 2025;
    expect(lockSheetName({ kind: "quarter", quarter: 1, year: y, from: D("01/01/2025"), to: D("31/03/2025") })).toBe(
      "Chốt quý I 2025",
    );
    expect(lockSheetName({ kind: "quarter", quarter: 4, year: y, from: D("01/10/2025"), to: D("31/12/2025") })).toBe(
      "Chốt quý IV 2025",
    );
    expect(lockSheetName({ kind: "firstHalf", year: y, from: D("01/01/2025"), to: D("30/06/2025") })).toBe(
      "Chốt 6 tháng 2025",
    );
    expect(lockSheetName({ kind: "nineMonths", year: y, from: D("01/01/2025"), to: D("30/09/2025") })).toBe(
      "Chốt 9 tháng 2025",
    );
    expect(lockSheetName({ kind: "year", year: y, from: D("01/01/2025"), to: D("31/12/2025") })).toBe("Chốt năm 2025");
    expect(lockSheetName({ kind: "range", year: y, from: D("01/04/2025"), to: D("30/06/2025") })).toBe(
      "Chốt 01.04–30.06.2025",
    );
  });

  it("keeps an earlier sheet under its lock date, with a counter when that name is taken", () => {
    expect(earlierLockName("Chốt quý I 2025", D("02/04/2025"), ["Chốt quý I 2025"])).toBe("Chốt quý I 2025 (02.04.25)");
    expect(earlierLockName("Chốt quý I 2025", D("02/04/2025"), ["CHỐT QUÝ I 2025 (02.04.25)"])).toBe(
      "Chốt quý I 2025 (02.04.25-2)",
    );
    const long = earlierLockName("Chốt 01.04–30.06.2025", D("05/07/2025"), []);
    expect(long).toBe("Chốt 01.04–30.06.25 (05.07.25)");
    expect(Array.from(long).length).toBeLessThanOrEqual(31);
    expect(sameSheetName("chốt quý i 2025", "Chốt quý I 2025")).toBe(true);
  });
});

describe("the Chốt sheet", () => {
  it("holds the title line, then the report's paragraphs and table rows as text", () => {
    const p = (text: string) => ({
      kind: "paragraph" as const,
      runs: [{ text: text.slice(0, 3) }, { text: text.slice(3) }],
    });
    const rows = lockSheetRows("Chốt lúc 02/04/2025 08:00, bởi an@tinhdoan.vn, số liệu tính đến ngày 31/03/2025", {
      title: "Báo cáo đi cơ sở quý I năm 2025 — Sổ đi cơ sở",
      page: {
        size: "A4",
        orientation: "portrait",
        width: 210,
        height: 297,
        margins: { top: 20, bottom: 20, left: 30, right: 20 },
      },
      font: "Times New Roman",
      bodySize: 14,
      tableSize: 13,
      blocks: [
        p("BÁO CÁO"),
        { kind: "dots" },
        {
          kind: "table",
          widths: [10, 60],
          borders: true,
          headerRows: 1,
          size: 13,
          rows: [
            [{ paragraphs: [p("STT")] }, { paragraphs: [p("Họ và tên")] }],
            [{ paragraphs: [p("1")] }, { paragraphs: [p("Nguyễn Văn An")] }],
          ],
        },
        p(""),
      ],
    });
    expect(rows).toEqual([
      ["Chốt lúc 02/04/2025 08:00, bởi an@tinhdoan.vn, số liệu tính đến ngày 31/03/2025"],
      [],
      ["BÁO CÁO"],
      ["STT", "Họ và tên"],
      ["1", "Nguyễn Văn An"],
    ]);
  });
});

describe("the report kept by Chốt số liệu (Báo cáo đã chốt)", () => {
  const cadreRow = (i: number) =>
    [`${i}`, `Nguyễn Thị Hoà ${i}`, "Ban Tổ chức", "12,5", "Đạt"].map((text) => ({ paragraphs: [para(text)] }));
  const doc: ReportDocument = {
    title: "Báo cáo đi cơ sở quý I 2025 — Sổ đi cơ sở",
    page: REPORT_PAGE,
    font: "Times New Roman",
    bodySize: 14,
    tableSize: 12,
    blocks: [
      para([{ text: "BÁO CÁO", bold: true }], { align: "center" }),
      {
        kind: "table",
        widths: [10, 60, 40, 20, 30],
        borders: true,
        headerRows: 0,
        size: 12,
        rows: [...Array(2000).keys()].map(cadreRow),
      },
    ],
  };

  it("splits a 2,000-cadre report into parts a cell of Sheets and of Excel holds, and reads it back whole", () => {
    const parts = reportParts(doc);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.every((p) => p.length <= 30_000)).toBe(true);
    expect(reportFromParts(parts)).toEqual(doc);
  });

  it("reads nothing from parts missing one or changed by hand", () => {
    const parts = reportParts(doc);
    expect(reportFromParts(parts.slice(1))).toBeNull();
    expect(reportFromParts([...parts.slice(0, -1), "sửa tay"])).toBeNull();
    expect(reportFromParts(['{"title":"x","blocks":[{"kind":"script"}],"page":{"width":210}}'])).toBeNull();
  });
});
