// `Tiến độ chỉ tiêu` (SPEC §4): one row per cadre, in roster order.
import type { ProgressRow } from "../../domain";
import { ASSESSMENT, COLUMNS, RESULT_MSG, SHEET } from "../../text";
import { FIRST_DATA_ROW, rewriteOutputSheet } from "../output";
import { ASSESSMENT_COLORS, colorByText } from "../status-colors";

const DAYS = "0.0";
const PERCENT = "0.0%";
const WHOLE = "0";
//                 Mã CB, Họ và tên, Đơn vị, Q1..Q4 ×4, 6T, 9T, Tổng, Chỉ tiêu, Tỷ lệ, Cần đạt, Còn thiếu, Số ĐV, Đánh giá
const FORMATS = [
  undefined,
  undefined,
  undefined,
  DAYS,
  DAYS,
  DAYS,
  DAYS,
  DAYS,
  DAYS,
  DAYS,
  WHOLE,
  PERCENT,
  DAYS,
  DAYS,
  WHOLE,
];

export function progressRows(rows: readonly ProgressRow[]): (string | number)[][] {
  return rows.map((p) => [
    p.code,
    p.name,
    p.office,
    p.q1,
    p.q2,
    p.q3,
    p.q4,
    p.h1,
    p.m9,
    p.total,
    p.target,
    p.ratio ?? "",
    p.expected,
    p.shortfall,
    p.unitsVisited,
    p.assessment,
  ]);
}

export function writeProgress(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  rows: readonly ProgressRow[],
  title: string,
): void {
  const sheet = rewriteOutputSheet(book, {
    name: SHEET.progress,
    title,
    header: COLUMNS.progress,
    rows: progressRows(rows),
    numberFormats: FORMATS,
  });
  const col = COLUMNS.progress.length;
  colorByText(sheet, sheet.getRange(FIRST_DATA_ROW, col, Math.max(1, rows.length), 1), ASSESSMENT_COLORS);
}

export function progressSummary(rows: readonly ProgressRow[]): string {
  const counts: Record<string, number> = {};
  for (const a of Object.values(ASSESSMENT)) counts[a] = rows.filter((r) => r.assessment === a).length;
  return RESULT_MSG.progress(rows.length, counts);
}
