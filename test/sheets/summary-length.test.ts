// SPEC §17: summaries stay short on large books — counts first, at most 10 findings of each kind, then
// "… và N … khác"; settings warnings included.
import { describe, expect, it } from "vitest";
import { reportText } from "../../src/runner/report";
import type { RunReport } from "../../src/runner/run";
import { shortList } from "../../src/text";
import { addinFor } from "../support/addin";
import { sampleBook } from "../support/sample-book";

describe("short summaries", () => {
  it("shortList keeps 10 of each kind in order and says how many more", () => {
    const lines = [
      ...Array.from({ length: 14 }, (_, i) => `«Cấu hình» dòng ${i + 2}: tham số lạ`),
      "«Cán bộ» dòng 3: thiếu họ tên",
    ];
    const out = shortList(lines, (l) => /^«[^»]*»/.exec(l)![0]);
    expect(out).toHaveLength(12);
    expect(out[9]).toBe("«Cấu hình» dòng 11: tham số lạ");
    expect(out[10]).toBe("… và 4 lưu ý khác");
    expect(out[11]).toBe("«Cán bộ» dòng 3: thiếu họ tên");
  });

  it("the alert after a command lists 10 settings warnings and the count of the others", async () => {
    const unknown = Array.from({ length: 25 }, (_, i) => [`Tham số cũ ${i + 1}`, "x", ""]);
    const { run, env } = await addinFor(sampleBook({ settings: unknown }));
    run("tinhTienDo");
    const alert = env.ui.alerts.at(-1)!.prompt;
    // Counts first.
    expect(alert.indexOf("Đã kiểm tra")).toBe(0);
    const lines = alert.split("\n").filter((l) => l.startsWith("- «Cấu hình»"));
    expect(lines).toHaveLength(10);
    expect(alert).toContain("… và 15 lưu ý khác");
  });

  it("the runner prints the counts before the findings, and how many findings it left out", () => {
    const report = {
      input: "/tmp/so.xlsx",
      output: "/tmp/so-ket-qua.xlsx",
      command: "tat-ca",
      caption: "Tính tất cả",
      asOf: { date: "30/09/2025", source: "theo trang Cấu hình" },
      log: {
        checked: 10_000,
        ok: 9_000,
        warning: 700,
        error: 300,
        findings: [
          { status: "Lỗi", tab: "Nhật ký đi cơ sở", row: 6, detail: "Ngày về trước Ngày đi" },
          { status: "Cảnh báo", tab: "Nhật ký đi cơ sở", row: 9, detail: "Hình thức lạ" },
        ],
      },
      progress: { total: 36, counts: { Đạt: 6, "Chậm tiến độ": 30 } },
      messages: [],
      notHeld: [],
      rowErrors: true,
    } satisfies RunReport;
    const text = reportText(report);
    expect(text.indexOf("Tiến độ của 36 cán bộ")).toBeLessThan(text.indexOf("dòng 6"));
    expect(text).toContain("… và 299 dòng lỗi khác");
    expect(text).toContain("… và 699 dòng cảnh báo khác");
  });
});
