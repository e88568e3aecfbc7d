// Everything the period report needs, read without writing (SPEC §14: the command writes only
// `Lịch sử chạy` and the new document): settings, roster, units, the log, and the rating for a
// whole-year report.
import {
  buildReportDocument,
  cellString,
  checkLog,
  computeReportFigures,
  foldText,
  lockInfo,
  periodWording,
  planFiguresForPeriod,
  reportFromParts,
  withLockLine,
  type Cell,
  type GroupSummary,
  type ReportDocument,
  type ReportHeading,
  type ReportSpan,
} from "../../domain";
import { LOCKED_REPORTS, SETTINGS } from "../../schema";
import { REPORT_SETTINGS, SHEET, SHEET_MSG } from "../../text";
import type { BookConfig } from "../config";
import { readProgressRules } from "../province-rules";
import { UserError } from "../errors";
import { choiceLogTab } from "../forms/read-responses";
import { readLogSheets } from "../log-tabs";
import { readFollowUps } from "../commands/follow-ups";
import { rateForSummary, readRatingInput } from "../commands/rating";
import { readSchemaSheet, tryReadTable } from "../table";
import { findSheet } from "../book-sheets";
import type { Clock } from "../zone";

/** The report settings of `Cấu hình`, as written (blank = ""). */
export function readReportHeading(book: GoogleAppsScript.Spreadsheet.Spreadsheet): ReportHeading {
  const t = readSchemaSheet(book, SETTINGS);
  const byName = new Map<string, string>();
  for (const r of t.rows) {
    const key = foldText(r.cells.param);
    if (key && !byName.has(key)) byName.set(key, cellString(r.cells.value));
  }
  const get = (name: string) => byName.get(foldText(name)) ?? "";
  return {
    superior: get(REPORT_SETTINGS.superior),
    office: get(REPORT_SETTINGS.office),
    code: get(REPORT_SETTINGS.code),
    place: get(REPORT_SETTINGS.place),
    signer: get(REPORT_SETTINGS.signer),
    signerTitle: get(REPORT_SETTINGS.signerTitle),
    recipients: get(REPORT_SETTINGS.recipients),
  };
}

/**
 * The report of `span` as a description both renderers draw. `withLock`: add the line of a lock of
 * this period (SPEC §15); `Chốt số liệu` draws its own figures without it.
 */
export function describeReport(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  base: BookConfig,
  clock: Clock,
  span: ReportSpan,
  withLock = true,
): ReportDocument {
  // Read only: a log tab without result columns is read as it is (no header is appended).
  const tabs = readLogSheets(book).map((t) => choiceLogTab(t, base));
  if (!tabs.length) throw new UserError(SHEET_MSG.missingSheet(SHEET.log));
  const checked = checkLog({
    tabs,
    cadres: base.cadres,
    units: base.units,
    activities: base.activities,
    settings: base.settings,
    zoneDay: clock.zoneDay,
  });
  // Plan vs done (§10) and the lock of this period (§15), read as every checking command reads them;
  // without `Tạm miễn`: the report shows the plan by period, not the plan's `Tổng hợp` line.
  const followUps = readFollowUps(book, base, clock, { tabs: [], result: checked, warnings: [] }, {});
  const label = foldText(periodWording(span.period));
  const locked = withLock ? followUps.locks.periods.find((p) => foldText(p.label) === label) : undefined;
  // A locked period: the figures as they were locked, with the line of what changed since (SPEC §14).
  const kept = locked && lockedReport(book, label);
  if (locked && kept) return withLockLine(kept, lockInfo(locked));
  const plan = followUps.plan.active
    ? (listed: (cadreCode: string) => boolean) => planFiguresForPeriod(followUps.plan, span.from, span.to, listed)
    : undefined;
  let rating: { groups: GroupSummary[] } | { unavailable: string } | undefined;
  if (span.period.kind === "year") {
    try {
      rating = { groups: rateForSummary(readRatingInput(book), base.units, base.settings) };
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      rating = { unavailable: err.message.split("\n")[0] };
    }
  }
  const figures = computeReportFigures({
    span,
    settings: base.settings,
    cadres: base.cadres,
    units: base.units,
    visits: checked.visits,
    activities: base.activities,
    rating,
    // Tạm miễn and Chỉ tiêu theo cấp, so the report's figures are those of Tiến độ chỉ tiêu (SPEC §11).
    rules: readProgressRules(book, base, clock).rules,
    plan,
    lock: locked && lockInfo(locked),
  });
  return buildReportDocument(figures, {
    heading: readReportHeading(book),
    bookName: book.getName(),
    today: clock.today,
  });
}

/** The rows of `Báo cáo đã chốt` as [Kỳ, Phần, Dữ liệu báo cáo]; none without the sheet or its headers. */
export function lockedReportRows(book: GoogleAppsScript.Spreadsheet.Spreadsheet): Cell[][] {
  const sheet = findSheet(book, LOCKED_REPORTS.sheet);
  const read = sheet && tryReadTable(sheet, LOCKED_REPORTS);
  if (!read?.ok) return [];
  return read.table.rows.map(({ cells: c }) => [c.period ?? "", c.part ?? "", c.data ?? ""]);
}

/** The report `Chốt số liệu` kept for the period (folded `label`), when all its parts are there. */
function lockedReport(book: GoogleAppsScript.Spreadsheet.Spreadsheet, label: string): ReportDocument | null {
  const parts = lockedReportRows(book)
    .filter((r) => foldText(cellString(r[0])) === label)
    .sort((a, b) => Number(a[1]) - Number(b[1]));
  if (!parts.length || parts.some((r, i) => Number(r[1]) !== i + 1)) return null;
  return reportFromParts(parts.map((r) => String(r[2] ?? "")));
}
