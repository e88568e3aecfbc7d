// One schema per sheet of SPEC §2 and Part II. Input sheets first, then result and output sheets.
import { LH, LOCK_SHEET } from "../text/lock";
import { PH, PLAN_SHEET } from "../text/plan";
import { ACTIVITIES, H, LEVEL, SHEET } from "../text/sheets";
import { schema, type Field } from "./field";
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  DAYS_FORMAT,
  PERCENT_FORMAT,
  SCORE_FORMAT,
  SCORE_PERCENT_FORMAT,
  TEXT_FORMAT,
  TIME_FORMAT,
  WHOLE_FORMAT,
  WIDTH,
} from "./formats";

const code = (header: string, required = true): Field => ({ header, required, format: TEXT_FORMAT, width: WIDTH.code });
const date = (header: string, required = false): Field => ({
  header,
  required,
  format: DATE_FORMAT,
  width: WIDTH.date,
});
const text = (header: string, width: number = WIDTH.name): Field => ({ header, width });
const long = (header: string, width: number = WIDTH.text): Field => ({ header, width, wrap: true });
const days = (header: string): Field => ({ header, format: DAYS_FORMAT, width: WIDTH.number });
const whole = (header: string): Field => ({ header, format: WHOLE_FORMAT, width: WIDTH.number });
const optional = (f: Field): Field => ({ ...f, inTemplate: false });
const required = (f: Field): Field => ({ ...f, required: true });
const result = (f: Field): Field => ({ ...f, result: true });

const CADRE_LIST = { sheet: SHEET.roster, field: "fullName" } as const;
const UNIT_LIST = { sheet: SHEET.units, field: "unitName" } as const;
/** `Cán bộ` of the log, the plan and `Tạm miễn`: required, a dropdown of the roster's names. */
const CADRE: Field = { header: H.cadre, required: true, width: WIDTH.name, list: CADRE_LIST };
const UNIT: Field = { header: H.unit, required: true, width: WIDTH.unit, list: UNIT_LIST };
const LEVEL_CODES = [LEVEL.top, LEVEL.good, LEVEL.pass, LEVEL.fail].map((l) => l.code);

// ——— input sheets ———

export const SETTINGS = schema({
  sheet: SHEET.settings,
  fields: {
    param: required(text(H.param, 260)),
    value: required(text(H.value, WIDTH.name)),
    note: long(H.note, WIDTH.detail),
  },
});

export const ROSTER = schema({
  sheet: SHEET.roster,
  fields: {
    cadreCode: code(H.cadreCode),
    fullName: required(text(H.fullName)),
    position: text(H.position, WIDTH.short),
    office: text(H.office),
    cadreTarget: { header: H.cadreTarget, width: 110 },
    applyFrom: date(H.applyFrom),
    applyTo: date(H.applyTo),
    email: text(H.email, WIDTH.email),
  },
});

export const UNITS = schema({
  sheet: SHEET.units,
  fields: {
    unitCode: code(H.unitCode),
    unitName: required(text(H.unitName, WIDTH.unit)),
    unitType: text(H.unitType, WIDTH.short),
    parent: text(H.parent),
    cluster: text(H.cluster, WIDTH.short),
    unitEmail: text(H.unitEmail, WIDTH.email),
    activeTo: optional(date(H.activeTo)),
    mergedInto: optional(code(H.mergedInto, false)),
  },
});

export const ACTIVITY_LIST = schema({
  sheet: SHEET.activities,
  fields: { activity: required(text(H.activity, WIDTH.text)) },
});

/** The seed rows of `Danh mục` (SPEC §1). */
export const ACTIVITY_SEED = ACTIVITIES.map((a) => [a]);

const LOG_INPUT = {
  seq: { header: H.seq, width: WIDTH.seq },
  dateFrom: date(H.dateFrom, true),
  dateTo: date(H.dateTo),
  cadre: CADRE,
  unit: UNIT,
  activity: { header: H.activity, width: WIDTH.name, list: { sheet: SHEET.activities, field: "activity" } },
  days: { header: H.days, width: WIDTH.number },
  content: long(H.content),
  reportDate: date(H.reportDate),
} satisfies Record<string, Field>;

