import { describe, expect, it } from "vitest";
import { dayFromYmd } from "../../src/domain/dates";
import { formLists } from "../../src/domain/form-lists";
import { codeOfChoice, emailMismatch, responseCells } from "../../src/domain/form-responses";

const today = dayFromYmd(2025, 7, 1);

describe("the form's lists (SPEC §16, §12)", () => {
  it("lists 'Mã — tên', leaving out cadres whose Áp dụng đến has passed and units that ended", () => {
    const lists = formLists(
      [
        { code: "CB01", name: "Nguyễn Văn An" },
        { code: "CB02", name: "Trần Thị Hoà", applyTo: dayFromYmd(2025, 6, 30) },
        { code: "CB03", name: "Lê Văn Đức", applyTo: today },
      ],
      [
        { code: "DV01", name: "Đoàn xã Tân Phú", activeUntil: dayFromYmd(2025, 6, 30) },
        { code: "DV09", name: "Đoàn xã Tân Phú Đông" },
      ],
      ["Dự sinh hoạt chi đoàn", " ", "Khảo sát, nắm tình hình", "dự sinh hoạt chi đoàn"],
      today,
    );
    expect(lists.cadres).toEqual(["CB01 — Nguyễn Văn An", "CB03 — Lê Văn Đức"]);
    expect(lists.units).toEqual(["DV09 — Đoàn xã Tân Phú Đông"]);
    expect(lists.activities).toEqual(["Dự sinh hoạt chi đoàn", "Khảo sát, nắm tình hình"]);
  });
});

describe("reading a response row", () => {
  const isCadreCode = (c: string) => ["CB01", "CB02"].includes(c);
  const isUnitCode = (c: string) => c === "DV09";

  it("reads a choice as its code only when the part before ' — ' is a code", () => {
    expect(codeOfChoice("CB01 — Nguyễn Văn An", isCadreCode)).toBe("CB01");
    // A name with a dash, typed by hand: matched as a whole, as usual.
    expect(codeOfChoice("Nguyễn Văn An — Phó Bí thư", isCadreCode)).toBe("Nguyễn Văn An — Phó Bí thư");
    expect(codeOfChoice("CB77 — Nguyễn Văn An", isCadreCode)).toBe("CB77 — Nguyễn Văn An");
    expect(codeOfChoice(42, isCadreCode)).toBe(42);
  });

  it("takes the timestamp as Ngày báo cáo only when the tab has no such column", () => {
    const stamp = new Date("2025-03-01T01:30:05Z");
    const cells = { cadre: "CB02 — Trần Thị Hoà", unit: "DV09 — Đoàn xã Tân Phú Đông" };
    const read = responseCells(cells, stamp, { hasReportDate: false, isCadreCode, isUnitCode });
    expect(read.cadre).toBe("CB02");
    expect(read.unit).toBe("DV09");
    expect(read.reportDate).toBe(stamp);
    const own = responseCells({ ...cells, reportDate: "05/03/2025" }, stamp, {
      hasReportDate: true,
      isCadreCode,
      isUnitCode,
    });
    expect(own.reportDate).toBe("05/03/2025");
  });

  it("warns when the verified email is not the cadre's roster email, naming both", () => {
    const w = emailMismatch("an.nguyen@gmail.com", ["an.nv@tinhdoan.vn"]);
    expect(w?.severity).toBe("warning");
    expect(w?.message).toContain("an.nguyen@gmail.com");
    expect(w?.message).toContain("an.nv@tinhdoan.vn");
    expect(emailMismatch("AN.NV@tinhdoan.vn", ["an.nv@tinhdoan.vn"])).toBeNull();
    expect(emailMismatch("an.nguyen@gmail.com", [])).toBeNull();
    expect(emailMismatch("", ["an.nv@tinhdoan.vn"])).toBeNull();
  });
});
