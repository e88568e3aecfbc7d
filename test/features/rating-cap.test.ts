// SPEC §2's `Tỷ lệ HTXSNV tối đa (%)` through the built bundle: 20 when the row is missing, no cap when
// the office clears it (its note in Cấu hình says "Để trống hoặc 0 = không giới hạn").
import { describe, expect, it } from "vitest";
import { H, LEVEL, P, SHEET } from "../../src/text";
import { addinFor, resultColumn } from "../support/addin";
import { SCORES, sampleBook } from "../support/sample-book";

// Every unit scores 96–98 of 100: HTXSNV without a cap. DV02 and DV03 share `Thành đoàn Đồng Xoài`.
const HIGH = [SCORES[0], ...SCORES.slice(1).map((r, i) => [r[0], r[1], 48, 48 + (i % 2), "", ""])];

async function levels(capRows: unknown[][]) {
  const book = sampleBook({
    settings: [[P.capMode, "Hạ loại", ""], ...capRows],
    sheets: { [SHEET.scores]: HIGH },
  });
  const { run } = await addinFor(book);
  run("xepLoaiDonVi");
  return resultColumn(book, SHEET.rating, H.level, 2);
}

describe("Tỷ lệ HTXSNV tối đa (%)", () => {
  it("left blank caps nothing: every unit stays HTXSNV", async () => {
    expect(await levels([[P.capPercent, "", ""]])).toEqual(Array(4).fill(LEVEL.top.name));
  });

  it("without its row the default 20% holds: a group of two may have no HTXSNV, so both are lowered", async () => {
    expect(await levels([])).not.toContain(LEVEL.top.name);
  });
});
