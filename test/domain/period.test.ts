import { describe, expect, it } from "vitest";
import {
  parsePeriod,
  periodShortLabel,
  periodSlug,
  periodWording,
  readReportPeriod,
  reportSpan,
  type Period,
} from "../../src/domain";
import { D, settingsWith } from "./helpers";

function read(answer: string, year = 2025): Period {
  const r = parsePeriod(answer, year);
  if (!r.ok) throw new Error(`${answer}: ${r.message}`);
  return r.period;
}

describe("parsePeriod", () => {
  it.each([
    ["Quý I", "01/01/2025", "31/03/2025"],
    ["quy 1", "01/01/2025", "31/03/2025"],
    ["QUÝ II", "01/04/2025", "30/06/2025"],
    ["Q3", "01/07/2025", "30/09/2025"],
    ["quý iv", "01/10/2025", "31/12/2025"],
    ["quy-4", "01/10/2025", "31/12/2025"],
    ["Quý I năm 2024", "01/01/2024", "31/03/2024"],
    ["quý II/2025", "01/04/2025", "30/06/2025"],
    ["6 tháng", "01/01/2025", "30/06/2025"],
    ["6 tháng đầu năm", "01/01/2025", "30/06/2025"],
    ["6-thang", "01/01/2025", "30/06/2025"],
    ["9 thang", "01/01/2025", "30/09/2025"],
    ["9 tháng đầu năm 2025", "01/01/2025", "30/09/2025"],
    ["cả năm", "01/01/2025", "31/12/2025"],
    ["Cả năm 2025", "01/01/2025", "31/12/2025"],
    ["ca-nam", "01/01/2025", "31/12/2025"],
    ["Năm 2025", "01/01/2025", "31/12/2025"],
    ["01/04/2025-30/06/2025", "01/04/2025", "30/06/2025"],
    ["01/04/2025 - 30/06/2025", "01/04/2025", "30/06/2025"],
    ["1/4/2025 – 30/6/2025", "01/04/2025", "30/06/2025"],
    ["từ ngày 15/3/2025 đến ngày 14/4/2025", "15/03/2025", "14/04/2025"],
    ["01-04-2025-30-06-2025", "01/04/2025", "30/06/2025"],
    ["01.04.2025-30.06.2025", "01/04/2025", "30/06/2025"],
    ["1/4 - 30/6", "01/04/2025", "30/06/2025"],
  ])("reads %j", (answer, from, to) => {
    const p = read(answer);
    expect([p.from, p.to]).toEqual([D(from), D(to)]);
  });

  it("never reads a typed date month-first: 05/04 is the 5th of April", () => {
    const p = read("05/04/2025 - 12/04/2025");
    expect(p.from).toBe(D("05/04/2025"));
  });

  it("a named period without a year is of Năm", () => {
    expect(read("Quý II", 2026).from).toBe(D("01/04/2026"));
    expect(read("29/02 - 01/03", 2028).from).toBe(D("29/02/2028"));
  });

  it.each(["", "quý 5", "tháng 7", "abc", "01/04/2025", "01/04/2025 đến 30/06/2025 và 01/07/2025"])(
    "an unreadable answer %j gets a message with an example",
    (answer) => {
      const r = parsePeriod(answer, 2025);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain("01/04/2025 - 30/06/2025");
    },
  );

  it("says which date is impossible or reversed", () => {
    const bad = parsePeriod("31/02/2025 - 30/06/2025", 2025);
    expect(bad).toMatchObject({ ok: false, reason: "impossible" });
    const reversed = parsePeriod("30/06/2025 - 01/04/2025", 2025);
    expect(reversed).toMatchObject({ ok: false, reason: "reversed" });
    if (!reversed.ok) expect(reversed.message).toContain("30/06/2025");
  });
});

describe("wording and names", () => {
  it.each([
    ["Quý I", "quý I năm 2025", "quy-1", "quý I 2025"],
    ["quý 3", "quý III năm 2025", "quy-3", "quý III 2025"],
    ["6 tháng", "6 tháng đầu năm 2025", "6-thang", "6 tháng 2025"],
    ["9 tháng", "9 tháng đầu năm 2025", "9-thang", "9 tháng 2025"],
    ["cả năm", "năm 2025", "ca-nam", "năm 2025"],
    ["01/04/2025-30/06/2025", "từ ngày 01/04/2025 đến ngày 30/06/2025", "01.04.2025-30.06.2025", "01.04–30.06.2025"],
  ])("%s → %s", (answer, wording, slug, short) => {
    const p = read(answer);
    expect(periodWording(p)).toBe(wording);
    expect(periodSlug(p)).toBe(slug);
    expect(periodShortLabel(p)).toBe(short);
    // The slug reads back as the same period.
    expect(read(slug)).toEqual(p);
  });
});

describe("reportSpan", () => {
  it("as-of is the period end when Ngày tính tiến độ is later", () => {
    const s = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "15/08/2025" });
    const r = reportSpan(read("Quý I"), s);
    expect(r).toMatchObject({ ok: true, span: { from: D("01/01/2025"), to: D("31/03/2025"), asOf: D("31/03/2025") } });
    if (r.ok) expect(r.span.partial).toBe(false);
  });

  it("as-of is Ngày tính tiến độ inside the period, and the span says it is partial", () => {
    const s = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "15/08/2025" });
    const r = reportSpan(read("9 tháng"), s);
    expect(r).toMatchObject({ ok: true, span: { asOf: D("15/08/2025"), partial: true } });
  });

  it("is cut to the counting window", () => {
    const s = settingsWith({
      Năm: 2025,
      "Từ ngày": "01/03/2025",
      "Đến ngày": "30/11/2025",
      "Ngày tính tiến độ": "31/12/2025",
    });
    const r = readReportPeriod("Quý I", s);
    expect(r).toMatchObject({ ok: true, span: { from: D("01/03/2025"), to: D("31/03/2025"), asOf: D("31/03/2025") } });
    const year = readReportPeriod("cả năm", s);
    expect(year).toMatchObject({
      ok: true,
      span: { from: D("01/03/2025"), to: D("30/11/2025"), asOf: D("30/11/2025") },
    });
  });

  it("refuses a period outside the window or not begun at the as-of date, saying which setting to change", () => {
    const s = settingsWith({ Năm: 2025, "Ngày tính tiến độ": "15/05/2025" });
    const other = readReportPeriod("Quý I năm 2024", s);
    expect(other).toMatchObject({ ok: false });
    if (!other.ok) expect(other.message).toContain("Từ ngày");
    const early = readReportPeriod("Quý IV", s);
    expect(early).toMatchObject({ ok: false });
    if (!early.ok) expect(early.message).toContain("15/05/2025");
  });
});
