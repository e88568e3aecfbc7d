// The sections of `Tổng hợp` (SPEC §6): each a small table under its own heading.
import { SUMMARY_TEXT as S } from "../text/messages";
import { ASSESSMENT, H, LEVEL, NOT_RATED, SHEET } from "../text/sheets";
import { schema, type Field } from "./field";
import { DAYS_FORMAT, PERCENT_FORMAT, TEXT_FORMAT, WHOLE_FORMAT } from "./formats";
import { W_DETAIL, W_NUMBER, W_UNIT } from "./sheets";

/* @__NO_SIDE_EFFECTS__ */ const count = (header: string): Field => ({
  header,
  format: WHOLE_FORMAT,
  width: W_NUMBER,
});

export const OFFICE_SUMMARY = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.summary,
  fields: {
    office: { header: H.office, width: W_UNIT },
    cadres: count(S.cadreCount),
    reached: count(ASSESSMENT.reached),
    onTrack: count(ASSESSMENT.onTrack),
    behind: count(ASSESSMENT.behind),
    failed: count(ASSESSMENT.failed),
    notStarted: count(ASSESSMENT.notStarted),
    notApplicable: count(ASSESSMENT.notApplicable),
    totalDays: { header: H.totalDays, format: DAYS_FORMAT, width: W_NUMBER },
    averageRatio: { header: S.averageRatio, format: PERCENT_FORMAT, width: W_NUMBER },
  },
}));

export const GROUP_SUMMARY = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.summary,
  fields: {
    group: { header: S.group, width: W_UNIT },
    top: count(LEVEL.top.code),
    good: count(LEVEL.good.code),
    pass: count(LEVEL.pass.code),
    fail: count(LEVEL.fail.code),
    notRated: count(NOT_RATED),
    note: { header: H.note, width: W_DETAIL },
  },
}));

export const UNVISITED = /* @__PURE__ */ schema(() => ({
  sheet: SHEET.summary,
  fields: {
    unitCode: { header: H.unitCode, format: TEXT_FORMAT, width: W_UNIT },
    unitName: { header: H.unitName, width: W_NUMBER },
    parent: { header: H.parent, width: W_NUMBER },
    cluster: { header: H.cluster, width: W_NUMBER },
  },
}));
