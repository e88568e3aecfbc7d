// Apps Script enums. Each value is its own name ("SHEET"), so comparisons, logging and
// crossing into a node:vm context all behave; the casts give them the @types enum types.

export function enumOf<const K extends string>(names: readonly K[]): { readonly [P in K]: P } {
  const out = {} as { [P in K]: P };
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

type GS = typeof GoogleAppsScript.Spreadsheet;

export const ProtectionType = enumOf(["RANGE", "SHEET"]) as unknown as GS["ProtectionType"];

/** The number and text comparisons data validation and conditional formats both offer. */
const COMPARISONS = [
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
] as const;

export const DataValidationCriteria = enumOf([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  ...COMPARISONS,
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
]) as unknown as GS["DataValidationCriteria"];

export const BooleanCriteria = enumOf([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "DATE_AFTER_RELATIVE",
  "DATE_BEFORE_RELATIVE",
  "DATE_EQUAL_TO_RELATIVE",
  ...COMPARISONS,
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
]) as unknown as GS["BooleanCriteria"];

export const RelativeDate = enumOf([
  "TODAY",
  "TOMORROW",
  "YESTERDAY",
  "PAST_WEEK",
  "PAST_MONTH",
  "PAST_YEAR",
]) as unknown as GS["RelativeDate"];

export const Dimension = enumOf(["COLUMNS", "ROWS"]) as unknown as GS["Dimension"];
export const Direction = enumOf(["UP", "DOWN", "PREVIOUS", "NEXT"]) as unknown as GS["Direction"];
export const SheetType = enumOf(["GRID", "OBJECT"]) as unknown as GS["SheetType"];
export const WrapStrategy = enumOf(["WRAP", "OVERFLOW", "CLIP"]) as unknown as GS["WrapStrategy"];
export const InterpolationType = enumOf([
  "NUMBER",
  "PERCENT",
  "PERCENTILE",
  "MIN",
  "MAX",
]) as unknown as GS["InterpolationType"];

export const Button = enumOf(["CLOSE", "OK", "CANCEL", "YES", "NO"]) as unknown as typeof GoogleAppsScript.Base.Button;
export const ButtonSet = enumOf([
  "OK",
  "OK_CANCEL",
  "YES_NO",
  "YES_NO_CANCEL",
]) as unknown as typeof GoogleAppsScript.Base.ButtonSet;

type GC = typeof GoogleAppsScript.Charts;

export const ChartType = enumOf([
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
]) as unknown as GC["ChartType"];
export const ChartMergeStrategy = enumOf(["MERGE_COLUMNS", "MERGE_ROWS"]) as unknown as GC["ChartMergeStrategy"];
export const ChartHiddenDimensionStrategy = enumOf([
  "IGNORE_BOTH",
  "IGNORE_ROWS",
  "IGNORE_COLUMNS",
  "SHOW_BOTH",
]) as unknown as GC["ChartHiddenDimensionStrategy"];
export const ChartPosition = enumOf(["TOP", "RIGHT", "BOTTOM", "NONE"]) as unknown as GC["Position"];

export const SandboxMode = enumOf([
  "EMULATED",
  "IFRAME",
  "NATIVE",
]) as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
export const XFrameOptionsMode = enumOf([
  "ALLOWALL",
  "DEFAULT",
]) as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;
