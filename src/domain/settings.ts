// `Cấu hình` (SPEC §2): parameter rows → Settings with defaults, range and consistency checks.
// Every invalid value is reported with its parameter and replaced by the default, so the result is always usable.
import * as z from "zod/mini";
import { loadZod } from "./zod-setup";
import { CAP_BASE, CAP_MODE, CONFIG_TEXT, dictionary, GROUP_BY, P, REPORT_SETTINGS, SHEET } from "../text";
import { cellDisplay, isBlankCell, readChoice, readDate, readLevel, readNumber, readYesNo } from "./cells";
import { configError } from "./codes";
import { formatDay, yearEnd, yearOf, yearStart } from "./dates";
import { foldText } from "./fold";
import { editDistance, looseKey } from "./match";
import { isEmail, splitEmails } from "./emails";
import { asPercent, formatNumber } from "./numbers";
import type { Cell, ConfigError, Day, LevelKey, ZoneDay } from "./types";

export type CapBase = keyof typeof CAP_BASE;
export type CapMode = keyof typeof CAP_MODE;
export type GroupBy = keyof typeof GROUP_BY;

export interface Thresholds {
  top: number;
  good: number;
  pass: number;
}

export interface Settings {
  year: number;
  /** Counting window, inside `year`. */
  from: Day;
  to: Day;
  target: number;
  /** `Ngày tính tiến độ`, clipped to the window. */
  asOf: Day;
  allowHalf: boolean;
  /** 0 = no lateness check. */
  reportDeadline: number;
  /** Percent of the maximum total score. */
  thresholds: Thresholds;
  /** 0 = no cap. */
  capPercent: number;
  capBase: CapBase;
  capMode: CapMode;
  vetoMaxLevel: LevelKey;
  groupBy: GroupBy;
  adminEmails: string[];
  /** `Lệch kế hoạch cho phép (ngày)` (SPEC §10). */
  planTolerance: number;
  /** `Bắt buộc có trong kế hoạch` (SPEC §10). */
  planRequired: boolean;
}

export interface SettingsRow {
  param: Cell;
  value: Cell;
  /** 1-based sheet row, named in messages when given. */
  row?: number;
}

export interface SettingsCtx {
  today: Day;
  zoneDay: ZoneDay;
}

export const DEFAULT_THRESHOLDS: Thresholds = { top: 90, good: 70, pass: 50 };

export function clampDay(day: Day, from: Day, to: Day): Day {
  return Math.min(Math.max(day, from), to);
}

export function defaultSettings(today: Day, year = yearOf(today)): Settings {
  const from = yearStart(year);
  const to = yearEnd(year);
  return {
    year,
    from,
    to,
    target: 60,
    asOf: clampDay(today, from, to),
    allowHalf: true,
    reportDeadline: 10,
    thresholds: { ...DEFAULT_THRESHOLDS },
    capPercent: 20,
    capBase: "rated",
    capMode: "warn",
    vetoMaxLevel: "pass",
    groupBy: "parent",
    adminEmails: [],
    planTolerance: 3,
    planRequired: false,
  };
}

const FIELDS = dictionary({
  __proto__: null,
  year: P.year,
  from: P.from,
  to: P.to,
  target: P.target,
  asOf: P.asOf,
  allowHalf: P.halfDays,
  reportDeadline: P.reportDeadline,
  top: P.thresholdTop,
  good: P.thresholdGood,
  pass: P.thresholdPass,
  capPercent: P.capPercent,
  capBase: P.capBase,
  capMode: P.capMode,
  vetoMaxLevel: P.vetoMaxLevel,
  groupBy: P.groupBy,
  adminEmails: P.adminEmails,
  planTolerance: P.planTolerance,
  planRequired: P.planRequired,
  // Known, read by the report itself (SPEC §14).
  ...REPORT_SETTINGS,
} as const);
type Field = keyof typeof FIELDS;
type DraftField = Exclude<Field, "adminEmails" | keyof typeof REPORT_SETTINGS>;
const PERCENT_FIELDS: readonly DraftField[] = ["top", "good", "pass", "capPercent"];
const NUMBER_FIELDS: readonly DraftField[] = ["year", "target", "reportDeadline", "planTolerance", ...PERCENT_FIELDS];
const DATE_FIELDS: readonly DraftField[] = ["from", "to", "asOf"];

/** The words of each choice setting; made on first use, not at load. */
const choices = () =>
  ({
    capBase: {
      rated: [CAP_BASE.rated, "được xếp loại", "tất cả"],
      goodOrAbove: [CAP_BASE.goodOrAbove, "HTTNV trở lên", "HTTNV"],
    },
    capMode: { warn: [CAP_MODE.warn], downgrade: [CAP_MODE.downgrade, "Hạ xuống", "Hạ"] },
    groupBy: { parent: [GROUP_BY.parent], cluster: [GROUP_BY.cluster, "Cụm"], all: [GROUP_BY.all, "Tất cả", "Chung"] },
  }) as const;

