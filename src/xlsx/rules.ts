// Data validation and conditional formatting between exceljs and the model. The kinds the add-in
// makes (dropdown from a list or a range; a formula, text-equal or number rule with a colour) are
// translated both ways; any other kind found in a file is carried through untouched.

import type ExcelJS from "exceljs";
import { columnLetters, parseA1 } from "../imitation/a1";
import type { Area, ValidationData } from "../imitation/cells";
import { isDate } from "../imitation/context";
import type { CondFormat, CondRuleData, SheetArea, SheetModel } from "../imitation/model";
import { LocalRange } from "../imitation/range";
import { instantToSerial } from "../imitation/zone";
import { colorFromArgb, colorToArgb } from "./format";
import { parts } from "./origin";

// ---- ranges ----

export function areaA1(a: Area): string {
  return `${columnLetters(a.c1)}${a.r1}:${columnLetters(a.c2)}${a.r2}`;
}

function absA1(a: Area): string {
  return `$${columnLetters(a.c1)}$${a.r1}:$${columnLetters(a.c2)}$${a.r2}`;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A1 reference to a rectangle; open ends reach the sheet's edge. */
export function areaOf(ref: string, sheet: { maxRows: number; maxColumns: number }): Area | null {
  const a = parseA1(ref);
  if (!a) return null;
  return {
    r1: a.start.row ?? 1,
    c1: a.start.col ?? 1,
    r2: a.end.row ?? sheet.maxRows,
    c2: a.end.col ?? sheet.maxColumns,
  };
}

// ---- data validation ----

const originalValidation = new WeakMap<ValidationData, ExcelJS.DataValidation>();

function unquoteList(formula: string): string[] | null {
  const m = /^"(.*)"$/s.exec(formula.trim());
  return m ? m[1].replace(/""/g, '"').split(",") : null;
}

/** The model's rule for an exceljs validation; kinds the model does not know are kept as they are. */
export function validationFromXlsx(
  dv: ExcelJS.DataValidation,
  own: SheetModel,
  sheetByName: (name: string) => SheetModel | null,
): ValidationData {
  const allowInvalid = !(dv.showErrorMessage && (dv.errorStyle ?? "stop") === "stop");
  const helpText = dv.prompt ?? null;
  const base = { allowInvalid, helpText };
  if (dv.type === "list" && dv.formulae?.length) {
    const f = String(dv.formulae[0]);
    const items = unquoteList(f);
    if (items) return Object.freeze({ ...base, criteria: "VALUE_IN_LIST", values: Object.freeze([items, true]) });
    const ref = parseA1(f.replace(/^=/, ""));
    const sheet = ref ? (ref.sheetName === null ? own : sheetByName(ref.sheetName)) : null;
    const area = sheet ? areaOf(f.replace(/^=/, "").replace(/^.*!/, ""), sheet) : null;
    if (sheet && area) {
      return Object.freeze({
        ...base,
        criteria: "VALUE_IN_RANGE",
        values: Object.freeze([new LocalRange(sheet, area), true]),
      });
    }
  }
  const kept: ValidationData = Object.freeze({
    ...base,
    criteria: `XLSX_${dv.type.toUpperCase()}`,
    values: Object.freeze([]),
  });
  originalValidation.set(kept, dv);
  return kept;
}

/** exceljs validation for a model rule; null when .xlsx cannot hold it. */
export function validationToXlsx(v: ValidationData): ExcelJS.DataValidation | null {
  const kept = originalValidation.get(v);
  if (kept) return kept;
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.allowInvalid ? "warning" : "stop",
    ...(v.helpText ? { showInputMessage: true, prompt: v.helpText } : {}),
  };
  if (v.criteria === "VALUE_IN_LIST") {
    const list = `"${(v.values[0] as string[]).map((s) => String(s).replace(/"/g, '""')).join(",")}"`;
    if (list.length > 257) return null; // Excel's limit for a typed list is 255 characters
    return { type: "list", formulae: [list], ...common };
  }
  if (v.criteria === "VALUE_IN_RANGE" && v.values[0] instanceof LocalRange) {
    const range = v.values[0];
    return { type: "list", formulae: [`${quoteSheet(range.sheet.name)}!${absA1(range.area)}`], ...common };
  }
  return null;
}

