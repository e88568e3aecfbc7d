// `Tổng hợp` (SPEC §6): per office, per rating group, units never visited, and two native charts
// that are replaced, not added, on every run.
import { summarize, type GroupSummary, type ProgressRow, type Unit, type Visit, type Cell } from "../../domain";
import { ASSESSMENT, SHEET, SUMMARY_TEXT } from "../../text";
import { rewriteOutputSheet } from "../output";

const S = SUMMARY_TEXT;
const FORMATS = [undefined, "0", "0", "0", "0", "0", "0", "0", "0.0", "0.0%"];
const CHART_COLUMN = 12;

export type SummaryInput = {
  progress?: { rows: readonly ProgressRow[]; visits: readonly Visit[] };
  rating?: { groups: readonly GroupSummary[] };
  units: readonly Unit[];
  /** Shown in place of a part that could not be computed. */
  notes: string[];
};

export function writeSummary(book: GoogleAppsScript.Spreadsheet.Spreadsheet, input: SummaryInput, title: string): void {
  const sum = summarize(input.progress?.rows ?? [], input.rating, input.units, input.progress?.visits ?? []);
  const rows: Cell[][] = [];
  const bold: number[] = [];
  const sheetRow = () => rows.length + 2; // row 1 is the title
  const section = (heading: string, header: readonly string[]) => {
    if (rows.length) rows.push([]);
    bold.push(sheetRow());
    rows.push([heading]);
    bold.push(sheetRow());
    rows.push([...header]);
    return sheetRow();
  };
  for (const n of input.notes) rows.push([n]);

  let office: { first: number; count: number } | undefined;
  if (input.progress) {
    const first = section(S.officeTitle, S.officeHeader);
    for (const o of sum.offices) {
      const c = o.counts;
      rows.push([
        o.office,
        o.cadres,
        c[ASSESSMENT.reached],
        c[ASSESSMENT.onTrack],
        c[ASSESSMENT.behind],
        c[ASSESSMENT.failed],
        c[ASSESSMENT.notStarted],
        c[ASSESSMENT.notApplicable],
        o.totalDays,
        o.averageRatio ?? "",
      ]);
    }
    office = { first, count: sum.offices.length };
  }
  let groups: { first: number; count: number } | undefined;
  if (input.rating) {
    const first = section(S.groupTitle, S.groupHeader);
    for (const g of sum.groups) {
      rows.push([
        g.group || S.blankGroup,
        g.counts.top,
        g.counts.good,
        g.counts.pass,
        g.counts.fail,
        g.notRated,
        g.message ?? "",
      ]);
    }
    groups = { first, count: sum.groups.length };
  }
  if (input.progress) {
    section(S.unvisitedTitle, S.unvisitedHeader);
    for (const u of sum.unvisited) rows.push([u.code, u.name, u.parent, u.cluster]);
    if (!sum.unvisited.length) rows.push([S.noneUnvisited]);
  }

  const sheet = rewriteOutputSheet(book, { name: SHEET.summary, title, rows, numberFormats: FORMATS, boldRows: bold });
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  if (office?.count) {
    // Office names and the four assessment counts that matter for the quota.
    const names = sheet.getRange(office.first - 1, 1, office.count + 1, 1);
    const counts = sheet.getRange(office.first - 1, 3, office.count + 1, 4);
    insertChart(sheet, [names, counts], S.chartProgress, 3);
  }
  if (groups?.count) {
    const range = sheet.getRange(groups.first - 1, 1, groups.count + 1, 5);
    insertChart(sheet, [range], S.chartRating, 22);
  }
}

function insertChart(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  ranges: GoogleAppsScript.Spreadsheet.Range[],
  title: string,
  row: number,
) {
  let builder = sheet.newChart().setChartType(Charts.ChartType.COLUMN);
  for (const r of ranges) builder = builder.addRange(r);
  sheet.insertChart(
    builder
      .setOption("title", title)
      .setOption("isStacked", true)
      .setNumHeaders(1)
      .setPosition(row, CHART_COLUMN, 0, 0)
      .build(),
  );
}
