// `Xếp loại đơn vị` (SPEC §5): totals, percent of max, thresholds, veto items, the cap per group in
// both modes, Standing Committee decisions, competition ranks, and a one-sentence reason per unit.
import { GROUP_BY, LEVEL, NOT_RATED, RATING_TEXT, SHEET } from "../text";
import { cellDisplay, readLevel, readNumber } from "./cells";
import { configError, type RatingCode } from "./codes";
import type { Criterion, ScoreRow } from "./criteria";
import { foldText } from "./fold";
import { formatNumber, formatPercent, roundHalfUp, roundScore } from "./numbers";
import type { Settings, Thresholds } from "./settings";
import type { ConfigError, LevelKey } from "./types";
import type { Unit } from "./units";

export interface RatingRow {
  unitCode: string;
  unitName: string;
  parent: string;
  /** Label of the rating group (per `Nhóm xếp loại theo`). */
  group: string;
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
  units: readonly Unit[];
  settings: Settings;
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
}

const cents = (x: number) => Math.round(x * 100);

export function rateUnits(input: RatingInput): { rows: RatingRow[]; groups: GroupSummary[]; errors: ConfigError[] } {
  const s = input.settings;
  const max = roundScore(input.criteria.reduce((a, c) => a + c.max, 0));
  const byCode = new Map<string, ScoreRow[]>();
  for (const r of input.scores) {
    const k = foldText(r.unitCode);
    const list = byCode.get(k);
    if (list) list.push(r);
    else byCode.set(k, [r]);
  }
  const known = new Set(input.units.map((u) => foldText(u.code)));
  const works: Work[] = input.units.map((u) => rateOne(u, byCode.get(foldText(u.code)) ?? [], input, max));
  for (const r of input.scores) {
    if (known.has(foldText(r.unitCode))) continue;
    works.push(rateOne(undefined, [r], input, max));
  }

  const groups = new Map<string, Work[]>();
  for (const w of works) {
    const list = groups.get(w.groupKey);
    if (list) list.push(w);
    else groups.set(w.groupKey, [w]);
  }
  const summaries: GroupSummary[] = [];
  const errors: ConfigError[] = [];
  for (const list of groups.values()) {
    const summary = applyCap(list, s);
    rank(list);
    if (summary.message)
      errors.push(configError("CAP_EXCEEDED", SHEET.rating, summary.message, { field: summary.group }, "warning"));
    summaries.push(summary);
  }
  const rows = works.map(({ groupKey: _k, decision: _d, extra, scoreClause, ...row }) => ({
    ...row,
    reason: reasonOf(row, scoreClause, extra),
  }));
  return { rows, groups: summaries, errors };
}

function groupOf(u: Unit | undefined, s: Settings): { key: string; label: string } {
  if (s.groupBy === "all") return { key: "", label: GROUP_BY.all };
  const text = u ? (s.groupBy === "parent" ? u.parent : u.cluster) : "";
  return { key: foldText(text), label: text || RATING_TEXT.blankGroup };
}

function rateOne(u: Unit | undefined, rows: readonly ScoreRow[], input: RatingInput, max: number): Work {
  const s = input.settings;
  const g = groupOf(u, s);
  const first = rows[0];
  const w: Work = {
    unitCode: u?.code ?? first?.unitCode ?? "",
    unitName: u?.name ?? first?.unitName ?? "",
    parent: u?.parent ?? "",
    group: g.label,
    groupKey: g.key,
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
    extra: [],
    scoreClause: "",
  };
  const problems: string[] = [];
  const problem = (code: RatingCode, text: string) => {
    w.codes.push(code);
    problems.push(text);
  };
  if (!first) problem("SCORE_NO_ROW", RATING_TEXT.noScoreRow());
  else if (!u)
    problem(
      first.unitCode ? "SCORE_UNIT_UNKNOWN" : "SCORE_UNIT_MISSING",
      first.unitCode ? RATING_TEXT.unitUnknown(first.unitCode) : RATING_TEXT.unitMissing(),
    );
  else if (rows.length > 1)
    problem(
      "SCORE_UNIT_REPEATED",
      RATING_TEXT.unitRepeated(
        u.code,
        rows.map((r) => r.row),
      ),
    );
  else {
    let sum = 0;
    const blanks: string[] = [];
    const vetoed: string[] = [];
    for (const c of input.criteria) {
      const n = readNumber(first.values[c.code]);
      if (n.kind === "blank") blanks.push(c.code);
      else if (n.kind === "invalid") problem("SCORE_NOT_NUMBER", RATING_TEXT.scoreNotNumber(c.code, n.text));
      else {
        const v = roundScore(n.value);
        if (v < 0) problem("SCORE_NEGATIVE", RATING_TEXT.scoreNegative(c.code, formatNumber(v)));
        else if (v > c.max)
          problem("SCORE_OVER_MAX", RATING_TEXT.scoreOverMax(c.code, formatNumber(v), formatNumber(c.max)));
        else {
          sum += v;
          if (c.veto !== undefined && v < c.veto)
            vetoed.push(`${c.code} (${formatNumber(v)} < ${formatNumber(c.veto)})`);
        }
      }
    }
    if (blanks.length === input.criteria.length && problems.length === 0)
      problem("SCORE_ALL_BLANK", RATING_TEXT.allBlank());
    if (problems.length === 0) {
      const total = roundScore(sum);
      const pct = percentOf(total, max);
      let level = levelForPercent(pct, s.thresholds);
      const t = s.thresholds;
      const threshold = level === "fail" ? t.pass : t[level];
      w.scoreClause =
        RATING_TEXT.score(formatNumber(total), formatNumber(max), formatPercent(pct / 100)) +
        " " +
        (level === "fail"
          ? RATING_TEXT.below(LEVEL.pass.code, formatNumber(threshold))
          : RATING_TEXT.reached(LEVEL[level].code, formatNumber(threshold)));
      if (vetoed.length) {
        w.codes.push("VETO");
        if (better(level, s.vetoMaxLevel)) {
          level = s.vetoMaxLevel;
          w.extra.push(` ${RATING_TEXT.veto(vetoed, LEVEL[level].code)}`);
        }
      }
      if (blanks.length) {
        w.codes.push("SCORE_BLANK");
        w.extra.push(`; ${RATING_TEXT.blanks(blanks)}`);
      }
      Object.assign(w, { total, percent: pct / 100, computedLevel: level, levelKey: level, level: LEVEL[level].name });
    }
  }
  if (problems.length) w.scoreClause = RATING_TEXT.notRated(problems);
  // A decision only stands on the one score row of a known unit.
  const decision = u && rows.length === 1 ? readLevel(first.finalLevel) : undefined;
  if (decision === null) {
    w.codes.push("FINAL_LEVEL_INVALID");
    w.scoreClause = RATING_TEXT.notRated([...problems, RATING_TEXT.finalLevelInvalid(cellDisplay(first!.finalLevel))]);
    w.extra = [];
    Object.assign(w, { total: null, percent: null, levelKey: null, computedLevel: null, level: NOT_RATED });
  } else if (decision) {
    w.codes.push("DECISION");
    w.decision = decision;
    Object.assign(w, { levelKey: decision, level: LEVEL[decision].name });
  }
  return w;
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
