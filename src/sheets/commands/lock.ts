// `Chốt số liệu` (SPEC §15): for admins. Asks the period as `Lập báo cáo` does, computes that report
// at the same as-of date, and freezes it: a protected `Chốt <kỳ>` sheet with the report, a row in
// `Kỳ đã chốt`, and the period's fingerprint in the hidden protected sheet. Re-locking keeps the
// earlier sheet under a dated name.
import {
  cellString,
  earlierLockName,
  foldText,
  formatDay,
  lockFingerprints,
  lockSheetName,
  lockSheetRows,
  lockSheetWidths,
  periodWording,
  readReportPeriod,
  reportParts,
  serialFromDay,
  widestRow,
  type Cell,
  type ReportSpan,
  type Settings,
} from "../../domain";
import { FINGERPRINTS, LOCKED_PERIODS, LOCKED_REPORTS, fieldWidths, type Schema } from "../../schema";
import { LOCK_MSG, LOCK_TEXT, menuCaption } from "../../text";
import { readBookConfig, readSettings } from "../config";
import { UserError } from "../errors";
import { bookSheets, insertSheet, renameSheet, sizeOf, withBookSheets } from "../book-sheets";
import { readLocks, type BookLocks } from "../locks";
import { adminsOf, currentUser, readProtection, restrictSheet } from "../permissions";
import { askPeriod } from "../report/command";
import { describeReport, lockedReportRows } from "../report/read";
import { runCommand, type CommandContext, type CommandOutcome, type CommandResult } from "../run-command";
import { clockFor } from "../zone";
import { ensureSize, makeBlock, writeBlock } from "../write";
import { WritePlan } from "../write-plan";
import { setUpSheet } from "../sheet-setup";
import { formatsOf, headerOf, planHiddenSheet } from "../hidden-sheet";
import { readAndCheckLog } from "./check";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The menu item. A dialog suspends the script and its locks do not survive it, so every question —
 * the period, "not ended yet", "locked already" — is asked first, reading only; the command then
 * takes the lock and writes. A non-admin is told at once, before any question.
 */
export function lockMenu(): CommandOutcome {
  const caption = menuCaption("chotSoLieu");
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  try {
    // The questions read the book once; the command reads it again under the lock.
    return withBookSheets(book, () => askThenLock(book, ui, caption), "", true);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    const message = err.message;
    // The command says it, records it in Lịch sử chạy, and writes nothing else.
    return runCommand("chotSoLieu", () => {
      throw new UserError(message);
    });
  }
}

