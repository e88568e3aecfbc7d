// Output sheets (`Tiến độ chỉ tiêu`, `Xếp loại`, `Tổng hợp`, …) are rewritten completely on each run:
// title line, header row, data — formats, bold and wraps from the schema, a constant number of calls
// whatever the number of rows. Widths are set when the sheet is created; a user's own widths stay.
import { formatDay, type Cell, type Settings } from "../domain";
import { templateKeys, type Field, type Schema } from "../schema";
import { RUN_MSG } from "../text";
import type { CommandContext } from "./run-command";
import { fitSheet, makeBlock, writeBlock } from "./write";
import type { WritePlan } from "./write-plan";
import { a1, a1s, type GridArea } from "./a1";
import { colorByText } from "./status-colors";
import { apiChartsOf, apiRulesOf, findSheet, freezeRows, frozenRowsOf, insertSheet, sizeOf } from "./book-sheets";
import { apiA1 } from "./sheet-properties";
import { insertChart, sameApiCharts, sameCharts, type OutputChart } from "./charts";
import { setUpSheet } from "./sheet-setup";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type OutputSheet = {
  name: string;
  title: string;
  /** The columns of the data rows; their headers form the row under the title, frozen with it. */
  columns?: readonly Field[];
  rows: Cell[][];
  /** Sections with their own columns (`Tổng hợp`): the fields of each row, for its formats. */
  rowColumns?: readonly (readonly Field[] | undefined)[];
  /** More sheet rows (1-based) to set in bold: section headings. */
  boldRows?: readonly number[];
  /** Widths when `columns` does not give them. */
  widths?: readonly (number | undefined)[];
  /** Columns the sheet keeps at least, beyond its data (where its charts sit). */
  minColumns?: number;
  /** Status colours: one conditional rule per text on column `col` of the data rows. */
  colors?: { col: number; colors: Record<string, string> };
  /** Its charts: the sheet's are replaced by these, or kept when they already chart the same cells. */
  charts?: readonly OutputChart[];
  /** Formulas over the data rows of column `col` (links of `Minh chứng`); the other rows keep their values. */
  formulas?: { col: number; cells: readonly (string | undefined)[] };
};

/** Row 2 holds the header; data starts on row 3. */
export const FIRST_DATA_ROW = 3;

/** "Tính đến ngày …, chạy lúc … bởi …" (SPEC §6). */
export function titleLine(ctx: CommandContext, settings: Settings): string {
  return RUN_MSG.titleLine(formatDay(settings.asOf), ctx.clock.stamp, ctx.user);
}

/** Columns and rows of an output table from records keyed by field (`keys`: the template's fields). */
export function schemaTable<K extends string>(
  schema: Schema<K>,
  records: readonly Partial<Record<K, Cell>>[],
  keys: readonly K[] = templateKeys(schema),
): { columns: Field[]; rows: Cell[][] } {
  return {
    columns: keys.map((k) => schema.fields[k]),
    rows: records.map((r) => keys.map((k) => r[k] ?? "")),
  };
}

const formatsOf = (fields: readonly Field[] | undefined) => (fields ?? []).map((f) => f.format);

