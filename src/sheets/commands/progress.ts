// `Tiến độ chỉ tiêu` (SPEC §4): one row per cadre, in roster order.
import type { ProgressRow } from "../../domain";
import { PROGRESS, templateKeys } from "../../schema";
import { ASSESSMENT, RESULT_MSG } from "../../text";
import { FIRST_DATA_ROW, planOutputSheet, schemaTable } from "../output";
import { ASSESSMENT_COLORS, colorByText } from "../status-colors";
import type { WritePlan } from "../write-plan";

const KEYS = templateKeys(PROGRESS);

export function planProgress(
  plan: WritePlan,
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  rows: readonly ProgressRow[],
  title: string,
): void {
  const table = schemaTable(
    PROGRESS,
    rows.map((p) => ({
      cadreCode: p.code,
      fullName: p.name,
      office: p.office,
      q1: p.q1,
      q2: p.q2,
      q3: p.q3,
      q4: p.q4,
      h1: p.h1,
      m9: p.m9,
      totalDays: p.total,
      target: p.target,
      ratio: p.ratio ?? "",
      expectedSoFar: p.expected,
      shortfall: p.shortfall,
      unitsVisited: p.unitsVisited,
      assessment: p.assessment,
    })),
    KEYS,
  );
  const col = KEYS.indexOf("assessment") + 1;
  planOutputSheet(plan, book, {
    name: PROGRESS.sheet,
    title,
    ...table,
    finish: (sheet) =>
      colorByText(sheet, sheet.getRange(FIRST_DATA_ROW, col, Math.max(1, rows.length), 1), ASSESSMENT_COLORS),
  });
}

export function progressCounts(rows: readonly ProgressRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of Object.values(ASSESSMENT)) counts[a] = rows.filter((r) => r.assessment === a).length;
  return counts;
}

export function progressSummary(rows: readonly ProgressRow[]): string {
  return RESULT_MSG.progress(rows.length, progressCounts(rows));
}
