// Conditional format rules: builder, rule and its boolean condition.

import { isDate, signatureError, type Context } from "./context";
import { countCalls } from "./counter";
import type { CondFormat, CondRuleData, SheetArea } from "./model";
import { rangeApi, sheetAreaOf } from "./range";

type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;
type When = GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate;

function copyRule(rule: CondRuleData): CondRuleData {
  return {
    criteria: rule.criteria,
    values: [...rule.values],
    format: { ...rule.format },
    ranges: rule.ranges.map((r) => ({ sheet: r.sheet, area: { ...r.area } })),
  };
}

const NO_FORMAT: CondFormat = {
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
};

export class LocalBooleanCondition
  implements
    Pick<
      GCondition,
      | "getBackground"
      | "getBold"
      | "getCriteriaType"
      | "getCriteriaValues"
      | "getFontColor"
      | "getItalic"
      | "getStrikethrough"
      | "getUnderline"
    >
{
  constructor(
    private readonly ctx: Context,
    private readonly rule: CondRuleData,
  ) {}
  get calls() {
    return this.ctx.calls;
  }
  getBackground(): string | null {
    return this.rule.format.background;
  }
  getBold(): boolean | null {
    return this.rule.format.bold;
  }
  getCriteriaType(): GCriteria {
    return this.rule.criteria as unknown as GCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.ctx.list(this.rule.values.map((v) => (isDate(v) ? this.ctx.date(v.getTime()) : v)));
  }
  getFontColor(): string | null {
    return this.rule.format.fontColor;
  }
  getItalic(): boolean | null {
    return this.rule.format.italic;
  }
  getStrikethrough(): boolean | null {
    return this.rule.format.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.rule.format.underline;
  }
}

