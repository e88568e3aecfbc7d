// Data validation: the builder, the rule, and whether a value passes a rule that rejects invalid input.

import type { CellValue, ValidationData } from "./cells";
import { isDate, signatureError, type Context } from "./context";
import { countCalls } from "./counter";
import type { BookModel } from "./model";
import { sheetAreaOf, valuesIn } from "./range";
import { dateSerial } from "./values";

type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** Copies criteria values for the add-in: arrays and dates of its realm, ranges as they are. */
function exportValues(ctx: Context, values: readonly unknown[]): unknown[] {
  return ctx.list(values.map((v) => (Array.isArray(v) ? ctx.list([...v]) : isDate(v) ? ctx.date(v.getTime()) : v)));
}

function importValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (Array.isArray(v) ? v.map(String) : isDate(v) ? new Date(v.getTime()) : v));
}

export class LocalDataValidation
  implements Pick<GDataValidation, "copy" | "getAllowInvalid" | "getCriteriaType" | "getCriteriaValues" | "getHelpText">
{
  constructor(
    private readonly ctx: Context,
    readonly data: ValidationData,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  copy(): GBuilder {
    return new LocalDataValidationBuilder(this.ctx, this.data) as unknown as GBuilder;
  }

  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }

  getCriteriaType(): GCriteria {
    return this.data.criteria as unknown as GCriteria;
  }

  getCriteriaValues(): unknown[] {
    return exportValues(this.ctx, this.data.values);
  }

  getHelpText(): string {
    return this.data.helpText ?? "";
  }
}

type BuilderMethods =
  | "build"
  | "copy"
  | "getAllowInvalid"
  | "getCriteriaType"
  | "getCriteriaValues"
  | "getHelpText"
  | "requireCheckbox"
  | "requireDate"
  | "requireDateAfter"
  | "requireDateBefore"
  | "requireDateBetween"
  | "requireDateEqualTo"
  | "requireDateNotBetween"
  | "requireDateOnOrAfter"
  | "requireDateOnOrBefore"
  | "requireFormulaSatisfied"
  | "requireNumberBetween"
  | "requireNumberEqualTo"
  | "requireNumberGreaterThan"
  | "requireNumberGreaterThanOrEqualTo"
  | "requireNumberLessThan"
  | "requireNumberLessThanOrEqualTo"
  | "requireNumberNotBetween"
  | "requireNumberNotEqualTo"
  | "requireTextContains"
  | "requireTextDoesNotContain"
  | "requireTextEqualTo"
  | "requireTextIsEmail"
  | "requireTextIsUrl"
  | "requireValueInList"
  | "requireValueInRange"
  | "setAllowInvalid"
  | "setHelpText"
  | "withCriteria";

export class LocalDataValidationBuilder implements Pick<GBuilder, BuilderMethods> {
  private criteria: string | null;
  private values: unknown[];
  private allowInvalid: boolean;
  private helpText: string | null;

  constructor(
    private readonly ctx: Context,
    from?: ValidationData,
  ) {
    this.criteria = from?.criteria ?? null;
    this.values = from ? [...from.values] : [];
    this.allowInvalid = from?.allowInvalid ?? true;
    this.helpText = from?.helpText ?? null;
  }

  get calls() {
    return this.ctx.calls;
  }

  private _set(criteria: string, values: unknown[]): GBuilder {
    this.criteria = criteria;
    this.values = importValues(values);
    return this as unknown as GBuilder;
  }

