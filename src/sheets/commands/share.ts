// `Phân quyền` (SPEC §7): an office tab per `Đơn vị công tác`, and protections that hold — settings,
// lists and outputs for the owner and admins, each office tab also for its cadres, the main log and
// snapshots for admins, `Lịch sử chạy` warning-only. Re-running updates editors, never duplicates.
import { foldText, tabName, type Cadre, type Day } from "../../domain";
import { LOG, PLAN, type Schema } from "../../schema";
import {
  LOCK_SHEET,
  LOCK_SHEET_PREFIX,
  OFFICE_TAB_PREFIX,
  PLAN_OFFICE_TAB_PREFIX,
  PLAN_SHEET,
  SHARE_MSG,
  SHEET,
} from "../../text";
import { readBookConfig } from "../config";
import { historySheet } from "../history";
import { isLogTabName, isOfficeTabName } from "../log-tabs";
import {
  adminsOf,
  canEditSheet,
  lower,
  requireAdmin,
  resyncHelpers,
  readProtection,
  restrictSheet,
  warnOnlySheet,
  type Protected,
  type ProtectionState,
} from "../permissions";

type Role = "history" | "admin" | "office" | "log";
import type { CommandContext, CommandResult } from "../run-command";
import { tryReadTable } from "../table";
import { planCurrentLists, planDropdowns, planNewTable, type ListTables, type Placed } from "../template";
import { makeBlock, writeBlock } from "../write";
import { WritePlan } from "../write-plan";
import { isPlanTabName } from "../plan-tabs";
import { bookSheets, findSheet, insertSheet, rowsOf } from "../book-sheets";

const isOfficePlanTab = (name: string) => isPlanTabName(name) && foldText(name) !== foldText(PLAN_SHEET.plan);
/** `Chốt <kỳ>` sheets, the earlier ones kept under a dated name included (SPEC §15). */
const isLockSheetName = (name: string) => foldText(name).startsWith(foldText(LOCK_SHEET_PREFIX));

const ADMIN_SHEETS: readonly string[] = [
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
  SHEET.exemptions,
  SHEET.tiers,
  SHEET.official,
  PLAN_SHEET.plan,
  PLAN_SHEET.tracking,
  LOCK_SHEET.register,
  SHEET.fingerprints,
  SHEET.lockedReports,
  SHEET.currentLists,
];

/** An office's log or plan tab, with the cadres it lists in its dropdown and the emails that may edit it. */
type OfficeTab = { name: string; schema: Schema; names: string[]; emails: string[] };

/**
 * Every office's log tab `Nhật ký - <Đơn vị công tác>` and plan tab `Kế hoạch - <Đơn vị công tác>` (SPEC
 * §7, §10), keyed by the tab's name folded: sheet names are unique regardless of case, so offices spelled
 * two ways share a tab, and so do two long office names the 31-character limit cuts to one tab name
 * (the plan tab's prefix is a character longer: two offices can share a plan tab and not a log tab).
 * A shared tab lists and admits the cadres of every office it serves.
 */
function officeTabsOf(cadres: readonly Cadre[], today?: Day): Map<string, OfficeTab> {
  const tabs = new Map<string, OfficeTab>();
  for (const c of cadres) {
    if (!foldText(c.office)) continue;
    // The dropdown leaves out cadres whose `Áp dụng đến` has passed (SPEC §12); they keep their access.
    const listed = today === undefined || c.applyTo === undefined || c.applyTo >= today;
    for (const [prefix, schema] of [
      [OFFICE_TAB_PREFIX, LOG],
      [PLAN_OFFICE_TAB_PREFIX, PLAN],
    ] as const) {
      const name = tabName(prefix, c.office);
      let tab = tabs.get(foldText(name));
      if (!tab) tabs.set(foldText(name), (tab = { name, schema, names: [], emails: [] }));
      if (listed) tab.names.push(c.name);
      tab.emails.push(...c.emails);
    }
  }
  return tabs;
}