/** Plans the rewrite of one output sheet. */
export function planOutputSheet(
  plan: WritePlan,
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  out: OutputSheet,
): void {
  // Its grid and frozen rows are read now: the rewrite sizes the sheet without reading it.
  const existing = findSheet(book, out.name);
  if (existing) {
    sizeOf(existing);
    frozenRowsOf(existing);
  }
  const { colors, charts: drawn = [] } = out;
  const colorArea: GridArea = {
    row: FIRST_DATA_ROW,
    col: colors?.col ?? 1,
    rows: Math.max(1, out.rows.length),
    cols: 1,
  };
  const colorA1 = a1(colorArea.row, colorArea.col, colorArea.rows, colorArea.cols);
  // The last run's colours stay when there are as many rules and the first covers the same cells (only
  // this rewrite writes them, all at once); likewise its charts, when they chart the same cells.
  const count = Object.keys(colors?.colors ?? {}).length;
  // From the command's one Sheets API call when it described the rules, else one call and one per range.
  const api = existing && colors ? apiRulesOf(existing) : undefined;
  const rules = existing && colors && !api ? existing.getConditionalFormatRules() : [];
  const keepColors =
    !!colors &&
    (api
      ? api.length === count && apiA1(api[0]) === colorA1
      : rules.length === count && a1s(rules[0].getRanges()) === colorA1);
  // From the command's one Sheets API call when it described the charts, else each chart's ranges.
  const apiCharts = existing && out.charts ? apiChartsOf(existing) : undefined;
  const keepCharts = apiCharts ? sameApiCharts(apiCharts, drawn) : undefined;
  const charts = existing && out.charts && !keepCharts && apiCharts?.length !== 0 ? existing.getCharts() : [];
  const keep = keepCharts ?? sameCharts(charts, drawn);
  // The title line, the header row and the data, as wide as the widest of them (makeBlock pads).
  const rows = 1 + (out.columns ? 1 : 0) + out.rows.length;
  const width = out.rows.reduce(
    (w, r) => Math.max(w, r.length),
    Math.max(1, out.columns?.length ?? 0, out.minColumns ?? 0),
  );
  const created = existing ? 0 : plan.cells.created(out.name);
  plan.add({
    sheet: out.name,
    addsCells: created + plan.cells.fitted(out.name, existing, rows, width),
    write: () => {
      const frozenRows = out.columns ? 2 : 1;
      if (!existing) {
        const sheet = insertSheet(book, out.name);
        rewriteOutputSheet(sheet, out);
        const widths = out.widths ?? (out.columns ?? []).map((f) => f.width);
        const look = colors && { area: colorArea, colors: colors.colors };
        setUpSheet({ sheet, name: out.name, frozenRows, widths, colors: look, charts: drawn });
        return;
      }
      const sheet = existing;
      // Clearing the formats would take the rules with them.
      if (keepColors) sheet.clear({ contentsOnly: true });
      else sheet.clear();
      rewriteOutputSheet(sheet, out);
      freezeRows(sheet, frozenRows);
      if (colors && !keepColors) colorByText(sheet, sheet.getRange(colorA1), colors.colors);
      if (keep) return;
      for (const chart of charts) sheet.removeChart(chart);
      for (const c of drawn) insertChart(sheet, c);
    },
  });
}

function rewriteOutputSheet(sheet: Sheet, out: OutputSheet): void {
  const header = out.columns ? [out.columns.map((f) => f.header)] : [];
  const lines: Cell[][] = [[out.title], ...header, ...out.rows];
  const first = 1 + header.length;
  const dataFormats = formatsOf(out.columns);
  const block = makeBlock(lines, (i) =>
    i < first ? [] : out.rowColumns?.[i - first] ? formatsOf(out.rowColumns[i - first]) : dataFormats,
  );
  const width = block.values[0].length;
  const bold = new Set([1, ...(header.length ? [2] : []), ...(out.boldRows ?? [])]);
  block.weights = block.values.map((_, i) => Array(width).fill(bold.has(i + 1) ? "bold" : "normal"));
  const wrapped = (out.columns ?? []).map((f) => f.wrap === true);
  if (wrapped.some(Boolean))
    block.wraps = block.values.map((_, i) => (i < first ? Array(width).fill(false) : pad(wrapped, width)));
  // A formula's cell is not "@": under it Sheets would keep a formula typed there as text.
  out.formulas?.cells.forEach((f, k) => {
    if (f !== undefined) block.formats[first + k][out.formulas!.col - 1] = "General";
  });
  fitSheet(sheet, block.values.length, Math.max(width, out.minColumns ?? 0));
  writeBlock(sheet, 1, 1, block);
  if (out.formulas) writeFormulas(sheet, first + 1, out.formulas, block.values.slice(first));
}

/**
 * One call over the rows from the first formula to the last: "@" keeps a value text, so a formula goes
 * in by setFormulas, and the rows between get their own text again (typed into "@", it stays as it is).
 * A value that would not come back the same when typed (a number or a date, which the book's locale
 * reads; a text starting with = or ') is left as written: the rows on each side get a call of their own.
 */
function writeFormulas(sheet: Sheet, firstRow: number, f: NonNullable<OutputSheet["formulas"]>, rows: Cell[][]) {
  let run: string[][] = [];
  let start = 0;
  const flush = () => {
    while (run.length && f.cells[start + run.length - 1] === undefined) run.pop();
    if (run.length) sheet.getRange(firstRow + start, f.col, run.length, 1).setFormulas(run);
    run = [];
  };
  for (let k = 0; k < f.cells.length; k++) {
    const v = rows[k]?.[f.col - 1] ?? "";
    if (!run.length && f.cells[k] === undefined) continue;
    if (f.cells[k] === undefined && !(typeof v === "string" && !/^['=]/.test(v))) {
      flush();
      continue;
    }
    if (!run.length) start = k;
    run.push([f.cells[k] ?? (v as string)]);
  }
  flush();
}

const pad = (flags: boolean[], width: number) => Array.from({ length: width }, (_, i) => flags[i] ?? false);
