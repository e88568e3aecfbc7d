// Form items: the generic Item (getItems), and the four kinds the add-in builds — DateItem,
// ListItem (a drop-down), TextItem (short answer, with TextValidation) and ParagraphTextItem.

import type { Context } from "../context";
import { countCalls } from "../counter";
import { syncHeaders } from "./delivery";
import { ItemType } from "./enums";
import type { FormModel, ItemKind, ItemModel, TextRule } from "./model";

type GItem = GoogleAppsScript.Forms.Item;

/** The methods every item kind has (ItemBase), and those of the question kinds (QuestionBase). */
type ItemMethods = "getHelpText" | "getId" | "getIndex" | "getTitle" | "getType" | "setHelpText" | "setTitle";
type QuestionMethods = ItemMethods | "isRequired" | "setRequired";

/** What every item kind shares: identity, title, help text, required. */
abstract class ItemBase {
  constructor(
    protected readonly ctx: Context,
    readonly form: FormModel,
    readonly item: ItemModel,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  /** The raw item (tests). */
  rawModel(): ItemModel {
    return this.item;
  }

  protected _self<T>(): T {
    return this as unknown as T;
  }

  getId(): number {
    return this.item.id;
  }
  getIndex(): number {
    return this.form.items.indexOf(this.item);
  }
  getTitle(): string {
    return this.item.title;
  }
  getHelpText(): string {
    return this.item.helpText;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return ItemType[this.item.kind] as unknown as GoogleAppsScript.Forms.ItemType;
  }
  setTitle(title: string) {
    this.item.title = String(title);
    syncHeaders(this.form);
    return this._self<never>();
  }
  setHelpText(text: string) {
    this.item.helpText = String(text);
    return this._self<never>();
  }
}

abstract class QuestionBase extends ItemBase {
  isRequired(): boolean {
    return this.item.required;
  }
  setRequired(enabled: boolean) {
    this.item.required = Boolean(enabled);
    return this._self<never>();
  }
}

export class LocalDateItem
  extends QuestionBase
  implements Pick<GoogleAppsScript.Forms.DateItem, QuestionMethods | "includesYear" | "setIncludesYear">
{
  includesYear(): boolean {
    return this.item.includesYear;
  }
  setIncludesYear(enableYear: boolean): GoogleAppsScript.Forms.DateItem {
    this.item.includesYear = Boolean(enableYear);
    return this._self();
  }
}

export class LocalChoice implements Pick<GoogleAppsScript.Forms.Choice, "getValue" | "isCorrectAnswer"> {
  constructor(
    private readonly ctx: Context,
    private readonly value: string,
  ) {}
  get calls() {
    return this.ctx.calls;
  }
  getValue(): string {
    return this.value;
  }
  isCorrectAnswer(): boolean {
    return false;
  }
}

export class LocalListItem
  extends QuestionBase
  implements
    Pick<
      GoogleAppsScript.Forms.ListItem,
      QuestionMethods | "createChoice" | "getChoices" | "setChoiceValues" | "setChoices"
    >
{
  createChoice(value: string): GoogleAppsScript.Forms.Choice {
    return new LocalChoice(this.ctx, String(value)) as unknown as GoogleAppsScript.Forms.Choice;
  }
  getChoices(): GoogleAppsScript.Forms.Choice[] {
    return this.ctx.list(this.item.choices.map((v) => this.createChoice(v)));
  }
  /** Replaces the choices; responses already submitted keep the text they had (Forms stores answers as text). */
  setChoiceValues(values: string[]): GoogleAppsScript.Forms.ListItem {
    if (!Array.isArray(values)) throw this.ctx.error("Invalid argument: values");
    if (values.length === 0) throw this.ctx.error("Invalid data updating form.");
    this.item.choices = values.map(String);
    return this._self();
  }
  setChoices(choices: GoogleAppsScript.Forms.Choice[]): GoogleAppsScript.Forms.ListItem {
    return this.setChoiceValues(choices.map((c) => c.getValue()));
  }
}

export class LocalTextValidation {
  constructor(readonly rule: TextRule) {}
}

export class LocalTextValidationBuilder
  implements
    Pick<
      GoogleAppsScript.Forms.TextValidationBuilder,
      | "build"
      | "requireNumber"
      | "requireNumberBetween"
      | "requireNumberEqualTo"
      | "requireNumberGreaterThan"
      | "requireNumberGreaterThanOrEqualTo"
      | "requireNumberLessThan"
      | "requireNumberLessThanOrEqualTo"
      | "requireWholeNumber"
      | "setHelpText"
    >
{
  private rule: TextRule = { kind: "NUMBER", a: 0, b: 0, helpText: "" };

  constructor(private readonly ctx: Context) {}

  get calls() {
    return this.ctx.calls;
  }

  private _set(kind: TextRule["kind"], a = 0, b = 0): GoogleAppsScript.Forms.TextValidationBuilder {
    this.rule = { ...this.rule, kind, a: Number(a), b: Number(b) };
    return this as unknown as GoogleAppsScript.Forms.TextValidationBuilder;
  }
  requireNumber() {
    return this._set("NUMBER");
  }
  requireWholeNumber() {
    return this._set("WHOLE_NUMBER");
  }
  requireNumberGreaterThan(number: number) {
    return this._set("GT", number);
  }
  requireNumberGreaterThanOrEqualTo(number: number) {
    return this._set("GTE", number);
  }
  requireNumberLessThan(number: number) {
    return this._set("LT", number);
  }
  requireNumberLessThanOrEqualTo(number: number) {
    return this._set("LTE", number);
  }
  requireNumberBetween(start: number, end: number) {
    return this._set("BETWEEN", start, end);
  }
  requireNumberEqualTo(number: number) {
    return this._set("EQ", number);
  }
  setHelpText(text: string): GoogleAppsScript.Forms.TextValidationBuilder {
    this.rule = { ...this.rule, helpText: String(text) };
    return this as unknown as GoogleAppsScript.Forms.TextValidationBuilder;
  }
  build(): GoogleAppsScript.Forms.TextValidation {
    return new LocalTextValidation({ ...this.rule }) as unknown as GoogleAppsScript.Forms.TextValidation;
  }
}

/** Whether a short answer passes a rule. Forms reads the number with a dot or a comma as decimal mark. */
export function passesRule(rule: TextRule, answer: string): boolean {
  const text = answer.trim().replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return false;
  const n = Number(text);
  switch (rule.kind) {
    case "NUMBER":
      return true;
    case "WHOLE_NUMBER":
      return Number.isInteger(n);
    case "GT":
      return n > rule.a;
    case "GTE":
      return n >= rule.a;
    case "LT":
      return n < rule.a;
    case "LTE":
      return n <= rule.a;
    case "BETWEEN":
      return n >= Math.min(rule.a, rule.b) && n <= Math.max(rule.a, rule.b);
    case "EQ":
      return n === rule.a;
  }
}

export class LocalTextItem
  extends QuestionBase
  implements Pick<GoogleAppsScript.Forms.TextItem, QuestionMethods | "clearValidation" | "setValidation">
{
  setValidation(validation: GoogleAppsScript.Forms.TextValidation): GoogleAppsScript.Forms.TextItem {
    if (!(validation instanceof LocalTextValidation)) throw this.ctx.error("Invalid argument: validation");
    this.item.validation = { ...validation.rule };
    return this._self();
  }
  clearValidation(): GoogleAppsScript.Forms.TextItem {
    this.item.validation = null;
    return this._self();
  }
}

export class LocalParagraphTextItem
  extends QuestionBase
  implements Pick<GoogleAppsScript.Forms.ParagraphTextItem, QuestionMethods> {}

const KIND_CLASS = {
  DATE: LocalDateItem,
  LIST: LocalListItem,
  TEXT: LocalTextItem,
  PARAGRAPH_TEXT: LocalParagraphTextItem,
} as const;

/** The typed item (DateItem, ListItem…) for a model. */
export function typedItem(ctx: Context, form: FormModel, item: ItemModel): ItemBase {
  return new KIND_CLASS[item.kind](ctx, form, item);
}

/** The generic Item getItems() returns: its fields, and as…Item() to the one kind it is. */
export class LocalItem
  extends ItemBase
  implements Pick<GItem, ItemMethods | "asDateItem" | "asListItem" | "asParagraphTextItem" | "asTextItem">
{
  private _as<T>(kind: ItemKind): T {
    if (this.item.kind !== kind) throw this.ctx.error(`Invalid conversion for item type: ${this.item.kind}.`);
    return typedItem(this.ctx, this.form, this.item) as unknown as T;
  }
  asDateItem(): GoogleAppsScript.Forms.DateItem {
    return this._as("DATE");
  }
  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this._as("LIST");
  }
  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this._as("TEXT");
  }
  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this._as("PARAGRAPH_TEXT");
  }
}

countCalls(ItemBase, "Item");
countCalls(QuestionBase, "Item");
countCalls(LocalItem, "Item");
countCalls(LocalDateItem, "DateItem");
countCalls(LocalListItem, "ListItem");
countCalls(LocalTextItem, "TextItem");
countCalls(LocalParagraphTextItem, "ParagraphTextItem");
countCalls(LocalChoice, "Choice");
countCalls(LocalTextValidationBuilder, "TextValidationBuilder");
