// What a command left in the book, counted from the sheets a user would look at: the log tabs'
// `Kết quả kiểm tra` / `Chi tiết kiểm tra`, `Tiến độ chỉ tiêu` (`Đánh giá`) and `Xếp loại` (`Xếp loại`).
import { foldText } from "../domain/fold";
import { matchHeaders } from "../domain/headers";
import type { Cell } from "../domain/types";
import { ASSESSMENT, CHECK_STATUS, H, LEVEL, LOG_TAB_PREFIX, NOT_RATED, SHEET } from "../text";
import type { LocalSpreadsheet } from "../imitation/spreadsheet";

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

/** Rows of a sheet below the header that holds `required`, with the column of each wanted header. */
function table(book: LocalSpreadsheet, name: string, wanted: readonly string[], required: readonly string[]) {
  if (!book.raw().sheetByName(name)) return undefined;
  const values = book.rawSheet(name).rawValues() as Cell[][];
  const m = matchHeaders(values, wanted, required);
  return m.ok ? { rows: values.slice(m.headerRow + 1), first: m.headerRow + 2, columns: m.columns } : undefined;
}

export function logCounts(book: LocalSpreadsheet): LogCounts {
  const out: LogCounts = { checked: 0, ok: 0, warning: 0, error: 0, findings: [] };
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  for (const tab of book.rawSheetNames().filter(isLogTab)) {
    const t = table(book, tab, [H.checkStatus, H.checkDetail], [H.checkStatus]);
    if (!t) continue;
    const s = t.columns[H.checkStatus]!;
    const d = t.columns[H.checkDetail];
    t.rows.forEach((r, i) => {
      const status = String(r[s] ?? "");
      const finding = () => ({ status, tab, row: t.first + i, detail: d === undefined ? "" : String(r[d] ?? "") });
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
  for (const r of t.rows) {
    if (String(r[t.columns[key]!] ?? "").trim() === "") continue;
    total++;
    const v = String(r[t.columns[label]!] ?? "");
    counts[v] = (counts[v] ?? 0) + 1;
  }
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
