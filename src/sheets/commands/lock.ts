// `Chốt số liệu` (SPEC §15): for admins. Asks the period as `Lập báo cáo` does, computes that report
// at the same as-of date, and freezes it: a protected `Chốt <kỳ>` sheet with the report, a row in
// `Kỳ đã chốt`, and the period's fingerprint in the hidden protected sheet. Re-locking keeps the
// earlier sheet under a dated name.
import {
  earlierLockName,
  foldText,
  formatDay,
  lockFingerprints,
  lockSheetName,
  lockSheetRows,
  periodWording,
  sameSheetName,
  serialFromDay,
  type Cell,
} from "../../domain";
import { FINGERPRINTS, LOCKED_PERIODS, fieldKeys, type Schema } from "../../schema";
import { LOCK_MSG, LOCK_TEXT } from "../../text";
import { readBookConfig } from "../config";
import { UserError } from "../errors";
import { readLocks, type BookLocks } from "../locks";
import { adminsOf, currentUser, restrictSheet } from "../permissions";
import { askPeriod } from "../report/command";
import { describeReport } from "../report/read";
import type { CommandContext, CommandResult } from "../run-command";
import { ensureSize, makeBlock, writeBlock } from "../write";
import { WritePlan } from "../write-plan";
import { readAndCheckLog } from "./check";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function lockCommand(ctx: CommandContext): CommandResult {
  const { book, ui } = ctx;
  const config = readBookConfig(book, ctx.clock);
  const admins = adminsOf(book, config.settings);
  const me = currentUser();
  if (!me || !admins.includes(me)) throw new UserError(LOCK_MSG.adminOnly(me));
  const span = askPeriod(ui, ctx.caption, config.settings);
  if (!span) return { summary: "", cancelled: true };
  const label = periodWording(span.period);
  if (span.partial && !confirm(ctx, LOCK_MSG.notEnded(label, formatDay(span.to), formatDay(span.asOf))))
    return { summary: "", cancelled: true };

  const locks = readLocks(book, ctx.clock);
  const name = lockSheetName(span.period);
  const names = book.getSheets().map((s) => s.getName());
  const previous = [...locks.register].reverse().find((r) => foldText(r.label) === foldText(label));
  const occupant = book.getSheets().find((s) => sameSheetName(s.getName(), name));
  let renamed: string | undefined;
  if (occupant) {
    const lockedOn = previous?.lockedOn ?? ctx.clock.today;
    renamed = earlierLockName(occupant.getName(), lockedOn, names);
    const on = formatDay(lockedOn);
    if (!confirm(ctx, LOCK_MSG.again(label, occupant.getName(), on, renamed))) return { summary: "", cancelled: true };
  }

  // Read and compute everything before the first write.
  const doc = describeReport(book, config, ctx.clock, span);
  const checked = readAndCheckLog(book, config, ctx.clock);
  const fingerprints = lockFingerprints(
    checked.result.visits,
    config.cadres,
    { from: config.settings.from, to: config.settings.to, asOf: span.asOf },
    span,
  );
  const at = Utilities.formatDate(ctx.clock.now, ctx.clock.timeZone, "HH:mm dd/MM/yyyy");
  const rows = lockSheetRows(LOCK_TEXT.title(at, ctx.user, formatDay(span.asOf)), doc);

  const plan = new WritePlan();
  if (occupant && renamed) {
    const newName = renamed;
    plan.add({ sheet: occupant.getName(), write: () => occupant.setName(newName) });
    if (previous && locks.registerSheet) {
      const col = registerColumn(locks.registerSheet, LOCKED_PERIODS.fields.sheet.header);
      const sheet = locks.registerSheet;
      if (col)
        plan.add({ sheet: sheet.getName(), write: () => writeBlock(sheet, previous.row, col, makeBlock([[newName]])) });
    }
  }
  plan.add({
    sheet: name,
    write: () => {
      const sheet = book.insertSheet(name);
      writeRows(sheet, rows);
      sheet.getRange(1, 1).setFontWeight("bold");
      sheet.setColumnWidth(1, 320);
      restrictSheet(sheet, admins);
    },
  });
  const s = (d: number) => serialFromDay(d);
  appendRow(
    plan,
    book,
    LOCKED_PERIODS,
    locks,
    [label, s(span.from), s(span.to), s(span.asOf), ctx.clock.now, ctx.user, name, fingerprints.length],
    admins,
  );
  const kept = locks.fingerprintRows.filter((r) => foldText(r.label) !== foldText(label));
  const fpRows: Cell[][] = [
    ...kept.map((r) => [r.label, r.f.hash, r.f.cadre, r.f.from >= 0 ? s(r.f.from) : ""]),
    ...fingerprints.map((f) => [label, f.hash, f.cadre, s(f.from)]),
  ];
  plan.add({
    sheet: FINGERPRINTS.sheet,
    write: () => rewriteFingerprints(book, locks.fingerprintSheet, fpRows, admins),
  });

  const summary = LOCK_MSG.done(label, name, fingerprints.length) + (renamed ? LOCK_MSG.renamed(renamed) : "");
  return { plan, summary, alert: summary, counts: { rows: fingerprints.length } };
}

function confirm(ctx: CommandContext, question: string): boolean {
  return ctx.ui.alert(ctx.caption, question, ctx.ui.ButtonSet.YES_NO) === ctx.ui.Button.YES;
}

/** 1-based column of `header` on the register's first row, 0 when absent. */
function registerColumn(sheet: Sheet, header: string): number {
  const first = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0];
  return first.findIndex((h) => foldText(h) === foldText(header)) + 1;
}

const formatsOf = (schema: Schema) => fieldKeys(schema).map((k) => schema.fields[k].format);
const headerOf = (schema: Schema) => fieldKeys(schema).map((k) => schema.fields[k].header);

function writeRows(sheet: Sheet, rows: Cell[][], formats: (string | undefined)[] = []): void {
  const block = makeBlock(rows, (i) => (i === 0 ? [] : formats));
  ensureSize(sheet, block.values.length, block.values[0].length);
  writeBlock(sheet, 1, 1, block);
}

/** Appends one register row, creating `Kỳ đã chốt` (protected for the admins) when it is missing. */
function appendRow(plan: WritePlan, book: Book, schema: Schema, locks: BookLocks, row: Cell[], admins: string[]): void {
  const existing = locks.registerSheet;
  plan.add({
    sheet: schema.sheet,
    write: () => {
      if (!existing) {
        const sheet = book.insertSheet(schema.sheet);
        writeRows(sheet, [headerOf(schema), row], formatsOf(schema));
        sheet.getRange(1, 1, 1, row.length).setFontWeight("bold");
        sheet.setFrozenRows(1);
        restrictSheet(sheet, admins);
        return;
      }
      const at = existing.getLastRow() + 1;
      ensureSize(existing, at, row.length);
      writeBlock(existing, at, 1, makeBlock([row], formatsOf(schema)));
    },
  });
}

function rewriteFingerprints(book: Book, existing: Sheet | undefined, rows: Cell[][], admins: string[]): void {
  const sheet = existing ?? book.insertSheet(FINGERPRINTS.sheet);
  sheet.clear();
  writeRows(sheet, [headerOf(FINGERPRINTS), ...rows], formatsOf(FINGERPRINTS));
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  if (!existing) restrictSheet(sheet, admins);
}
