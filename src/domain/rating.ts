// `Xếp loại đơn vị` (SPEC §5): totals, percent of max, thresholds, veto items, the cap per group in
// both modes, Standing Committee decisions, competition ranks, and a one-sentence reason per unit.
import { GROUP_BY, H, HISTORY_TEXT, LEVEL, NOT_RATED, RATING_2025_TEXT, RATING_TEXT, SHEET } from "../text";
import { cellDisplay, readLevel, readNumber } from "./cells";
import { configError, type RatingCode } from "./codes";
import type { Criterion, ScoreRow } from "./criteria";
import { codeKeys, foldText } from "./fold";
import { formatNumber, formatPercent, roundHalfUp, roundScore } from "./numbers";
import type { Settings, Thresholds } from "./settings";
import { formatDay } from "./dates";
import { inOperation } from "./succession";
import type { Cell, ConfigError, LevelKey } from "./types";
import type { Unit } from "./units";

export interface RatingRow {
  unitCode: string;
  unitName: string;
  parent: string;
  /** Label of the rating group (per `Nhóm xếp loại theo`). */
  group: string;
  /** `Điểm tự chấm`: sum of the unit's own scores (null when it has none or one is invalid). */
  selfTotal: number | null;
  /** Subtotal per criterion group, in the order of `criterionGroups` (null when not rated). */
  groupTotals: (number | null)[];
  /** Sum of the scores, null when not rated. */
  total: number | null;
  /** Sum of `Điểm tối đa`. */
  max: number;
  /** total / max as a fraction (0.925 = 92.50%), rounded to 0.01 percent point as judged; null when not rated. */
  percent: number | null;
  rank: number | null;
  /** `Xếp loại` as shown: the level's full name or `Chưa xếp loại`. */
  level: string;
  levelKey: LevelKey | null;
  /** The level the scores give, before any decision (null when not rated). */
  computedLevel: LevelKey | null;
  reason: string;
  codes: RatingCode[];
  /** A cap warning concerns this unit. */
  flagged: boolean;
  /** 1-based row of `Chấm điểm`, when there is one. */
  scoreRow?: number;
  /** An official score of `Thẩm định` was used. */
  official: boolean;
  /** `Minh chứng` of the `Chấm điểm` row, carried through. */
  evidence?: Cell;
}

export interface GroupSummary {
  group: string;
  counts: Record<LevelKey, number>;
  notRated: number;
  /** Base of the cap and the number of HTXSNV it allows (null: no cap). */
  base: number;
  allowed: number | null;
  top: number;
  over: boolean;
  message?: string;
}

export interface RatingInput {
  criteria: readonly Criterion[];
  scores: readonly ScoreRow[];
  /** `Thẩm định` (SPEC §13): official scores replacing self-scores cell by cell. */
  official?: readonly ScoreRow[];
  units: readonly Unit[];
  settings: Settings;
}

/** Criterion groups in first-appearance order, with their maximum. */
export function criterionGroups(criteria: readonly Criterion[]): { name: string; max: number }[] {
  const out: { name: string; max: number }[] = [];
  for (const c of criteria) {
    if (c.group === undefined) continue;
    const g = out.find((x) => x.name === c.group);
    if (g) g.max = roundScore(g.max + c.max);
    else out.push({ name: c.group, max: c.max });
  }
  return out;
}

const ORDER: readonly LevelKey[] = ["top", "good", "pass", "fail"];
const better = (a: LevelKey, b: LevelKey) => ORDER.indexOf(a) < ORDER.indexOf(b);

/** Level for a percent of the maximum (0–100) by thresholds. */
export function levelForPercent(percent: number, t: Thresholds): LevelKey {
  const eps = 1e-9;
  if (percent >= t.top - eps) return "top";
  if (percent >= t.good - eps) return "good";
  if (percent >= t.pass - eps) return "pass";
  return "fail";
}

/** Percent of the maximum (0–100) as judged: total rounded to 0.01 point, percent to 0.01. */
export function percentOf(total: number, max: number): number {
  return max > 0 ? roundHalfUp((roundScore(total) / max) * 100, 2) : 0;
}

interface Work extends RatingRow {
  groupKey: string;
  decision?: LevelKey;
  /** Clauses of the reason after the score clause. */
  extra: string[];
  scoreClause: string;
  /** Criteria under `Tối thiểu để HTXSNV`, as shown in `Lý do`. */
  topMinItems: string[];
}

const cents = (x: number) => Math.round(x * 100);

