// `Xếp loại` (SPEC §5): criteria and scores read and parsed, then rated against the units, one row per unit.
import {
  criterionGroups,
  parseCriteria,
  type Cell,
  parseScores,
  rateGroups,
  rateUnits,
  type ConfigError,
  type Criterion,
  type GroupSummary,
  type RatingRow,
  type ScoreRow,
  type Unit,
  type Settings,
} from "../../domain";
import { CRITERIA, OFFICIAL, RATING, SCORES, type Field } from "../../schema";
import { LEVEL, NOT_RATED, RESULT_MSG } from "../../text";
import { stopOnConfigErrors } from "../config";
import { planOutputSheet } from "../output";
import { LEVEL_COLORS } from "../status-colors";
import { readSchemaSheet, readTable } from "../table";
import type { WritePlan } from "../write-plan";
import { findSheet } from "../book-sheets";
import { evidenceLinks } from "../evidence-links";

export type RatingInput = {
  criteria: Criterion[];
  scores: ScoreRow[];
  /** `Thẩm định` rows, when that sheet exists and has rows (SPEC §13). */
  official?: ScoreRow[];
  /** `Chấm điểm` has a `Minh chứng` column. */
  evidence: boolean;
  /** The HYPERLINK formula of each linked `Minh chứng` cell, by `Chấm điểm` row (read for `Xếp loại`). */
  evidenceLinks?: ReadonlyMap<number, string>;
  errors: ConfigError[];
};
export type Rating = {
  rows: RatingRow[];
  groups: GroupSummary[];
  warnings: string[];
  /** Criterion groups, for the subtotal columns. */
  criterionGroups?: { name: string; max: number }[];
  official?: boolean;
  evidence?: boolean;
  evidenceLinks?: ReadonlyMap<number, string>;
};

/**
 * `Tiêu chí`, `Chấm điểm` and `Thẩm định`, read and parsed; a missing sheet or header stops the command.
 * `links`: `Minh chứng` is going to `Xếp loại`, so its links are read as well.
 */
export function readRatingInput(book: GoogleAppsScript.Spreadsheet.Spreadsheet, links = false): RatingInput {
  const c = parseCriteria(readSchemaSheet(book, CRITERIA).rows);
  const extra = { extra: c.criteria.map((x) => x.code) };
  const scores = readSchemaSheet(book, SCORES, extra);
  const s = parseScores(scores.rows, c.criteria);
  const input: RatingInput = {
    criteria: c.criteria,
    scores: s.scores,
    evidence: scores.columns.evidence !== undefined,
    evidenceLinks: links ? evidenceLinks(scores) : undefined,
    errors: [...c.errors, ...s.errors],
  };
  const officialSheet = findSheet(book, OFFICIAL.sheet);
  if (officialSheet) {
    // A criterion column missing there only means no official scores for it.
    const o = parseScores(readTable(officialSheet, OFFICIAL, extra, OFFICIAL.sheet).rows, c.criteria);
    if (o.scores.length) input.official = o.scores;
  }
  return input;
}

/** Rates the units; a configuration error stops the command. */
export function rate(input: RatingInput, units: readonly Unit[], settings: Settings): Rating {
  const r = rateUnits({ criteria: input.criteria, scores: input.scores, official: input.official, units, settings });
  const warnings = stopOnConfigErrors([...input.errors, ...r.errors]);
  return {
    rows: r.rows,
    groups: r.groups,
    warnings,
    criterionGroups: criterionGroups(input.criteria),
    official: input.official !== undefined,
    evidence: input.evidence,
    evidenceLinks: input.evidenceLinks,
  };
}

/** The group counts alone, for `Tổng hợp` and the period report; a configuration error stops the command. */
export function rateForSummary(input: RatingInput, units: readonly Unit[], settings: Settings): GroupSummary[] {
  const r = rateGroups({ criteria: input.criteria, scores: input.scores, official: input.official, units, settings });
  stopOnConfigErrors([...input.errors, ...r.errors]);
  return r.groups;
}

type Column = { field: Field; cell: (u: RatingRow) => Cell };

/** `Xếp loại`: §5's columns, `Điểm tự chấm` with official scores, one subtotal per group, `Minh chứng` last. */
function layout(rating: Rating): Column[] {
  const f = RATING.fields;
  const col = (field: Field, cell: (u: RatingRow) => Cell): Column => ({ field, cell });
  const groups = rating.criterionGroups ?? [];
  return [
    col(f.unitCode, (u) => u.unitCode),
    col(f.unitName, (u) => u.unitName),
    col(f.parent, (u) => u.parent),
    ...(rating.official ? [col(f.selfScore, (u) => u.selfTotal ?? "")] : []),
    ...groups.map((g, i) => col({ ...f.totalScore, header: g.name }, (u) => u.groupTotals[i] ?? "")),
    col(f.totalScore, (u) => u.total ?? ""),
    col(f.maxScore, (u) => u.max),
    col(f.ratio, (u) => u.percent ?? ""),
    col(f.rank, (u) => u.rank ?? ""),
    col(f.level, (u) => u.level),
    col(f.reason, (u) => u.reason),
    ...(rating.evidence ? [col(f.evidence, (u) => u.evidence ?? "")] : []),
  ];
}

export function planRating(
  plan: WritePlan,
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  rating: Rating,
  title: string,
): void {
  const columns = layout(rating);
  const col = columns.findIndex((c) => c.field === RATING.fields.level) + 1;
  const links = rating.evidenceLinks;
  planOutputSheet(plan, book, {
    name: RATING.sheet,
    title,
    columns: columns.map((c) => c.field),
    rows: rating.rows.map((u) => columns.map((c) => c.cell(u))),
    colors: { col, colors: LEVEL_COLORS },
    formulas: links?.size
      ? {
          col: columns.findIndex((c) => c.field === RATING.fields.evidence) + 1,
          cells: rating.rows.map((u) => (u.scoreRow === undefined ? undefined : links.get(u.scoreRow))),
        }
      : undefined,
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
