// The run's report for people (Vietnamese lines for the terminal) and for programs (--json).
import { relative } from "node:path";
import type { Tally } from "./results";
import type { RunReport } from "./run";
import { CHECK_STATUS, moreOf } from "../text";
import { AS_OF_SOURCE, SUMMARY_TEXT as T } from "./text";

function tallyLines(title: string, tally: Tally | undefined): string[] {
  if (!tally) return [];
  return [
    title,
    ...Object.entries(tally.counts)
      .filter(([, n]) => n > 0)
      .map(([label, n]) => T.count(label, n)),
  ];
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

export function reportText(r: RunReport): string {
  const lines: string[] = [T.title(r.caption, shown(r.input)), T.asOf(r.asOf.date, r.asOf.source)];
  if (r.asOf.source === AS_OF_SOURCE.option) lines.push(`  ${T.asOfNote}`);
  // Counts first (SPEC §17), then a few findings of each kind, then the add-in's own messages.
  if (r.log) lines.push("", T.log(r.log));
  if (r.progress) lines.push("", ...tallyLines(T.progress(r.progress.total), r.progress));
  if (r.rating) lines.push("", ...tallyLines(T.rating(r.rating.total), r.rating));
  if (r.log?.findings.length) {
    lines.push("", T.findingsTitle(r.log.findings.length, r.log.warning + r.log.error));
    for (const [status, total, what] of [
      [CHECK_STATUS.error, r.log.error, T.moreErrors],
      [CHECK_STATUS.warning, r.log.warning, T.moreWarnings],
    ] as const) {
      const shownRows = r.log.findings.filter((f) => f.status === status);
      lines.push(...shownRows.map(T.finding));
      if (total > shownRows.length) lines.push(`  ${moreOf(total - shownRows.length, what)}`);
    }
  }
  if (r.messages.length) lines.push("", T.messages, ...r.messages.map((m) => `  ${m.replace(/\n/g, "\n  ")}`));
  lines.push("", T.output(shown(r.output)));
  if (r.report) lines.push(T.report(r.report.title, shown(r.report.file)));
  lines.push(T.notHeld, ...r.notHeld.map((n) => `  - ${n}`));
  return lines.join("\n");
}

export function reportJson(r: RunReport): string {
  return JSON.stringify(r, null, 2);
}
