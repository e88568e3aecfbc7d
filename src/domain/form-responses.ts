// Rows of the response tab `Nhật ký (biểu mẫu)` read as log rows (SPEC §16): the timestamp stands for
// `Ngày báo cáo` when the tab has none, "CB01 — Nguyễn Văn An" is read as its code only when the part
// before " — " is a code, and a respondent whose verified email is not the cadre's roster email is warned.
import { CHOICE_SEPARATOR, FORM_FINDING } from "../text";
import type { LogCells } from "./check-log";
import { cellString } from "./cells";
import { warning } from "./codes";
import { foldText } from "./fold";
import type { Cell, Finding } from "./types";

/** The dash of " — " between a choice's code and name. */
const DASH = CHOICE_SEPARATOR.trim();

/** The code of a "Mã — tên" choice when `isCode` knows it, else the cell unchanged (matched as usual). */
export function codeOfChoice(value: Cell, isCode: (code: string) => boolean): Cell {
  if (typeof value !== "string") return value;
  const at = value.indexOf(DASH);
  if (at <= 0) return value;
  const code = value.slice(0, at).trim();
  return code && isCode(code) ? code : value;
}

export interface ResponseReading {
  /** Whether the tab has its own `Ngày báo cáo` column (then the timestamp is not used). */
  hasReportDate: boolean;
  isCadreCode: (code: string) => boolean;
  isUnitCode: (code: string) => boolean;
}

/** A response row's cells (by log header) as a log row: codes out of the choices, the timestamp as `Ngày báo cáo`. */
export function responseCells(cells: Partial<LogCells>, timestamp: Cell, reading: ResponseReading): Partial<LogCells> {
  const cadre = codeOfChoice(cells.cadre, reading.isCadreCode);
  const unit = codeOfChoice(cells.unit, reading.isUnitCode);
  // A row typed in the sheet (most rows) has no choice to read: the cells as they are, not a copy.
  if (cadre === cells.cadre && unit === cells.unit && reading.hasReportDate) return cells;
  const out = { ...cells };
  out.cadre = cadre;
  out.unit = unit;
  if (!reading.hasReportDate) out.reportDate = timestamp;
  return out;
}

/** A warning when the respondent's email is known, the cadre has roster emails, and none of them is it. */
export function emailMismatch(respondent: Cell, rosterEmails: readonly string[]): Finding | null {
  const email = cellString(respondent).trim();
  if (!email || rosterEmails.length === 0) return null;
  const key = foldText(email);
  if (rosterEmails.some((e) => foldText(e) === key)) return null;
  return warning("FORM_EMAIL_MISMATCH", FORM_FINDING.emailMismatch(email, rosterEmails));
}
