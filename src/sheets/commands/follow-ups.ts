// What every command that checks the log also does (SPEC §10, §15): compare the plan tabs with the
// log, warn log rows "ngoài kế hoạch" (when the plan is required) and rows changed in a locked period,
// and plan the plan tabs' result columns and `Theo dõi kế hoạch`.
import {
  addRowWarnings,
  buildSuccession,
  changeLines,
  checkLocks,
  comparePlan,
  hasSubjectDay,
  type CheckLocksResult,
  type Exemptions,
  type ComparePlanResult,
  type Finding,
  type Visit,
} from "../../domain";
import { PLAN_TRACKING } from "../../schema";
import { LOCK_TEXT, PLAN_SHEET, PLAN_TEXT } from "../../text";
import type { BookConfig } from "../config";
import { findSheet } from "../book-sheets";
import { readLocks } from "../locks";
import { schemaTable, planOutputSheet } from "../output";
import { canEditSheet } from "../permissions";
import { planPlanResults, planSheets, toPlanTab, type PlanSheet } from "../plan-tabs";
import { readExemptionsIfAny } from "../province-rules";
import type { WritePlan } from "../write-plan";
import type { Clock } from "../zone";
import type { CheckedLog } from "./check";

export type FollowUps = {
  planTabs: PlanSheet[];
  plan: ComparePlanResult<Visit>;
  locks: CheckLocksResult;
};

/**
 * Reads the plan tabs and the locks, compares, and adds their warnings to the checked log rows. The
 * plan's `Tổng hợp` line counts the cadres not `Không áp dụng`, exemptions included (SPEC §10, §11):
 * `rules` are the command's own `Tạm miễn` when it read them; without them, and with plan tabs, the
 * sheet is read here.
 */
export function readFollowUps(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  config: BookConfig,
  clock: Clock,
  checked: CheckedLog,
  rules?: { exemptions?: Exemptions },
): FollowUps {
  const planTabs = planSheets(book);
  const visits = checked.result.visits;
  const exemptions = rules ? rules.exemptions : planTabs.length ? readExemptionsIfAny(book, config, clock) : undefined;
  const plan = comparePlanWith(config, clock, planTabs, visits, exemptions);
  const locks = checkLocks(readLocks(book, clock).periods, visits, config.cadres, config.settings);
  addRowWarnings(checked.result, followUpWarnings(locks, plan));
  return { planTabs, plan, locks };
}

/** §10's comparison of the plan tabs with the visits. */
export function comparePlanWith(
  config: BookConfig,
  clock: Clock,
  planTabs: readonly PlanSheet[],
  visits: readonly Visit[],
  exemptions?: Exemptions,
): ComparePlanResult<Visit> {
  const s = config.settings;
  const byCode = new Map(config.cadres.map((c) => [c.code, c]));
  return comparePlan({
    tabs: planTabs.map(toPlanTab),
    cadres: config.cadres,
    units: config.units,
    succession: buildSuccession(config.units).succession,
    settings: s,
    zoneDay: clock.zoneDay,
    visits,
    tolerance: s.planTolerance,
    required: s.planRequired,
    // `Không áp dụng`: the cadre's own window misses the counting window, or is exempt all through.
    subject: (code) => {
      const c = byCode.get(code);
      return (
        !!c &&
        hasSubjectDay(exemptions?.get(code), Math.max(s.from, c.applyFrom ?? s.from), Math.min(s.to, c.applyTo ?? s.to))
      );
    },
  });
}

/** The warnings the plan and the locked periods add to log rows, keyed by rowKey (plan first). */
export function followUpWarnings(
  locks: Pick<CheckLocksResult, "warnings">,
  plan?: Pick<ComparePlanResult<Visit>, "logWarnings">,
): Map<string, Finding[]> {
  const extra = new Map<string, Finding[]>(locks.warnings);
  for (const [key, f] of plan?.logWarnings ?? []) extra.set(key, [f, ...(extra.get(key) ?? [])]);
  return extra;
}

/**
 * Plans the result columns of every plan tab the user may edit and `Theo dõi kế hoạch` (when the user
 * may write it); returns the names of the sheets skipped for lack of permission.
 */
export function planFollowUps(
  plan: WritePlan,
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  f: FollowUps,
  title: string,
): string[] {
  if (!f.plan.active) return [];
  for (const t of f.planTabs) planPlanResults(plan, t, f.plan.rows);
  const kept = f.planTabs.filter((t) => !t.editable);
  for (const t of kept) plan.skip(t.name, t.sheet);
  const skipped = kept.map((t) => t.name);
  const existing = findSheet(book, PLAN_SHEET.tracking);
  if (existing && !canEditSheet(existing)) {
    plan.skip(PLAN_SHEET.tracking, existing);
    return [...skipped, PLAN_SHEET.tracking];
  }
  const records = f.plan.tracking.map((t) => ({
    cadreCode: t.code,
    fullName: t.name,
    office: t.office,
    trips: t.trips,
    plannedDays: t.plannedDays,
    done: t.done,
    missed: t.missed,
    notDue: t.notDue,
    offPlan: t.offPlan,
    doneRatio: t.ratio ?? "",
  }));
  planOutputSheet(plan, book, { name: PLAN_SHEET.tracking, title, ...schemaTable(PLAN_TRACKING, records) });
  return skipped;
}

/** The plan line of `Tổng hợp` (when plans exist) and each locked period's change count. */
export function followUpLines(f: FollowUps, all: boolean): string[] {
  const lines: string[] = [];
  if (f.plan.active) {
    const p = f.plan.summary;
    lines.push(PLAN_TEXT.summaryLine(p.planned, p.subject, p.complete, p.due));
  }
  if (all) lines.push(...f.locks.periods.map((p) => LOCK_TEXT.changedCount(p.label, p.changed)));
  else lines.push(...changeLines(f.locks.periods));
  return lines;
}
