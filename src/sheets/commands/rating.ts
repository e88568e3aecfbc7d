// `Xếp loại` (SPEC §5): criteria and scores joined to the units, one row per unit.
import { parseCriteria, parseScores, rateUnits, type RatingRow, type GroupSummary } from "../../domain";
import { COLUMNS, H, LEVEL, NOT_RATED, REQUIRED, RESULT_MSG, SHEET } from "../../text";
import { stopOnConfigErrors, type Base } from "../book";
import { FIRST_DATA_ROW, rewriteOutputSheet } from "../output";
import { colorByText, LEVEL_COLORS } from "../status-colors";
import { readNamedTable } from "../table";

export type Rating = { rows: RatingRow[]; groups: GroupSummary[]; warnings: string[] };

export function readRating(book: GoogleAppsScript.Spreadsheet.Spreadsheet, base: Base): Rating {
  const criteriaTable = readNamedTable(book, SHEET.criteria, COLUMNS.criteria, REQUIRED.criteria);
  const c = parseCriteria(criteriaTable.records);
  const codes = c.criteria.map((x) => x.code);
  const scoresTable = readNamedTable(
    book,
    SHEET.scores,
    [...COLUMNS.scores, ...codes, H.finalLevel, H.note],
    REQUIRED.scores,
  );
  const s = parseScores(scoresTable.records, c.criteria, { columns: scoresTable.columns });
  const r = rateUnits({ criteria: c.criteria, scores: s.scores, units: base.units, settings: base.settings });
  const warnings = stopOnConfigErrors([...c.errors, ...s.errors, ...r.errors]);
  return { rows: r.rows, groups: r.groups, warnings };
}

const FORMATS = [undefined, undefined, undefined, "0.00", "0.00", "0.00%", "0"];

export function writeRating(book: GoogleAppsScript.Spreadsheet.Spreadsheet, rating: Rating, title: string): string {
  const rows = rating.rows.map((u) => [
    u.unitCode,
    u.unitName,
    u.parent,
    u.total ?? "",
    u.max,
    u.percent ?? "",
    u.rank ?? "",
    u.level,
    u.reason,
  ]);
  const sheet = rewriteOutputSheet(book, {
    name: SHEET.rating,
    title,
    header: COLUMNS.rating,
    rows,
    numberFormats: FORMATS,
  });
  const col = COLUMNS.rating.indexOf(H.level) + 1;
  colorByText(sheet, sheet.getRange(FIRST_DATA_ROW, col, Math.max(1, rows.length), 1), LEVEL_COLORS);
  const counts: Record<string, number> = {};
  for (const l of [LEVEL.top, LEVEL.good, LEVEL.pass, LEVEL.fail])
    counts[l.code] = rating.rows.filter((u) => u.level === l.name).length;
  counts[NOT_RATED] = rating.rows.filter((u) => u.level === NOT_RATED).length;
  return RESULT_MSG.rating(rating.rows.length, counts);
}