export function rateUnits(input: RatingInput): { rows: RatingRow[]; groups: GroupSummary[]; errors: ConfigError[] } {
  const { works, groups, errors } = rateAll(input, true);
  return { rows: works.map(rowOf), groups, errors };
}

/**
 * The group counts and warnings of `rateUnits` without its rows: what `Tổng hợp` and the period report
 * show (SPEC §6). No `Lý do` is worded and no rank given, so it costs less than `rateUnits`.
 */
export function rateGroups(input: RatingInput): { groups: GroupSummary[]; errors: ConfigError[] } {
  const { groups, errors } = rateAll(input, false);
  return { groups, errors };
}

/** Every unit rated; `explain`: with the wording of `Lý do` and the ranks, which only `Xếp loại` shows. */
function rateAll(
  input: RatingInput,
  explain: boolean,
): { works: Work[]; groups: GroupSummary[]; errors: ConfigError[] } {
  const s = input.settings;
  const byCode = rowsByUnit(input.scores);
  const officialByCode = rowsByUnit(input.official ?? []);
  const errors: ConfigError[] = [];
  // Only units in operation on the window's last day are rated (SPEC §12).
  const codes = codeKeys(input.units);
  const ended = new Map<string, Unit>();
  input.units.forEach((u, i) => {
    if (!inOperation(u, s.to)) ended.set(codes[i], u);
  });
  const known = new Set(codes);
  const groups = criterionGroups(input.criteria);
  const ctx: RateCtx = {
    input,
    max: roundScore(input.criteria.reduce((a, c) => a + c.max, 0)),
    groups,
    groupAt: input.criteria.map((c) => groups.findIndex((x) => x.name === c.group)),
    groupOf: groupsBy(s),
    explain,
  };
  const works: Work[] = [];
  input.units.forEach((u, i) => {
    const k = codes[i];
    if (ended.has(k)) return;
    works.push(rateOne(u, byCode.get(k) ?? [], officialByCode.get(k) ?? [], ctx));
  });
  for (const r of input.scores) {
    const k = foldText(r.unitCode);
    const u = ended.get(k);
    if (u) {
      errors.push(
        configError(
          "SCORES_UNIT_ENDED",
          SHEET.scores,
          HISTORY_TEXT.endedScoreRow(r.row, u.code, formatDay(u.activeTo! + 1)),
          { row: r.row, field: H.unitCode },
          "warning",
        ),
      );
      continue;
    }
    if (known.has(k)) continue;
    works.push(rateOne(undefined, [r], [], ctx));
  }
  for (const r of input.official ?? []) {
    const k = foldText(r.unitCode);
    if (known.has(k) || byCode.has(k)) continue;
    works.push(rateOne(undefined, [], [r], ctx));
  }

  const byGroup = new Map<string, Work[]>();
  for (const w of works) {
    const list = byGroup.get(w.groupKey);
    if (list) list.push(w);
    else byGroup.set(w.groupKey, [w]);
  }
  const summaries: GroupSummary[] = [];
  for (const list of byGroup.values()) {
    const summary = applyCap(list, s);
    if (explain) rank(list);
    if (summary.message)
      errors.push(configError("CAP_EXCEEDED", SHEET.rating, summary.message, { field: summary.group }, "warning"));
    summaries.push(summary);
  }
  return { works, groups: summaries, errors };
}

// Written out key by key (a rest copy and a spread give each row its own hidden class in V8).
const rowOf = (w: Work): RatingRow => ({
  unitCode: w.unitCode,
  unitName: w.unitName,
  parent: w.parent,
  group: w.group,
  selfTotal: w.selfTotal,
  groupTotals: w.groupTotals,
  total: w.total,
  max: w.max,
  percent: w.percent,
  rank: w.rank,
  level: w.level,
  levelKey: w.levelKey,
  computedLevel: w.computedLevel,
  reason: reasonOf(w, w.scoreClause, w.extra),
  codes: w.codes,
  flagged: w.flagged,
  scoreRow: w.scoreRow,
  official: w.official,
  evidence: w.evidence,
});

function rowsByUnit(rows: readonly ScoreRow[]): Map<string, ScoreRow[]> {
  const byCode = new Map<string, ScoreRow[]>();
  for (const r of rows) {
    const k = foldText(r.unitCode);
    const list = byCode.get(k);
    if (list) list.push(r);
    else byCode.set(k, [r]);
  }
  return byCode;
}

type GroupOf = (u: Unit | undefined) => { key: string; label: string };

