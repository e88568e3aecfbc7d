// Every finding and configuration message the domain engine produces. Arguments arrive formatted:
// dates as dd/mm/yyyy, numbers with a decimal comma, values as the user typed them.
import { H, P, SHEET } from "./sheets";
import { dictionary } from "./dictionary";
import { at, DATE_HINT, formatCount, list, q } from "./pieces";

const otherRow = (row: number, tab?: string) => `dòng ${row}${tab ? ` trang ${q(tab)}` : ""}`;
const setting = (param: string) => `Cấu hình ${q(param)}`;
const notDate = (text: string) => `${q(text)} không phải ngày hợp lệ — ${DATE_HINT}`;
const notEmail = (text: string) => `${q(text)} không phải địa chỉ email`;
// A cadre or a unit of the log that is missing, not found, matches several, or is read loosely.
const CADRE_WRITE = `${H.cadreCode} hoặc họ và tên`;
const UNIT_WRITE = `${H.unitCode} hoặc tên đơn vị`;
const missing = (column: string, write: string, sheet: string) =>
  `Thiếu ${column} — ghi ${write} như trong trang ${q(sheet)}`;
const notFound = (what: string, text: string, sheet: string, suggestions: readonly string[], write: string) =>
  `Không tìm thấy ${what} ${q(text)} trong trang ${q(sheet)}` +
  (suggestions.length
    ? ` — có phải: ${list(suggestions)}?`
    : ` — ghi đúng ${write}, hoặc thêm ${what} vào trang ${q(sheet)}`);
const ambiguous = (what: string, text: string, candidates: readonly string[], code: string) =>
  `${q(text)} khớp với ${candidates.length} ${what} (${list(candidates)}) — ghi ${code} để phân biệt`;
const loose = (what: string, text: string, readAs: string, sheet: string) =>
  `${what} ${q(text)} được hiểu là ${readAs} — nên ghi đúng như trong trang ${q(sheet)}`;

