// `Tổng hợp từ file khác` (SPEC §7): every Google Sheet listed in `Nguồn dữ liệu` has its log tabs
// copied into one snapshot tab `Nhật ký (nguồn) - <Tên nguồn>`, replacing the previous snapshot, with
// `Nguồn` and `Dòng gốc` naming where each row came from. A failing source is reported on its row and
// never stops the others; its previous snapshot is kept.
import {
  cellDisplay,
  foldText,
  isBlankLogRow,
  once,
  readRows,
  serialFromDay,
  tabName,
  type Cell,
  type ZoneDay,
} from "../../domain";
import { LOG, SNAPSHOT, SOURCES, fieldKeys, type FieldKey } from "../../schema";
import { isFormTabName } from "../forms/read-responses";
import { SNAPSHOT_TAB_PREFIX, SOURCE_MSG } from "../../text";
import { readSettings, stopOnConfigErrors } from "../config";
import { isLogTabName, isSnapshotTabName } from "../log-tabs";
import {
  adminsOf,
  canEditSheet,
  currentUser,
  readProtection,
  requireAdmin,
  restrictSheet,
  type ProtectionState,
} from "../permissions";
import type { CommandContext, CommandResult } from "../run-command";
import { ensureColumns, readTable, readValues, type Table } from "../table";
import { planNewTable } from "../template";
import { fitSheet, makeBlock, writeBlock } from "../write";
import { WritePlan } from "../write-plan";
import { makeZoneDay } from "../zone";
import { findSheet, freezeRows, frozenRowsOf, insertSheet, NEW_SHEET, sizeOf } from "../book-sheets";
import { bookCells, CELL_LIMIT } from "../cell-limit";

type SourceKey = FieldKey<typeof SOURCES>;
/** The snapshot tab's header and formats. */
const snapshotColumns = once(() => {
  const keys = fieldKeys(SNAPSHOT);
  return { header: keys.map((k) => SNAPSHOT.fields[k].header), formats: keys.map((k) => SNAPSHOT.fields[k].format) };
});

type Pulled = { ok: true; tab: string; lines: Cell[][]; tabs: number } | { ok: false; reason: string };

export function consolidateCommand(ctx: CommandContext): CommandResult {
  const { book } = ctx;
  const s = readSettings(book, ctx.clock);
  stopOnConfigErrors(s.errors);
  const admins = requireAdmin(ctx.caption, adminsOf(book, s.settings));
  const plan = new WritePlan();

  const existing = findSheet(book, SOURCES.sheet);
  if (!existing) {
    planNewTable(plan, book, SOURCES.sheet, SOURCES);
    const text = SOURCE_MSG.createdSheet(SOURCES.sheet);
    return { plan, summary: text, alert: text };
  }
  const table = readTable(existing, SOURCES);
  const sources = table.rows.filter((r) => foldText(r.cells.sourceName) || foldText(r.cells.sourceLink));
  if (!sources.length) {
    const text = SOURCE_MSG.noSources(SOURCES.sheet);
    return { summary: text, alert: text };
  }

  // Read every source first; then plan one snapshot per source that loaded.
  const me = currentUser();
  const taken = new Map<string, number>();
  const status = new Map<number, { text: string; at?: Date }>();
  let ok = 0;
  let rows = 0;
  const room = { cells: CELL_LIMIT - bookCells(book) };
  for (const src of sources) {
    let pulled: Pulled;
    try {
      pulled = pullSource(src.row, src.cells.sourceName, src.cells.sourceLink, { me, taken });
    } catch (err) {
      console.error(`Nguồn dòng ${src.row}: ${(err as Error)?.stack ?? err}`);
      pulled = { ok: false, reason: SOURCE_MSG.readFailed(errorText(err)) };
    }
    const adds = pulled.ok ? fits(book, plan, pulled, room) : pulled;
    if (typeof adds !== "number") {
      status.set(src.row, { text: adds.reason });
      continue;
    }
    const done = pulled as Pulled & { ok: true };
    const write = planSnapshot(book, done.tab, done.lines, admins);
    plan.add({
      sheet: done.tab,
      addsCells: adds,
      write: () => {
        try {
          write();
          ok++;
          rows += done.lines.length;
          status.set(src.row, { text: SOURCE_MSG.ok(done.lines.length, done.tabs), at: ctx.clock.now });
        } catch (err) {
          console.error(`Nguồn dòng ${src.row}: ${(err as Error)?.stack ?? err}`);
          status.set(src.row, { text: writeFailure(done.tab, errorText(err)) });
        }
      },
    });
  }
  planStatus(plan, table, status);
  const summary = () => SOURCE_MSG.summary(ok, sources.length - ok, rows);
  return {
    plan,
    summary: "",
    report: () => ({
      summary: summary(),
      toast: summary(),
      alert: ok < sources.length ? summary() : undefined,
      counts: { ok, failed: sources.length - ok, rows },
    }),
  };
}

