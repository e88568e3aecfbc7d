// Stable codes of every finding. Tests and the sheet layer rely on them; messages may be reworded.
import type { ConfigError, Finding, RowRef } from "./types";

export type LogCode =
  | "DATE_MISSING"
  | "DATE_UNREADABLE"
  | "DATE_IMPOSSIBLE"
  | "DATE_NO_YEAR"
  | "DATE_ORDER"
  | "CADRE_MISSING"
  | "CADRE_UNKNOWN"
  | "CADRE_AMBIGUOUS"
  | "CADRE_LOOSE"
  | "UNIT_MISSING"
  | "UNIT_UNKNOWN"
  | "UNIT_AMBIGUOUS"
  | "UNIT_LOOSE"
  | "DAYS_NOT_NUMBER"
  | "DAYS_NOT_POSITIVE"
  | "DAYS_OVER_SPAN"
  | "DAYS_NOT_WHOLE"
  | "DAYS_NOT_HALF"
  | "DUPLICATE"
  | "OVERLAP"
  | "OUTSIDE_WINDOW"
  | "AFTER_AS_OF"
  | "OUTSIDE_CADRE_WINDOW"
  | "REPORT_LATE"
  | "REPORT_EARLY"
  | "ACTIVITY_UNKNOWN"
  | "ACTIVITY_MISSING"
  | "CONTENT_MISSING"
  | "UNIT_MERGED"
  | "UNIT_DISSOLVED"
  | "UNIT_ENDS_DURING"
  | "PLAN_FROM_MISSING"
  | "PLAN_DATE_ORDER"
  | "PLAN_OUTSIDE_WINDOW"
  | "OFF_PLAN"
  | "LOCKED_PERIOD_CHANGED"
  | "FORM_EMAIL_MISMATCH";

export type ConfigCode =
  | "SETTING_INVALID"
  | "SETTING_RANGE"
  | "SETTING_DATE"
  | "SETTING_WINDOW"
  | "SETTING_THRESHOLDS"
  | "SETTING_DUPLICATE"
  | "SETTING_UNKNOWN"
  | "ROSTER_CODE_MISSING"
  | "ROSTER_CODE_DUPLICATE"
  | "ROSTER_NAME_MISSING"
  | "ROSTER_SAME_NAME"
  | "ROSTER_TARGET_INVALID"
  | "ROSTER_DATE_INVALID"
  | "ROSTER_WINDOW_ORDER"
  | "ROSTER_EMAIL_INVALID"
  | "UNITS_CODE_MISSING"
  | "UNITS_CODE_DUPLICATE"
  | "UNITS_NAME_MISSING"
  | "UNITS_SAME_NAME"
  | "CRITERIA_EMPTY"
  | "CRITERION_CODE_MISSING"
  | "CRITERION_CODE_DUPLICATE"
  | "CRITERION_MAX_INVALID"
  | "CRITERION_VETO_INVALID"
  | "CRITERION_COLUMN_MISSING"
  | "CAP_EXCEEDED"
  | "UNITS_DATE_INVALID"
  | "UNITS_SUCCESSOR_UNKNOWN"
  | "UNITS_SUCCESSOR_NO_END"
  | "UNITS_SUCCESSION_LOOP"
  | "SCORES_UNIT_ENDED"
  | "EXEMPTION_CADRE"
  | "EXEMPTION_DATE"
  | "EXEMPTION_OPEN_ENDED"
  | "TIER_LABEL"
  | "TIER_TYPES"
  | "TIER_MINIMUM"
  | "TIER_TYPE_UNUSED"
  | "CRITERION_GROUP_CLASH"
  | "CRITERION_TOP_MIN_INVALID";

/** Reasons a unit is `Chưa xếp loại`, or notes on its rating. */
export type RatingCode =
  | "SCORE_NO_ROW"
  | "SCORE_UNIT_MISSING"
  | "SCORE_UNIT_UNKNOWN"
  | "SCORE_UNIT_REPEATED"
  | "SCORE_ALL_BLANK"
  | "SCORE_NOT_NUMBER"
  | "SCORE_NEGATIVE"
  | "SCORE_OVER_MAX"
  | "SCORE_BLANK"
  | "FINAL_LEVEL_INVALID"
  | "VETO"
  | "CAP_DOWNGRADED"
  | "CAP_EXCEEDED"
  | "DECISION"
  | "OFFICIAL"
  | "TOP_MINIMUM"
  | "DECISION_DESPITE_MINIMUM";

export function error(code: LogCode, message: string, other?: RowRef): Finding {
  return other ? { code, severity: "error", message, other } : { code, severity: "error", message };
}

export function warning(code: LogCode, message: string, other?: RowRef): Finding {
  return other ? { code, severity: "warning", message, other } : { code, severity: "warning", message };
}

export function configError(
  code: ConfigCode,
  sheet: string,
  message: string,
  where: { row?: number; field?: string } = {},
  severity: "error" | "warning" = "error",
): ConfigError {
  return { code, severity, sheet, message, ...where };
}
