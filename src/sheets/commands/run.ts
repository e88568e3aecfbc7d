// The menu commands of SPEC §8 as bodies for runCommand: read → engine → write.
import { RESULT_MSG, SHARE_MSG, SHEET } from "../../text";
import { requireEditable } from "../permissions";
import { readBase } from "../book";
import type { CommandContext, CommandOutcome } from "../command";
import { UserError } from "../errors";
import { titleLine } from "../output";
import { checkSummary, readAndCheckLog, writeLogResults } from "./check";
import { progressSummary, writeProgress } from "./progress";
import { computeProgress } from "../../domain";
import { readRating, writeRating, type Rating } from "./rating";
import { writeSummary, type SummaryInput } from "./summary";

type Parts = { progress: boolean; rating: boolean };

function outcome(summary: string[], warnings: string[], toast: boolean): CommandOutcome {
  const text = summary.join(" ");
  return {
    summary: text,
    toast: toast ? text : undefined,
    alert: warnings.length ? [text, RESULT_MSG.warnings(warnings)].join("\n\n") : undefined,
  };
}

export function checkCommand(ctx: CommandContext): CommandOutcome {
  const base = readBase(ctx.book, ctx.clock);
  const checked = readAndCheckLog(ctx.book, base, ctx.clock);
  const skipped = writeLogResults(checked);
  const warnings = skipped.length ? [...base.warnings, SHARE_MSG.skippedTabs(skipped)] : base.warnings;
  return outcome([checkSummary(checked.result)], warnings, true);
}

/**
 * Progress, rating or both, then `Tổng hợp`. The part the command is about is required; the other
 * part of `Tổng hợp` is added when the book allows it and replaced by a note otherwise.
 */
function compute(ctx: CommandContext, required: Parts): CommandOutcome {
  const base = readBase(ctx.book, ctx.clock);
  // Outputs are admin sheets once `Phân quyền` ran: refuse before writing anything.
  requireEditable(ctx.book, [
    SHEET.summary,
    ...(required.progress ? [SHEET.progress] : []),
    ...(required.rating ? [SHEET.rating] : []),
  ]);
  const title = titleLine(ctx, base.settings);
  const summaryLines: string[] = [];
  const warnings = [...base.warnings];
  const input: SummaryInput = { units: base.units, notes: [] };

  const attempt = <T>(needed: boolean, fn: () => T, note: (reason: string) => string): T | undefined => {
    try {
      return fn();
    } catch (err) {
      if (needed || !(err instanceof UserError)) throw err;
      input.notes.push(note(err.message.split("\n")[0]));
      return undefined;
    }
  };

  // Read everything before writing anything, so a broken part stops the command with nothing written.
  const rating: Rating | undefined = attempt(required.rating, () => readRating(ctx.book, base), RESULT_MSG.noRating);
  const checked = attempt(required.progress, () => readAndCheckLog(ctx.book, base, ctx.clock), RESULT_MSG.noProgress);

  if (checked) {
    const rows = computeProgress(checked.result.visits, base.cadres, base.settings);
    input.progress = { rows, visits: checked.result.visits };
    if (required.progress) {
      const skipped = writeLogResults(checked);
      if (skipped.length) warnings.push(SHARE_MSG.skippedTabs(skipped));
      writeProgress(ctx.book, rows, title);
      summaryLines.push(checkSummary(checked.result), progressSummary(rows));
    }
  }
  if (rating) {
    if (required.rating) {
      warnings.push(...rating.warnings);
      summaryLines.push(writeRating(ctx.book, rating, title));
    }
    input.rating = rating;
  }
  writeSummary(ctx.book, input, title);
  return outcome(summaryLines, warnings, true);
}

export const progressCommand = (ctx: CommandContext) => compute(ctx, { progress: true, rating: false });
export const ratingCommand = (ctx: CommandContext) => compute(ctx, { progress: false, rating: true });
export const allCommand = (ctx: CommandContext) => compute(ctx, { progress: true, rating: true });