/** Findings on one row of the visit log (SPEC §3). A class: see dictionary.ts. */
export const LOG_TEXT = new (class LogText {
  dateMissing() {
    return `Thiếu ${H.dateFrom} — ${DATE_HINT}`;
  }

  dateUnreadable(column: string, text: string) {
    return `${column} ${q(text)} không đọc được là ngày — ${DATE_HINT}`;
  }

  dateImpossible(column: string, text: string) {
    return `${column} ${q(text)} không có trên lịch — kiểm tra lại ngày và tháng`;
  }

  dateNoYear(column: string, text: string) {
    return `${column} ${q(text)} thiếu năm — ghi đủ ngày/tháng/năm`;
  }

  dateOrder(from: string, to: string) {
    return `${H.dateTo} ${to} trước ${H.dateFrom} ${from} — kiểm tra lại hai ngày`;
  }

  cadreMissing() {
    return missing(H.cadre, CADRE_WRITE, SHEET.roster);
  }

  cadreUnknown(text: string, suggestions: readonly string[]) {
    return notFound("cán bộ", text, SHEET.roster, suggestions, CADRE_WRITE);
  }

  cadreAmbiguous(text: string, candidates: readonly string[]) {
    return ambiguous("cán bộ", text, candidates, H.cadreCode);
  }

  cadreLoose(text: string, readAs: string) {
    return loose("Cán bộ", text, readAs, SHEET.roster);
  }

  unitMissing() {
    return missing(H.unit, UNIT_WRITE, SHEET.units);
  }

  unitUnknown(text: string, suggestions: readonly string[]) {
    return notFound("đơn vị", text, SHEET.units, suggestions, UNIT_WRITE);
  }

  unitAmbiguous(text: string, candidates: readonly string[]) {
    return ambiguous("đơn vị", text, candidates, H.unitCode);
  }

  unitLoose(text: string, readAs: string) {
    return loose("Đơn vị", text, readAs, SHEET.units);
  }

  daysNotNumber(text: string) {
    return `${H.days} ${q(text)} không phải là số — ghi ví dụ 1 hoặc 1,5`;
  }

  daysNotPositive(text: string) {
    return `${H.days} ${q(text)} phải lớn hơn 0`;
  }

  daysOverSpan(days: string, span: number, range: string) {
    return `${H.days} ${days} nhiều hơn số ngày từ ${H.dateFrom} đến ${H.dateTo} (${span} ngày: ${range})`;
  }

  daysNotWhole(days: string) {
    return `${H.days} ${days} phải là số ngày tròn (cấu hình không cho phép nửa ngày)`;
  }

  daysNotHalf(days: string) {
    return `${H.days} ${days} phải là số ngày tròn hoặc nửa ngày, ví dụ 1 hoặc 1,5`;
  }

  duplicate(row: number, tab?: string) {
    return `Trùng với ${otherRow(row, tab)} (cùng cán bộ, đơn vị, ngày và số ngày) — xóa một trong hai dòng`;
  }

  overlap(row: number, tab: string, range: string) {
    return `Trùng thời gian với chuyến đi ở ${otherRow(row, tab)} của cùng cán bộ (${range}) — mỗi ngày chỉ được tính một lần`;
  }

  outsideWindowAll(window: string) {
    return `Chuyến đi nằm ngoài khoảng tính ${window} nên không được tính`;
  }

  outsideWindow(days: number, window: string) {
    return `${days} ngày ngoài khoảng tính ${window} không được tính`;
  }

  afterAsOf(days: number, asOf: string) {
    return `${days} ngày sau ${P.asOf} ${asOf} chưa được tính`;
  }

  outsideCadreWindow(days: number, range: string) {
    return `${days} ngày ngoài thời gian áp dụng chỉ tiêu của cán bộ (${range}) không được tính`;
  }

  reportLate(report: string, deadline: string, limit: number) {
    return `${H.reportDate} ${report} quá hạn ${limit} ngày sau ${H.dateTo} (hạn ${deadline})`;
  }

  reportEarly(report: string, to: string) {
    return `${H.reportDate} ${report} trước ${H.dateTo} ${to} — kiểm tra lại`;
  }

  activityUnknown(text: string, suggestions: readonly string[]) {
    return (
      `${H.activity} ${q(text)} không có trong trang ${q(SHEET.activities)}` +
      (suggestions.length ? ` — có phải ${list(suggestions.map(q))}?` : "")
    );
  }

  activityMissing() {
    return `Chưa ghi ${H.activity} — chọn trong danh sách của trang ${q(SHEET.activities)}`;
  }

  contentMissing() {
    return `Chưa ghi ${H.content}`;
  }
})();

