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
} from "./formats";

// Widths in pixels (SPEC §17): wide enough for the values a Vietnamese office types. Plain constants
// so the build writes the numbers in place.
const W_SEQ = 50;
const W_CODE = 80;
export const W_NUMBER = 90;
const W_DATE = 100;
const W_STATUS = 120;
const W_SHORT = 160;
const W_NAME = 200;
export const W_UNIT = 240;
const W_LEVEL = 230;
const W_EMAIL = 220;
/** `Lịch sử chạy`: time, email and caption alike, set in one call. */
const W_LOG = 200;
const W_TEXT = 320;
export const W_DETAIL = 420;

/* @__NO_SIDE_EFFECTS__ */ const code = (header: string, required = true): Field => ({
  header,
  required,
  format: TEXT_FORMAT,
  width: W_CODE,
});
/* @__NO_SIDE_EFFECTS__ */ const date = (header: string, required = false): Field => ({
  header,
  required,
  format: DATE_FORMAT,
  width: W_DATE,
});
/* @__NO_SIDE_EFFECTS__ */ const text = (header: string, width: number = W_NAME): Field => ({ header, width });
/* @__NO_SIDE_EFFECTS__ */ const long = (header: string, width: number = W_TEXT): Field => ({
  header,
  width,
  wrap: true,
});
/* @__NO_SIDE_EFFECTS__ */ const days = (header: string): Field => ({
  header,
  format: DAYS_FORMAT,
  width: W_NUMBER,
});
/* @__NO_SIDE_EFFECTS__ */ const whole = (header: string): Field => ({
  header,
  format: WHOLE_FORMAT,
  width: W_NUMBER,
});
/* @__NO_SIDE_EFFECTS__ */ const optional = (f: Field): Field => ({ ...f, inTemplate: false });
/* @__NO_SIDE_EFFECTS__ */ const required = (f: Field): Field => ({ ...f, required: true });
/* @__NO_SIDE_EFFECTS__ */ const result = (f: Field): Field => ({ ...f, result: true });

/** `Cán bộ` of the log, the plan and `Tạm miễn`: required, a dropdown of the roster's names. */
/* @__NO_SIDE_EFFECTS__ */ const cadre = (): Field => ({
  header: H.cadre,
  required: true,
  width: W_NAME,
  list: { sheet: SHEET.roster, field: "fullName" },
});
/* @__NO_SIDE_EFFECTS__ */ const unit = (): Field => ({
  header: H.unit,
  required: true,
  width: W_UNIT,
  list: { sheet: SHEET.units, field: "unitName" },
});

// ——— input sheets ———

export const SETTINGS = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.settings,
  fields: {
    param: required(text(H.param, 260)),
    value: required(text(H.value, W_NAME)),
    note: long(H.note, W_DETAIL),
  },
}));

export const ROSTER = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.roster,
  fields: {
    cadreCode: code(H.cadreCode),
    fullName: required(text(H.fullName)),
    position: text(H.position, W_SHORT),
    office: text(H.office),
    cadreTarget: { header: H.cadreTarget, width: 110 },
    applyFrom: date(H.applyFrom),
    applyTo: date(H.applyTo),
    email: text(H.email, W_EMAIL),
  },
}));

export const UNITS = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.units,
  fields: {
    unitCode: code(H.unitCode),
    unitName: required(text(H.unitName, W_UNIT)),
    unitType: text(H.unitType, W_SHORT),
    parent: text(H.parent),
    cluster: text(H.cluster, W_SHORT),
    unitEmail: text(H.unitEmail, W_EMAIL),
    activeTo: optional(date(H.activeTo)),
    mergedInto: optional(code(H.mergedInto, false)),
  },
}));

export const ACTIVITY_LIST = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.activities,
  fields: { activity: required(text(H.activity, W_TEXT)) },
}));

/** The seed rows of `Danh mục` (SPEC §1). */
export const activitySeed = () => ACTIVITIES.map((a) => [a]);

