// `Tiêu chí` and `Chấm điểm` (SPEC §5): criteria with their maximum and veto scores; one score row per unit.
import "./zod-setup";
import * as z from "zod/mini";
import { COLUMNS, CONFIG_TEXT, H, RATING_2025_TEXT, SHEET } from "../text";
import { cellDisplay, cellString, readNumber } from "./cells";
import { configError } from "./codes";
import { foldText } from "./fold";
import { formatNumber } from "./numbers";
import { readCodedRows, type CodedRow } from "./registry";
import type { Cell, ConfigError, RecordInput } from "./types";

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
  return z
    .object({ max: z.number().check(z.gt(0)), veto: z.optional(z.number().check(z.gte(0))) })
    .check(z.refine((v) => v.veto === undefined || v.veto <= v.max, { path: ["veto"] }));
}

/** Names a criterion group may not take: the columns of `Xếp loại` (SPEC §13). */
const RATING_COLUMNS = new Set([...COLUMNS.rating, H.selfScore, H.evidence].map((h) => foldText(h)));

export function parseCriteria(rows: readonly RecordInput[]): { criteria: Criterion[]; errors: ConfigError[] } {
  const extra: ConfigError[] = [];
  // Groups by folded name → the name as first written; `group` carries the row above's group down.
  const groupNames = new Map<string, string>();
  let group: string | undefined;
  const { items, errors } = readCodedRows<Criterion>(
    rows,
    {
      sheet: SHEET.criteria,
      kind: "unit",
      codeHeader: H.criterionCode,
      nameHeader: H.criterionName,
      codes: { missing: "CRITERION_CODE_MISSING", duplicate: "CRITERION_CODE_DUPLICATE" },
    },
    (base, r) => {
      const max = readNumber(r.cells[H.maxScore]);
      const veto = readNumber(r.cells[H.vetoScore]);
      const draft = {
        max: max.kind === "number" ? max.value : NaN,
        veto: veto.kind === "number" ? veto.value : undefined,
      };
      const checked = (schema ??= buildSchema()).safeParse(draft);
      const bad = new Set(checked.success ? [] : checked.error.issues.map((i) => i.path[0]));
      if (bad.has("max")) {
        extra.push(
          configError(
            "CRITERION_MAX_INVALID",
            SHEET.criteria,
            CONFIG_TEXT.positiveNumber(SHEET.criteria, r.row, H.maxScore, cellDisplay(r.cells[H.maxScore])),
            { row: r.row, field: H.maxScore },
          ),
        );
        return undefined;
      }
      if (veto.kind === "invalid" || bad.has("veto")) {
        extra.push(
          configError(
            "CRITERION_VETO_INVALID",
            SHEET.criteria,
            CONFIG_TEXT.vetoInvalid(r.row, cellDisplay(r.cells[H.vetoScore]), formatNumber(draft.max)),
            { row: r.row, field: H.vetoScore },
          ),
        );
        draft.veto = undefined;
      }
      const written = cellString(r.cells[H.criterionGroup]);
      if (written) {
        const key = foldText(written);
        if (RATING_COLUMNS.has(key)) {
          extra.push(
            configError("CRITERION_GROUP_CLASH", SHEET.criteria, RATING_2025_TEXT.groupClash(r.row, written), {
              row: r.row,
              field: H.criterionGroup,
            }),
          );
        }
        if (!groupNames.has(key)) groupNames.set(key, written);
        group = groupNames.get(key);
      }
      const topMin = readNumber(r.cells[H.topMinimum]);
      let min: number | undefined;
      if (topMin.kind === "number" && topMin.value >= 0 && topMin.value <= draft.max) min = topMin.value;
      else if (topMin.kind !== "blank") {
        extra.push(
          configError(
            "CRITERION_TOP_MIN_INVALID",
            SHEET.criteria,
            RATING_2025_TEXT.topMinimumInvalid(r.row, cellDisplay(r.cells[H.topMinimum]), formatNumber(draft.max)),
            { row: r.row, field: H.topMinimum },
          ),
        );
      }
      const criterion: Criterion = {
        ...base,
        name: cellString(r.cells[H.criterionName]) || base.code,
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
  /** Headers present on the sheet: the `columns` of matchHeaders, or a list of header texts. */
  columns?: Record<string, number | undefined> | readonly string[];
}

/** Score rows (blank rows skipped) and an error for each criterion without a column. */
export function parseScores(
  rows: readonly RecordInput[],
  criteria: readonly Criterion[],
  ctx: ScoresCtx = {},
): { scores: ScoreRow[]; errors: ConfigError[] } {
  const present = new Set<string>();
  if (Array.isArray(ctx.columns)) {
    for (const h of ctx.columns) present.add(foldText(h));
  } else if (ctx.columns) {
    for (const [h, i] of Object.entries(ctx.columns)) if (i !== undefined) present.add(foldText(h));
  } else {
    for (const r of rows) for (const h of Object.keys(r.cells)) present.add(foldText(h));
  }
  const errors = criteria
    .filter((c) => !present.has(foldText(c.code)))
    .map((c) =>
      configError("CRITERION_COLUMN_MISSING", SHEET.scores, CONFIG_TEXT.criterionColumnMissing(c.code), {
        field: c.code,
      }),
    );
  const scores: ScoreRow[] = [];
  for (const r of rows) {
    if (Object.values(r.cells).every((c) => cellString(c) === "")) continue;
    const values: Record<string, Cell> = {};
    for (const c of criteria) values[c.code] = present.has(foldText(c.code)) ? cellOf(r, c.code) : undefined;
    scores.push({
      row: r.row,
      unitCode: cellString(r.cells[H.unitCode]),
      unitName: cellString(r.cells[H.unitName]),
      values,
      finalLevel: r.cells[H.finalLevel],
      evidence: r.cells[H.evidence],
    });
  }
  return { scores, errors };
}

/** A record's cell by header, tolerant of the caller keying it with a differently cased header. */
function cellOf(r: RecordInput, header: string): Cell {
  if (header in r.cells) return r.cells[header];
  const key = foldText(header);
  for (const h of Object.keys(r.cells)) if (foldText(h) === key) return r.cells[h];
  return undefined;
}