/** Messages about configuration sheets (SPEC §2). A class: see dictionary.ts. */
export const CONFIG_TEXT = new (class ConfigText {
  settingNotNumber(param: string, text: string) {
    return `${setting(param)}: ${q(text)} không phải là số`;
  }

  settingNotInteger(param: string, text: string) {
    return `${setting(param)}: ${q(text)} phải là số nguyên`;
  }

  settingRange(param: string, text: string, min: number, max: number) {
    return `${setting(param)}: ${text} phải từ ${min} đến ${max}`;
  }

  settingPositive(param: string, text: string, max: number) {
    return `${setting(param)}: ${text} phải lớn hơn 0 và không quá ${max}`;
  }

  settingDate(param: string, text: string) {
    return `${setting(param)}: ${notDate(text)}`;
  }

  settingOutsideYear(param: string, date: string, year: number) {
    return `${setting(param)}: ${date} nằm ngoài năm ${year} — khoảng tính phải nằm trong ${q(P.year)}`;
  }

  settingWindowOrder(from: string, to: string) {
    return `${setting(P.to)} ${to} trước ${q(P.from)} ${from}`;
  }

  settingThresholds(param: string, value: string, higher: string, higherValue: string) {
    return `${setting(param)}: ${value} phải nhỏ hơn ${q(higher)} (${higherValue}) — các ngưỡng phải giảm dần HTXSNV > HTTNV > HTNV`;
  }

  settingYesNo(param: string, text: string) {
    return `${setting(param)}: ${q(text)} không rõ — ghi Có hoặc Không`;
  }

  settingChoice(param: string, text: string, options: readonly string[]) {
    return `${setting(param)}: ${q(text)} không hợp lệ — chọn một trong: ${list(options.map(q))}`;
  }

  settingLevel(param: string, text: string) {
    return `${setting(param)}: ${q(text)} không phải mức xếp loại — ghi HTXSNV, HTTNV, HTNV hoặc KHTNV`;
  }

  settingEmail(param: string, text: string) {
    return `${setting(param)}: ${notEmail(text)}`;
  }

  settingDuplicate(param: string, rows: readonly number[]) {
    return `${setting(param)} ghi nhiều lần${rows.length ? ` (dòng ${list(rows.map(String))})` : ""} — chỉ giữ một dòng`;
  }

  settingUnknown(text: string, suggestion?: string) {
    return `Tham số ${q(text)} không có trong danh sách nên bị bỏ qua${suggestion ? ` — có phải ${q(suggestion)}?` : ""}`;
  }

  codeMissing(sheet: string, row: number, codeHeader: string, name: string) {
    return `${at(sheet, row)}thiếu ${codeHeader}${name ? ` của ${q(name)}` : ""}`;
  }

  codeDuplicate(sheet: string, row: number, codeHeader: string, code: string, firstRow: number) {
    return `${at(sheet, row)}${codeHeader} ${q(code)} đã dùng ở dòng ${firstRow} — mỗi dòng cần một mã riêng`;
  }

  nameMissing(sheet: string, row: number, nameHeader: string, code: string) {
    return `${at(sheet, row)}chưa ghi ${nameHeader} cho mã ${q(code)}`;
  }

  sameName(sheet: string, name: string, codes: readonly string[], codeHeader: string) {
    return `${at(sheet)}${codes.length} dòng cùng tên ${q(name)} (${list(codes)}) — trong nhật ký phải ghi ${codeHeader}`;
  }

  positiveNumber(sheet: string, row: number, column: string, text: string) {
    return `${at(sheet, row)}${column} ${q(text)} phải là số lớn hơn 0`;
  }

  dateInvalid(sheet: string, row: number, column: string, text: string) {
    return `${at(sheet, row)}${column} ${notDate(text)}`;
  }

  dateOrder(sheet: string, row: number, fromHeader: string, from: string, toHeader: string, to: string) {
    return `${at(sheet, row)}${toHeader} ${to} trước ${fromHeader} ${from}`;
  }

  emailInvalid(sheet: string, row: number, text: string) {
    return `${at(sheet, row)}${notEmail(text)}`;
  }

  criteriaEmpty() {
    return `Trang ${q(SHEET.criteria)} chưa có tiêu chí nào`;
  }

  vetoInvalid(row: number, text: string, max: string) {
    return `${at(SHEET.criteria, row)}${H.vetoScore} ${q(text)} phải là số từ 0 đến ${H.maxScore} (${max})`;
  }

  criterionColumnMissing(code: string) {
    return `Trang ${q(SHEET.scores)} chưa có cột ${q(code)} cho tiêu chí ${q(code)} — thêm cột có tiêu đề đúng bằng ${H.criterionCode}`;
  }
})();