/* @__NO_SIDE_EFFECTS__ */ const logInput = () => ({
  seq: text(H.seq, W_SEQ),
  dateFrom: date(H.dateFrom, true),
  dateTo: date(H.dateTo),
  cadre: cadre(),
  unit: unit(),
  activity: { header: H.activity, width: W_NAME, list: { sheet: SHEET.activities, field: "activity" } },
  days: text(H.days, W_NUMBER),
  content: long(H.content),
  reportDate: date(H.reportDate),
});

/** Every log tab: `Nhật ký đi cơ sở`, office tabs, the form's response tab (SPEC §2, §7, §16). */
export const LOG = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.log,
  fields: {
    ...logInput(),
    checkStatus: result(text(H.checkStatus, W_STATUS)),
    checkDetail: result(long(H.checkDetail, W_DETAIL)),
  },
}));

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
export const SNAPSHOT = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.log,
  fields: {
    ...LOG.fields,
    snapshotSource: text(H.snapshotSource),
    snapshotRow: { ...whole(H.snapshotRow), width: W_CODE },
  },
}));

export const CRITERIA = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.criteria,
  fields: {
    criterionCode: code(H.criterionCode),
    criterionName: long(H.criterionName, W_DETAIL),
    maxScore: required(text(H.maxScore, W_NUMBER)),
    vetoScore: text(H.vetoScore, W_NUMBER),
    criterionGroup: optional(text(H.criterionGroup, W_SHORT)),
    topMinimum: optional(text(H.topMinimum, W_SHORT)),
  },
}));

/* @__NO_SIDE_EFFECTS__ */ const scoreFields = () => ({
  unitCode: code(H.unitCode),
  unitName: text(H.unitName, W_UNIT),
  finalLevel: {
    header: H.finalLevel,
    width: W_SHORT,
    list: { values: [LEVEL.top, LEVEL.good, LEVEL.pass, LEVEL.fail].map((l) => l.code) },
  },
  note: long(H.note),
  evidence: optional(long(H.evidence)),
});

/** One row per unit, one column per `Mã TC` right after `Tên đơn vị` (SPEC §2, §13 `Minh chứng`). */
export const SCORES = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.scores,
  fields: scoreFields(),
  dynamicAfter: "unitName",
}));

/** Official scores, the layout of `Chấm điểm` (SPEC §13); its `Xếp loại cuối cùng` is ignored. */
export const OFFICIAL = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.official,
  fields: scoreFields(),
  dynamicAfter: "unitName",
}));

/** `Kế hoạch đi cơ sở` and the office plan tabs `Kế hoạch - …` (SPEC §10). */
export const PLAN = /* @__PURE__ */ schema(() => ({
  sheet: PLAN_SHEET.plan,
  fields: {
    seq: text(PH.seq, W_SEQ),
    cadre: cadre(),
    unit: unit(),
    from: date(PH.from, true),
    to: date(PH.to),
    content: long(PH.content),
    note: long(PH.note, W_NAME),
    status: result(text(PH.status, W_STATUS)),
    detail: result(long(PH.detail, W_DETAIL)),
  },
}));

export const EXEMPTIONS = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.exemptions,
  fields: {
    cadre: cadre(),
    exemptFrom: date(H.exemptFrom, true),
    exemptTo: date(H.exemptTo),
    reason: long(H.reason),
  },
}));

/** `Chỉ tiêu theo cấp` (SPEC §11): `Loại đơn vị` holds one or more types separated by `;`. */
export const TIERS = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.tiers,
  fields: {
    tier: required(text(H.tier, W_SHORT)),
    unitType: required(long(H.unitType)),
    tierMinimum: required(text(H.tierMinimum, W_SHORT)),
  },
}));

export const SOURCES = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.sources,
  fields: {
    sourceName: required(text(H.sourceName, W_NAME)),
    sourceLink: required(text(H.sourceLink, W_TEXT)),
    sourceStatus: result(long(H.sourceStatus, W_DETAIL)),
    sourceUpdated: result({ header: H.sourceUpdated, format: TIME_FORMAT, width: 140 }),
  },
}));

