// `Kiểm tra nhật ký` (SPEC §3): every log row gets its status and findings, in one batch per tab.
import { checkLog, type CheckLogResult } from "../../domain";
import { RESULT_MSG } from "../../text";
import type { BookConfig } from "../config";
import { choiceLogTab } from "../forms/read-responses";
import { planTabResults, readLogSheets, type LogSheet } from "../log-tabs";
import type { WritePlan } from "../write-plan";
import type { Clock } from "../zone";

/** `warnings`: response tabs of the phone form left out (a question retitled by hand). */
export type CheckedLog = { tabs: LogSheet[]; result: CheckLogResult; warnings: string[] };

/** Reads every log tab and checks it; `only` limits the rows reported (onEdit), not the rows compared. */
export function readAndCheckLog(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  config: BookConfig,
  clock: Clock,
  only?: (tab: string, row: number) => boolean,
): CheckedLog {
  const warnings: string[] = [];
  const tabs = readLogSheets(book, warnings);
  return { tabs, result: checkLogTabs(tabs, config, clock, only), warnings };
}

/** The engine's check of log tabs already read (all of them, or onEdit's rows of some cadres). */
export function checkLogTabs(
  tabs: readonly LogSheet[],
  config: BookConfig,
  clock: Clock,
  only?: (tab: string, row: number) => boolean,
): CheckLogResult {
  return checkLog({
    tabs: tabs.map((t) => choiceLogTab(t, config)),
    cadres: config.cadres,
    units: config.units,
    activities: config.activities,
    settings: config.settings,
    zoneDay: clock.zoneDay,
    only,
  });
}

/** Plans the results of every tab the user may edit; returns the names of the others. */
export function planLogResults(plan: WritePlan, checked: CheckedLog): string[] {
  for (const t of checked.tabs) {
    if (t.editable) planTabResults(plan, t, checked.result.rows);
    else plan.skip(t.name, t.sheet);
  }
  return checked.tabs.filter((t) => !t.editable).map((t) => t.name);
}

export function checkSummary(result: CheckLogResult): string {
  const first = result.counts.firstError;
  return RESULT_MSG.checked(result.counts, first ? RESULT_MSG.rowRef(first.tab, first.row) : undefined);
}

export function checkCounts(result: CheckLogResult): Record<string, number> {
  const { checked, ok, warning, error } = result.counts;
  return { checked, ok, warning, error };
}
