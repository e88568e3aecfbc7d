// FormApp, and the environment's store of forms (env.forms): creating, opening by id or link,
// and a respondent's submission checked the way the form itself checks it before it accepts.

import type { Context } from "../context";
import { countCalls } from "../counter";
import { FORMS_SCOPE, requireFull } from "./authorization";
import { deliver } from "./delivery";
import { DestinationType, ItemType } from "./enums";
import { LocalForm, type FormHost, type SubmitInput } from "./form";
import { LocalTextValidationBuilder, passesRule } from "./items";
import { FormModel, NO_ITEM, type StoredResponse } from "./model";

type GForm = GoogleAppsScript.Forms.Form;

/** Called after a response row landed in a spreadsheet (fires that spreadsheet's form-submit triggers). */
export type OnResponseRow = (bookId: string, sheetId: number, row: number) => void;

let formCounter = 0;

export class FormStore {
  private readonly forms: FormModel[] = [];
  onResponseRow: OnResponseRow = () => {};

  constructor(
    private readonly ctx: Context,
    private readonly host: Omit<FormHost, "submit">,
  ) {}

  private _host(): FormHost {
    return { ...this.host, submit: (form, input) => this.submit(form, input) };
  }

  create(title: string, owner: string): FormModel {
    formCounter++;
    const n = String(formCounter).padStart(4, "0");
    const form = new FormModel(
      `1Form${n}TinhChiTieu${"f".repeat(25)}`.slice(0, 44),
      `1FAIpQLSe${n}${"p".repeat(47)}`.slice(0, 56),
      title,
      owner,
      new Set(),
    );
    this.forms.push(form);
    return form;
  }

  /** Every form ever created here (deleted ones included), as API objects with their raw accessors. */
  list(): LocalForm[] {
    return this.forms.map((f) => this.api(f));
  }

  /** The live form with this id, or undefined. */
  byId(id: string): LocalForm | undefined {
    const found = this.forms.find((f) => f.id === id && !f.deleted);
    return found ? this.api(found) : undefined;
  }

  /** The live forms whose responses go to this book. */
  linkedTo(bookId: string): LocalForm[] {
    return this.forms.filter((f) => !f.deleted && f.destination?.bookId === bookId).map((f) => this.api(f));
  }

  find(id: string): FormModel | undefined {
    return this.forms.find((f) => f.id === id || f.publishedId === id);
  }

  api(form: FormModel): LocalForm {
    return new LocalForm(this.ctx, form, this._host());
  }

  /** A respondent's submission: refused like the live form refuses it, else stored, delivered and announced. */
  submit(form: FormModel, input: SubmitInput): number | null {
    if (form.deleted) throw new Error(`The form "${form.title}" is in the trash`);
    if (!form.published) throw new Error(`The form "${form.title}" is not published: it accepts no responses`);
    if (!form.acceptingResponses) throw new Error(`The form "${form.title}" is not accepting responses`);
    const email = (input.email ?? "").trim();
    if (form.collectEmail && !email) throw new Error("This form collects emails: the respondent must be signed in");
    const titles = new Set(form.items.map((i) => i.title));
    for (const key of Object.keys(input.answers))
      if (!titles.has(key)) throw new Error(`The form has no question titled "${key}"`);
    const answers = new Map<number, string>();
    for (const item of form.items) {
      const given = input.answers[item.title];
      const text = given === undefined ? "" : String(given).trim();
      if (!text) {
        if (item.required) throw new Error(`"${item.title}" is a required question`);
        continue;
      }
      if (item.kind === "LIST" && !item.choices.includes(text))
        throw new Error(`"${text}" is not a choice of "${item.title}"`);
      if (item.kind === "DATE" && !/^\d{4}-\d{2}-\d{2}$/.test(text))
        throw new Error(`"${item.title}" takes a date (yyyy-mm-dd), got "${text}"`);
      if (item.kind === "TEXT" && item.validation && !passesRule(item.validation, text))
        throw new Error(`"${text}" fails the validation of "${item.title}"`);
      answers.set(item.id, text);
    }
    const response: StoredResponse = {
      id: `2_ABaOnud${form.responses.length + 1}`,
      timestamp: (input.at ?? new Date()).getTime(),
      email: form.collectEmail ? email : "",
      answers,
    };
    form.responses.push(response);
    const row = deliver(form, response, this.host.userLocale());
    if (row !== null && form.destination) this.onResponseRow(form.destination.bookId, form.destination.sheet.id, row);
    return row;
  }
}

type AppMethods =
  | "DestinationType"
  | "ItemType"
  | "create"
  | "createTextValidation"
  | "getActiveForm"
  | "openById"
  | "openByUrl";

export class LocalFormApp implements Pick<GoogleAppsScript.Forms.FormApp, AppMethods> {
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;

  constructor(
    private readonly ctx: Context,
    private readonly store: FormStore,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  private _open(id: string, method: string): GForm {
    requireFull(this.ctx, `FormApp.${method}`, FORMS_SCOPE);
    const form = this.store.find(id);
    if (!form || form.deleted || !form.canEdit(this.ctx.user)) throw this.ctx.error(NO_ITEM);
    return this.store.api(form) as unknown as GForm;
  }

  /** A new, empty, unpublished form owned by the running user. */
  create(title: string): GForm {
    requireFull(this.ctx, "FormApp.create", FORMS_SCOPE);
    return this.store.api(this.store.create(String(title), this.ctx.user)) as unknown as GForm;
  }
  openById(id: string): GForm {
    return this._open(String(id), "openById");
  }
  /** Takes the edit link (/d/<id>/edit), a /viewform link, or the published link (/d/e/<published id>/viewform). */
  openByUrl(url: string): GForm {
    const m = /\/forms\/d\/(?:e\/)?([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) throw this.ctx.error("Invalid argument: url");
    return this._open(m[1], "openByUrl");
  }
  /** null: the script is bound to a spreadsheet, not to a form. */
  getActiveForm(): GForm {
    requireFull(this.ctx, "FormApp.getActiveForm", FORMS_SCOPE);
    return null as unknown as GForm;
  }
  createTextValidation(): GoogleAppsScript.Forms.TextValidationBuilder {
    return new LocalTextValidationBuilder(this.ctx) as unknown as GoogleAppsScript.Forms.TextValidationBuilder;
  }
}

countCalls(LocalFormApp, "FormApp");
