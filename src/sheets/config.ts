// The book's configuration: settings, roster, units and the activity list, read into the engine's
// values. A configuration error stops the command before anything is written.
import {
  parseActivities,
  parseRoster,
  parseSettings,
  parseUnits,
  type Cadre,
  type ConfigError,
  type Settings,
  type Unit,
} from "../domain";
import { ACTIVITY_LIST, ROSTER, SETTINGS, UNITS } from "../schema";
import { moreOf, SHEET_MSG, SHOWN_PER_KIND } from "../text";
import { UserError } from "./errors";
import { readSchemaSheet, readTable, type Table } from "./table";
import type { Clock } from "./zone";
import { findSheet } from "./book-sheets";

export type BookConfig = {
  settings: Settings;
  cadres: Cadre[];
  units: Unit[];
  activities: string[];
  /** Configuration warnings (not errors) to show the user. */
  warnings: string[];
  /** The list tables read, for the dropdowns that follow them. */
  lists: ListTables;
};

/** The tables dropdowns take their values from, by sheet name. */
export type ListTables = ReadonlyMap<string, Table<string>>;

/** Lines "«Sheet» dòng N: message" for the user. */
function describeConfigErrors(errors: readonly ConfigError[]): string[] {
  return errors.map((e) => `«${e.sheet}»${e.row ? ` dòng ${e.row}` : ""}: ${e.message}`);
}

/** Stops the command when any configuration error is an error; returns the warnings. */
export function stopOnConfigErrors(errors: readonly ConfigError[]): string[] {
  const bad = errors.filter((e) => e.severity === "error");
  if (bad.length) {
    const lines = describeConfigErrors(bad.slice(0, SHOWN_PER_KIND));
    if (bad.length > SHOWN_PER_KIND) lines.push(`${moreOf(bad.length - SHOWN_PER_KIND, "lỗi")}.`);
    throw new UserError(SHEET_MSG.configErrors(bad[0].sheet, lines));
  }
  return describeConfigErrors(errors.filter((e) => e.severity !== "error"));
}

export function readSettings(book: GoogleAppsScript.Spreadsheet.Spreadsheet, clock: Clock) {
  return settingsOf(readSchemaSheet(book, SETTINGS), clock);
}

/** The settings of a `Cấu hình` table already read. */
export function settingsOf(t: Table<string>, clock: Pick<Clock, "today" | "zoneDay">) {
  const rows = t.rows.map((r) => ({ param: r.cells.param, value: r.cells.value, row: r.row }));
  return parseSettings(rows, { today: clock.today, zoneDay: clock.zoneDay });
}

export function readBookConfig(book: GoogleAppsScript.Spreadsheet.Spreadsheet, clock: Clock): BookConfig {
  const s = readSettings(book, clock);
  const roster = readSchemaSheet(book, ROSTER);
  const units = readSchemaSheet(book, UNITS);
  // `Danh mục` only feeds the dropdown and a warning: without it, `Hình thức` is not checked.
  const listSheet = findSheet(book, ACTIVITY_LIST.sheet);
  const list = listSheet ? readTable(listSheet, ACTIVITY_LIST) : undefined;
  const activities = list ? parseActivities(list.rows) : [];
  const r = parseRoster(roster.rows, { zoneDay: clock.zoneDay, year: s.settings.year });
  const u = parseUnits(units.rows, { zoneDay: clock.zoneDay, year: s.settings.year });
  const warnings = stopOnConfigErrors([...s.errors, ...r.errors, ...u.errors]);
  const lists = new Map<string, Table<string>>([
    [ROSTER.sheet, roster as Table<string>],
    [UNITS.sheet, units as Table<string>],
  ]);
  if (list) lists.set(ACTIVITY_LIST.sheet, list as Table<string>);
  return { settings: s.settings, cadres: r.cadres, units: u.units, activities, warnings, lists };
}
