// `Tổng hợp` (SPEC §6): per office, per rating group, units never visited, and two native charts
// that are replaced, not added, on every run.
import { once, summarize, type Cell, type Day, type GroupSummary, type ProgressRow, type Unit } from "../../domain";
import { GROUP_SUMMARY, OFFICE_SUMMARY, UNVISITED, fieldKeys, type Field, type Schema } from "../../schema";
import { ASSESSMENT, SHEET, SUMMARY_TEXT as S } from "../../text";
import { planOutputSheet } from "../output";
import type { GridArea } from "../a1";
import type { OutputChart } from "../charts";
import type { WritePlan } from "../write-plan";

const CHART_COLUMN = 12;
/** Columns a chart of default size covers (600 px over columns of 100 px). */
const CHART_SPAN = 6;
/** Each column as wide as the widest section needs. */
const widths = once(() => {
  const sections: readonly Field[][] = [OFFICE_SUMMARY, GROUP_SUMMARY, UNVISITED].map((s) =>
    Object.values<Field>(s.fields),
  );
  return Array.from({ length: Math.max(...sections.map((s) => s.length)) }, (_, i) =>
    Math.max(...sections.map((s) => s[i]?.width ?? 0)),
  );
});

export type SummaryInput = {
  progress?: { rows: readonly ProgressRow[] };
  rating?: { groups: readonly GroupSummary[] };
  units: readonly Unit[];
  /** The counting window's last day: units that ended before it are not listed (SPEC §12). */
  lastDay: Day;
  /** Shown in place of a part that could not be computed. */
  notes: string[];
  /** Lines shown first: the plan line (SPEC §10) and the locked periods' change counts (§15). */
  lines?: string[];
};

export function planSummary(
  plan: WritePlan,
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  input: SummaryInput,
  title: string,
): void {
  const sum = summarize(input.progress?.rows ?? [], input.rating, input.units, input.lastDay);
  const rows: Cell[][] = [];
  const rowColumns: (readonly Field[] | undefined)[] = [];
  const bold: number[] = [];
  const sheetRow = () => rows.length + 2; // row 1 is the title
  const push = (cells: Cell[], fields?: readonly Field[]) => {
    rows.push(cells);
    rowColumns.push(fields);
  };
  /** Heading, header row, then the records; returns the sheet row of the header. */
  const section = <K extends string>(heading: string, schema: Schema<K>, records: Partial<Record<K, Cell>>[]) => {
    if (rows.length) push([]);
    bold.push(sheetRow());
    push([heading]);
    const keys = fieldKeys(schema);
    const fields = keys.map((k) => schema.fields[k]);
    const header = sheetRow();
    bold.push(header);
    push(fields.map((f) => f.header));
    for (const r of records)
      push(
        keys.map((k) => r[k] ?? ""),
        fields,
      );
    return header;
  };
  for (const n of [...(input.lines ?? []), ...input.notes]) push([n]);

  let office: { header: number; count: number } | undefined;
  if (input.progress) {
    const header = section(
      S.officeTitle,
      OFFICE_SUMMARY,
      sum.offices.map((o) => ({
        office: o.office,
        cadres: o.cadres,
        reached: o.counts[ASSESSMENT.reached],
        onTrack: o.counts[ASSESSMENT.onTrack],
        behind: o.counts[ASSESSMENT.behind],
        failed: o.counts[ASSESSMENT.failed],
        notStarted: o.counts[ASSESSMENT.notStarted],
        notApplicable: o.counts[ASSESSMENT.notApplicable],
        totalDays: o.totalDays,
        averageRatio: o.averageRatio ?? "",
      })),
    );
    office = { header, count: sum.offices.length };
  }
  let groups: { header: number; count: number } | undefined;
  if (input.rating) {
    const header = section(
      S.groupTitle,
      GROUP_SUMMARY,
      sum.groups.map((g) => ({
        group: g.group,
        top: g.counts.top,
        good: g.counts.good,
        pass: g.counts.pass,
        fail: g.counts.fail,
        notRated: g.notRated,
        note: g.message ?? "",
      })),
    );
    groups = { header, count: sum.groups.length };
  }
  if (input.progress) {
    section(
      S.unvisitedTitle,
      UNVISITED,
      sum.unvisited.map((u) => ({ unitCode: u.code, unitName: u.name, parent: u.parent, cluster: u.cluster })),
    );
    if (!sum.unvisited.length) push([S.noneUnvisited]);
  }

  planOutputSheet(plan, book, {
    name: SHEET.summary,
    title,
    rows,
    rowColumns,
    boldRows: bold,
    widths: widths(),
    minColumns: CHART_COLUMN + CHART_SPAN,
    charts: [
      // Office names and the four assessment counts that matter for the quota.
      ...(office?.count
        ? [
            chart(
              [area(office.header, 1, office.count + 1, 1), area(office.header, 3, office.count + 1, 4)],
              S.chartProgress,
              3,
            ),
          ]
        : []),
      ...(groups?.count ? [chart([area(groups.header, 1, groups.count + 1, 5)], S.chartRating, 22)] : []),
    ],
  });
}

const area = (row: number, col: number, rows: number, cols: number): GridArea => ({ row, col, rows, cols });

const chart = (ranges: GridArea[], title: string, row: number): OutputChart => ({
  ranges,
  title,
  row,
  col: CHART_COLUMN,
});
