// Status colours through conditional formatting (SPEC §9: no per-cell backgrounds).
import { ASSESSMENT, CHECK_STATUS, LEVEL, NOT_RATED } from "../text";
import { a1, a1s, columnLetter, type GridArea } from "./a1";
import { apiRulesOf, rowsOf } from "./book-sheets";
import type { Area } from "./write-plan";
import { apiA1, apiBackground, apiColor, apiFormula, apiGridRange } from "./sheet-properties";

const RED = "#f4c7c3";
const YELLOW = "#fce8b2";
const GREEN = "#b7e1cd";
const BLUE = "#c9daf8";
const GREY = "#e0e0e0";
const PALE = "#f3f3f3";

// One colour per status and per level (SPEC §17): `Đạt` (done) is not `Đúng tiến độ` (on the way).
export const ASSESSMENT_COLORS: Record<string, string> = {
  [ASSESSMENT.reached]: GREEN,
  [ASSESSMENT.onTrack]: BLUE,
  [ASSESSMENT.behind]: YELLOW,
  [ASSESSMENT.failed]: RED,
  [ASSESSMENT.notStarted]: GREY,
  [ASSESSMENT.notApplicable]: PALE,
};

export const LEVEL_COLORS: Record<string, string> = {
  [LEVEL.top.name]: GREEN,
  [LEVEL.good.name]: BLUE,
  [LEVEL.pass.name]: YELLOW,
  [LEVEL.fail.name]: RED,
  [NOT_RATED]: GREY,
};

/** Replaces all rules of an output sheet with one rule per status text on `range`. */
export function colorByText(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  range: GoogleAppsScript.Spreadsheet.Range,
  colors: Record<string, string>,
): void {
  // One builder for the range: each build() takes its state at that moment.
  const builder = SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
  const rules = Object.entries(colors).map(([text, color]) =>
    builder.whenTextEqualTo(text).setBackground(color).build(),
  );
  sheet.setConditionalFormatRules(rules);
}

/** The same rules as addConditionalFormatRule requests, in the same order, on a sheet without rules. */
export function colorRequests(
  sheetId: number,
  area: GridArea,
  colors: Record<string, string>,
): GoogleAppsScript.Sheets.Schema.Request[] {
  const range = apiGridRange(sheetId, area);
  return Object.entries(colors).map(([text, color], index) => ({
    addConditionalFormatRule: {
      rule: {
        ranges: [range],
        booleanRule: {
          condition: { type: "TEXT_EQ", values: [{ userEnteredValue: text }] },
          format: { backgroundColor: apiColor(color) },
        },
      },
      index,
    },
  }));
}

const LOG_TINTS: [string, string][] = [
  [CHECK_STATUS.error, RED],
  [CHECK_STATUS.warning, YELLOW],
];
const tintFormula = (ref: string, status: string) => `=${ref}="${status}"`;
// A log rule's formula looks like =$J3="Lỗi" (the status text from src/text): that is how ours are
// told apart from the user's.
const LOG_RULE = /^=\$[A-Z]+\d+="(.*)"$/;
const isOurRule = (formula: string) => {
  const m = LOG_RULE.exec(formula);
  return m !== null && LOG_TINTS.some(([status]) => status === m[1]);
};

/**
 * Tints whole log rows by their `Kết quả kiểm tra`. SPEC §3 speaks of "one rule"; a rule has one
 * colour, so there is one rule per tinted status (Lỗi, Cảnh báo), replaced on every run, never added,
 * and the user's own rules are kept. The sheet's rules and grid are read now (the read phase); the
 * returned write sets them over the returned cells (nothing is returned when they are already as
 * this leaves them). `built`: the command's rules by status cell, copied by a later tab.
 */
export function planLogTint(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstDataRow: number,
  statusCol: number,
  lastCol: number,
  built?: Map<string, GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]>,
): { cells: Area; write: () => void } | undefined {
  const rows = Math.max(1, rowsOf(sheet) - firstDataRow + 1);
  const cells: Area = { row: firstDataRow, col: 1, rows, cols: lastCol };
  const area = a1(firstDataRow, 1, rows, lastCol);
  const ref = `$${columnLetter(statusCol)}${firstDataRow}`;
  // Ours already last, in order, with the same formula, colour and range: nothing to write.
  const isSame = (rules: { formula: string; color: string; at: string }[]) => {
    const n = rules.filter((r) => !isOurRule(r.formula)).length;
    return (
      rules.length === n + LOG_TINTS.length &&
      LOG_TINTS.every(([status, color], i) => {
        const r = rules[n + i];
        return r.formula === tintFormula(ref, status) && r.color === color && r.at === area;
      })
    );
  };
  // The command's one Sheets API call described the rules: no call per rule, and none at all to read
  // them when there is no rule of the user's own to keep.
  const api = apiRulesOf(sheet)?.map((r) => ({ formula: apiFormula(r), color: apiBackground(r), at: apiA1(r) }));
  if (api && isSame(api)) return undefined;
  const existing = api?.every((r) => isOurRule(r.formula)) ? [] : sheet.getConditionalFormatRules();
  let described = api;
  if (described?.length !== existing.length) {
    described = existing.map((rule) => {
      const c = rule.getBooleanCondition();
      const formula = c?.getCriteriaValues()?.[0]?.toString() ?? "";
      return { formula, color: (c?.getBackground() ?? "").toLowerCase(), at: a1s(rule.getRanges()) };
    });
    if (isSame(described)) return undefined;
  }
  const kept = existing.filter((_, i) => !isOurRule(described[i].formula));
  const write = () => {
    const range = sheet.getRange(area);
    // Another tab's rules with the same formulas are copied: a call fewer per rule than building anew.
    const like = built?.get(ref);
    const builder = like ? undefined : SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
    const ours = LOG_TINTS.map(([status, color], i) =>
      builder
        ? builder.whenFormulaSatisfied(tintFormula(ref, status)).setBackground(color).build()
        : like![i].copy().setRanges([range]).build(),
    );
    if (!like) built?.set(ref, ours);
    sheet.setConditionalFormatRules([...kept, ...ours]);
  };
  return { cells, write };
}
