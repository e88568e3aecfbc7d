// The part of a log row that needs nothing but the row: dates and `Số ngày` (SPEC §3). Shared by the
// menu check and the custom functions DICOSO_SONGAY / DICOSO_TONGNGAY.
import { H, LOG_TEXT } from "../text";
import { cellDisplay, readDay, readNumber, type DateCtx, type DateReading } from "./cells";
import { error } from "./codes";
import { formatDay, formatRange } from "./dates";
import { roundDays } from "./numbers";
import type { Cell, Day, Finding } from "./types";

export interface VisitCells {
  dateFrom?: Cell;
  dateTo?: Cell;
  days?: Cell;
}

export interface VisitRead {
  findings: Finding[];
  from?: Day;
  /** Effective `Ngày về` (blank = `Ngày đi`). */
  to?: Day;
  /** Credited days: `Số ngày` rounded to 0.1, or the span when blank. Set only when the row has no error. */
  credit?: number;
}

export interface VisitCtx extends DateCtx {
  allowHalf: boolean;
}

/** The finding for a date cell that is not a usable day, or undefined. */
export function dateFinding(r: DateReading, column: string, cell: Cell, ctx: DateCtx): Finding | undefined {
  if (r.kind === "blank" || r.kind === "day") return undefined;
  const text = r.text || cellDisplay(cell, ctx.zoneDay);
  if (r.kind === "unreadable") return error("DATE_UNREADABLE", LOG_TEXT.dateUnreadable(column, text));
  if (r.kind === "impossible") return error("DATE_IMPOSSIBLE", LOG_TEXT.dateImpossible(column, text));
  return error("DATE_NO_YEAR", LOG_TEXT.dateNoYear(column, text));
}

/**
 * The dates and credit of a row; its findings are pushed onto `findings` when given. With `into`, the
 * answer is written there instead of a new object (the menu's check reads 100,000 rows with one).
 */
export function readVisit(cells: VisitCells, ctx: VisitCtx, findings: Finding[] = [], into?: VisitRead): VisitRead {
  const before = findings.length;
  const fromR = readDay(cells.dateFrom, ctx);
  const toR = readDay(cells.dateTo, ctx);
  if (typeof fromR !== "number") {
    if (fromR.kind === "blank") findings.push(error("DATE_MISSING", LOG_TEXT.dateMissing()));
    const f1 = dateFinding(fromR, H.dateFrom, cells.dateFrom, ctx);
    if (f1) findings.push(f1);
  }
  const f2 = typeof toR === "number" ? undefined : dateFinding(toR, H.dateTo, cells.dateTo, ctx);
  if (f2) findings.push(f2);
  let from: Day | undefined;
  let to: Day | undefined;
  if (typeof fromR === "number") {
    from = fromR;
    if (typeof toR === "number") {
      if (toR < from) findings.push(error("DATE_ORDER", LOG_TEXT.dateOrder(formatDay(from), formatDay(toR))));
      else to = toR;
    } else if (toR.kind === "blank") to = from;
  }
  const span = from !== undefined && to !== undefined ? to - from + 1 : undefined;
  let credit = span;
  const n = readNumber(cells.days);
  if (n.kind === "invalid") findings.push(error("DAYS_NOT_NUMBER", LOG_TEXT.daysNotNumber(n.text)));
  else if (n.kind === "number") {
    const days = roundDays(n.value);
    const tenths = Math.round(days * 10);
    credit = days;
    // The cell as typed goes into the messages only (most rows have none).
    if (days <= 0) findings.push(error("DAYS_NOT_POSITIVE", LOG_TEXT.daysNotPositive(cellDisplay(cells.days))));
    else if (!ctx.allowHalf && tenths % 10 !== 0)
      findings.push(error("DAYS_NOT_WHOLE", LOG_TEXT.daysNotWhole(cellDisplay(cells.days))));
    else if (ctx.allowHalf && tenths % 5 !== 0)
      findings.push(error("DAYS_NOT_HALF", LOG_TEXT.daysNotHalf(cellDisplay(cells.days))));
    else if (span !== undefined && days > span) {
      const shown = cellDisplay(cells.days);
      findings.push(error("DAYS_OVER_SPAN", LOG_TEXT.daysOverSpan(shown, span, formatRange(from!, to!))));
    }
  }
  const ok = findings.length === before;
  if (from === undefined) to = undefined;
  if (!ok) credit = undefined;
  if (!into) return { findings, from, to, credit };
  into.findings = findings;
  into.from = from;
  into.to = to;
  into.credit = credit;
  return into;
}