  build(): GDataValidation {
    if (this.criteria === null) throw this.ctx.error("You must specify criteria for the data validation rule.");
    const data: ValidationData = Object.freeze({
      criteria: this.criteria,
      values: Object.freeze([...this.values]),
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
    return new LocalDataValidation(this.ctx, data) as unknown as GDataValidation;
  }

  copy(): GBuilder {
    const b = new LocalDataValidationBuilder(this.ctx);
    b.criteria = this.criteria;
    b.values = [...this.values];
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b as unknown as GBuilder;
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getCriteriaType(): GCriteria {
    return this.criteria as unknown as GCriteria;
  }

  getCriteriaValues(): unknown[] {
    return exportValues(this.ctx, this.values);
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  requireCheckbox(checked?: unknown, unchecked?: unknown): GBuilder {
    return this._set(
      "CHECKBOX",
      checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked],
    );
  }
  requireDate(): GBuilder {
    return this._set("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(date: GoogleAppsScript.Base.Date): GBuilder {
    return this._set("DATE_AFTER", [date]);
  }
  requireDateBefore(date: GoogleAppsScript.Base.Date): GBuilder {
    return this._set("DATE_BEFORE", [date]);
  }
  requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): GBuilder {
    return this._set("DATE_BETWEEN", [start, end]);
  }
  requireDateEqualTo(date: GoogleAppsScript.Base.Date): GBuilder {
    return this._set("DATE_EQUAL_TO", [date]);
  }
  requireDateNotBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): GBuilder {
    return this._set("DATE_NOT_BETWEEN", [start, end]);
  }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): GBuilder {
    return this._set("DATE_ON_OR_AFTER", [date]);
  }
  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): GBuilder {
    return this._set("DATE_ON_OR_BEFORE", [date]);
  }
  requireFormulaSatisfied(formula: string): GBuilder {
    return this._set("CUSTOM_FORMULA", [formula]);
  }
  requireNumberBetween(start: number, end: number): GBuilder {
    return this._set("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberEqualTo(n: number): GBuilder {
    return this._set("NUMBER_EQUAL_TO", [n]);
  }
  requireNumberGreaterThan(n: number): GBuilder {
    return this._set("NUMBER_GREATER_THAN", [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): GBuilder {
    return this._set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }
  requireNumberLessThan(n: number): GBuilder {
    return this._set("NUMBER_LESS_THAN", [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): GBuilder {
    return this._set("NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }
  requireNumberNotBetween(start: number, end: number): GBuilder {
    return this._set("NUMBER_NOT_BETWEEN", [start, end]);
  }
  requireNumberNotEqualTo(n: number): GBuilder {
    return this._set("NUMBER_NOT_EQUAL_TO", [n]);
  }
  requireTextContains(text: string): GBuilder {
    return this._set("TEXT_CONTAINS", [text]);
  }
  requireTextDoesNotContain(text: string): GBuilder {
    return this._set("TEXT_DOES_NOT_CONTAIN", [text]);
  }
  requireTextEqualTo(text: string): GBuilder {
    return this._set("TEXT_EQUAL_TO", [text]);
  }
  requireTextIsEmail(): GBuilder {
    return this._set("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl(): GBuilder {
    return this._set("TEXT_IS_VALID_URL", []);
  }
  requireValueInList(values: string[], showDropdown = true): GBuilder {
    if (!Array.isArray(values))
      throw signatureError(this.ctx, "SpreadsheetApp.DataValidationBuilder.requireValueInList", [values]);
    return this._set("VALUE_IN_LIST", [values, showDropdown]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): GBuilder {
    sheetAreaOf(this.ctx, range, "SpreadsheetApp.DataValidationBuilder.requireValueInRange");
    return this._set("VALUE_IN_RANGE", [range, showDropdown]);
  }
  setAllowInvalid(allowInvalidData: boolean): GBuilder {
    this.allowInvalid = Boolean(allowInvalidData);
    return this as unknown as GBuilder;
  }
  setHelpText(helpText: string): GBuilder {
    this.helpText = String(helpText);
    return this as unknown as GBuilder;
  }
  withCriteria(criteria: GCriteria, args: unknown[]): GBuilder {
    return this._set(String(criteria), Array.isArray(args) ? [...args] : []);
  }
}

countCalls(LocalDataValidation, "DataValidation");
countCalls(LocalDataValidationBuilder, "DataValidationBuilder");

/** The stored rule behind a DataValidation handed back by add-in code. */
export function validationData(ctx: Context, rule: unknown, method: string): ValidationData | null {
  if (rule === null) return null;
  if (rule instanceof LocalDataValidation) return rule.data;
  throw signatureError(ctx, method, [rule]);
}

function num(book: BookModel, v: unknown): number {
  return isDate(v) ? dateSerial(book, v.getTime()).serial : Number(v);
}

/** Whether `value` satisfies `rule` (an empty cell always does). */
export function accepts(book: BookModel, rule: ValidationData, value: CellValue): boolean {
  if (value === "") return true;
  const v = rule.values;
  const n = typeof value === "number" ? value : NaN;
  const text = String(value);
  switch (rule.criteria) {
    case "VALUE_IN_LIST":
      return (v[0] as string[]).some((item) => item === text || (typeof value === "number" && Number(item) === value));
    case "VALUE_IN_RANGE":
      return valuesIn(v[0]).some((item) => item === value || String(item) === text);
    case "CHECKBOX":
      return v.length === 0 ? typeof value === "boolean" : v.some((item) => item === value || String(item) === text);
    case "NUMBER_BETWEEN":
    case "DATE_BETWEEN":
      return n >= num(book, v[0]) && n <= num(book, v[1]);
    case "NUMBER_NOT_BETWEEN":
    case "DATE_NOT_BETWEEN":
      return !Number.isNaN(n) && !(n >= num(book, v[0]) && n <= num(book, v[1]));
    case "NUMBER_EQUAL_TO":
    case "DATE_EQUAL_TO":
      return n === num(book, v[0]);
    case "NUMBER_NOT_EQUAL_TO":
      return !Number.isNaN(n) && n !== num(book, v[0]);
    case "NUMBER_GREATER_THAN":
    case "DATE_AFTER":
      return n > num(book, v[0]);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
    case "DATE_ON_OR_AFTER":
      return n >= num(book, v[0]);
    case "NUMBER_LESS_THAN":
    case "DATE_BEFORE":
      return n < num(book, v[0]);
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
    case "DATE_ON_OR_BEFORE":
      return n <= num(book, v[0]);
    case "DATE_IS_VALID_DATE":
      return typeof value === "number";
    case "TEXT_CONTAINS":
      return text.includes(String(v[0]));
    case "TEXT_DOES_NOT_CONTAIN":
      return !text.includes(String(v[0]));
    case "TEXT_EQUAL_TO":
      return text === String(v[0]);
    case "TEXT_IS_VALID_EMAIL":
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case "TEXT_IS_VALID_URL":
      return /^https?:\/\/\S+$/i.test(text);
    default:
      return true; // CUSTOM_FORMULA: formulas are not evaluated here
  }
}
