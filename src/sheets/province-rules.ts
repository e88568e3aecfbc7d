// The optional sheets of the province rules (SPEC §11): `Tạm miễn` and `Chỉ tiêu theo cấp`. Each rule
// is active only when its sheet exists and has rows; a bad row is a configuration error naming the sheet
// and row, and stops the command before anything is written.
import { parseExemptions, parseTiers, type Exemptions, type ProgressRules } from "../domain";
import { EXEMPTIONS, TIERS, type Schema } from "../schema";
import type { BookConfig } from "./config";
import { stopOnConfigErrors } from "./config";
import { readTable, tryReadTable, type Table } from "./table";
import type { Clock } from "./zone";
import { findSheet } from "./book-sheets";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The table of an optional sheet, or undefined when the sheet is absent; a missing header stops the command. */
export function readOptionalSheet<K extends string>(book: Book, schema: Schema<K>): Table<K> | undefined {
  const sheet = findSheet(book, schema.sheet);
  return sheet ? readTable(sheet, schema, {}, schema.sheet) : undefined;
}

/** `Tạm miễn` and `Chỉ tiêu theo cấp` as engine rules, with their warnings. */
export function readProgressRules(
  book: Book,
  config: BookConfig,
  clock: Clock,
): { rules: ProgressRules; warnings: string[] } {
  const exemptions = readOptionalSheet(book, EXEMPTIONS);
  const tiers = readOptionalSheet(book, TIERS);
  const e = exemptions
    ? parseExemptions(exemptions.rows, config.cadres, {
        zoneDay: clock.zoneDay,
        year: config.settings.year,
        windowEnd: config.settings.to,
      })
    : undefined;
  const t = tiers ? parseTiers(tiers.rows, config.units) : undefined;
  const warnings = stopOnConfigErrors([...(e?.errors ?? []), ...(t?.errors ?? [])]);
  const rules: ProgressRules = { units: config.units };
  if (e?.exemptions.size) rules.exemptions = e.exemptions;
  if (t?.tiers.length) rules.tiers = t.tiers;
  return { rules, warnings };
}

/**
 * `Tạm miễn` for a command that does not compute progress (its own errors are not its to report: the
 * commands that compute progress stop on them): the rows that read, or undefined without the sheet or
 * its headers.
 */
export function readExemptionsIfAny(book: Book, config: BookConfig, clock: Clock): Exemptions | undefined {
  const sheet = findSheet(book, EXEMPTIONS.sheet);
  const read = sheet ? tryReadTable(sheet, EXEMPTIONS) : undefined;
  if (!read?.ok) return undefined;
  const { exemptions } = parseExemptions(read.table.rows, config.cadres, {
    zoneDay: clock.zoneDay,
    year: config.settings.year,
    windowEnd: config.settings.to,
  });
  return exemptions;
}
