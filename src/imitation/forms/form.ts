// Form: title, the questions, publishing, email collection, the response destination — and the
// raw accessors a test uses to answer the form like a respondent on a phone.

import type { Context } from "../context";
import { countCalls } from "../counter";
import type { BookModel } from "../model";
import { userApi } from "../user";
import { linkSheet, unlinkSheet } from "./delivery";
import { DestinationType } from "./enums";
import {
  type LocalDateItem,
  LocalItem,
  type LocalListItem,
  type LocalParagraphTextItem,
  type LocalTextItem,
  typedItem,
} from "./items";
import { type FormModel, type ItemKind, NO_ITEM } from "./model";

type GForm = GoogleAppsScript.Forms.Form;

/** What a test submits: answers by question title (a date as yyyy-mm-dd, as the phone's date picker sends it). */
export interface SubmitInput {
  answers: Readonly<Record<string, string>>;
  email?: string;
  /** When the respondent pressed Submit (default: now). */
  at?: Date;
}

/** The environment a form reaches: books by id, the user's language, response delivery. */
export interface FormHost {
  book(id: string): BookModel | undefined;
  userLocale(): string;
  submit(form: FormModel, input: SubmitInput): number | null;
}

type FormMethods =
  | "addDateItem"
  | "addEditor"
  | "addEditors"
  | "addListItem"
  | "addParagraphTextItem"
  | "addTextItem"
  | "collectsEmail"
  | "deleteItem"
  | "getConfirmationMessage"
  | "getDescription"
  | "getDestinationId"
  | "getDestinationType"
  | "getEditUrl"
  | "getEditors"
  | "getId"
  | "getItemById"
  | "getItems"
  | "getPublishedUrl"
  | "getTitle"
  | "isAcceptingResponses"
  | "moveItem"
  | "removeDestination"
  | "setAcceptingResponses"
  | "setCollectEmail"
  | "setConfirmationMessage"
  | "setDescription"
  | "setDestination"
  | "setTitle";

/** Publishing methods added to Apps Script with the 2026 publish settings (not yet in @types). */
export interface FormPublishing {
  isPublished(): boolean;
  setPublished(enabled: boolean): GForm;
}

