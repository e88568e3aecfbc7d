// `Tổng hợp từ file khác` (SPEC §7): every Google Sheet listed in `Nguồn dữ liệu` has its log tabs
// copied into one snapshot tab `Nhật ký (nguồn) - <Tên nguồn>`, replacing the previous snapshot, with
// `Nguồn` and `Dòng gốc` naming where each row came from. A failing source is reported on its row and
// never stops the others; its previous snapshot is kept.
import {
  cellDisplay,
  foldText,
  isBlankLogRow,
  readRecords,
  serialFromDay,
  tabName,
  toLogRow,
  type Cell,
  type ZoneDay,
} from "../../domain";
import { COLUMNS, H, REQUIRED, SHEET, SNAPSHOT_TAB_PREFIX, SOURCE_MSG } from "../../text";
import { stopOnConfigErrors, readSettings } from "../book";
import type { CommandContext, CommandOutcome } from "../command";
import { isLogTabName, isSnapshotTabName } from "../log-tabs";
import { adminsOf, currentUser, restrictSheet } from "../permissions";
import { writeNewTable } from "../setup";
import { appendMissingHeaders, readTable } from "../table";
import { DATE_FORMAT, fitRows, makeBlock, writeBlock } from "../write";
import { makeZoneDay } from "../zone";
import { requireAdmin } from "./share";

const SNAPSHOT_HEADER = [...COLUMNS.log, H.snapshotSource, H.snapshotRow];
const DATE_COLUMNS: readonly string[] = [H.dateFrom, H.dateTo, H.reportDate];
const SNAPSHOT_FORMATS = SNAPSHOT_HEADER.map((h) =>
  DATE_COLUMNS.includes(h) ? DATE_FORMAT : h === H.snapshotRow ? "0" : undefined,
);
const RESULT_COLUMNS: readonly string[] = [H.checkStatus, H.checkDetail];

type Outcome = { ok: true; rows: number; tabs: number } | { ok: false; reason: string };

export function consolidateCommand(ctx: CommandContext): CommandOutcome {
  const { book } = ctx;
  const s = readSettings(book, ctx.clock);
  stopOnConfigErrors(s.errors);
  const admins = requireAdmin(ctx, adminsOf(book, s.settings));

  const existing = book.getSheetByName(SHEET.sources);
  if (!existing) {
    writeNewTable(book.insertSheet(SHEET.sources), {
      name: SHEET.sources,
      columns: COLUMNS.sources,
      required: REQUIRED.sources,
    });
    const text = SOURCE_MSG.createdSheet(SHEET.sources);
    return { summary: text, alert: text };
  }
  const table = readTable(existing, COLUMNS.sources, REQUIRED.sources);
  appendMissingHeaders(table, [H.sourceStatus, H.sourceUpdated]);
  const sources = table.records.filter((r) => foldText(r.cells[H.sourceName]) || foldText(r.cells[H.sourceLink]));
  if (!sources.length) {
    const text = SOURCE_MSG.noSources(SHEET.sources);
    return { summary: text, alert: text };
  }

  const me = currentUser();
  const taken = new Map<string, number>();
  const status = new Map<number, { text: string; at?: Date }>();
  let ok = 0;
  let rows = 0;
  for (const src of sources) {
    let result: Outcome;
    try {
      result = pullSource(book, src.row, src.cells[H.sourceName], src.cells[H.sourceLink], { me, admins, taken });
    } catch (err) {
      console.error(`Nguồn dòng ${src.row}: ${(err as Error)?.stack ?? err}`);
      result = { ok: false, reason: SOURCE_MSG.notFound };
    }
    if (result.ok) {
      ok++;
      rows += result.rows;
      status.set(src.row, { text: SOURCE_MSG.ok(result.rows, result.tabs), at: ctx.clock.now });
    } else status.set(src.row, { text: result.reason });
  }
  writeStatus(table, status);
  const summary = SOURCE_MSG.summary(ok, sources.length - ok, rows);
  return { summary, toast: summary, alert: ok < sources.length ? summary : undefined };
}

/** `Trạng thái` and `Cập nhật lúc` of every source row, in one write each; a failure keeps the old time. */
function writeStatus(t: ReturnType<typeof readTable>, status: Map<number, { text: string; at?: Date }>) {
  const first = t.headerRow + 2;
  const last = t.values.length;
  if (last < first) return;
  const sc = t.columns[H.sourceStatus]!;
  const uc = t.columns[H.sourceUpdated]!;
  const texts: Cell[][] = [];
  const times: Cell[][] = [];
  for (let row = first; row <= last; row++) {
    const s = status.get(row);
    texts.push([s ? s.text : t.values[row - 1][sc]]);
    times.push([s?.at ?? t.values[row - 1][uc]]);
  }
  writeBlock(t.sheet, first, sc + 1, makeBlock(texts));
  const timeBlock = makeBlock(times);
  timeBlock.formats = timeBlock.formats.map((r, i) => (times[i][0] instanceof Date ? ["dd/MM/yyyy HH:mm"] : r));
  writeBlock(t.sheet, first, uc + 1, timeBlock);
}

function pullSource(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  row: number,
  name: Cell,
  link: Cell,
  who: { me: string; admins: string[]; taken: Map<string, number> },
): Outcome {
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
  for (const sheet of tabs) {
    const from = sheet.getName();
    const read = readRecords(sheet.getDataRange().getValues() as Cell[][], COLUMNS.log, REQUIRED.log);
    if (!read.ok) return { ok: false, reason: SOURCE_MSG.missingHeader(from, read.missing) };
    for (const r of read.records) {
      if (isBlankLogRow(toLogRow(r).cells)) continue;
      lines.push([
        ...COLUMNS.log.map((h) => (RESULT_COLUMNS.includes(h) ? "" : asCalendarDay(r.cells[h], zoneDay))),
        from,
        r.row,
      ]);
    }
  }

  const sheet = book.getSheetByName(tab) ?? book.insertSheet(tab);
  sheet.clear();
  const block = makeBlock([[...SNAPSHOT_HEADER], ...lines], SNAPSHOT_FORMATS);
  fitRows(sheet, block.values.length);
  writeBlock(sheet, 1, 1, block);
  sheet.getRange(1, 1, 1, SNAPSHOT_HEADER.length).setFontWeight("bold");
  sheet.setFrozenRows(1);
  restrictSheet(sheet, who.admins);
  return { ok: true, rows: lines.length, tabs: tabs.length };
}

/** A source's date cell becomes the same calendar day here, whatever either book's time zone. */
function asCalendarDay(value: Cell, zoneDay: ZoneDay): Cell {
  if (value instanceof Date) return serialFromDay(zoneDay(value));
  return value ?? "";
}
