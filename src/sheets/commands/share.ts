// `Phân quyền` (SPEC §7): an office tab per `Đơn vị công tác`, and protections that hold — settings,
// lists and outputs for the owner and admins, each office tab also for its cadres, the main log and
// snapshots for admins, `Lịch sử chạy` warning-only. Re-running updates editors, never duplicates.
import { foldText, tabName, type Cadre } from "../../domain";
import { COLUMNS, H, OFFICE_TAB_PREFIX, REQUIRED, SHARE_MSG, SHEET } from "../../text";
import { readBase } from "../book";
import type { CommandContext, CommandOutcome } from "../command";
import { UserError } from "../errors";
import { historySheet } from "../history";
import { isLogTabName, isOfficeTabName } from "../log-tabs";
import { makeBlock, writeBlock } from "../write";
import { adminsOf, currentUser, lower, restrictSheet, warnOnlySheet } from "../permissions";
import { addLogDropdowns, findTable, LOG_SPEC, logListSources, writeNewTable } from "../setup";

const ADMIN_SHEETS = [
  SHEET.settings,
  SHEET.roster,
  SHEET.units,
  SHEET.activities,
  SHEET.criteria,
  SHEET.scores,
  SHEET.progress,
  SHEET.rating,
  SHEET.summary,
  SHEET.sources,
];

type Office = { tab: string; names: string[]; emails: string[] };

/** One entry per office tab name, from the roster (offices spelled two ways share a tab). */
export function officesOf(cadres: readonly Cadre[]): Map<string, Office> {
  const byTab = new Map<string, Office>();
  for (const c of cadres) {
    if (!foldText(c.office)) continue;
    const tab = tabName(OFFICE_TAB_PREFIX, c.office);
    let o = byTab.get(tab);
    if (!o) byTab.set(tab, (o = { tab, names: [], emails: [] }));
    o.names.push(c.name);
    o.emails.push(...c.emails);
  }
  return byTab;
}

/** Stops unless the current user is the owner or in `Email quản trị`; returns the admins. */
export function requireAdmin(ctx: CommandContext, adminEmails: string[]): string[] {
  const me = currentUser();
  if (!me || !adminEmails.includes(me)) throw new UserError(SHARE_MSG.adminOnly(ctx.caption, me));
  return adminEmails;
}

export function shareCommand(ctx: CommandContext): CommandOutcome {
  const { book } = ctx;
  const base = readBase(book, ctx.clock);
  const admins = requireAdmin(ctx, adminsOf(book, base.settings));
  const offices = officesOf(base.cadres);

  // Office tabs: created with the log headers and dropdowns; the cadre list is the office's own.
  const created: string[] = [];
  const sources = logListSources((name) => base.tables.get(name));
  for (const office of offices.values()) {
    let sheet = book.getSheetByName(office.tab);
    let table = sheet ? findTable(sheet, COLUMNS.log, REQUIRED.log) : undefined;
    if (!sheet) {
      sheet = book.insertSheet(office.tab);
      table = writeNewTable(sheet, LOG_SPEC);
      addLogDropdowns(
        table,
        sources.filter(([h]) => h !== H.cadre),
      );
      created.push(office.tab);
    }
    const cadreCol = table?.columns[H.cadre];
    if (table && cadreCol !== undefined) {
      const rows = sheet.getMaxRows() - table.headerRow - 1;
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(office.names, true)
        .setAllowInvalid(true)
        .build();
      if (rows > 0) sheet.getRange(table.headerRow + 2, cadreCol + 1, rows, 1).setDataValidation(rule);
    }
  }

  // Protections, sheet by sheet. Sheets a command creates later must exist now to be protected.
  historySheet(book);
  for (const name of [SHEET.progress, SHEET.rating, SHEET.summary]) {
    if (!book.getSheetByName(name))
      writeBlock(book.insertSheet(name), 1, 1, makeBlock([[SHARE_MSG.outputPlaceholder]]));
  }
  const lines: string[] = [];
  let protectedSheets = 0;
  for (const sheet of book.getSheets()) {
    const name = sheet.getName();
    if (name === SHEET.history) {
      warnOnlySheet(sheet);
      lines.push(SHARE_MSG.historySheet(name));
    } else if ((ADMIN_SHEETS as readonly string[]).includes(name)) {
      lines.push(SHARE_MSG.adminSheet(name, restrictSheet(sheet, admins)));
    } else if (offices.has(name) || isOfficeTabName(name)) {
      const office = offices.get(name);
      lines.push(SHARE_MSG.officeSheet(name, restrictSheet(sheet, [...admins, ...(office?.emails ?? [])])));
    } else if (isLogTabName(name)) {
      lines.push(SHARE_MSG.logSheet(name, restrictSheet(sheet, admins)));
    } else continue;
    protectedSheets++;
  }

  // A protection does not share the file: name who still needs to be added as an editor.
  const fileEditors = lower([book.getOwner()?.getEmail() ?? "", ...book.getEditors().map((u) => u.getEmail())]);
  const wanted = lower([...admins, ...[...offices.values()].flatMap((o) => o.emails)]);
  const missing = wanted.filter((e) => !fileEditors.includes(e));

  const summary = SHARE_MSG.summary(protectedSheets, created.length);
  const alert = [
    summary,
    ...(created.length ? [SHARE_MSG.createdTabs(created)] : []),
    ...lines.map((l) => `- ${l}`),
    ...(missing.length ? ["", SHARE_MSG.notEditors(missing)] : []),
  ].join("\n");
  return { summary, alert };
}