export class LocalForm implements Pick<GForm, FormMethods>, FormPublishing {
  constructor(
    private readonly ctx: Context,
    readonly model: FormModel,
    private readonly host: FormHost,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  private _api(): GForm {
    return this as unknown as GForm;
  }

  private _edit(): void {
    if (this.model.deleted || !this.model.canEdit(this.ctx.user)) throw this.ctx.error(NO_ITEM);
  }

  // ---- raw accessors (not counted) ----

  rawModel(): FormModel {
    return this.model;
  }

  /** A respondent answers and presses Submit: the row lands in the response tab, form-submit triggers fire. */
  rawSubmit(input: SubmitInput): number | null {
    return this.host.submit(this.model, input);
  }

  /** The form is moved to the trash (openById fails from now on; the response tab stays). */
  rawDelete(): void {
    this.model.deleted = true;
  }

  /** Questions as a respondent sees them: title, type, required, choices. */
  rawQuestions(): { title: string; type: ItemKind; required: boolean; choices: string[]; helpText: string }[] {
    return this.model.items.map((i) => ({
      title: i.title,
      type: i.kind,
      required: i.required,
      choices: [...i.choices],
      helpText: i.helpText,
    }));
  }

  // ---- identity ----

  getId(): string {
    return this.model.id;
  }
  getTitle(): string {
    return this.model.title;
  }
  setTitle(title: string): GForm {
    this._edit();
    this.model.title = String(title);
    return this._api();
  }
  getDescription(): string {
    return this.model.description;
  }
  setDescription(description: string): GForm {
    this._edit();
    this.model.description = String(description);
    return this._api();
  }
  getConfirmationMessage(): string {
    return this.model.confirmationMessage;
  }
  setConfirmationMessage(message: string): GForm {
    this._edit();
    this.model.confirmationMessage = String(message);
    return this._api();
  }
  getEditUrl(): string {
    return this.model.editUrl();
  }
  getPublishedUrl(): string {
    return this.model.publishedUrl();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.ctx.list([this.model.owner, ...this.model.editors].map((e) => userApi(this.ctx, e)));
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GForm {
    return this.addEditors([typeof emailAddress === "string" ? emailAddress : emailAddress.getEmail()]);
  }
  addEditors(emailAddresses: string[]): GForm {
    this._edit();
    for (const e of emailAddresses)
      if (String(e).trim() && e !== this.model.owner) this.model.editors.add(String(e).trim());
    return this._api();
  }

  // ---- publishing and responses ----

  isPublished(): boolean {
    return this.model.published;
  }
  /** Publishing also opens the form to responses; unpublishing closes it. */
  setPublished(enabled: boolean): GForm {
    this._edit();
    this.model.published = Boolean(enabled);
    this.model.acceptingResponses = Boolean(enabled);
    return this._api();
  }
  isAcceptingResponses(): boolean {
    return this.model.published && this.model.acceptingResponses;
  }
  setAcceptingResponses(enabled: boolean): GForm {
    this._edit();
    this.model.acceptingResponses = Boolean(enabled);
    return this._api();
  }
  collectsEmail(): boolean {
    return this.model.collectEmail;
  }
  setCollectEmail(collect: boolean): GForm {
    this._edit();
    this.model.collectEmail = Boolean(collect);
    return this._api();
  }

  // ---- destination ----

  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): GForm {
    this._edit();
    if ((type as unknown) !== DestinationType.SPREADSHEET) throw this.ctx.error("Invalid argument: type");
    const book = this.host.book(String(id));
    if (!book?.canEdit(this.ctx.user)) throw this.ctx.error(NO_ITEM);
    unlinkSheet(this.model);
    linkSheet(this.model, book, this.host.userLocale(), this.model.publishedUrl());
    return this._api();
  }
  getDestinationId(): string {
    if (!this.model.destination) throw this.ctx.error("The form currently has no response destination.");
    return this.model.destination.bookId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (!this.model.destination) throw this.ctx.error("The form currently has no response destination.");
    return DestinationType.SPREADSHEET;
  }
  removeDestination(): GForm {
    this._edit();
    unlinkSheet(this.model);
    return this._api();
  }

  // ---- items ----

  private _add<T>(kind: ItemKind): T {
    this._edit();
    return typedItem(this.ctx, this.model, this.model.addItem(kind)) as unknown as T;
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this._add<LocalDateItem>("DATE") as unknown as GoogleAppsScript.Forms.DateItem;
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this._add<LocalListItem>("LIST") as unknown as GoogleAppsScript.Forms.ListItem;
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this._add<LocalTextItem>("TEXT") as unknown as GoogleAppsScript.Forms.TextItem;
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this._add<LocalParagraphTextItem>("PARAGRAPH_TEXT") as unknown as GoogleAppsScript.Forms.ParagraphTextItem;
  }
  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GoogleAppsScript.Forms.Item[] {
    const items = this.model.items.filter((i) => itemType === undefined || (i.kind as unknown) === itemType);
    return this.ctx.list(
      items.map((i) => new LocalItem(this.ctx, this.model, i) as unknown as GoogleAppsScript.Forms.Item),
    );
  }
  getItemById(id: number): GoogleAppsScript.Forms.Item {
    const item = this.model.items.find((i) => i.id === Number(id));
    return (item ? new LocalItem(this.ctx, this.model, item) : null) as unknown as GoogleAppsScript.Forms.Item;
  }
  private _index(item: number | GoogleAppsScript.Forms.Item): number {
    const index = typeof item === "number" ? item : this.model.items.findIndex((i) => i.id === item.getId());
    if (!Number.isInteger(index) || index < 0 || index >= this.model.items.length)
      throw this.ctx.error("Invalid argument: index");
    return index;
  }
  deleteItem(item: number | GoogleAppsScript.Forms.Item): void {
    this._edit();
    this.model.items.splice(this._index(item), 1);
  }
  moveItem(from: number | GoogleAppsScript.Forms.Item, to: number): GoogleAppsScript.Forms.Item {
    this._edit();
    const [moved] = this.model.items.splice(this._index(from), 1);
    this.model.items.splice(Math.max(0, Math.min(Number(to), this.model.items.length)), 0, moved);
    return new LocalItem(this.ctx, this.model, moved) as unknown as GoogleAppsScript.Forms.Item;
  }
}

countCalls(LocalForm, "Form");