/** The rating group of a unit, folded once per distinct `Trực thuộc` or `Cụm` text. */
function groupsBy(s: Settings): GroupOf {
  const all = { key: "", label: GROUP_BY.all };
  const seen = new Map<string, { key: string; label: string }>();
  return (u) => {
    if (s.groupBy === "all") return all;
    const text = u ? (s.groupBy === "parent" ? u.parent : u.cluster) : "";
    let g = seen.get(text);
    if (!g) seen.set(text, (g = { key: foldText(text), label: text || RATING_TEXT.blankGroup }));
    return g;
  };
}

type Score = { kind: "blank" } | { kind: "ok"; value: number } | { kind: "bad"; code: RatingCode; text: string };
const BLANK_SCORE: Score = { kind: "blank" };

/** One score cell: blank, a usable score rounded to 0.01, or what is wrong with it. */
function readScore(cell: Cell, c: Criterion): Score {
  // Most score cells: a number from 0 to the maximum (then within what readNumber reads).
  if (typeof cell === "number" && cell >= 0 && cell <= c.max) {
    const v = roundScore(cell);
    if (v <= c.max) return { kind: "ok", value: v };
  }
  const n = readNumber(cell);
  if (n.kind === "blank") return BLANK_SCORE;
  if (n.kind === "invalid")
    return { kind: "bad", code: "SCORE_NOT_NUMBER", text: RATING_TEXT.scoreNotNumber(c.code, n.text) };
  const v = roundScore(n.value);
  if (v < 0) return { kind: "bad", code: "SCORE_NEGATIVE", text: RATING_TEXT.scoreNegative(c.code, formatNumber(v)) };
  if (v > c.max)
    return {
      kind: "bad",
      code: "SCORE_OVER_MAX",
      text: RATING_TEXT.scoreOverMax(c.code, formatNumber(v), formatNumber(c.max)),
    };
  return { kind: "ok", value: v };
}

/** What every unit is rated against. */
interface RateCtx {
  input: RatingInput;
  /** Sum of `Điểm tối đa`. */
  max: number;
  groups: readonly { name: string; max: number }[];
  /** Index in `groups` of each criterion's group (-1: none). */
  groupAt: readonly number[];
  groupOf: GroupOf;
  /** Word `Lý do` (only `Xếp loại` shows it). */
  explain: boolean;
}

