// `Xếp loại` (SPEC §5): criteria and scores read and parsed, then rated against the units, one row per unit.
import {
  parseCriteria,
  parseScores,
  rateUnits,
  type ConfigError,
  type Criterion,
  type GroupSummary,
  type RatingRow,
  type ScoreRow,
  type Unit,
  type Settings,
} from "../../domain";
import { CRITERIA, RATING, SCORES, templateKeys } from "../../schema";
import { LEVEL, NOT_RATED, RESULT_MSG } from "../../text";
import { stopOnConfigErrors } from "../config";
import { FIRST_DATA_ROW, planOutputSheet, schemaTable } from "../output";
import { colorByText, LEVEL_COLORS } from "../status-colors";
import { readSchemaSheet } from "../table";
import type { WritePlan } from "../write-plan";

export type RatingInput = { criteria: Criterion[]; scores: ScoreRow[]; errors: ConfigError[] };
export type Rating = { rows: RatingRow[]; groups: GroupSummary[]; warnings: string[] };

/** `Tiêu chí` and `Chấm điểm`, read and parsed; a missing sheet or header stops the command. */
export function readRatingInput(book: GoogleAppsScript.Spreadsheet.Spreadsheet): RatingInput {
  const c = parseCriteria(readSchemaSheet(book, CRITERIA).rows);
  const scores = readSchemaSheet(book, SCORES, { extra: c.criteria.map((x) => x.code) });
  const s = parseScores(scores.rows, c.criteria);
  return { criteria: c.criteria, scores: s.scores, errors: [...c.errors, ...s.errors] };
}

/** Rates the units; a configuration error stops the command. */
export function rate(input: RatingInput, units: readonly Unit[], settings: Settings): Rating {
  const r = rateUnits({ criteria: input.criteria, scores: input.scores, units, settings });
  const warnings = stopOnConfigErrors([...input.errors, ...r.errors]);
  return { rows: r.rows, groups: r.groups, warnings };
}

const KEYS = templateKeys(RATING);

export function planRating(
  plan: WritePlan,
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  rating: Rating,
  title: string,
): void {
  const table = schemaTable(
    RATING,
    rating.rows.map((u) => ({
      unitCode: u.unitCode,
      unitName: u.unitName,
      parent: u.parent,
      totalScore: u.total ?? "",
      maxScore: u.max,
      ratio: u.percent ?? "",
      rank: u.rank ?? "",
      level: u.level,
      reason: u.reason,
    })),
    KEYS,
  );
  const col = KEYS.indexOf("level") + 1;
  const n = Math.max(1, rating.rows.length);
  planOutputSheet(plan, book, {
    name: RATING.sheet,
    title,
    ...table,
    finish: (sheet) => colorByText(sheet, sheet.getRange(FIRST_DATA_ROW, col, n, 1), LEVEL_COLORS),
  });
}

export function ratingCounts(rating: Rating): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const l of [LEVEL.top, LEVEL.good, LEVEL.pass, LEVEL.fail])
    counts[l.code] = rating.rows.filter((u) => u.level === l.name).length;
  counts[NOT_RATED] = rating.rows.filter((u) => u.level === NOT_RATED).length;
  return counts;
}

export function ratingSummary(rating: Rating): string {
  return RESULT_MSG.rating(rating.rows.length, ratingCounts(rating));
}
