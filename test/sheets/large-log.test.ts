// A log far past the bench's 50,000 rows: no command may fail on the size alone (spreading a
// 200,000-row sheet into function arguments overflowed the stack).
import { expect, it } from "vitest";
import { H, SHEET } from "../../src/text";
import { addinFor, resultColumn } from "../support/addin";
import { generatedLog, sampleBook } from "../support/sample-book";

it("Tính tất cả writes a result on every row of a 200,000-row log", async () => {
  const rows = 200_000;
  const book = sampleBook({ logRows: generatedLog(rows) });
  const { run, env } = await addinFor(book);
  run("tinhTatCa");
  expect(env.ui.alerts.map((a) => a.prompt).join("\n")).not.toMatch(/lỗi ngoài dự kiến/i);
  const status = resultColumn(book, SHEET.log, H.checkStatus, 1);
  expect(status).toHaveLength(rows);
  expect(status.every((s) => s === "Hợp lệ" || s === "Cảnh báo" || s === "Lỗi")).toBe(true);
  const days = resultColumn(book, SHEET.progress, H.totalDays);
  expect(days.some((d) => typeof d === "number" && d > 0)).toBe(true);
}, 120_000);
