// `Tiêu chí` and `Chấm điểm` (SPEC §5): criteria with their maximum and veto scores; one score row per unit.
import * as z from "zod/mini";
import { loadZod } from "./zod-setup";
import type { Field } from "../schema/field";
import { RATING } from "../schema/sheets";
import { CONFIG_TEXT, H, RATING_2025_TEXT, SHEET } from "../text";
import { cellDisplay, cellString, readNumber } from "./cells";
import { configError, type ConfigCode } from "./codes";
import { foldText } from "./fold";
import { formatNumber } from "./numbers";
import { readCodedRows, type CodedRow } from "./registry";
import type { CriterionRow, ScoreInputRow } from "../schema/rows";
import type { Cell, ConfigError } from "./types";

export interface Criterion extends CodedRow {
  max: number;
  /** `Điểm liệt`: a score strictly under it caps the level. */
  veto?: number;
  /** `Nhóm` as first written; a blank cell takes the group of the row above (SPEC §13). */
  group?: string;
  /** `Tối thiểu để HTXSNV`: a score under it, or blank, keeps the unit from HTXSNV. */
  topMin?: number;
}

let schema: ReturnType<typeof buildSchema> | undefined;
function buildSchema() {
  loadZod();
  return z
    .object({ max: z.number().check(z.gt(0)), veto: z.optional(z.number().check(z.gte(0))) })
    .check(z.refine((v) => v.veto === undefined || v.veto <= v.max, { path: ["veto"] }));
}

/** Names a criterion group may not take: the columns of `Xếp loại` (SPEC §13); made on first use, not at load. */
let ratingColumns: Set<string> | undefined;
const isRatingColumn = (folded: string) =>
  (ratingColumns ??= new Set(Object.values<Field>(RATING.fields).map((f) => foldText(f.header)))).has(folded);

export function parseCriteria(rows: readonly CriterionRow[]): { criteria: Criterion[]; errors: ConfigError[] } {
  const extra: ConfigError[] = [];
  // Groups by folded name → the name as first written; `group` carries the row above's group down.
  const groupNames = new Map<string, string>();
  let group: string | undefined;
  const { items, errors } = readCodedRows<Criterion, CriterionRow>(
    rows,
    {
      sheet: SHEET.criteria,
      kind: "unit",
      codeField: "criterionCode",
      nameField: "criterionName",
      codeHeader: H.criterionCode,
      nameHeader: H.criterionName,
      codes: { missing: "CRITERION_CODE_MISSING", duplicate: "CRITERION_CODE_DUPLICATE" },
    },
    (base, r) => {
      const max = readNumber(r.cells.maxScore);
      const veto = readNumber(r.cells.vetoScore);
      const draft = {
        max: max.kind === "number" ? max.value : NaN,
        veto: veto.kind === "number" ? veto.value : undefined,
      };
      const flag = (code: ConfigCode, message: string, field: string) =>
        extra.push(configError(code, SHEET.criteria, message, { row: r.row, field }));
      const checked = (schema ??= buildSchema()).safeParse(draft);
      const bad = new Set(checked.success ? [] : checked.error.issues.map((i) => i.path[0]));
      if (bad.has("max")) {
        flag(
          "CRITERION_MAX_INVALID",
          CONFIG_TEXT.positiveNumber(SHEET.criteria, r.row, H.maxScore, cellDisplay(r.cells.maxScore)),
          H.maxScore,
        );
        return undefined;
      }
      if (veto.kind === "invalid" || bad.has("veto")) {
        flag(
          "CRITERION_VETO_INVALID",
          CONFIG_TEXT.vetoInvalid(r.row, cellDisplay(r.cells.vetoScore), formatNumber(draft.max)),
          H.vetoScore,
        );
        draft.veto = undefined;
      }
      const written = cellString(r.cells.criterionGroup);
      if (written) {
        const key = foldText(written);
        if (isRatingColumn(key)) {
          flag("CRITERION_GROUP_CLASH", RATING_2025_TEXT.groupClash(r.row, written), H.criterionGroup);
        }
        if (!groupNames.has(key)) groupNames.set(key, written);
        group = groupNames.get(key);
      }
      const topMin = readNumber(r.cells.topMinimum);
      let min: number | undefined;
      if (topMin.kind === "number" && topMin.value >= 0 && topMin.value <= draft.max) min = topMin.value;
      else if (topMin.kind !== "blank") {
        flag(
          "CRITERION_TOP_MIN_INVALID",
          RATING_2025_TEXT.topMinimumInvalid(r.row, cellDisplay(r.cells.topMinimum), formatNumber(draft.max)),
          H.topMinimum,
        );
      }
      const criterion: Criterion = {
        index: base.index,
        row: base.row,
        code: base.code,
        name: cellString(r.cells.criterionName) || base.code,
        max: draft.max,
        veto: draft.veto,
      };
      if (group !== undefined) criterion.group = group;
      if (min !== undefined) criterion.topMin = min;
      return criterion;
    },
  );
  if (items.length === 0 && errors.length === 0 && extra.length === 0) {
    extra.push(configError("CRITERIA_EMPTY", SHEET.criteria, CONFIG_TEXT.criteriaEmpty()));
  }
  return { criteria: items, errors: [...errors, ...extra].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}

export interface ScoreRow {
  row: number;
  /** `Mã ĐV` as written. */
  unitCode: string;
  unitName: string;
  /** Score cell per criterion code (undefined when its column is missing). */
  values: Record<string, Cell>;
  finalLevel: Cell;
  /** `Minh chứng` as read (the sheet layer may hand over a link). */
  evidence?: Cell;
}

export interface ScoresCtx {
  /** Header texts present on the sheet; by default, the extra columns of the rows. */
  columns?: readonly string[];
}

/** Score rows (blank rows skipped) and an error for each criterion without a column. */
export function parseScores(
  rows: readonly ScoreInputRow[],
  criteria: readonly Criterion[],
  ctx: ScoresCtx = {},
): { scores: ScoreRow[]; errors: ConfigError[] } {
  const columns = ctx.columns && new Set(ctx.columns.map(foldText));
  // Without a header list, a column is there when a row has it (asked per criterion, not per cell).
  const present = (key: string) => (columns ? columns.has(key) : rows.some((r) => r.extra?.has(key)));
  // Each criterion's column key, folded once for every row; undefined when the column is missing.
  const codes = criteria.map((c) => c.code);
  const keys = codes.map((code) => (present(foldText(code)) ? foldText(code) : undefined));
  const errors = criteria
    .filter((_, j) => keys[j] === undefined)
    .map((c) =>
      configError("CRITERION_COLUMN_MISSING", SHEET.scores, CONFIG_TEXT.criterionColumnMissing(c.code), {
        field: c.code,
      }),
    );
  const scores: ScoreRow[] = [];
  const blank = (c: Cell) => cellString(c) === "";
  for (const r of rows) {
    if (Object.values(r.cells).every(blank) && [...(r.extra?.values() ?? [])].every(blank)) continue;
    // Keyed by `Mã TC` (user text): no prototype, so a code such as "constructor" is only a key.
    const values: Record<string, Cell> = Object.create(null);
    for (let j = 0; j < codes.length; j++) {
      const key = keys[j];
      values[codes[j]] = key === undefined ? undefined : r.extra?.get(key);
    }
    scores.push({
      row: r.row,
      unitCode: cellString(r.cells.unitCode),
      unitName: cellString(r.cells.unitName),
      values,
      finalLevel: r.cells.finalLevel,
      evidence: r.cells.evidence,
    });
  }
  return { scores, errors };
}
