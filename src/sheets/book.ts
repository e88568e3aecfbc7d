// Reads the configuration sheets of the book into the engine's values: settings, roster, units,
// activity list. A configuration error stops the command before anything is written.
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
import { COLUMNS, H, moreOf, REQUIRED, SHEET, SHEET_MSG, SHOWN_PER_KIND } from "../text";
import { UserError } from "./errors";
import { readNamedTable, readTable, type Table } from "./table";
import type { Clock } from "./zone";

export type Base = {
  settings: Settings;
  cadres: Cadre[];
  units: Unit[];
  activities: string[];
  /** Configuration warnings (not errors) to show the user. */
  warnings: string[];
  /** The tables read, by sheet name, for commands that also write near them (dropdowns). */
  tables: Map<string, Table>;
};

/** Lines "«Sheet» dòng N: message" for the user. */
export function describeConfigErrors(errors: readonly ConfigError[]): string[] {
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
  const t = readNamedTable(book, SHEET.settings, COLUMNS.settings, REQUIRED.settings);
  const rows = t.records.map((r) => ({ param: r.cells[H.param], value: r.cells[H.value], row: r.row }));
  return parseSettings(rows, { today: clock.today, zoneDay: clock.zoneDay });
}

export function readBase(book: GoogleAppsScript.Spreadsheet.Spreadsheet, clock: Clock): Base {
  const s = readSettings(book, clock);
  const roster = readNamedTable(book, SHEET.roster, COLUMNS.roster, REQUIRED.roster);
  const units = readNamedTable(book, SHEET.units, COLUMNS.units, REQUIRED.units);
  // `Danh mục` only feeds the dropdown and a warning: without it, `Hình thức` is not checked.
  const listSheet = book.getSheetByName(SHEET.activities);
  const list = listSheet ? readTable(listSheet, COLUMNS.activities, REQUIRED.activities) : undefined;
  const activities = list ? parseActivities(list.records) : [];
  const r = parseRoster(roster.records, { zoneDay: clock.zoneDay, year: s.settings.year });
  const u = parseUnits(units.records, { zoneDay: clock.zoneDay, year: s.settings.year });
  const warnings = stopOnConfigErrors([...s.errors, ...r.errors, ...u.errors]);
  const tables = new Map<string, Table>([
    [SHEET.roster, roster],
    [SHEET.units, units],
  ]);
  if (list) tables.set(SHEET.activities, list);
  return { settings: s.settings, cadres: r.cadres, units: u.units, activities, warnings, tables };
}