function askThenLock(book: Book, ui: GoogleAppsScript.Base.Ui, caption: string): CommandOutcome {
  const clock = clockFor(book);
  const settings = readSettings(book, clock).settings;
  adminCheck(book, settings);
  const answer = askPeriod(ui, caption, settings);
  if (answer === undefined) return { command: caption, stopped: true, summary: "" };
  const span = spanOf(answer, settings);
  const label = periodWording(span.period);
  const yes = (question: string) => ui.alert(caption, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
  if (span.partial && !yes(LOCK_MSG.notEnded(label, formatDay(span.to), formatDay(span.asOf))))
    return { command: caption, stopped: true, summary: "" };
  const locks = readLocks(book, clock);
  const again = relock(book, locks, span, clock.today);
  if (again && !yes(LOCK_MSG.again(label, again.name, formatDay(again.lockedOn), again.renamed)))
    return { command: caption, stopped: true, summary: "" };
  // Locked before, its `Chốt` sheet deleted since: `Kỳ đã chốt` still says so (SPEC §15 asks again).
  const registered = again ? undefined : lastRegistered(locks, label);
  if (registered && !yes(LOCK_MSG.againWithoutSheet(label, formatDay(registered.lockedOn))))
    return { command: caption, stopped: true, summary: "" };
  return runCommand("chotSoLieu", (ctx) => lockCommand(ctx, answer));
}

function adminCheck(book: Book, settings: Settings): string[] {
  const admins = adminsOf(book, settings);
  const me = currentUser();
  if (!me || !admins.includes(me)) throw new UserError(LOCK_MSG.adminOnly(me));
  return admins;
}

function spanOf(answer: string, settings: Settings): ReportSpan {
  const read = readReportPeriod(answer, settings);
  if (!read.ok) throw new UserError(read.message);
  return read.span;
}

type Relock = { occupant: Sheet; name: string; renamed: string; lockedOn: number; registerRow?: number };

/** The period's last row in `Kỳ đã chốt`, if it was ever locked. */
const lastRegistered = (locks: BookLocks, label: string) =>
  [...locks.register].reverse().find((r) => foldText(r.label) === foldText(label));

/** The earlier `Chốt <kỳ>` sheet of the period, and the name it will keep. */
function relock(book: Book, locks: BookLocks, span: ReportSpan, today: number): Relock | undefined {
  const label = periodWording(span.period);
  const name = lockSheetName(span.period);
  const sheets = bookSheets(book);
  const occupant = sheets.find(name);
  if (!occupant) return undefined;
  const previous = lastRegistered(locks, label);
  const lockedOn = previous?.lockedOn ?? today;
  const names = sheets.list().map((s) => s.name);
  return {
    occupant,
    name: sheets.nameOf(name) ?? name,
    renamed: earlierLockName(sheets.nameOf(name) ?? name, lockedOn, names),
    lockedOn,
    registerRow: previous?.row,
  };
}

export function lockCommand(ctx: CommandContext, answer: string): CommandResult {
  const { book } = ctx;
  const config = readBookConfig(book, ctx.clock);
  const admins = adminCheck(book, config.settings);
  const span = spanOf(answer, config.settings);
  const label = periodWording(span.period);
  const locks = readLocks(book, ctx.clock);
  const name = lockSheetName(span.period);
  const again = relock(book, locks, span, ctx.clock.today);

  // Read and compute everything before the first write.
  const doc = describeReport(book, config, ctx.clock, span, false);
  const checked = readAndCheckLog(book, config, ctx.clock);
  const fingerprints = lockFingerprints(
    checked.result.visits,
    config.cadres,
    { from: config.settings.from, to: config.settings.to, asOf: span.asOf },
    span,
  );
  const rows = lockSheetRows(LOCK_TEXT.title(ctx.clock.stamp, ctx.user, formatDay(span.asOf)), doc);

  const plan = new WritePlan();
  if (again) {
    const { occupant, renamed, registerRow } = again;
    plan.add({ sheet: again.name, write: () => renameSheet(occupant, again.name, renamed) });
    const register = locks.registerSheet;
    const col = register && registerRow ? registerColumn(register, LOCKED_PERIODS.fields.sheet.header) : 0;
    if (register && registerRow && col)
      plan.add({
        sheet: bookSheets(book).nameOf(LOCKED_PERIODS.sheet) ?? LOCKED_PERIODS.sheet,
        write: () => writeBlock(register, registerRow, col, makeBlock([[renamed]])),
      });
  }
  const fresh = readProtection(book, null);
  plan.add({
    sheet: name,
    addsCells: plan.cells.created(name) + plan.cells.grown(name, null, rows.length, widestRow(rows, 1)),
    write: () => {
      const sheet = insertSheet(book, name);
      writeRows(sheet, rows);
      sheet.getRange(1, 1).setFontWeight("bold");
      // The title line frozen, the columns wide enough to read (SPEC §17), with the command's other new sheets.
      setUpSheet({ sheet, name, frozenRows: 1, widths: lockSheetWidths(rows) });
      restrictSheet(sheet, fresh, admins);
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
  // By cadre: onEdit reads only the rows of the cadres it checks, then in one or two runs.
  const fpRows: Cell[][] = [
    ...kept.map((r) => [r.label, r.f.hash, r.f.cadre, r.f.from >= 0 ? s(r.f.from) : ""]),
    ...fingerprints.map((f) => [label, f.hash, f.cadre, s(f.from)]),
  ].sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  planHiddenSheet(plan, book, FINGERPRINTS, fpRows, admins);
  // The report as locked, for Lập báo cáo of this period (SPEC §14); other periods' reports are kept.
  const keptReports = lockedReportRows(book).filter((r) => foldText(cellString(r[0])) !== foldText(label));
  const parts = reportParts(doc).map((part, i) => [label, i + 1, part]);
  planHiddenSheet(plan, book, LOCKED_REPORTS, [...keptReports, ...parts], admins);

  const summary = LOCK_MSG.done(label, name, fingerprints.length) + (again ? LOCK_MSG.renamed(again.renamed) : "");
  return { plan, summary, alert: summary, counts: { rows: fingerprints.length } };
}

/** 1-based column of `header` on the register's first row, 0 when absent. */
function registerColumn(sheet: Sheet, header: string): number {
  const first = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0];
  return first.findIndex((h) => foldText(h) === foldText(header)) + 1;
}

function writeRows(sheet: Sheet, rows: Cell[][], formats: (string | undefined)[] = []): void {
  const block = makeBlock(rows, (i) => (i === 0 ? [] : formats));
  ensureSize(sheet, block.values.length, block.values[0].length);
  writeBlock(sheet, 1, 1, block);
}

/** Appends one register row, creating `Kỳ đã chốt` (protected for the admins) when it is missing. */
function appendRow(plan: WritePlan, book: Book, schema: Schema, locks: BookLocks, row: Cell[], admins: string[]): void {
  const existing = locks.registerSheet;
  const at = existing ? existing.getLastRow() + 1 : 2;
  const width = Math.max(row.length, headerOf(schema).length);
  const created = existing ? 0 : plan.cells.created(schema.sheet);
  if (existing) sizeOf(existing);
  const fresh = existing ? undefined : readProtection(book, null);
  plan.add({
    sheet: schema.sheet,
    addsCells: created + plan.cells.grown(schema.sheet, existing ?? null, at, width),
    write: () => {
      if (!existing) {
        const sheet = insertSheet(book, schema.sheet);
        const block = makeBlock([headerOf(schema), row], (i) => (i === 0 ? [] : formatsOf(schema)));
        block.weights = block.values.map((_, i) => Array(row.length).fill(i === 0 ? "bold" : "normal"));
        ensureSize(sheet, block.values.length, block.values[0].length);
        writeBlock(sheet, 1, 1, block);
        // Its header frozen and its schema's widths (SPEC §17), with the command's other new sheets.
        setUpSheet({
          sheet,
          name: schema.sheet,
          frozenRows: 1,
          widths: fieldWidths(schema),
        });
        if (fresh) restrictSheet(sheet, fresh, admins);
        return;
      }
      ensureSize(existing, at, row.length);
      writeBlock(existing, at, 1, makeBlock([row], formatsOf(schema)));
    },
  });
}