export class LocalConditionalFormatRule
  implements Pick<GRule, "copy" | "getBooleanCondition" | "getGradientCondition" | "getRanges">
{
  constructor(
    private readonly ctx: Context,
    readonly data: CondRuleData,
  ) {}
  get calls() {
    return this.ctx.calls;
  }
  copy(): GBuilder {
    return new LocalConditionalFormatRuleBuilder(this.ctx, copyRule(this.data)) as unknown as GBuilder;
  }
  getBooleanCondition(): GCondition | null {
    return this.data.criteria ? (new LocalBooleanCondition(this.ctx, this.data) as unknown as GCondition) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GRange[] {
    return this.ctx.list(this.data.ranges.map(rangeApi));
  }
}

type BuilderMethods =
  | "build"
  | "copy"
  | "getBooleanCondition"
  | "getGradientCondition"
  | "getRanges"
  | "setBackground"
  | "setBold"
  | "setFontColor"
  | "setItalic"
  | "setRanges"
  | "setStrikethrough"
  | "setUnderline"
  | "whenCellEmpty"
  | "whenCellNotEmpty"
  | "whenDateAfter"
  | "whenDateBefore"
  | "whenDateEqualTo"
  | "whenFormulaSatisfied"
  | "whenNumberBetween"
  | "whenNumberEqualTo"
  | "whenNumberGreaterThan"
  | "whenNumberGreaterThanOrEqualTo"
  | "whenNumberLessThan"
  | "whenNumberLessThanOrEqualTo"
  | "whenNumberNotBetween"
  | "whenNumberNotEqualTo"
  | "whenTextContains"
  | "whenTextDoesNotContain"
  | "whenTextEndsWith"
  | "whenTextEqualTo"
  | "whenTextStartsWith"
  | "withCriteria";

export class LocalConditionalFormatRuleBuilder implements Pick<GBuilder, BuilderMethods> {
  private readonly rule: CondRuleData;

  constructor(
    private readonly ctx: Context,
    from?: CondRuleData,
  ) {
    this.rule = from ?? { criteria: null, values: [], format: { ...NO_FORMAT }, ranges: [] };
  }

  get calls() {
    return this.ctx.calls;
  }

  private _api(): GBuilder {
    return this as unknown as GBuilder;
  }

  private _when(criteria: string, values: unknown[]): GBuilder {
    this.rule.criteria = criteria;
    this.rule.values = values.map((v) => (isDate(v) ? new Date(v.getTime()) : v));
    return this._api();
  }

  private _format<K extends keyof CondFormat>(key: K, value: CondFormat[K]): GBuilder {
    this.rule.format[key] = value;
    return this._api();
  }

  build(): GRule {
    if (!this.rule.criteria) throw this.ctx.error("Conditional format rule must have a condition.");
    return new LocalConditionalFormatRule(this.ctx, copyRule(this.rule)) as unknown as GRule;
  }
  copy(): GBuilder {
    return new LocalConditionalFormatRuleBuilder(this.ctx, copyRule(this.rule)) as unknown as GBuilder;
  }
  getBooleanCondition(): GCondition | null {
    return this.rule.criteria
      ? (new LocalBooleanCondition(this.ctx, copyRule(this.rule)) as unknown as GCondition)
      : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GRange[] {
    return this.ctx.list(this.rule.ranges.map(rangeApi));
  }
  setRanges(ranges: GRange[]): GBuilder {
    if (!Array.isArray(ranges))
      throw signatureError(this.ctx, "SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges", [ranges]);
    this.rule.ranges = ranges.map(
      (r): SheetArea => sheetAreaOf(this.ctx, r, "SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges"),
    );
    return this._api();
  }
  setBackground(color: string | null): GBuilder {
    return this._format("background", color ? String(color).toLowerCase() : null);
  }
  setFontColor(color: string | null): GBuilder {
    return this._format("fontColor", color ? String(color).toLowerCase() : null);
  }
  setBold(bold: boolean | null): GBuilder {
    return this._format("bold", bold);
  }
  setItalic(italic: boolean | null): GBuilder {
    return this._format("italic", italic);
  }
  setStrikethrough(strikethrough: boolean | null): GBuilder {
    return this._format("strikethrough", strikethrough);
  }
  setUnderline(underline: boolean | null): GBuilder {
    return this._format("underline", underline);
  }
  whenCellEmpty(): GBuilder {
    return this._when("CELL_EMPTY", []);
  }
  whenCellNotEmpty(): GBuilder {
    return this._when("CELL_NOT_EMPTY", []);
  }
  whenDateAfter(date: When): GBuilder {
    return this._when(isDate(date) ? "DATE_AFTER" : "DATE_AFTER_RELATIVE", [date]);
  }
  whenDateBefore(date: When): GBuilder {
    return this._when(isDate(date) ? "DATE_BEFORE" : "DATE_BEFORE_RELATIVE", [date]);
  }
  whenDateEqualTo(date: When): GBuilder {
    return this._when(isDate(date) ? "DATE_EQUAL_TO" : "DATE_EQUAL_TO_RELATIVE", [date]);
  }
  whenFormulaSatisfied(formula: string): GBuilder {
    return this._when("CUSTOM_FORMULA", [String(formula)]);
  }
  whenNumberBetween(start: number, end: number): GBuilder {
    return this._when("NUMBER_BETWEEN", [start, end]);
  }
  whenNumberEqualTo(n: number): GBuilder {
    return this._when("NUMBER_EQUAL_TO", [n]);
  }
  whenNumberGreaterThan(n: number): GBuilder {
    return this._when("NUMBER_GREATER_THAN", [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): GBuilder {
    return this._when("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }
  whenNumberLessThan(n: number): GBuilder {
    return this._when("NUMBER_LESS_THAN", [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): GBuilder {
    return this._when("NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }
  whenNumberNotBetween(start: number, end: number): GBuilder {
    return this._when("NUMBER_NOT_BETWEEN", [start, end]);
  }
  whenNumberNotEqualTo(n: number): GBuilder {
    return this._when("NUMBER_NOT_EQUAL_TO", [n]);
  }
  whenTextContains(text: string): GBuilder {
    return this._when("TEXT_CONTAINS", [String(text)]);
  }
  whenTextDoesNotContain(text: string): GBuilder {
    return this._when("TEXT_DOES_NOT_CONTAIN", [String(text)]);
  }
  whenTextEndsWith(text: string): GBuilder {
    return this._when("TEXT_ENDS_WITH", [String(text)]);
  }
  whenTextEqualTo(text: string): GBuilder {
    return this._when("TEXT_EQUAL_TO", [String(text)]);
  }
  whenTextStartsWith(text: string): GBuilder {
    return this._when("TEXT_STARTS_WITH", [String(text)]);
  }
  withCriteria(criteria: GCriteria, args: unknown[]): GBuilder {
    return this._when(String(criteria), Array.isArray(args) ? [...args] : []);
  }
}

countCalls(LocalBooleanCondition, "BooleanCondition");
countCalls(LocalConditionalFormatRule, "ConditionalFormatRule");
countCalls(LocalConditionalFormatRuleBuilder, "ConditionalFormatRuleBuilder");

/** The stored rule behind a ConditionalFormatRule handed back by add-in code (copied). */
export function condRuleData(ctx: Context, rule: unknown): CondRuleData {
  if (rule instanceof LocalConditionalFormatRule) return copyRule(rule.data);
  throw signatureError(ctx, "SpreadsheetApp.Sheet.setConditionalFormatRules", [rule]);
}

export function condRuleApi(ctx: Context, data: CondRuleData): GRule {
  return new LocalConditionalFormatRule(ctx, copyRule(data)) as unknown as GRule;
}
