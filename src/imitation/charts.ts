// Embedded charts: the builder from Sheet.newChart() / EmbeddedChart.modify(), the chart and its
// position. Charts are data here (type, ranges, options, anchor); nothing is drawn.

import { signatureError, type Context } from "./context";
import { countCalls } from "./counter";
import type { ChartData, SheetModel } from "./model";
import { rangeApi, sheetAreaOf } from "./range";

type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GContainer = GoogleAppsScript.Spreadsheet.ContainerInfo;
type GRange = GoogleAppsScript.Spreadsheet.Range;

export function copyChart(c: ChartData): ChartData {
  return {
    ...c,
    ranges: c.ranges.map((r) => ({ sheet: r.sheet, area: { ...r.area } })),
    options: { ...c.options },
    position: { ...c.position },
  };
}

export class LocalContainerInfo
  implements Pick<GContainer, "getAnchorColumn" | "getAnchorRow" | "getOffsetX" | "getOffsetY">
{
  constructor(
    private readonly ctx: Context,
    private readonly position: ChartData["position"],
  ) {}
  get calls() {
    return this.ctx.calls;
  }
  getAnchorColumn(): number {
    return this.position.column;
  }
  getAnchorRow(): number {
    return this.position.row;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class LocalEmbeddedChart
  implements
    Pick<
      GChart,
      "getChartId" | "getContainerInfo" | "getNumHeaders" | "getRanges" | "getTransposeRowsAndColumns" | "modify"
    >
{
  constructor(
    private readonly ctx: Context,
    readonly sheet: SheetModel,
    readonly data: ChartData,
  ) {}
  get calls() {
    return this.ctx.calls;
  }
  /** Options as set on the builder (tests; the real getOptions() returns a ChartOptions object). */
  rawOptions(): Record<string, unknown> {
    return { ...this.data.options };
  }
  /** The chart type name ("COLUMN"); the real EmbeddedChart has no getter for it. */
  rawType(): string {
    return this.data.type;
  }
  getChartId(): number | null {
    return this.data.id;
  }
  getContainerInfo(): GContainer {
    return new LocalContainerInfo(this.ctx, { ...this.data.position }) as unknown as GContainer;
  }
  getNumHeaders(): number {
    return this.data.numHeaders;
  }
  getRanges(): GRange[] {
    return this.ctx.list(this.data.ranges.map(rangeApi));
  }
  getTransposeRowsAndColumns(): boolean {
    return this.data.transpose;
  }
  modify(): GBuilder {
    return new LocalEmbeddedChartBuilder(this.ctx, this.sheet, copyChart(this.data)) as unknown as GBuilder;
  }
}

type BuilderMethods =
  | "addRange"
  | "build"
  | "clearRanges"
  | "getChartType"
  | "getContainer"
  | "getRanges"
  | "removeRange"
  | "setChartType"
  | "setHiddenDimensionStrategy"
  | "setMergeStrategy"
  | "setNumHeaders"
  | "setOption"
  | "setPosition"
  | "setTransposeRowsAndColumns";

export class LocalEmbeddedChartBuilder implements Pick<GBuilder, BuilderMethods> {
  private readonly chart: ChartData;

  constructor(
    private readonly ctx: Context,
    private readonly sheet: SheetModel,
    from?: ChartData,
  ) {
    this.chart = from ?? {
      id: null,
      type: "COLUMN",
      ranges: [],
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
      mergeStrategy: "MERGE_COLUMNS",
      hiddenDimensionStrategy: "IGNORE_BOTH",
    };
  }

  get calls() {
    return this.ctx.calls;
  }

  private _api(): GBuilder {
    return this as unknown as GBuilder;
  }

  addRange(range: GRange): GBuilder {
    this.chart.ranges.push(sheetAreaOf(this.ctx, range, "SpreadsheetApp.EmbeddedChartBuilder.addRange"));
    return this._api();
  }
  removeRange(range: GRange): GBuilder {
    const ref = sheetAreaOf(this.ctx, range, "SpreadsheetApp.EmbeddedChartBuilder.removeRange");
    const i = this.chart.ranges.findIndex(
      (r) =>
        r.sheet === ref.sheet &&
        r.area.r1 === ref.area.r1 &&
        r.area.c1 === ref.area.c1 &&
        r.area.r2 === ref.area.r2 &&
        r.area.c2 === ref.area.c2,
    );
    if (i >= 0) this.chart.ranges.splice(i, 1);
    return this._api();
  }
  clearRanges(): GBuilder {
    this.chart.ranges = [];
    return this._api();
  }
  getRanges(): GRange[] {
    return this.ctx.list(this.chart.ranges.map(rangeApi));
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder {
    this.chart.type = String(type);
    return this._api();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.chart.type as unknown as GoogleAppsScript.Charts.ChartType;
  }
  setOption(option: string, value: unknown): GBuilder {
    if (typeof option !== "string")
      throw signatureError(this.ctx, "SpreadsheetApp.EmbeddedChartBuilder.setOption", [option, value]);
    this.chart.options[option] = value;
    return this._api();
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GBuilder {
    this.chart.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this._api();
  }
  getContainer(): GContainer {
    return new LocalContainerInfo(this.ctx, { ...this.chart.position }) as unknown as GContainer;
  }
  setNumHeaders(headers: number): GBuilder {
    this.chart.numHeaders = headers;
    return this._api();
  }
  setTransposeRowsAndColumns(transpose: boolean): GBuilder {
    this.chart.transpose = Boolean(transpose);
    return this._api();
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): GBuilder {
    this.chart.mergeStrategy = String(mergeStrategy);
    return this._api();
  }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): GBuilder {
    this.chart.hiddenDimensionStrategy = String(strategy);
    return this._api();
  }
  build(): GChart {
    return new LocalEmbeddedChart(this.ctx, this.sheet, copyChart(this.chart)) as unknown as GChart;
  }
}

countCalls(LocalContainerInfo, "ContainerInfo");
countCalls(LocalEmbeddedChart, "EmbeddedChart");
countCalls(LocalEmbeddedChartBuilder, "EmbeddedChartBuilder");

/** The stored chart behind an EmbeddedChart handed back by add-in code. */
export function chartData(ctx: Context, chart: unknown, method: string): ChartData {
  if (chart instanceof LocalEmbeddedChart) return chart.data;
  throw signatureError(ctx, method, [chart]);
}

export function chartApi(sheet: SheetModel, data: ChartData): GChart {
  return new LocalEmbeddedChart(sheet.book.ctx, sheet, copyChart(data)) as unknown as GChart;
}

export function newChartBuilder(sheet: SheetModel): GBuilder {
  return new LocalEmbeddedChartBuilder(sheet.book.ctx, sheet) as unknown as GBuilder;
}