// ---- conditional formatting ----

type XRule = ExcelJS.ConditionalFormattingRule;
type XRuleStyle = Partial<ExcelJS.Style>;

const NUMBER_OPS: Record<string, string> = {
  NUMBER_EQUAL_TO: "equal",
  NUMBER_NOT_EQUAL_TO: "notEqual",
  NUMBER_GREATER_THAN: "greaterThan",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "greaterThanOrEqual",
  NUMBER_LESS_THAN: "lessThan",
  NUMBER_LESS_THAN_OR_EQUAL_TO: "lessThanOrEqual",
  NUMBER_BETWEEN: "between",
  NUMBER_NOT_BETWEEN: "notBetween",
  DATE_EQUAL_TO: "equal",
  DATE_AFTER: "greaterThan",
  DATE_BEFORE: "lessThan",
};
const OPS_NUMBER = Object.fromEntries(
  Object.entries(NUMBER_OPS)
    .filter(([k]) => k.startsWith("NUMBER"))
    .map(([k, v]) => [v, k]),
);

function formatFromRuleStyle(style: XRuleStyle | undefined): CondFormat {
  const fill = style?.fill as ExcelJS.FillPattern | undefined;
  const font = style?.font;
  return {
    background: colorFromArgb(fill?.bgColor?.argb ?? fill?.fgColor?.argb),
    fontColor: colorFromArgb(font?.color?.argb),
    bold: font?.bold ?? null,
    italic: font?.italic ?? null,
    strikethrough: font?.strike ?? null,
    underline: font?.underline === undefined ? null : Boolean(font.underline),
  };
}

function ruleStyle(f: CondFormat): XRuleStyle {
  const style: XRuleStyle = {};
  const bg = colorToArgb(f.background);
  if (bg) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: bg }, bgColor: { argb: bg } };
  const font: Partial<ExcelJS.Font> = {};
  const color = colorToArgb(f.fontColor);
  if (color) font.color = { argb: color };
  if (f.bold !== null) font.bold = f.bold;
  if (f.italic !== null) font.italic = f.italic;
  if (f.strikethrough !== null) font.strike = f.strikethrough;
  if (f.underline !== null) font.underline = f.underline;
  if (Object.keys(font).length) style.font = font;
  return style;
}

/** The model's criteria for an exceljs rule; null when the model has no such kind. */
function criteriaFromXlsx(rule: XRule): { criteria: string; values: unknown[] } | null {
  const formulae = ("formulae" in rule ? rule.formulae : undefined) ?? [];
  if (rule.type === "expression" && formulae.length) return { criteria: "CUSTOM_FORMULA", values: [`=${formulae[0]}`] };
  if (rule.type === "cellIs" && formulae.length) {
    const text = unquoteList(String(formulae[0]));
    if (rule.operator === "equal" && text && text.length === 1) return { criteria: "TEXT_EQUAL_TO", values: [text[0]] };
    const numbers = formulae.map(Number);
    const criteria = OPS_NUMBER[rule.operator ?? ""];
    if (criteria && numbers.every((n) => Number.isFinite(n))) return { criteria, values: numbers };
  }
  if (rule.type === "containsText" && rule.operator === "containsText" && rule.text !== undefined) {
    return { criteria: "TEXT_CONTAINS", values: [rule.text] };
  }
  return null;
}

/** exceljs rule for a model rule on ranges whose top-left cell is `tl`; null when .xlsx cannot hold it. */
function ruleToXlsx(rule: CondRuleData, tl: string, timeZone: string): XRule | null {
  const style = ruleStyle(rule.format);
  const v = rule.values;
  const quote = (s: unknown) => `"${String(s).replace(/"/g, '""')}"`;
  const num = (x: unknown) => String(isDate(x) ? instantToSerial(x.getTime(), timeZone) : Number(x));
  const c = rule.criteria ?? "";
  if (c === "CUSTOM_FORMULA")
    return { type: "expression", formulae: [String(v[0]).replace(/^=/, "")], style, priority: 0 };
  if (c === "TEXT_EQUAL_TO") return { type: "cellIs", operator: "equal", formulae: [quote(v[0])], style, priority: 0 };
  if (c === "TEXT_CONTAINS") {
    const text = String(v[0]);
    return {
      type: "containsText",
      operator: "containsText",
      text,
      formulae: [`NOT(ISERROR(SEARCH(${quote(text)},${tl})))`],
      style,
      priority: 0,
    } as XRule;
  }
  if (c === "CELL_EMPTY") return { type: "expression", formulae: [`LEN(TRIM(${tl}))=0`], style, priority: 0 };
  if (c === "CELL_NOT_EMPTY") return { type: "expression", formulae: [`LEN(TRIM(${tl}))>0`], style, priority: 0 };
  const op = NUMBER_OPS[c];
  if (op) return { type: "cellIs", operator: op as ExcelJS.CellIsOperators, formulae: v.map(num), style, priority: 0 };
  return null;
}