function rateOne(
  u: Unit | undefined,
  rows: readonly ScoreRow[],
  officialRows: readonly ScoreRow[],
  ctx: RateCtx,
): Work {
  const { input, max, groups } = ctx;
  const s = input.settings;
  const g = ctx.groupOf(u);
  const first = rows[0];
  const official = officialRows[0];
  const w: Work = {
    unitCode: u?.code ?? first?.unitCode ?? official?.unitCode ?? "",
    unitName: u?.name ?? first?.unitName ?? official?.unitName ?? "",
    parent: u?.parent ?? "",
    group: g.label,
    groupKey: g.key,
    selfTotal: null,
    groupTotals: groups.map(() => null),
    total: null,
    max,
    percent: null,
    rank: null,
    level: NOT_RATED,
    levelKey: null,
    computedLevel: null,
    reason: "",
    codes: [],
    flagged: false,
    scoreRow: first?.row,
    official: false,
    evidence: first?.evidence,
    extra: [],
    scoreClause: "",
    topMinItems: [],
  };
  const problems: string[] = [];
  const problem = (code: RatingCode, text: string) => {
    w.codes.push(code);
    problems.push(text);
  };
  const sourceRow = first ?? official;
  if (!sourceRow) problem("SCORE_NO_ROW", RATING_TEXT.noScoreRow());
  else if (!u)
    problem(
      sourceRow.unitCode ? "SCORE_UNIT_UNKNOWN" : "SCORE_UNIT_MISSING",
      sourceRow.unitCode ? RATING_TEXT.unitUnknown(sourceRow.unitCode) : RATING_TEXT.unitMissing(),
    );
  else if (rows.length > 1)
    problem(
      "SCORE_UNIT_REPEATED",
      RATING_TEXT.unitRepeated(
        u.code,
        rows.map((r) => r.row),
      ),
    );
  else if (officialRows.length > 1)
    problem(
      "SCORE_UNIT_REPEATED",
      RATING_2025_TEXT.officialProblem(
        RATING_TEXT.unitRepeated(
          u.code,
          officialRows.map((r) => r.row),
        ).replace(SHEET.scores, SHEET.official),
      ),
    );
  else {
    let sum = 0;
    let selfSum = 0;
    let selfOk = !!first;
    const blanks: string[] = [];
    const vetoed: string[] = [];
    const subtotals = groups.map(() => 0);
    // Indexed: this runs for every score cell, before V8 optimises it.
    for (let j = 0; j < input.criteria.length; j++) {
      const c = input.criteria[j];
      const mine = first ? readScore(first.values[c.code], c) : BLANK_SCORE;
      const theirs = official ? readScore(official.values[c.code], c) : BLANK_SCORE;
      if (mine.kind === "ok") selfSum += mine.value;
      else if (mine.kind === "bad") selfOk = false;
      let score = mine;
      if (theirs.kind !== "blank") {
        w.official = true;
        score = theirs.kind === "bad" ? { ...theirs, text: RATING_2025_TEXT.officialProblem(theirs.text) } : theirs;
      }
      if (score.kind === "bad") problem(score.code, score.text);
      else if (score.kind === "blank") {
        blanks.push(c.code);
        if (c.topMin !== undefined)
          w.topMinItems.push(RATING_2025_TEXT.topMinimumItem(c.code, undefined, formatNumber(c.topMin)));
      } else {
        const v = score.value;
        sum += v;
        const k = ctx.groupAt[j];
        if (k >= 0) subtotals[k] += v;
        if (c.veto !== undefined && v < c.veto) vetoed.push(`${c.code} (${formatNumber(v)} < ${formatNumber(c.veto)})`);
        if (c.topMin !== undefined && v < c.topMin)
          w.topMinItems.push(RATING_2025_TEXT.topMinimumItem(c.code, formatNumber(v), formatNumber(c.topMin)));
      }
    }
    if (first && selfOk) w.selfTotal = roundScore(selfSum);
    if (blanks.length === input.criteria.length && problems.length === 0)
      problem("SCORE_ALL_BLANK", RATING_TEXT.allBlank());
    if (problems.length === 0) {
      const total = roundScore(sum);
      const pct = percentOf(total, max);
      let level = levelForPercent(pct, s.thresholds);
      const t = s.thresholds;
      const threshold = level === "fail" ? t.pass : t[level];
      if (w.official) w.codes.push("OFFICIAL");
      if (ctx.explain) w.scoreClause = scoreClause(total, max, pct, w.official, level, threshold);
      if (vetoed.length) {
        w.codes.push("VETO");
        if (better(level, s.vetoMaxLevel)) {
          level = s.vetoMaxLevel;
          w.extra.push(` ${RATING_TEXT.veto(vetoed, LEVEL[level].code)}`);
        }
      }
      if (level === "top" && w.topMinItems.length) {
        w.codes.push("TOP_MINIMUM");
        level = "good";
        w.extra.push(` ${RATING_2025_TEXT.topMinimum(w.topMinItems)}`);
      }
      if (blanks.length) {
        w.codes.push("SCORE_BLANK");
        w.extra.push(`; ${RATING_TEXT.blanks(blanks)}`);
      }
      w.groupTotals = subtotals.map((x) => roundScore(x));
      if (ctx.explain && groups.length > 1) w.extra.push(`; ${weakestGroupClause(w.groupTotals, groups)}`);
      Object.assign(w, { total, percent: pct / 100, computedLevel: level, levelKey: level, level: LEVEL[level].name });
    }
  }
  if (problems.length) w.scoreClause = RATING_TEXT.notRated(problems);
  // A decision only stands on the one score row of a known unit; `Thẩm định` has none.
  const decision = u && rows.length === 1 ? readLevel(first.finalLevel) : undefined;
  if (decision === null) {
    w.codes.push("FINAL_LEVEL_INVALID");
    w.scoreClause = RATING_TEXT.notRated([...problems, RATING_TEXT.finalLevelInvalid(cellDisplay(first!.finalLevel))]);
    w.extra = [];
    Object.assign(w, {
      total: null,
      percent: null,
      levelKey: null,
      computedLevel: null,
      level: NOT_RATED,
      groupTotals: groups.map(() => null),
    });
  } else if (decision) {
    w.codes.push("DECISION");
    w.decision = decision;
    Object.assign(w, { levelKey: decision, level: LEVEL[decision].name });
    if (decision === "top" && w.topMinItems.length && w.computedLevel !== null) {
      w.codes.push("DECISION_DESPITE_MINIMUM");
      w.flagged = true;
      w.extra.push(`; ${RATING_2025_TEXT.decisionDespiteMinimum(w.topMinItems)}`);
    }
  }
  return w;
}