/** `Trạng thái` and `Cập nhật lúc` of every source row, in one write each; a failure keeps the old time. */
function planStatus(plan: WritePlan, t: Table<SourceKey>, status: Map<number, { text: string; at?: Date }>) {
  const cols = ensureColumns(plan, t, ["sourceStatus", "sourceUpdated"]);
  const first = t.headerRow + 2;
  const last = t.values.length;
  if (last < first) return;
  const n = last - first + 1;
  plan.add({
    sheet: t.name,
    areas: [cols.sourceStatus, cols.sourceUpdated].map((c) => ({ row: first, col: c + 1, rows: n, cols: 1 })),
    write: () => {
      const texts: Cell[][] = [];
      const times: Cell[][] = [];
      for (let row = first; row <= last; row++) {
        const s = status.get(row);
        texts.push([s ? s.text : (t.values[row - 1][cols.sourceStatus] ?? "")]);
        times.push([s?.at ?? t.values[row - 1][cols.sourceUpdated] ?? ""]);
      }
      writeBlock(t.sheet, first, cols.sourceStatus + 1, makeBlock(texts));
      const timeBlock = makeBlock(times);
      const format = SOURCES.fields.sourceUpdated.format!;
      timeBlock.formats = timeBlock.formats.map((r, i) => (times[i][0] instanceof Date ? [format] : r));
      writeBlock(t.sheet, first, cols.sourceUpdated + 1, timeBlock);
    },
  });
}

const errorText = (err: unknown) => String((err as Error)?.message ?? err);

/**
 * Whether the snapshot of a loaded source can be written: its tab, when there, is one the user may
 * edit, and the book stays under the cell limit (`room` is what is left after the sources before it).
 * Returns the cells the snapshot adds (its new sheet's included), planned.
 */
function fits(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  plan: WritePlan,
  pulled: Pulled & { ok: true },
  room: { cells: number },
): number | { ok: false; reason: string } {
  const sheet = findSheet(book, pulled.tab);
  if (sheet && !canEditSheet(sheet)) return { ok: false, reason: SOURCE_MSG.snapshotProtected(pulled.tab) };
  const rows = pulled.lines.length + 1;
  const width = snapshotColumns().header.length;
  // A new sheet is made at its default size first, then sized: both count.
  const created = sheet ? 0 : NEW_SHEET.rows * NEW_SHEET.cols;
  const needed = created + plan.cells.fitCells(pulled.tab, sheet, rows, width);
  if (needed > room.cells) return { ok: false, reason: SOURCE_MSG.cellLimit(needed, room.cells) };
  room.cells -= needed;
  return (sheet ? 0 : plan.cells.created(pulled.tab)) + plan.cells.fitted(pulled.tab, sheet, rows, width);
}

