// Messages of the province rules (SPEC §11–§13): exemptions, minimums by level, unit history, 2025 rating.
import { FORMULA_TEXT } from "./findings";
import { H, LEVEL, SHEET } from "./sheets";
import { dictionary } from "./dictionary";
import { at, list, q } from "./pieces";

const rowsAt = (sheet: string, rows: readonly number[]) =>
  rows.length === 1 ? at(sheet, rows[0]) : `Trang ${q(sheet)} dòng ${list(rows.map(String))}: `;

/** Unit history on `Đơn vị` and in the log (SPEC §12). */
export const HISTORY_TEXT = dictionary({
  __proto__: null,
  /** Log error: a visit after the unit's last day, to a unit merged into another. Wording of SPEC §12. */
  merged: (name: string, code: string, from: string) =>
    `đơn vị đã sáp nhập vào ${name} (${code}) từ ${from} — ghi đơn vị mới`,
  /** Log error: a visit after the last day of a dissolved unit. */
  dissolved: (from: string) => `đơn vị không còn hoạt động từ ${from}`,
  /** Log warning: the visit starts on or before the last day and runs past it. */
  runsPastEnd: (unit: string, last: string) =>
    `Đơn vị ${unit} chỉ hoạt động đến ${last}, chuyến đi kéo dài qua ngày này — cả chuyến vẫn tính cho đơn vị này`,
  successorUnknown: (row: number, code: string) =>
    `${at(SHEET.units, row)}${H.mergedInto} ${q(code)} không có trong cột ${H.unitCode} — ghi đúng mã của đơn vị mới`,
  successorWithoutEnd: (row: number, code: string) =>
    `${at(SHEET.units, row)}có ${H.mergedInto} ${q(code)} nhưng chưa ghi ${H.activeTo} — ghi ngày cuối cùng đơn vị còn hoạt động`,
  loop: (rows: readonly number[], chain: readonly string[]) =>
    `${rowsAt(SHEET.units, rows)}${H.mergedInto} tạo thành vòng (${chain.join(" → ")}) — sửa để chuỗi sáp nhập kết thúc ở một đơn vị còn hoạt động`,
  endedScoreRow: (row: number, code: string, from: string) =>
    `${at(SHEET.scores, row)}đơn vị ${q(code)} không còn hoạt động từ ${from} nên không xếp loại; điểm của đơn vị mới ghi ở dòng của đơn vị mới`,
} as const);

/** `Tạm miễn` (SPEC §11). */
export const EXEMPTION_TEXT = dictionary({
  __proto__: null,
  cadreMissing: (row: number) =>
    `${at(SHEET.exemptions, row)}thiếu ${H.cadre} — ghi ${H.cadreCode} hoặc họ và tên như trong trang ${q(SHEET.roster)}`,
  cadreUnknown: (row: number, text: string, suggestions: readonly string[]) =>
    `${at(SHEET.exemptions, row)}không tìm thấy cán bộ ${q(text)} trong trang ${q(SHEET.roster)}` +
    (suggestions.length ? ` — có phải: ${list(suggestions)}?` : ` — ghi đúng ${H.cadreCode} hoặc họ và tên`),
  cadreAmbiguous: (row: number, text: string, candidates: readonly string[]) =>
    `${at(SHEET.exemptions, row)}${q(text)} khớp với ${candidates.length} cán bộ (${list(candidates)}) — ghi ${H.cadreCode} để phân biệt`,
  fromMissing: (row: number) => `${at(SHEET.exemptions, row)}thiếu ${H.exemptFrom} — ghi ngày bắt đầu tạm miễn`,
  openEnded: (row: number, cadre: string, end: string) =>
    `${at(SHEET.exemptions, row)}chưa ghi ${H.exemptTo} — tạm miễn của ${cadre} được tính đến hết khoảng tính (${end})`,
} as const);