/** `Lý do`'s first clause: the score, its percent and the threshold reached or missed. */
function scoreClause(total: number, max: number, pct: number, official: boolean, level: LevelKey, threshold: number) {
  return (
    RATING_TEXT.score(formatNumber(total), formatNumber(max), formatPercent(pct / 100)) +
    (official ? ` ${RATING_2025_TEXT.official},` : "") +
    " " +
    (level === "fail"
      ? RATING_TEXT.below(LEVEL.pass.code, formatNumber(threshold))
      : RATING_TEXT.reached(LEVEL[level].code, formatNumber(threshold)))
  );
}

/** The criterion group with the lowest share of its maximum (the first of equals), as `Lý do` names it. */
function weakestGroupClause(totals: readonly (number | null)[], groups: readonly { name: string; max: number }[]) {
  let weakest = 0;
  groups.forEach((x, k) => {
    if (totals[k]! / x.max < totals[weakest]! / groups[weakest].max - 1e-12) weakest = k;
  });
  const x = groups[weakest];
  const got = totals[weakest]!;
  return RATING_2025_TEXT.weakestGroup(x.name, formatNumber(got), formatNumber(x.max), formatPercent(got / x.max));
}

/** The cap of SPEC §5 on one group; returns the group's summary. */
function applyCap(list: Work[], s: Settings): GroupSummary {
  const rated = list.filter((w) => w.levelKey !== null);
  const base =
    s.capBase === "rated" ? rated.length : rated.filter((w) => w.levelKey === "top" || w.levelKey === "good").length;
  const allowed = s.capPercent > 0 ? Math.floor((base * s.capPercent) / 100 + 1e-9) : null;
  const cap = formatNumber(s.capPercent);
  const group = list[0].group;
  const decidedTop = rated.filter((w) => w.decision === "top");
  const candidates = rated
    .filter((w) => !w.decision && w.levelKey === "top")
    .sort((a, b) => cents(b.total!) - cents(a.total!));
  let over = false;
  let message: string | undefined;
  if (allowed !== null && decidedTop.length + candidates.length > allowed) {
    if (s.capMode === "warn") {
      over = true;
      const count = decidedTop.length + candidates.length;
      for (const w of [...candidates, ...decidedTop]) {
        w.flagged = true;
        w.codes.push("CAP_EXCEEDED");
        w.extra.push(`; ${RATING_TEXT.capWarning(group, count, allowed, cap, base)}`);
      }
      message = RATING_TEXT.groupOver(group, count, allowed, cap, base);
    } else {
      const slots = Math.max(0, allowed - decidedTop.length);
      // Units tied at the cut-off are all downgraded, so the cap is never exceeded.
      const cutoff = slots < candidates.length ? cents(candidates[slots].total!) : -Infinity;
      for (const w of candidates) {
        if (cents(w.total!) > cutoff) continue;
        w.codes.push("CAP_DOWNGRADED");
        w.extra.push(` ${RATING_TEXT.capDowngraded(group, allowed, cap, base)}`);
        Object.assign(w, { levelKey: "good", computedLevel: "good", level: LEVEL.good.name });
      }
      if (decidedTop.length > allowed) {
        over = true;
        for (const w of decidedTop) {
          w.flagged = true;
          w.codes.push("CAP_EXCEEDED");
          w.extra.push(`; ${RATING_TEXT.capWarning(group, decidedTop.length, allowed, cap, base)}`);
        }
        message = RATING_TEXT.groupOver(group, decidedTop.length, allowed, cap, base);
      }
    }
  }
  const counts: Record<LevelKey, number> = { top: 0, good: 0, pass: 0, fail: 0 };
  for (const w of rated) counts[w.levelKey!]++;
  return { group, counts, notRated: list.length - rated.length, base, allowed, top: counts.top, over, message };
}

/** Competition ranks (1, 2, 2, 4) by total within the group, rated units only. */
function rank(list: Work[]): void {
  const ranked = list
    .filter((w) => w.levelKey !== null && w.total !== null)
    .sort((a, b) => cents(b.total!) - cents(a.total!));
  ranked.forEach((w, i) => {
    w.rank = i > 0 && cents(ranked[i - 1].total!) === cents(w.total!) ? ranked[i - 1].rank : i + 1;
  });
}

function reasonOf(row: RatingRow, scoreClause: string, extra: readonly string[]): string {
  const computed = scoreClause + extra.join("");
  if (!row.codes.includes("DECISION")) return `${computed}.`;
  return `${RATING_TEXT.decision(row.computedLevel ? `${LEVEL[row.computedLevel].code}, ${computed}` : computed)}.`;
}