// ——— output sheets (rewritten by each run; header on row 2 under the title line) ———

export const PROGRESS = /* @__PURE__ */ schema(() => ({
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
    ratio: { header: H.ratio, format: PERCENT_FORMAT, width: W_NUMBER },
    expectedSoFar: days(H.expectedSoFar),
    shortfall: days(H.shortfall),
    tierShortfall: optional(long(H.tierShortfall, W_NAME)),
    unitsVisited: whole(H.unitsVisited),
    assessment: text(H.assessment, W_STATUS),
  },
}));

export const RATING = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.rating,
  fields: {
    unitCode: code(H.unitCode),
    unitName: text(H.unitName, W_UNIT),
    parent: text(H.parent),
    selfScore: optional({ header: H.selfScore, format: SCORE_FORMAT, width: W_NUMBER }),
    totalScore: { header: H.totalScore, format: SCORE_FORMAT, width: W_NUMBER },
    maxScore: { header: H.maxScore, format: SCORE_FORMAT, width: W_NUMBER },
    ratio: { header: H.ratio, format: SCORE_PERCENT_FORMAT, width: W_NUMBER },
    rank: whole(H.rank),
    level: text(H.level, W_LEVEL),
    reason: long(H.reason, W_DETAIL),
    evidence: optional(long(H.evidence)),
  },
  dynamicAfter: "selfScore",
}));

export const PLAN_TRACKING = /* @__PURE__ */ schema(() => ({
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
    doneRatio: { header: PH.doneRatio, format: PERCENT_FORMAT, width: W_NUMBER },
  },
}));

export const HISTORY = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.history,
  fields: {
    // One width for the first three: the sheet is created by the first command of a book, in one call.
    runAt: { header: H.runAt, required: true, format: DATE_TIME_FORMAT, width: W_LOG },
    runBy: required(text(H.runBy, W_LOG)),
    command: required(text(H.command, W_LOG)),
    result: required(long(H.result, W_DETAIL)),
  },
}));

/** `Kỳ`: the period's wording, as in the report ("quý I năm 2025"). */
/* @__NO_SIDE_EFFECTS__ */ const period = () => required(text(LH.period, W_NAME));

export const LOCKED_PERIODS = /* @__PURE__ */ schema(() => ({
  sheet: LOCK_SHEET.register,
  fields: {
    period: period(),
    from: date(LH.from),
    to: date(LH.to),
    asOf: date(LH.asOf),
    lockedAt: { header: LH.lockedAt, format: TIME_FORMAT, width: 140 },
    lockedBy: text(LH.lockedBy, W_EMAIL),
    sheet: text(LH.sheet),
    rows: whole(LH.rows),
  },
}));

/**
 * The hidden sheet of locked reports: the report of each locked period as `Chốt số liệu` computed it,
 * its description in parts of one cell each, so `Lập báo cáo` of that period gives the locked figures (SPEC §14).
 */
export const LOCKED_REPORTS = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.lockedReports,
  fields: {
    period: period(),
    part: required(whole(H.reportPart)),
    data: required(text(H.reportData)),
  },
}));

/**
 * The hidden sheet a dropdown of more than 500 names follows (Sheets holds at most 500 in a rule): the
 * unit and cadre names still current, ended units and past cadres left out (SPEC §12).
 */
export const CURRENT_LISTS = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.currentLists,
  fields: {
    units: { ...text(H.currentUnits), format: TEXT_FORMAT },
    cadres: { ...text(H.currentCadres), format: TEXT_FORMAT },
  },
}));

/** The hidden fingerprint sheet: one row per counted log row of a locked period (SPEC §15). */
export const FINGERPRINTS = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.fingerprints,
  fields: {
    period: period(),
    rowHash: required({ ...code(H.rowHash), width: W_SHORT }),
    cadreCode: code(H.cadreCode, false),
    dateFrom: date(H.dateFrom),
  },
}));
