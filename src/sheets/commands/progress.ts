// `Tiến độ chỉ tiêu` (SPEC §4): one row per cadre, in roster order.
import { tierColumn, type Cell, type ProgressRow, type ProgressRules } from "../../domain";
import { fieldKeys, PROGRESS, type Field, type FieldKey } from "../../schema";
import { ASSESSMENT, RESULT_MSG } from "../../text";
import { planOutputSheet } from "../output";
import { ASSESSMENT_COLORS } from "../status-colors";
import type { WritePlan } from "../write-plan";

type Key = FieldKey<typeof PROGRESS>;

/**
 * The columns of `Tiến độ chỉ tiêu`: SPEC §4's, with `Số ngày tạm miễn` when exemptions are active and,
 * with minimums by level, one `<Cấp> (ngày)` column per level after `Tổng số ngày` and `Còn thiếu theo cấp`.
 */
function layout(rules: ProgressRules) {
  const keys = fieldKeys(PROGRESS).filter(
    (k) =>
      (k !== "exemptDays" || rules.exemptions !== undefined) && (k !== "tierShortfall" || rules.tiers !== undefined),
  );
  const tiers = rules.tiers ?? [];
  type Column = { field: Field; cell: (p: ProgressRow) => Cell };
  const columns: Column[] = [];
  for (const k of keys) {
    columns.push({ field: PROGRESS.fields[k], cell: (p) => cellOf(p, k) });
    if (k === "totalDays")
      tiers.forEach((t, i) => {
        columns.push({
          field: { ...PROGRESS.fields.totalDays, header: tierColumn(t.label) },
          cell: (p) => p.tiers[i]?.days ?? 0,
        });
      });
  }
  return columns;
}

function cellOf(p: ProgressRow, k: Key): Cell {
  switch (k) {
    case "cadreCode":
      return p.code;
    case "fullName":
      return p.name;
    case "office":
      return p.office;
    case "totalDays":
      return p.total;
    case "exemptDays":
      return p.exemptDays;
    case "ratio":
      return p.ratio ?? "";
    case "expectedSoFar":
      return p.expected;
    case "tierShortfall":
      return p.tierShortfall;
    default:
      return p[k];
  }
}

export function planProgress(
  plan: WritePlan,
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  rows: readonly ProgressRow[],
  title: string,
  rules: ProgressRules = {},
): void {
  const columns = layout(rules);
  const col = columns.findIndex((c) => c.field.header === PROGRESS.fields.assessment.header) + 1;
  planOutputSheet(plan, book, {
    name: PROGRESS.sheet,
    title,
    columns: columns.map((c) => c.field),
    rows: rows.map((p) => columns.map((c) => c.cell(p))),
    colors: { col, colors: ASSESSMENT_COLORS },
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
