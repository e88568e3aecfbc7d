// Plan rows (SPEC §10): each row of every plan tab is read for its dates, cadre, unit and counting
// window only; a row with any of these wrong is `Lỗi` and is not compared with the log.
import { PLAN_TEXT, PH } from "../../text";
import { isBlankCell, memoZoneDay, readDate, type DateCtx } from "../cells";
import { error } from "../codes";
import { formatDay, formatRange, overlapDays } from "../dates";
import { byDate, CADRE_TEXTS, historyFindings, resolved, UNIT_TEXTS } from "../check-log";
import { makeMatcher } from "../match";
import type { Cadre } from "../roster";
import type { Settings } from "../settings";
import type { Succession } from "../succession";
import type { Cell, Day, Finding, RowRef, ZoneDay } from "../types";
import type { Unit } from "../units";
import { dateFinding } from "../visit";

export interface PlanCells {
  cadre: Cell;
  unit: Cell;
  from: Cell;
  to: Cell;
  content: Cell;
  note: Cell;
}

export interface PlanRowInput {
  /** 1-based sheet row. */
  row: number;
  cells: Partial<PlanCells>;
}

export interface PlanTab {
  name: string;
  rows: readonly PlanRowInput[];
}

export interface CheckPlanInput {
  tabs: readonly PlanTab[];
  cadres: readonly Cadre[];
  units: readonly Unit[];
  settings: Pick<Settings, "year" | "from" | "to">;
  zoneDay: ZoneDay;
  /** Unit history (§12): a plan row after its unit's last day is `Lỗi` naming the successor. */
  succession: Succession<Unit>;
}

/** One non-blank plan row after its checks. */
export interface PlanEntry extends RowRef {
  /** Position over all plan tabs: tab order, then row. */
  seq: number;
  findings: Finding[];
  hasError: boolean;
  /** Resolved `Mã CB`, `Mã ĐV` and days; set when the row has no error. */
  cadre?: string;
  unit?: string;
  from?: Day;
  /** Effective `Đến ngày` (blank = `Từ ngày`). */
  to?: Day;
}

const PLAN_FIELDS: readonly (keyof PlanCells)[] = ["cadre", "unit", "from", "to", "content", "note"];

export function isBlankPlanRow(cells: Partial<PlanCells>): boolean {
  return PLAN_FIELDS.every((f) => isBlankCell(cells[f]));
}

export function checkPlan(input: CheckPlanInput): PlanEntry[] {
  const s = input.settings;
  const ctx: DateCtx = { zoneDay: memoZoneDay(input.zoneDay), year: s.year };
  const cadres = makeMatcher(input.cadres, "cadre");
  const units = makeMatcher(input.units, "unit");
  const out: PlanEntry[] = [];
  for (const tab of input.tabs) {
    const rows = [...tab.rows].sort((a, b) => a.row - b.row);
    for (const r of rows) {
      if (isBlankPlanRow(r.cells)) continue;
      const findings: Finding[] = [];
      const { from, to } = readPlanDates(r.cells, ctx, findings);
      const cadre = resolved(cadres.resolve(r.cells.cadre), r.cells.cadre, findings, CADRE_TEXTS);
      const unit = resolved(
        byDate(units.resolve(r.cells.unit), r.cells.unit, from, input.succession),
        r.cells.unit,
        findings,
        UNIT_TEXTS,
      );
      if (from !== undefined && to !== undefined) {
        if (overlapDays(from, to, s.from, s.to) === 0)
          findings.push(error("PLAN_OUTSIDE_WINDOW", PLAN_TEXT.outsideWindow(formatRange(s.from, s.to))));
        if (unit?.activeTo !== undefined) historyFindings(unit, from, to, input.succession, findings);
      }
      const hasError = findings.some((f) => f.severity === "error");
      const entry: PlanEntry = { tab: tab.name, row: r.row, seq: out.length, findings, hasError };
      if (!hasError) Object.assign(entry, { cadre: cadre!.code, unit: unit!.code, from, to });
      out.push(entry);
    }
  }
  return out;
}

function readPlanDates(cells: Partial<PlanCells>, ctx: DateCtx, findings: Finding[]): { from?: Day; to?: Day } {
  const a = readDate(cells.from, ctx);
  const b = readDate(cells.to, ctx);
  if (a.kind === "blank") findings.push(error("PLAN_FROM_MISSING", PLAN_TEXT.fromMissing()));
  for (const [r, column, cell] of [
    [a, PH.from, cells.from],
    [b, PH.to, cells.to],
  ] as const) {
    const bad = dateFinding(r, column, cell, ctx);
    if (bad) findings.push(bad);
  }
  if (a.kind !== "day") return {};
  if (b.kind === "blank") return { from: a.day, to: a.day };
  if (b.kind !== "day") return {};
  if (b.day < a.day) {
    findings.push(error("PLAN_DATE_ORDER", PLAN_TEXT.dateOrder(formatDay(a.day), formatDay(b.day))));
    return {};
  }
  return { from: a.day, to: b.day };
}