const show = (v: unknown) => (typeof v === "number" ? formatNumber(v, 4) : String(v));

type Draft = Record<DraftField, unknown>;

let schema: ReturnType<typeof buildSchema> | undefined;
const settingsSchema = () => (schema ??= buildSchema());

function buildSchema() {
  loadZod();
  const range = (field: Field, min: number, max: number, opts: { int?: boolean; positive?: boolean } = {}) => {
    const name = FIELDS[field];
    const msg = (iss: { input?: unknown }) =>
      opts.positive
        ? CONFIG_TEXT.settingPositive(name, show(iss.input), max)
        : CONFIG_TEXT.settingRange(name, show(iss.input), min, max);
    const base = opts.int
      ? z.int({ error: (iss) => CONFIG_TEXT.settingNotInteger(name, show(iss.input)) })
      : z.number({ error: msg });
    return base.check(
      opts.positive ? z.gt(min, { error: msg }) : z.gte(min, { error: msg }),
      z.lte(max, { error: msg }),
    );
  };
  return z
    .object({
      year: range("year", 2000, 2100, { int: true }),
      from: z.number(),
      to: z.number(),
      asOf: z.number(),
      target: range("target", 0, 366, { positive: true }),
      allowHalf: z.boolean(),
      reportDeadline: range("reportDeadline", 0, 366, { int: true }),
      planTolerance: range("planTolerance", 0, 366, { int: true }),
      planRequired: z.boolean(),
      top: range("top", 0, 100),
      good: range("good", 0, 100),
      pass: range("pass", 0, 100),
      capPercent: range("capPercent", 0, 100),
      capBase: z.enum(["rated", "goodOrAbove"]),
      capMode: z.enum(["warn", "downgrade"]),
      vetoMaxLevel: z.enum(["top", "good", "pass", "fail"]),
      groupBy: z.enum(["parent", "cluster", "all"]),
    })
    .check(
      z.superRefine((v, ctx) => {
        const issue = (field: Field, code: string, message: string) =>
          ctx.addIssue({ code: "custom", path: [field], message, params: { code } });
        if (Number.isInteger(v.year) && v.year >= 2000 && v.year <= 2100) {
          for (const f of ["from", "to"] as const) {
            if (yearOf(v[f]) !== v.year)
              issue(f, "SETTING_WINDOW", CONFIG_TEXT.settingOutsideYear(FIELDS[f], formatDay(v[f]), v.year));
          }
        }
        if (v.from > v.to)
          issue("to", "SETTING_WINDOW", CONFIG_TEXT.settingWindowOrder(formatDay(v.from), formatDay(v.to)));
        if (v.good >= v.top) {
          issue(
            "good",
            "SETTING_THRESHOLDS",
            CONFIG_TEXT.settingThresholds(P.thresholdGood, show(v.good), P.thresholdTop, show(v.top)),
          );
        }
        if (v.pass >= v.good) {
          issue(
            "pass",
            "SETTING_THRESHOLDS",
            CONFIG_TEXT.settingThresholds(P.thresholdPass, show(v.pass), P.thresholdGood, show(v.good)),
          );
        }
      }),
    );
}

function paramField(param: Cell): Field | undefined {
  const key = foldText(param);
  return (Object.keys(FIELDS) as Field[]).find((f) => foldText(FIELDS[f]) === key);
}