/** Every log tab: `Nhật ký đi cơ sở`, office tabs, the form's response tab (SPEC §2, §7, §16). */
export const LOG = schema({
  sheet: SHEET.log,
  fields: {
    ...LOG_INPUT,
    checkStatus: result({ header: H.checkStatus, width: WIDTH.status }),
    checkDetail: result(long(H.checkDetail, WIDTH.detail)),
  },
});

/** Log input fields: a row is checked when any of them is non-empty (SPEC §3). */
export const LOG_INPUT_KEYS = [
  "dateFrom",
  "dateTo",
  "cadre",
  "unit",
  "activity",
  "days",
  "content",
  "reportDate",
] as const;

/** A snapshot of another book's log (SPEC §7): the log's columns, then where each row came from. */
export const SNAPSHOT = schema({
  sheet: SHEET.log,
  fields: {
    ...LOG.fields,
    snapshotSource: text(H.snapshotSource),
    snapshotRow: { ...whole(H.snapshotRow), width: WIDTH.code },
  },
});

export const CRITERIA = schema({
  sheet: SHEET.criteria,
  fields: {
    criterionCode: code(H.criterionCode),
    criterionName: long(H.criterionName, WIDTH.detail),
    maxScore: required(text(H.maxScore, WIDTH.number)),
    vetoScore: { header: H.vetoScore, width: WIDTH.number },
    criterionGroup: optional(text(H.criterionGroup, WIDTH.short)),
    topMinimum: optional({ header: H.topMinimum, width: WIDTH.short }),
  },
});

const SCORE_FIELDS = {
  unitCode: code(H.unitCode),
  unitName: text(H.unitName, WIDTH.unit),
  finalLevel: { header: H.finalLevel, width: WIDTH.short, list: { values: LEVEL_CODES } },
  note: long(H.note),
  evidence: optional(long(H.evidence)),
} satisfies Record<string, Field>;

/** One row per unit, one column per `Mã TC` right after `Tên đơn vị` (SPEC §2, §13 `Minh chứng`). */
export const SCORES = schema({ sheet: SHEET.scores, fields: SCORE_FIELDS, dynamicAfter: "unitName" });

/** Official scores, the layout of `Chấm điểm` (SPEC §13); its `Xếp loại cuối cùng` is ignored. */
export const OFFICIAL = schema({ sheet: SHEET.official, fields: SCORE_FIELDS, dynamicAfter: "unitName" });

/** `Kế hoạch đi cơ sở` and the office plan tabs `Kế hoạch - …` (SPEC §10). */
export const PLAN = schema({
  sheet: PLAN_SHEET.plan,
  fields: {
    seq: { header: PH.seq, width: WIDTH.seq },
    cadre: CADRE,
    unit: UNIT,
    from: date(PH.from, true),
    to: date(PH.to),
    content: long(PH.content),
    note: long(PH.note, WIDTH.name),
    status: result({ header: PH.status, width: WIDTH.status }),
    detail: result(long(PH.detail, WIDTH.detail)),
  },
});

export const EXEMPTIONS = schema({
  sheet: SHEET.exemptions,
  fields: {
    cadre: CADRE,
    exemptFrom: date(H.exemptFrom, true),
    exemptTo: date(H.exemptTo),
    reason: long(H.reason),
  },
});

/** `Chỉ tiêu theo cấp` (SPEC §11): `Loại đơn vị` holds one or more types separated by `;`. */
export const TIERS = schema({
  sheet: SHEET.tiers,
  fields: {
    tier: required(text(H.tier, WIDTH.short)),
    unitType: required(long(H.unitType)),
    tierMinimum: required(text(H.tierMinimum, WIDTH.short)),
  },
});

export const SOURCES = schema({
  sheet: SHEET.sources,
  fields: {
    sourceName: required(text(H.sourceName, WIDTH.name)),
    sourceLink: required(text(H.sourceLink, WIDTH.text)),
    sourceStatus: result(long(H.sourceStatus, WIDTH.detail)),
    sourceUpdated: result({ header: H.sourceUpdated, format: TIME_FORMAT, width: 140 }),
  },
});

