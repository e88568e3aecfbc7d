// Plain value types shared by the engine.

/** A cell value as Sheets hands it over. */
export type Cell = string | number | boolean | Date | null | undefined;

/** A calendar day: days since 1970-01-01 (proleptic Gregorian). */
export type Day = number;

/** Calendar day of a `Date` cell in the spreadsheet's time zone (injected: the sheet layer uses Utilities.formatDate). */
export type ZoneDay = (d: Date) => Day;

export type Severity = "error" | "warning";

/** Where a row lives: the tab name and the 1-based sheet row. */
export interface RowRef {
  tab: string;
  row: number;
}

/** One problem found on a log row. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  /** The other row of a duplicate or an overlap. */
  other?: RowRef;
}

/** A problem in a configuration sheet (settings, roster, units, criteria, scores). */
export interface ConfigError {
  code: string;
  severity: Severity;
  /** Sheet name (SHEET.*). */
  sheet: string;
  /** 1-based sheet row when the sheet layer gave one. */
  row?: number;
  /** Settings parameter or column header at fault. */
  field?: string;
  message: string;
}

export type LevelKey = "top" | "good" | "pass" | "fail";
