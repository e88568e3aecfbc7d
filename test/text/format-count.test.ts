// Counts in messages are grouped by hand (no Intl on a runner's path): the same text as toLocaleString("vi-VN").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatCount,
  FORM_MSG,
  LOCK_MSG,
  LOCK_TEXT,
  moreOf,
  PLAN_TEXT,
  REPORT_TEXT,
  RESULT_MSG,
  SOURCE_MSG,
} from "../../src/text";

describe("formatCount", () => {
  it("writes every whole number as toLocaleString('vi-VN') does", () => {
    for (const n of [0, 7, 999, 1000, 10_000, 999_999, 1_000_000, 9_990_000, -1, -1000, -123_456_789])
      expect(formatCount(n), String(n)).toBe(n.toLocaleString("vi-VN"));
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => formatCount(n) === n.toLocaleString("vi-VN")),
      { numRuns: 2000 },
    );
  });

  it("leaves other numbers to Intl, and moreOf uses it", () => {
    for (const n of [1234.5, 0.25, -0, Number.MAX_SAFE_INTEGER + 2, Number.NaN])
      expect(formatCount(n), String(n)).toBe(n.toLocaleString("vi-VN"));
    expect(moreOf(12_345, "lỗi")).toBe("… và 12.345 lỗi khác");
  });
});

describe("the counts a message or the report gives", () => {
  it("are grouped as Vietnamese write them once they pass 999, in toasts, sheets and the Word report", () => {
    expect(RESULT_MSG.checked({ checked: 50_000, ok: 48_210, warning: 1_502, error: 288 })).toBe(
      "Đã kiểm tra 50.000 dòng: 48.210 hợp lệ, 1.502 cảnh báo, 288 lỗi.",
    );
    expect(RESULT_MSG.progress(2_000, { Đạt: 1_250, "Chậm tiến độ": 750 })).toBe(
      "Tiến độ của 2.000 cán bộ: 1.250 Đạt, 750 Chậm tiến độ.",
    );
    expect(RESULT_MSG.rating(3_000, { HTXSNV: 1_000, HTTNV: 2_000 })).toBe(
      "Xếp loại 3.000 đơn vị: 1.000 HTXSNV, 2.000 HTTNV.",
    );
    expect(LOCK_TEXT.changedCount("quý I 2025", 1_234)).toBe("Kỳ quý I 2025: 1.234 dòng đã thay đổi sau khi chốt");
    expect(LOCK_MSG.done("quý I 2025", "Chốt quý I 2025", 12_500)).toContain("(12.500 dòng nhật ký được tính)");
    expect(REPORT_TEXT.lockLine("05/04/2025", 1_002)).toBe(
      "Số liệu chốt ngày 05/04/2025; 1.002 dòng thay đổi sau khi chốt",
    );
    expect(REPORT_TEXT.unitsVisited(1_480)).toBe("Trong kỳ, cán bộ đã đến 1.480 đơn vị cơ sở.");
    expect(REPORT_TEXT.countPart("Đạt", 1_100)).toBe("Đạt: 1.100 đồng chí");
    expect(PLAN_TEXT.summaryLine(1_200, 1_950, 1_010, 1_150)).toBe(
      "1.200/1.950 cán bộ đã đăng ký kế hoạch; 1.010/1.150 đã thực hiện đủ các chuyến đến hạn",
    );
    expect(FORM_MSG.updatedShort(2_000, 3_000)).toBe("Đã cập nhật biểu mẫu nhập (2.000 cán bộ, 3.000 đơn vị).");
    expect(SOURCE_MSG.summary(2, 0, 100_000)).toBe("Đã lấy 100.000 dòng từ 2 nguồn.");
  });
});