// ——— output sheets (rewritten by each run; header on row 2 under the title line) ———

export const PROGRESS = schema({
  sheet: SHEET.progress,
  fields: {
    cadreCode: code(H.cadreCode),
    fullName: text(H.fullName),
    office: text(H.office),
    q1: days(H.q1),
    q2: days(H.q2),
    q3: days(H.q3),
    q4: days(H.q4),
    h1: days(H.h1),
    m9: days(H.m9),
    totalDays: days(H.totalDays),
    exemptDays: optional(days(H.exemptDays)),
    target: whole(H.target),
    ratio: { header: H.ratio, format: PERCENT_FORMAT, width: WIDTH.number },
    expectedSoFar: days(H.expectedSoFar),
    shortfall: days(H.shortfall),
    tierShortfall: optional(long(H.tierShortfall, WIDTH.name)),
    unitsVisited: whole(H.unitsVisited),
    assessment: { header: H.assessment, width: WIDTH.status },
  },
});

export const RATING = schema({
  sheet: SHEET.rating,
  fields: {
    unitCode: code(H.unitCode),
    unitName: text(H.unitName, WIDTH.unit),
    parent: text(H.parent),
    selfScore: optional({ header: H.selfScore, format: SCORE_FORMAT, width: WIDTH.number }),
    totalScore: { header: H.totalScore, format: SCORE_FORMAT, width: WIDTH.number },
    maxScore: { header: H.maxScore, format: SCORE_FORMAT, width: WIDTH.number },
    ratio: { header: H.ratio, format: SCORE_PERCENT_FORMAT, width: WIDTH.number },
    rank: whole(H.rank),
    level: { header: H.level, width: WIDTH.level },
    reason: long(H.reason, WIDTH.detail),
    evidence: optional(long(H.evidence)),
  },
  dynamicAfter: "selfScore",
});

export const PLAN_TRACKING = schema({
  sheet: PLAN_SHEET.tracking,
  fields: {
    cadreCode: code(H.cadreCode),
    fullName: text(H.fullName),
    office: text(H.office),
    trips: whole(PH.trips),
    plannedDays: days(PH.plannedDays),
    done: whole(PH.done),
    missed: whole(PH.missed),
    notDue: whole(PH.notDue),
    offPlan: whole(PH.offPlan),
    doneRatio: { header: PH.doneRatio, format: PERCENT_FORMAT, width: WIDTH.number },
  },
});

export const HISTORY = schema({
  sheet: SHEET.history,
  fields: {
    // One width for the first three: the sheet is created by the first command of a book, in one call.
    runAt: { header: H.runAt, required: true, format: DATE_TIME_FORMAT, width: WIDTH.log },
    runBy: required(text(H.runBy, WIDTH.log)),
    command: required(text(H.command, WIDTH.log)),
    result: required(long(H.result, WIDTH.detail)),
  },
});

/** `Kỳ`: the period's wording, as in the report ("quý I năm 2025"). */
const PERIOD = required(text(LH.period, WIDTH.name));

export const LOCKED_PERIODS = schema({
  sheet: LOCK_SHEET.register,
  fields: {
    period: PERIOD,
    from: date(LH.from),
    to: date(LH.to),
    asOf: date(LH.asOf),
    lockedAt: { header: LH.lockedAt, format: TIME_FORMAT, width: 140 },
    lockedBy: text(LH.lockedBy, WIDTH.email),
    sheet: text(LH.sheet),
    rows: whole(LH.rows),
  },
});

/** The hidden fingerprint sheet: one row per counted log row of a locked period (SPEC §15). */
export const FINGERPRINTS = schema({
  sheet: SHEET.fingerprints,
  fields: {
    period: PERIOD,
    rowHash: required({ ...code(H.rowHash), width: WIDTH.short }),
    cadreCode: code(H.cadreCode, false),
    dateFrom: date(H.dateFrom),
  },
});