/** What a failed snapshot write says, from the service's error. */
function writeFailure(tab: string, error: string): string {
  if (/already exists/i.test(error)) return SOURCE_MSG.nameClash(tab);
  if (/limit of .*cells|cells in the workbook/i.test(error)) return SOURCE_MSG.cellLimitReached;
  if (/protected|permission/i.test(error)) return SOURCE_MSG.snapshotProtected(tab);
  return SOURCE_MSG.writeFailed(tab, error);
}

/** The write of a snapshot tab; its grid, frozen rows and protection are read now. */
function planSnapshot(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: string,
  lines: Cell[][],
  admins: string[],
): () => void {
  const existing = findSheet(book, tab);
  if (existing) {
    sizeOf(existing);
    frozenRowsOf(existing);
  }
  const protection = readProtection(book, existing);
  return () => writeSnapshot(existing ?? insertSheet(book, tab), lines, admins, protection);
}

function writeSnapshot(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  lines: Cell[][],
  admins: string[],
  protection: ProtectionState,
) {
  sheet.clear();
  const { header, formats } = snapshotColumns();
  const block = makeBlock([[...header], ...lines], formats);
  block.weights = block.values.map((_, i) => Array(header.length).fill(i === 0 ? "bold" : "normal"));
  fitSheet(sheet, block.values.length, header.length, true);
  writeBlock(sheet, 1, 1, block);
  freezeRows(sheet, 1);
  restrictSheet(sheet, protection, admins);
}

function pullSource(row: number, name: Cell, link: Cell, who: { me: string; taken: Map<string, number> }): Pulled {
  const sourceName = cellDisplay(name).trim();
  const address = cellDisplay(link).trim();
  if (!sourceName) return { ok: false, reason: SOURCE_MSG.missingName };
  if (!address) return { ok: false, reason: SOURCE_MSG.missingLink };
  const tab = tabName(SNAPSHOT_TAB_PREFIX, sourceName);
  const other = who.taken.get(foldText(tab));
  if (other !== undefined) return { ok: false, reason: SOURCE_MSG.sameTab(tab, other) };
  who.taken.set(foldText(tab), row);

  let source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    source = /^https?:\/\//i.test(address) ? SpreadsheetApp.openByUrl(address) : SpreadsheetApp.openById(address);
  } catch (err) {
    const text = String((err as Error)?.message ?? err);
    return {
      ok: false,
      reason: /permission|access|quyền/i.test(text) ? SOURCE_MSG.noAccess(who.me) : SOURCE_MSG.notFound,
    };
  }
  const tabs = source.getSheets().filter((s) => isLogTabName(s.getName()) && !isSnapshotTabName(s.getName()));
  if (!tabs.length) return { ok: false, reason: SOURCE_MSG.noLogTab };
  const zoneDay = makeZoneDay(source.getSpreadsheetTimeZone());

  const lines: Cell[][] = [];
  const logKeys = fieldKeys(LOG);
  for (const sheet of tabs) {
    const from = sheet.getName();
    const values = readValues(sheet);
    const read = readRows(values, LOG);
    if (!read.ok) return { ok: false, reason: SOURCE_MSG.missingHeader(from, read.missing) };
    // A response tab of the phone form: its timestamp (column A) is the row's `Ngày báo cáo` (SPEC §16).
    const stamped = isFormTabName(from) && read.columns.reportDate === undefined;
    for (const r of read.rows) {
      if (isBlankLogRow(r.cells)) continue;
      const cells = stamped ? { ...r.cells, reportDate: values[r.row - 1]?.[0] } : r.cells;
      lines.push([...logKeys.map((k) => (LOG.fields[k].result ? "" : asCalendarDay(cells[k], zoneDay))), from, r.row]);
    }
  }
  return { ok: true, tab, lines, tabs: tabs.length };
}

/** A source's date cell becomes the same calendar day here, whatever either book's time zone. */
function asCalendarDay(value: Cell, zoneDay: ZoneDay): Cell {
  if (value instanceof Date) return serialFromDay(zoneDay(value));
  return value ?? "";
}
