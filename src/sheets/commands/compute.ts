// The commands that check and compute (SPEC §3–§6): `Kiểm tra nhật ký`, `Tính tiến độ chỉ tiêu`,
// `Xếp loại đơn vị`, `Tính tất cả`. Each reads and checks everything, computes, then plans its writes.
import { computeProgress } from "../../domain";
import { RESULT_MSG, SHARE_MSG, SHEET } from "../../text";
import { readBookConfig } from "../config";
import { readProgressRules } from "../province-rules";
import { UserError } from "../errors";
import { titleLine } from "../output";
import type { CommandContext, CommandResult } from "../run-command";
import { WritePlan } from "../write-plan";
import { checkCounts, checkSummary, planLogResults, readAndCheckLog } from "./check";
import { followUpLines, planFollowUps, readFollowUps } from "./follow-ups";
import { planProgress, progressCounts, progressSummary } from "./progress";
import { planRating, rate, rateForSummary, ratingCounts, ratingSummary, readRatingInput, type Rating } from "./rating";
import { planSummary, type SummaryInput } from "./summary";

type Parts = { progress: boolean; rating: boolean };

function result(plan: WritePlan, summary: string[], warnings: string[], counts: Record<string, number>): CommandResult {
  const text = summary.join(" ");
  return {
    plan,
    summary: text,
    toast: text,
    alert: warnings.length ? [text, RESULT_MSG.warnings(warnings)].join("\n\n") : undefined,
    counts,
  };
}

export function checkCommand(ctx: CommandContext): CommandResult {
  const config = readBookConfig(ctx.book, ctx.clock);
  const checked = readAndCheckLog(ctx.book, config, ctx.clock);
  const follow = readFollowUps(ctx.book, config, ctx.clock, checked);
  const plan = new WritePlan();
  const skipped = [
    ...planLogResults(plan, checked),
    ...planFollowUps(plan, ctx.book, follow, titleLine(ctx, config.settings)),
  ];
  const warnings = [...config.warnings, ...checked.warnings];
  if (skipped.length) warnings.push(SHARE_MSG.skippedTabs(skipped));
  return result(
    plan,
    [checkSummary(checked.result), ...followUpLines(follow, false)],
    warnings,
    checkCounts(checked.result),
  );
}

/**
 * Progress, rating or both, then `Tổng hợp`. The part the command is about is required; the other
 * part of `Tổng hợp` is added when the book allows it and replaced by a note otherwise.
 */
function compute(ctx: CommandContext, required: Parts): CommandResult {
  const config = readBookConfig(ctx.book, ctx.clock);
  const title = titleLine(ctx, config.settings);
  const summaryLines: string[] = [];
  const warnings = [...config.warnings];
  const counts: Record<string, number> = {};
  const input: SummaryInput = { units: config.units, lastDay: config.settings.to, notes: [] };

  const attempt = <T>(needed: boolean, fn: () => T, note: (reason: string) => string): T | undefined => {
    try {
      return fn();
    } catch (err) {
      if (needed || !(err instanceof UserError)) throw err;
      input.notes.push(note(err.message.split("\n")[0]));
      return undefined;
    }
  };

  // Read and compute everything before planning a write, so a broken part stops with nothing written.
  const rating: Rating | undefined = required.rating
    ? rate(readRatingInput(ctx.book, true), config.units, config.settings)
    : undefined;
  // Without `Xếp loại`, `Tổng hợp` needs only the group counts (SPEC §6).
  const groups = rating
    ? rating.groups
    : attempt(
        false,
        () => rateForSummary(readRatingInput(ctx.book), config.units, config.settings),
        RESULT_MSG.noRating,
      );
  const checked = attempt(
    required.progress,
    () => ({ ...readAndCheckLog(ctx.book, config, ctx.clock), ...readProgressRules(ctx.book, config, ctx.clock) }),
    RESULT_MSG.noProgress,
  );

  // The outputs are admin sheets once `Phân quyền` ran: the pre-flight names them first.
  const plan = new WritePlan().declare(
    SHEET.summary,
    ...(required.progress ? [SHEET.progress] : []),
    ...(required.rating ? [SHEET.rating] : []),
  );
  if (checked) {
    const follow = readFollowUps(ctx.book, config, ctx.clock, checked, checked.rules);
    input.lines = followUpLines(follow, true);
    const rows = computeProgress(checked.result.visits, config.cadres, config.settings, checked.rules);
    input.progress = { rows };
    if (required.progress) {
      const skipped = [...planLogResults(plan, checked), ...planFollowUps(plan, ctx.book, follow, title)];
      warnings.push(...checked.warnings);
      if (skipped.length) warnings.push(SHARE_MSG.skippedTabs(skipped));
      planProgress(plan, ctx.book, rows, title, checked.rules);
      summaryLines.push(checkSummary(checked.result), ...followUpLines(follow, false), progressSummary(rows));
      Object.assign(counts, checkCounts(checked.result), progressCounts(rows));
    }
  }
  if (rating) {
    warnings.push(...rating.warnings);
    planRating(plan, ctx.book, rating, title);
    summaryLines.push(ratingSummary(rating));
    Object.assign(counts, ratingCounts(rating));
  }
  if (groups) input.rating = { groups };
  planSummary(plan, ctx.book, input, title);
  return result(plan, summaryLines, warnings, counts);
}

export const progressCommand = (ctx: CommandContext) => compute(ctx, { progress: true, rating: false });
export const ratingCommand = (ctx: CommandContext) => compute(ctx, { progress: false, rating: true });
export const allCommand = (ctx: CommandContext) => compute(ctx, { progress: true, rating: true });