/** Pieces of the one-sentence `Lý do` of the rating (SPEC §5). */
export const RATING_TEXT = dictionary({
  __proto__: null,
  notRated: (reasons: readonly string[]) => `Chưa xếp loại: ${reasons.join("; ")}`,
  noScoreRow: () => `chưa có dòng trong trang ${q(SHEET.scores)}`,
  unitMissing: () => `thiếu ${H.unitCode}`,
  unitUnknown: (code: string) => `${H.unitCode} ${q(code)} không có trong trang ${q(SHEET.units)}`,
  unitRepeated: (code: string, rows: readonly number[]) =>
    `${H.unitCode} ${q(code)} có ${rows.length} dòng trong trang ${q(SHEET.scores)} (dòng ${list(rows.map(String))}) — chỉ giữ một dòng`,
  allBlank: () => "chưa chấm tiêu chí nào",
  scoreNotNumber: (code: string, text: string) => `điểm ${code} ${q(text)} không phải là số`,
  scoreNegative: (code: string, text: string) => `điểm ${code} ${text} là số âm`,
  scoreOverMax: (code: string, text: string, max: string) => `điểm ${code} ${text} vượt điểm tối đa ${max}`,
  finalLevelInvalid: (text: string) =>
    `${H.finalLevel} ${q(text)} không phải mức xếp loại — ghi HTXSNV, HTTNV, HTNV hoặc KHTNV`,

  score: (total: string, max: string, percent: string) => `${total}/${max} điểm (${percent})`,
  reached: (level: string, threshold: string) => `đạt ngưỡng ${level} ${threshold}%`,
  below: (level: string, threshold: string) => `dưới ngưỡng ${level} ${threshold}%`,
  veto: (criteria: readonly string[], level: string) => `nhưng ${list(criteria)} dưới điểm liệt nên tối đa ${level}`,
  capDowngraded: (group: string, allowed: number, cap: string, base: number) =>
    `nhưng nhóm ${q(group)} chỉ được ${formatCount(allowed)} đơn vị HTXSNV (${cap}% của ${formatCount(base)}) nên hạ xuống HTTNV`,
  capWarning: (group: string, count: number, allowed: number, cap: string, base: number) =>
    `cảnh báo: nhóm ${q(group)} có ${formatCount(count)} đơn vị HTXSNV, vượt mức tối đa ${formatCount(allowed)} (${cap}% của ${formatCount(base)})`,
  blanks: (codes: readonly string[]) => `chưa chấm ${list(codes)} (tính 0 điểm)`,
  decision: (computed: string) => `Theo ${H.finalLevel} (quyết định của Ban Thường vụ); kết quả tính: ${computed}`,
  groupOver: (group: string, count: number, allowed: number, cap: string, base: number) =>
    `Nhóm ${q(group)} có ${formatCount(count)} đơn vị HTXSNV, vượt mức tối đa ${formatCount(allowed)} (${cap}% của ${formatCount(base)})`,
  blankGroup: "(Không ghi)",
} as const);

/** Answers of the custom functions when an input cannot be used (SPEC §8). */
export const FORMULA_TEXT = dictionary({
  __proto__: null,
  notNumber: (what: string, text: string) => `${what} ${q(text)} không phải là số`,
  notDate: (what: string, text: string) => `${what} ${q(text)} không phải ngày hợp lệ`,
  missing: (what: string) => `Thiếu ${what}`,
  scoreRange: (score: string, max: string) => `Điểm ${score} phải từ 0 đến ${max}`,
  maxPositive: (text: string) => `Điểm tối đa ${q(text)} phải lớn hơn 0`,
  thresholds: () => "Các ngưỡng phải từ 0 đến 100 và giảm dần HTXSNV > HTTNV > HTNV",
  targetPositive: (text: string) => `Chỉ tiêu ${q(text)} phải là số lớn hơn 0`,
  daysNegative: (text: string) => `Số ngày ${q(text)} không được âm`,
  windowOrder: (from: string, to: string) => `Đến ngày ${to} trước Từ ngày ${from}`,
  windowTooLong: () => "Khoảng ngày dài quá 100 năm",
  logTooLong: () =>
    "Các chuyến đi của cán bộ này trải dài quá 100 năm — kiểm tra năm của Ngày đi, Ngày về, hoặc ghi tu_ngay và den_ngay",
  logHeader: (headers: readonly string[]) => FORMULA_TEXT.tableHeader("nhật ký", headers),
  tableHeader: (what: string, headers: readonly string[]) =>
    `Vùng ${what} thiếu cột ${list(headers.map(q))} — chọn vùng có cả dòng tiêu đề`,
  what: {
    days: H.days,
    cadre: "cán bộ",
    score: "Điểm",
    max: "Điểm tối đa",
    threshold: "Ngưỡng",
    target: "Chỉ tiêu",
    asOf: "Ngày tính",
    from: "Từ ngày",
    to: "Đến ngày",
    roster: "cán bộ",
    units: "đơn vị",
  },
} as const);