/** `Chỉ tiêu theo cấp` (SPEC §11). */
export const TIER_TEXT = dictionary({
  __proto__: null,
  labelMissing: (row: number) => `${at(SHEET.tiers, row)}thiếu ${H.tier} — ghi tên cấp, ví dụ «Cấp xã»`,
  labelDuplicate: (row: number, label: string, first: number) =>
    `${at(SHEET.tiers, row)}${H.tier} ${q(label)} đã có ở dòng ${first} — mỗi cấp ghi một dòng`,
  typesMissing: (row: number, label: string) =>
    `${at(SHEET.tiers, row)}chưa ghi ${H.unitType} cho ${q(label)} — ghi các loại đơn vị cách nhau bằng dấu ;`,
  typeTwice: (row: number, type: string, other: string, otherRow: number) =>
    `${at(SHEET.tiers, row)}${H.unitType} ${q(type)} đã thuộc ${q(other)} (dòng ${otherRow}) — mỗi loại đơn vị chỉ thuộc một cấp`,
  minimumInvalid: (row: number, text: string) =>
    `${at(SHEET.tiers, row)}${H.tierMinimum} ${q(text)} phải là số từ 0 đến 366`,
  typeUnused: (row: number, type: string) =>
    `${at(SHEET.tiers, row)}không có đơn vị nào có ${H.unitType} ${q(type)} trong trang ${q(SHEET.units)} — kiểm tra chính tả`,
  column: (label: string) => `${label} (ngày)`,
  short: (label: string, days: string) => `${label}: thiếu ${days} ngày`,
} as const);

/** Pieces of `Lý do` and configuration messages of the 2025 rating (SPEC §13). */
export const RATING_2025_TEXT = dictionary({
  __proto__: null,
  official: "theo điểm thẩm định",
  officialProblem: (reason: string) => `trang ${q(SHEET.official)}: ${reason}`,
  topMinimum: (items: readonly string[]) =>
    `nhưng ${list(items)} chưa đạt ${H.topMinimum} nên tối đa ${LEVEL.good.code}`,
  topMinimumItem: (code: string, score: string | undefined, min: string) =>
    score === undefined ? `${code} (chưa chấm, cần ${min})` : `${code} (${score} < ${min})`,
  decisionDespiteMinimum: (items: readonly string[]) =>
    `lưu ý: ${H.finalLevel} là ${LEVEL.top.code} dù ${list(items)} chưa đạt ${H.topMinimum}`,
  weakestGroup: (group: string, total: string, max: string, percent: string) =>
    `nhóm thấp nhất so với điểm tối đa: ${q(group)} ${total}/${max} (${percent})`,
  groupClash: (row: number, group: string) =>
    `${at(SHEET.criteria, row)}${H.criterionGroup} ${q(group)} trùng tên một cột của trang ${q(SHEET.rating)} — đặt tên nhóm khác`,
  topMinimumInvalid: (row: number, text: string, max: string) =>
    `${at(SHEET.criteria, row)}${H.topMinimum} ${q(text)} phải là số từ 0 đến ${H.maxScore} (${max})`,
} as const);

/** Answers of the custom functions for the province rules (SPEC §8, §11). */
export const FORMULA_RULES_TEXT = dictionary({
  __proto__: null,
  levelNeedsUnits: () =>
    `Tham số cap cần vùng don_vi (trang ${q(SHEET.units)} có dòng tiêu đề) để biết loại của từng đơn vị`,
  unitsHeader: (headers: readonly string[]) => FORMULA_TEXT.tableHeader("don_vi", headers),
  exemptionDate: (row: number, text: string) =>
    `Vùng tam_mien dòng ${row}: ${q(text)} không phải ngày hợp lệ — nhập dạng dd/mm/yyyy`,
  exemptionOrder: (row: number) => `Vùng tam_mien dòng ${row}: ${H.exemptTo} trước ${H.exemptFrom}`,
} as const);

/** `Tạo bảng mẫu` and the optional sheets (SPEC Part II). */
export const OPTIONAL_SHEETS_TEXT = dictionary({
  __proto__: null,
  ask: (sheets: readonly string[]) =>
    `Tạo thêm các trang không bắt buộc ${list(sheets.map(q))}? ` +
    `${q(SHEET.exemptions)}: cán bộ tạm miễn (đi học, ốm dài ngày, thai sản); ` +
    `${q(SHEET.tiers)}: số ngày tối thiểu theo cấp đơn vị; ` +
    `${q(SHEET.official)}: điểm của cấp thẩm định. Mỗi trang chỉ có tác dụng khi có dòng.`,
  declined: (sheets: readonly string[]) => `Chưa tạo ${list(sheets.map(q))}; chạy lại Tạo bảng mẫu khi cần.`,
} as const);
