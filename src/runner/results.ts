// What a command left in the book, counted from the sheets a user would look at: the log tabs'
// `Kết quả kiểm tra` / `Chi tiết kiểm tra`, `Tiến độ chỉ tiêu` (`Đánh giá`) and `Xếp loại` (`Xếp loại`).
import { foldText } from "../domain/fold";
import { matchHeaders } from "../domain/headers";
import type { Cell } from "../domain/types";
import { ASSESSMENT, CHECK_STATUS, H, LEVEL, LOG_TAB_PREFIX, NOT_RATED, SHEET } from "../text";
import { isDate } from "../imitation/context";
import type { LocalSpreadsheet } from "../imitation/spreadsheet";
import { readValue } from "../imitation/values";

export interface Finding {
  status: string;
  tab: string;
  row: number;
  detail: string;
}

export interface LogCounts {
  checked: number;
  ok: number;
  warning: number;
  error: number;
  /** The first errors, then the first warnings, in tab and row order. */
  findings: Finding[];
}

export interface Tally {
  total: number;
  /** Label → count, every known label listed (0 included), then any other label found. */
  counts: Record<string, number>;
}

export const ERRORS_SHOWN = 5;
export const WARNINGS_SHOWN = 3;

export function isLogTab(name: string): boolean {
  return foldText(name).startsWith(foldText(LOG_TAB_PREFIX));
}

/** The rows matchHeaders looks for a header in. */
const HEADER_ROWS = 5;

/**
 * The rows below the header that holds `required` (1-based `first`, through `last`), and the values of
 * each wanted column found there: only those columns are read (a 50,000-row log has 15 or more).
 */
function table(book: LocalSpreadsheet, name: string, wanted: readonly string[], required: readonly string[]) {
  if (!book.raw().sheetByName(name)) return undefined;
  const sheet = book.rawSheet(name);
  const last = sheet.model.grid.lastRow();
  const width = sheet.model.grid.lastColumn();
  const head = sheet.rawValues({ r1: 1, c1: 1, r2: Math.min(HEADER_ROWS, last), c2: width }) as Cell[][];
  const m = matchHeaders(head, wanted, required, HEADER_ROWS);
  if (!m.ok) return undefined;
  const first = m.headerRow + 2;
  const { grid, book: model } = sheet.model;
  // One column read from the stored rows (what rawValues gives, without a row array per cell).
  const column = (header: string): Cell[] | undefined => {
    const c = m.columns[header];
    if (c === undefined) return undefined;
    const out: Cell[] = [];
    for (let r = first; r <= last; r++) {
      const v = grid.rawRow(r)?.v[c];
      if (v === undefined) out.push("");
      else if (typeof v !== "number") out.push(v);
      else {
        const value = readValue(model, v, grid.style(r, c + 1));
        out.push(isDate(value) ? new Date(value.getTime()) : (value as Cell));
      }
    }
    return out;
  };
  return { first, column };
}

export function logCounts(book: LocalSpreadsheet): LogCounts {
  const out: LogCounts = { checked: 0, ok: 0, warning: 0, error: 0, findings: [] };
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  for (const tab of book.rawSheetNames().filter(isLogTab)) {
    const t = table(book, tab, [H.checkStatus, H.checkDetail], [H.checkStatus]);
    if (!t) continue;
    const statuses = t.column(H.checkStatus)!;
    const details = t.column(H.checkDetail);
    statuses.forEach((cell, i) => {
      const status = String(cell ?? "");
      const finding = () => ({ status, tab, row: t.first + i, detail: details ? String(details[i] ?? "") : "" });
      if (status === CHECK_STATUS.ok) out.ok++;
      else if (status === CHECK_STATUS.warning) {
        out.warning++;
        if (warnings.length < WARNINGS_SHOWN) warnings.push(finding());
      } else if (status === CHECK_STATUS.error) {
        out.error++;
        if (errors.length < ERRORS_SHOWN) errors.push(finding());
      }
    });
  }
  out.checked = out.ok + out.warning + out.error;
  out.findings = [...errors, ...warnings];
  return out;
}

function tally(
  book: LocalSpreadsheet,
  sheet: string,
  key: string,
  label: string,
  known: readonly string[],
): Tally | undefined {
  const t = table(book, sheet, [key, label], [key, label]);
  if (!t) return undefined;
  const counts: Record<string, number> = Object.fromEntries(known.map((k) => [k, 0]));
  let total = 0;
  const keys = t.column(key)!;
  const labels = t.column(label)!;
  keys.forEach((k, i) => {
    if (String(k ?? "").trim() === "") return;
    total++;
    const v = String(labels[i] ?? "");
    counts[v] = (counts[v] ?? 0) + 1;
  });
  return { total, counts };
}

/** Cadres by `Đánh giá` in `Tiến độ chỉ tiêu`. */
export function progressTally(book: LocalSpreadsheet): Tally | undefined {
  return tally(book, SHEET.progress, H.cadreCode, H.assessment, Object.values(ASSESSMENT));
}

/** Units by `Xếp loại` in `Xếp loại`. */
export function ratingTally(book: LocalSpreadsheet): Tally | undefined {
  const levels = [LEVEL.top, LEVEL.good, LEVEL.pass, LEVEL.fail].map((l) => l.name);
  return tally(book, SHEET.rating, H.unitCode, H.level, [...levels, NOT_RATED]);
}

/** Data rows of all log tabs (rows below the header with anything in them), for the progress display. */
export function logRowCount(book: LocalSpreadsheet): number {
  return book
    .rawSheetNames()
    .filter(isLogTab)
    .reduce((n, name) => n + Math.max(0, book.rawSheet(name).model.grid.lastRow() - 1), 0);
}