export function shareCommand(ctx: CommandContext): CommandResult {
  const { book } = ctx;
  const config = readBookConfig(book, ctx.clock);
  const admins = requireAdmin(ctx.caption, adminsOf(book, config.settings));
  // Keyed by the tab's name folded, which an existing tab's own spelling keeps.
  const officeOf = officeTabsOf(config.cadres, ctx.clock.today);
  const plan = new WritePlan();

  // Office tabs: created with the log or plan headers and dropdowns listing the cadres of the offices they serve.
  const created: string[] = [];
  const lists: ListTables = config.lists;
  const existing = new Map(
    bookSheets(book)
      .list()
      .map((s) => [foldText(s.name), s.sheet]),
  );
  // Before the dropdowns that may follow it.
  planCurrentLists(plan, book, lists, { today: ctx.clock.today, zoneDay: ctx.clock.zoneDay });
  for (const tab of officeOf.values()) {
    // An existing tab keeps its own spelling (sheet names are unique regardless of case).
    const sheet = existing.get(foldText(tab.name)) ?? null;
    if (sheet) tab.name = bookSheets(book).nameOf(tab.name) ?? tab.name;
    planOfficeTab(plan, book, tab.schema, sheet, tab.name, tab.names, lists, ctx, created);
  }

  // Protections, sheet by sheet. Sheets a command creates later must exist now to be protected.
  const lines: string[] = [];
  // The add-in's protections this admin is not on yet (added to `Email quản trị` after the last run).
  const locked: string[] = [];
  let protectedSheets = 0;
  const missingOutputs = [SHEET.progress, SHEET.rating, SHEET.summary].filter((name) => !findSheet(book, name));
  const newSheets = [...(findSheet(book, SHEET.history) ? [] : [SHEET.history]), ...missingOutputs];
  // Who may edit each sheet; every protection is read now, a sheet this plan makes has none yet.
  const roleOf = (name: string): Role | undefined => {
    if (name === SHEET.history) return "history";
    if (ADMIN_SHEETS.includes(name)) return "admin";
    if (officeOf.has(foldText(name)) || isOfficeTabName(name) || isOfficePlanTab(name)) return "office";
    if (isLogTabName(name) || isLockSheetName(name)) return "log";
    return undefined;
  };
  const states = new Map<string, ProtectionState>();
  for (const { sheet, name } of bookSheets(book).list())
    if (roleOf(name)) states.set(foldText(name), readProtection(book, sheet));
  const fresh = readProtection(book, null);
  plan.add({
    sheet: SHEET.history,
    addsCells: newSheets.reduce((n, name) => n + plan.cells.created(name), 0),
    write: () => {
      historySheet(book);
      for (const name of missingOutputs)
        writeBlock(insertSheet(book, name), 1, 1, makeBlock([[SHARE_MSG.outputPlaceholder]]));
      for (const { sheet, name } of [...bookSheets(book).list()]) {
        const role = roleOf(name);
        if (!role) continue;
        const state = states.get(foldText(name)) ?? fresh;
        let done: Protected;
        let line: (n: number) => string;
        if (role === "history") {
          done = warnOnlySheet(sheet, state);
          line = () => SHARE_MSG.historySheet(name);
        } else if (role === "admin") {
          done = restrictSheet(sheet, state, admins);
          line = (n) => SHARE_MSG.adminSheet(name, n);
        } else if (role === "office") {
          const office = officeOf.get(foldText(name));
          done = restrictSheet(sheet, state, [...admins, ...(office?.emails ?? [])]);
          line = (n) => SHARE_MSG.officeSheet(name, n);
        } else {
          done = restrictSheet(sheet, state, admins);
          line = (n) => SHARE_MSG.logSheet(name, n);
        }
        if (done === "theirs") lines.push(SHARE_MSG.keptTheirs(name));
        else if (done === "locked") locked.push(name);
        else {
          lines.push(line(done === "warning" ? 0 : done));
          protectedSheets++;
        }
      }
    },
  });

  // A protection does not share the file: name who still needs to be added as an editor.
  const fileEditors = lower([
    book.getOwner()?.getEmail() ?? "",
    ...bookSheets(book)
      .editors()
      .map((u) => u.getEmail()),
  ]);
  const wanted = lower([...admins, ...[...officeOf.values()].flatMap((t) => t.emails)]);
  const missing = wanted.filter((e) => !fileEditors.includes(e));

  const helpers = resyncHelpers(book, ctx.user, admins);
  const summary = () => SHARE_MSG.summary(protectedSheets, created.length);
  return {
    plan,
    summary: "",
    report: () => ({
      summary: summary(),
      alert: [
        summary(),
        ...(created.length ? [SHARE_MSG.createdTabs(created)] : []),
        ...lines.map((l) => `- ${l}`),
        ...(locked.length ? ["", SHARE_MSG.notResynced(ctx.user, locked, helpers.owner, helpers.others)] : []),
        ...(missing.length ? ["", SHARE_MSG.notEditors(missing)] : []),
      ].join("\n"),
      counts: { sheets: protectedSheets, created: created.length },
    }),
  };
}

/** An office's log or plan tab: created with its headers and dropdowns; the cadre list is the office's own. */
function planOfficeTab(
  plan: WritePlan,
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  schema: Schema,
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null,
  tab: string,
  names: string[],
  lists: ListTables,
  ctx: CommandContext,
  created: string[],
): void {
  let table: Placed | undefined;
  const filter = { today: ctx.clock.today, zoneDay: ctx.clock.zoneDay };
  if (!sheet) {
    table = planNewTable(plan, book, tab, schema);
    planDropdowns(plan, book, { ...table, schema }, lists, undefined, ["cadre"], filter);
    created.push(tab);
  } else {
    // A tab this user may not edit keeps its dropdown; its protection line says why.
    const read = canEditSheet(sheet) ? tryReadTable(sheet, schema) : undefined;
    table = read?.ok ? read.table : undefined;
    // The dropdowns Phân quyền made, brought up to date after a merger as Tạo bảng mẫu does (SPEC §12);
    // a list the user chose stays.
    if (table) planDropdowns(plan, book, { ...table, schema }, lists, sheet, ["cadre"], filter);
  }
  const cadreCol = table?.columns.cadre;
  if (table && cadreCol !== undefined && names.length) {
    const headerRow = table.headerRow;
    if (sheet) rowsOf(sheet);
    plan.add({
      sheet: tab,
      write: () => {
        const target = findSheet(book, tab)!;
        const rows = rowsOf(target) - headerRow - 1;
        const rule = SpreadsheetApp.newDataValidation().requireValueInList(names, true).setAllowInvalid(true).build();
        if (rows > 0) target.getRange(headerRow + 2, cadreCol + 1, rows, 1).setDataValidation(rule);
      },
    });
  }
}