function closestParam(param: Cell): string | undefined {
  const key = looseKey(foldText(param), "plain");
  let best: { name: string; d: number } | undefined;
  for (const name of Object.values(FIELDS)) {
    const d = editDistance(key, looseKey(foldText(name), "plain"));
    if (d <= 3 && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

export function parseSettings(
  rows: readonly SettingsRow[],
  ctx: SettingsCtx,
): { settings: Settings; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const given = new Map<Field, SettingsRow>();
  for (const r of rows) {
    if (isBlankCell(r.param)) continue;
    const field = paramField(r.param);
    if (!field) {
      errors.push(
        configError(
          "SETTING_UNKNOWN",
          SHEET.settings,
          CONFIG_TEXT.settingUnknown(cellDisplay(r.param), closestParam(r.param)),
          { row: r.row, field: cellDisplay(r.param) },
          "warning",
        ),
      );
      continue;
    }
    const first = given.get(field);
    if (first) {
      const rowsNamed = [first.row, r.row].filter((x): x is number => x !== undefined);
      errors.push(
        configError("SETTING_DUPLICATE", SHEET.settings, CONFIG_TEXT.settingDuplicate(FIELDS[field], rowsNamed), {
          row: r.row,
          field: FIELDS[field],
        }),
      );
      continue;
    }
    given.set(field, r);
  }

  const failed = new Set<Field>();
  const fail = (field: Field, message: string, code: "SETTING_INVALID" | "SETTING_DATE" = "SETTING_INVALID") => {
    failed.add(field);
    errors.push(configError(code, SHEET.settings, message, { row: given.get(field)?.row, field: FIELDS[field] }));
  };
  const draft: Partial<Draft> = {};
  const cell = (f: Field) => given.get(f)?.value;

  for (const f of NUMBER_FIELDS) {
    const r = readNumber(cell(f));
    if (r.kind === "invalid") fail(f, CONFIG_TEXT.settingNotNumber(FIELDS[f], r.text));
    else if (r.kind === "number") draft[f] = PERCENT_FIELDS.includes(f) ? asPercent(r.value) : r.value;
  }
  // SPEC §2: `Tỷ lệ HTXSNV tối đa (%)` left blank means no cap, as its note in `Cấu hình` says; only a
  // book without the row gets the default 20.
  if (given.has("capPercent") && draft.capPercent === undefined && !failed.has("capPercent")) draft.capPercent = 0;
  const yearGuess =
    typeof draft.year === "number" && Number.isInteger(draft.year) && draft.year >= 2000 && draft.year <= 2100
      ? draft.year
      : yearOf(ctx.today);
  for (const f of DATE_FIELDS) {
    const r = readDate(cell(f), { zoneDay: ctx.zoneDay, year: yearGuess });
    if (r.kind === "day") draft[f] = r.day;
    else if (r.kind !== "blank")
      fail(f, CONFIG_TEXT.settingDate(FIELDS[f], r.text || cellDisplay(cell(f), ctx.zoneDay)), "SETTING_DATE");
  }
  for (const f of ["allowHalf", "planRequired"] as const) {
    const yesNo = readYesNo(cell(f));
    if (yesNo === null) fail(f, CONFIG_TEXT.settingYesNo(FIELDS[f], cellDisplay(cell(f))));
    else if (yesNo !== undefined) draft[f] = yesNo;
  }
  const options = choices();
  for (const f of ["capBase", "capMode", "groupBy"] as const) {
    const choice = readChoice<string>(cell(f), options[f]);
    if (choice === null)
      fail(
        f,
        CONFIG_TEXT.settingChoice(
          FIELDS[f],
          cellDisplay(cell(f)),
          Object.values<readonly string[]>(options[f]).map((o) => o[0]),
        ),
      );
    else if (choice !== undefined) draft[f] = choice;
  }
  const level = readLevel(cell("vetoMaxLevel"));
  if (level === null) fail("vetoMaxLevel", CONFIG_TEXT.settingLevel(P.vetoMaxLevel, cellDisplay(cell("vetoMaxLevel"))));
  else if (level !== undefined) draft.vetoMaxLevel = level;

  const base = defaultSettings(ctx.today, yearGuess);
  const flatDefaults: Draft = {
    ...base,
    top: base.thresholds.top,
    good: base.thresholds.good,
    pass: base.thresholds.pass,
  };
  const merged: Draft = { ...flatDefaults, ...draft };
  const parsed = settingsSchema().safeParse(merged);
  if (!parsed.success) {
    const reported = new Set<string>();
    for (const iss of parsed.error.issues) {
      const field = iss.path[0] as Field;
      if (reported.has(field)) continue; // "2025,5" is not an integer: no need to add that it is out of range too
      reported.add(field);
      const code = (iss.code === "custom" && (iss.params as { code?: string } | undefined)?.code) || "SETTING_RANGE";
      const fields: Field[] =
        code === "SETTING_WINDOW" ? ["from", "to"] : code === "SETTING_THRESHOLDS" ? ["top", "good", "pass"] : [field];
      for (const f of fields) failed.add(f);
      errors.push(
        configError(code as "SETTING_RANGE", SHEET.settings, iss.message, {
          row: given.get(field)?.row,
          field: FIELDS[field],
        }),
      );
    }
  }
  const pick = <F extends keyof Draft>(f: F) => (failed.has(f) ? flatDefaults[f] : merged[f]);

  const adminEmails: string[] = [];
  for (const e of splitEmails(cell("adminEmails"))) {
    if (isEmail(e)) adminEmails.push(e);
    else
      errors.push(
        configError("SETTING_INVALID", SHEET.settings, CONFIG_TEXT.settingEmail(P.adminEmails, e), {
          row: given.get("adminEmails")?.row,
          field: P.adminEmails,
        }),
      );
  }

  const from = pick("from") as Day;
  const to = pick("to") as Day;
  const settings: Settings = {
    year: pick("year") as number,
    from,
    to,
    target: pick("target") as number,
    asOf: clampDay(pick("asOf") as Day, from, to),
    allowHalf: pick("allowHalf") as boolean,
    reportDeadline: pick("reportDeadline") as number,
    thresholds: { top: pick("top") as number, good: pick("good") as number, pass: pick("pass") as number },
    capPercent: pick("capPercent") as number,
    capBase: pick("capBase") as CapBase,
    capMode: pick("capMode") as CapMode,
    vetoMaxLevel: pick("vetoMaxLevel") as LevelKey,
    groupBy: pick("groupBy") as GroupBy,
    adminEmails,
    planTolerance: pick("planTolerance") as number,
    planRequired: pick("planRequired") as boolean,
  };
  return { settings, errors };
}
