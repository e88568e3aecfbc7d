// The custom functions on the province rules (SPEC §8, §11), through the built bundle.
import { describe, expect, it } from "vitest";
import { H } from "../../src/text";
import { COLUMNS } from "../../src/schema";
import { addinFor } from "../support/addin";
import { sampleBook } from "../support/sample-book";

const LOG = [
  [...COLUMNS.log],
  [1, "01/02/2025", "10/03/2025", "CB001", "CĐ01", "", "", "Dự sinh hoạt chi đoàn khu phố", "", "Hợp lệ", ""], // 38 days
  [2, "01/04/2025", "06/04/2025", "CB001", "Đoàn xã Hòa Long", "", "", "Khảo sát", "", "Hợp lệ", ""], // 6
  [3, "10/04/2025", "15/04/2025", "CB001", "P01", "", "", "Kiểm tra chuyên đề", "", "Hợp lệ", ""], // 6
  [4, "01/05/2025", "10/05/2025", "CB001", "Thành đoàn Bà Rịa", "", "", "Dự hội nghị", "", "Hợp lệ", ""], // 10
  [5, "03/03/2025", "", "CB001", "X01", "", "0,5", "Hai chuyến một ngày", "", "Hợp lệ", ""], // capped day
];

const UNITS = [
  [H.unitCode, H.unitName, H.unitType, H.parent, H.cluster, H.activeTo, H.mergedInto],
  ["CĐ01", "Chi đoàn Khu phố 3", "Chi đoàn", "Đoàn phường Long Tâm", "", "", ""],
  ["X01", "Đoàn xã Hòa Long", "Đoàn xã", "Thành đoàn Bà Rịa", "", "", ""],
  ["P01", "Đoàn phường Long Tâm", "Đoàn phường", "Thành đoàn Bà Rịa", "", "", ""],
  ["H01", "Thành đoàn Bà Rịa", "Huyện đoàn", "Tỉnh đoàn", "", "", ""],
];

describe("custom functions on exemptions and levels", () => {
  it("DICOSO_TONGNGAY with don_vi and cap counts the days at one level, the capped day split as the menu does", async () => {
    const { run } = await addinFor(sampleBook());
    const total = run("DICOSO_TONGNGAY", LOG, "CB001", "01/01/2025", "31/12/2025");
    expect(total).toBe(60);
    // 03/03 has 1 day at chi đoàn level and 0.5 at the commune: capped at 1, 1/3 goes to the commune.
    const commune = run("DICOSO_TONGNGAY", LOG, "CB001", "01/01/2025", "31/12/2025", UNITS, "Đoàn xã; Đoàn phường");
    expect(commune).toBeCloseTo(12 + 1 / 3, 9);
    const branch = run("DICOSO_TONGNGAY", LOG, "CB001", "01/01/2025", "31/12/2025", UNITS, "chi đoàn");
    expect(branch).toBeCloseTo(38 - 1 / 3, 9);
    expect(run("DICOSO_TONGNGAY", LOG, "CB001", "01/01/2025", "31/12/2025", "", "Đoàn xã")).toBe(
      "Tham số cap cần vùng don_vi (trang «Đơn vị» có dòng tiêu đề) để biết loại của từng đơn vị",
    );
  });

  it("DICOSO_TIENDO with tam_mien judges Cần đạt đến nay on non-exempt days", async () => {
    const { run } = await addinFor(sampleBook());
    const exempt = [
      [H.exemptFrom, H.exemptTo],
      ["01/04/2025", "30/06/2025"],
    ];
    // Target 45 for 2025 with 01/04–30/06 exempt: by 30/09, 45 × 182 / 274 = 29.9 days are due.
    const at = (days: number, tamMien?: unknown) =>
      run("DICOSO_TIENDO", days, 45, "30/09/2025", "01/01/2025", "31/12/2025", tamMien);
    expect(at(30, exempt)).toBe("Đúng tiến độ");
    expect(at(29.8, exempt)).toBe("Chậm tiến độ");
    // Without the exemption 45 × 273 / 365 = 33.7 are due.
    expect(at(30)).toBe("Chậm tiến độ");
    // Without a header row the first two columns are Từ ngày and Đến ngày; a blank Đến ngày is open.
    expect(at(30, [["01/04/2025", "30/06/2025"]])).toBe("Đúng tiến độ");
    expect(at(0, [["01/01/2025", ""]])).toBe("Không áp dụng");
    expect(at(30, [["31/02/2025", ""]])).toBe(
      "Vùng tam_mien dòng 1: «31/02/2025» không phải ngày hợp lệ — nhập dạng dd/mm/yyyy",
    );
  });
});
