// The output sheets' charts (SPEC §6): stacked columns, the first column of the first range naming the
// categories, one header row — drawn through SpreadsheetApp, or described for the Sheets API's addChart.
import { a1, byColumn, columnsOf, parseA1, type GridArea } from "./a1";
import { apiGridRange, gridArea, type ApiChart } from "./sheet-properties";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

/** A column chart of `ranges` (stacked, one header row), its top left at (row, col). */
export type OutputChart = { ranges: readonly GridArea[]; title: string; row: number; col: number };

/** Draws the chart with the chart builder (about ten calls). */
export function insertChart(sheet: Sheet, c: OutputChart): void {
  let builder = sheet.newChart().setChartType(Charts.ChartType.COLUMN);
  for (const g of c.ranges) builder = builder.addRange(sheet.getRange(a1(g.row, g.col, g.rows, g.cols)));
  sheet.insertChart(
    builder
      .setOption("title", c.title)
      .setOption("isStacked", true)
      .setNumHeaders(1)
      .setPosition(c.row, c.col, 0, 0)
      .build(),
  );
}

/**
 * The same chart as an addChart request. The API names the category column and each series' column
 * apart; SpreadsheetApp splits the ranges it is given the same way (first column, then one series per
 * column).
 */
export function chartRequest(sheetId: number, c: OutputChart): Request {
  const [domain, ...series] = columnsOf(c.ranges).map((g) => apiGridRange(sheetId, g));
  return {
    addChart: {
      chart: {
        spec: {
          title: c.title,
          basicChart: {
            chartType: "COLUMN",
            stackedType: "STACKED",
            headerCount: 1,
            domains: [{ domain: { sourceRange: { sources: [domain] } } }],
            series: series.map((s) => ({ series: { sourceRange: { sources: [s] } }, targetAxis: "LEFT_AXIS" })),
          },
        },
        position: { overlayPosition: { anchorCell: { sheetId, rowIndex: c.row - 1, columnIndex: c.col - 1 } } },
      },
    },
  };
}

/**
 * Whether the sheet's charts chart the same cells as `drawn`, in order. Compared column by column: a
 * chart the API made names each column apart, one SpreadsheetApp drew names the ranges it was given.
 */
export function sameCharts(
  charts: readonly GoogleAppsScript.Spreadsheet.EmbeddedChart[],
  drawn: readonly OutputChart[],
) {
  const cellsOf = (c: GoogleAppsScript.Spreadsheet.EmbeddedChart) =>
    c
      .getRanges()
      .map((r) => {
        const g = parseA1(r.getA1Notation());
        return g ? byColumn([g]) : r.getA1Notation();
      })
      .join();
  return charts.length === drawn.length && charts.every((c, i) => cellsOf(c) === byColumn(drawn[i].ranges));
}

/** `sameCharts` from the charts the command's one Sheets API call described: no call at all. */
export function sameApiCharts(charts: readonly ApiChart[], drawn: readonly OutputChart[]) {
  const cellsOf = (c: ApiChart) => {
    const basic = c.spec?.basicChart;
    const sources = [
      ...(basic?.domains ?? []).map((d) => d.domain?.sourceRange?.sources ?? []),
      ...(basic?.series ?? []).map((x) => x.series?.sourceRange?.sources ?? []),
    ].flat();
    const areas = sources.map((g) => gridArea(g));
    return areas.every((g): g is GridArea => g !== null) ? byColumn(areas) : null;
  };
  return charts.length === drawn.length && charts.every((c, i) => cellsOf(c) === byColumn(drawn[i].ranges));
}