function ruleKey(rule: Pick<CondRuleData, "criteria" | "values" | "format" | "ranges">): string {
  return JSON.stringify([
    rule.criteria,
    rule.values.map(String),
    rule.format,
    rule.ranges.map((r) => [r.sheet.name, r.area]),
  ]);
}

/** What a sheet's conditional formatting was when loaded: model rules by key, and kinds kept as they are. */
export interface LoadedRules {
  keys: string[];
  originals: Map<string, ExcelJS.ConditionalFormattingOptions>;
  kept: ExcelJS.ConditionalFormattingOptions[];
}

export function rulesFromXlsx(ws: ExcelJS.Worksheet, sheet: SheetModel): LoadedRules {
  const loaded: LoadedRules = { keys: [], originals: new Map(), kept: [] };
  for (const cf of parts(ws).conditionalFormattings ?? []) {
    const ranges: SheetArea[] = String(cf.ref)
      .split(/\s+/)
      .map((ref) => areaOf(ref, sheet))
      .filter((a): a is Area => a !== null)
      .map((area) => ({ sheet, area }));
    for (const rule of cf.rules) {
      const criteria = ranges.length ? criteriaFromXlsx(rule) : null;
      if (!criteria) {
        loaded.kept.push({ ref: cf.ref, rules: [rule] });
        continue;
      }
      const data: CondRuleData = {
        ...criteria,
        format: formatFromRuleStyle(rule.style),
        ranges: ranges.map((r) => ({ ...r, area: { ...r.area } })),
      };
      sheet.condRules.push(data);
      const key = ruleKey(data);
      loaded.keys.push(key);
      loaded.originals.set(key, { ref: cf.ref, rules: [rule] });
    }
  }
  return loaded;
}

/** A model rule as one exceljs entry on its ranges of `sheet`; null when .xlsx cannot hold it. */
function entryFor(
  rule: CondRuleData,
  sheet: SheetModel,
  timeZone: string,
): ExcelJS.ConditionalFormattingOptions | null {
  const own = rule.ranges.filter((r) => r.sheet === sheet);
  if (!own.length) return null;
  const { r1, c1 } = own[0].area;
  const x = ruleToXlsx(rule, `${columnLetters(c1)}${r1}`, timeZone);
  return x ? { ref: own.map((r) => areaA1(r.area)).join(" "), rules: [x] } : null;
}

/** The keys of a sheet's rules now: equal to the loaded ones means nothing to write. */
export function currentRuleKeys(sheet: SheetModel): string[] {
  return sheet.condRules.map(ruleKey);
}

/**
 * The sheet's conditional formatting for exceljs (rules loaded from the file and unchanged go back as
 * they came), how many rules .xlsx could not hold, and what the file now holds for the next save.
 */
export function rulesToXlsx(
  sheet: SheetModel,
  loaded: LoadedRules | undefined,
  timeZone: string,
): { list: ExcelJS.ConditionalFormattingOptions[]; dropped: number; written: LoadedRules } {
  const kept = loaded?.kept ?? [];
  const list: ExcelJS.ConditionalFormattingOptions[] = [...kept];
  const written: LoadedRules = { keys: [], originals: new Map(), kept };
  let dropped = 0;
  for (const rule of sheet.condRules) {
    const key = ruleKey(rule);
    written.keys.push(key);
    const entry = loaded?.originals.get(key) ?? entryFor(rule, sheet, timeZone);
    if (!entry) {
      dropped++;
      continue;
    }
    list.push(entry);
    written.originals.set(key, entry);
  }
  return { list, dropped, written };
}
