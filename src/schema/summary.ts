// The sections of `Tổng hợp` (SPEC §6): each a small table under its own heading.
import { SUMMARY_TEXT as S } from "../text/messages";
import { ASSESSMENT, H, LEVEL, NOT_RATED, SHEET } from "../text/sheets";
import { schema, type Field } from "./field";
import { DAYS_FORMAT, PERCENT_FORMAT, TEXT_FORMAT, WHOLE_FORMAT, WIDTH } from "./formats";

const count = (header: string): Field => ({ header, format: WHOLE_FORMAT, width: WIDTH.number });

export const OFFICE_SUMMARY = schema({
  sheet: SHEET.summary,
  fields: {
    office: { header: H.office, width: WIDTH.unit },
    cadres: count(S.cadreCount),
    reached: count(ASSESSMENT.reached),
    onTrack: count(ASSESSMENT.onTrack),
    behind: count(ASSESSMENT.behind),
    failed: count(ASSESSMENT.failed),
    notStarted: count(ASSESSMENT.notStarted),
    notApplicable: count(ASSESSMENT.notApplicable),
    totalDays: { header: H.totalDays, format: DAYS_FORMAT, width: WIDTH.number },
    averageRatio: { header: S.averageRatio, format: PERCENT_FORMAT, width: WIDTH.number },
  },
});

export const GROUP_SUMMARY = schema({
  sheet: SHEET.summary,
  fields: {
    group: { header: S.group, width: WIDTH.unit },
    top: count(LEVEL.top.code),
    good: count(LEVEL.good.code),
    pass: count(LEVEL.pass.code),
    fail: count(LEVEL.fail.code),
    notRated: count(NOT_RATED),
    note: { header: H.note, width: WIDTH.detail },
  },
});

export const UNVISITED = schema({
  sheet: SHEET.summary,
  fields: {
    unitCode: { header: H.unitCode, format: TEXT_FORMAT, width: WIDTH.unit },
    unitName: { header: H.unitName, width: WIDTH.number },
    parent: { header: H.parent, width: WIDTH.number },
    cluster: { header: H.cluster, width: WIDTH.number },
  },
});
