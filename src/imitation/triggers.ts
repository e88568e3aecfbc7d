// ScriptApp's installable triggers and their firing. A trigger belongs to the user who created it:
// getProjectTriggers() lists only the running user's, and the handler runs as its owner, in
// AuthMode.FULL, with no UI. At most 20 triggers per user per script. A spreadsheet's on-form-submit
// trigger fires for a response of any form linked to that spreadsheet.

import { requireFull, TRIGGERS_SCOPE } from "./forms/authorization";
import type { Context } from "./context";
import { countCalls } from "./counter";
import { enumOf } from "./enums";
import type { BookModel } from "./model";
import { formatCell } from "./number-format";
import { LocalRange } from "./range";
import { spreadsheetApi, LocalSpreadsheet } from "./spreadsheet";

type S = typeof GoogleAppsScript.Script;

export const AuthMode = enumOf(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]) as unknown as S["AuthMode"];
export const EventType = enumOf([
  "CLOCK",
  "ON_OPEN",
  "ON_EDIT",
  "ON_FORM_SUBMIT",
  "ON_CHANGE",
  "ON_EVENT_UPDATED",
]) as unknown as S["EventType"];
export const TriggerSource = enumOf([
  "SPREADSHEETS",
  "CLOCK",
  "FORMS",
  "DOCUMENTS",
  "CALENDAR",
]) as unknown as S["TriggerSource"];

export const MAX_TRIGGERS_PER_USER = 20;
const TOO_MANY =
  "This script has too many triggers. Triggers must be deleted from the script before more can be added.";

type SheetEvent = "ON_OPEN" | "ON_EDIT" | "ON_FORM_SUBMIT" | "ON_CHANGE";

export interface TriggerData {
  id: string;
  owner: string;
  handler: string;
  eventType: SheetEvent;
  source: "SPREADSHEETS";
  sourceId: string;
}

/** One run of a trigger's handler, as the project's Executions page lists it. */
export interface TriggerRun {
  trigger: TriggerData;
  event: unknown;
  error: string | null;
}

/** Calls a top-level function of the loaded script (set when the bundle is loaded). */
export type ScriptRunner = (functionName: string, event: unknown) => unknown;

export interface TriggerHost {
  book(id: string): BookModel | undefined;
  /** Runs `body` as `owner` in FULL mode with no UI, as a separate execution. */
  asTriggerOwner(owner: string, body: () => void): void;
}

let triggerCounter = 0;

export class TriggerStore {
  readonly triggers: TriggerData[] = [];
  readonly runs: TriggerRun[] = [];
  runner: ScriptRunner | null = null;

  constructor(
    private readonly ctx: Context,
    private readonly host: TriggerHost,
  ) {}

  /** Triggers of one user (every user's when `owner` is omitted). */
  of(owner?: string): TriggerData[] {
    return this.triggers.filter((t) => owner === undefined || t.owner === owner);
  }

  add(data: Omit<TriggerData, "id">): TriggerData {
    triggerCounter++;
    const trigger = { ...data, id: String(4_034_124_084_959_907_503n + BigInt(triggerCounter) * 7_919n) };
    this.triggers.push(trigger);
    return trigger;
  }

  remove(id: string): void {
    const i = this.triggers.findIndex((t) => t.id === id);
    if (i >= 0) this.triggers.splice(i, 1);
  }

  /** A response row landed in `bookId`: each of that spreadsheet's on-form-submit triggers runs once. */
  fireFormSubmit(bookId: string, sheetId: number, row: number): void {
    const book = this.host.book(bookId);
    const sheet = book?.sheets.find((s) => s.id === sheetId);
    if (!book || !sheet) return;
    for (const trigger of this.triggers.filter((t) => t.eventType === "ON_FORM_SUBMIT" && t.sourceId === bookId)) {
      const run: TriggerRun = { trigger, event: null, error: null };
      this.runs.push(run);
      this.host.asTriggerOwner(trigger.owner, () => {
        run.event = this.formSubmitEvent(book, sheet.id, row, trigger.id);
        if (!this.runner) {
          run.error = "No script is loaded";
          return;
        }
        try {
          this.runner(trigger.handler, run.event);
        } catch (e) {
          run.error = String((e as Error)?.message ?? e);
        }
      });
    }
  }

  /** The Sheets "Form submit" event: authMode, namedValues, range, source, triggerUid, values (display text). */
  private formSubmitEvent(book: BookModel, sheetId: number, row: number, triggerUid: string): unknown {
    const sheet = book.sheets.find((s) => s.id === sheetId);
    if (!sheet) return null;
    const width = Math.max(1, sheet.grid.lastColumn());
    const display = (r: number, c: number) =>
      formatCell(sheet.grid.value(r, c), sheet.grid.style(r, c).format, book.locale);
    const values: string[] = [];
    const named: Record<string, string[]> = {};
    for (let c = 1; c <= width; c++) {
      const value = display(row, c);
      values.push(value);
      const header = display(1, c);
      if (header === "") continue;
      if (!named[header]) named[header] = this.ctx.list([]);
      named[header].push(value);
    }
    const namedValues = new this.ctx.realm.Object() as Record<string, string[]>;
    for (const k of Object.keys(named)) namedValues[k] = named[k];
    const event = new this.ctx.realm.Object() as Record<string, unknown>;
    event.authMode = AuthMode.FULL;
    event.namedValues = namedValues;
    event.range = new LocalRange(sheet, { r1: row, c1: 1, r2: row, c2: width });
    event.source = spreadsheetApi(book);
    event.triggerUid = triggerUid;
    event.values = this.ctx.list(values);
    return event;
  }
}

export class LocalTrigger
  implements
    Pick<
      GoogleAppsScript.Script.Trigger,
      "getEventType" | "getHandlerFunction" | "getTriggerSource" | "getTriggerSourceId" | "getUniqueId"
    >
{
  constructor(
    private readonly ctx: Context,
    readonly data: TriggerData,
  ) {}
  get calls() {
    return this.ctx.calls;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return EventType[this.data.eventType] as unknown as GoogleAppsScript.Script.EventType;
  }
  getHandlerFunction(): string {
    return this.data.handler;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TriggerSource[this.data.source] as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.data.sourceId;
  }
  getUniqueId(): string {
    return this.data.id;
  }
}

export class LocalSpreadsheetTriggerBuilder
  implements
    Pick<
      GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
      "create" | "onChange" | "onEdit" | "onFormSubmit" | "onOpen"
    >
{
  private event: SheetEvent | null = null;

  constructor(
    private readonly ctx: Context,
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}
  get calls() {
    return this.ctx.calls;
  }
  private _on(event: SheetEvent): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.event = event;
    return this as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  onOpen() {
    return this._on("ON_OPEN");
  }
  onEdit() {
    return this._on("ON_EDIT");
  }
  onChange() {
    return this._on("ON_CHANGE");
  }
  onFormSubmit() {
    return this._on("ON_FORM_SUBMIT");
  }
  create(): GoogleAppsScript.Script.Trigger {
    requireFull(this.ctx, "ScriptApp.SpreadsheetTriggerBuilder.create", TRIGGERS_SCOPE);
    if (!this.event) throw this.ctx.error("Missing trigger event type.");
    if (this.store.of(this.ctx.user).length >= MAX_TRIGGERS_PER_USER) throw this.ctx.error(TOO_MANY);
    const data = this.store.add({
      owner: this.ctx.user,
      handler: this.handler,
      eventType: this.event,
      source: "SPREADSHEETS",
      sourceId: this.sourceId,
    });
    return new LocalTrigger(this.ctx, data) as unknown as GoogleAppsScript.Script.Trigger;
  }
}

export class LocalTriggerBuilder implements Pick<GoogleAppsScript.Script.TriggerBuilder, "forSpreadsheet"> {
  constructor(
    private readonly ctx: Context,
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {}
  get calls() {
    return this.ctx.calls;
  }
  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = sheet instanceof LocalSpreadsheet ? sheet.getId() : String(sheet);
    return new LocalSpreadsheetTriggerBuilder(
      this.ctx,
      this.store,
      this.handler,
      id,
    ) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
}

type ScriptAppMethods =
  | "AuthMode"
  | "EventType"
  | "TriggerSource"
  | "deleteTrigger"
  | "getProjectTriggers"
  | "getScriptId"
  | "getUserTriggers"
  | "newTrigger";

export class LocalScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, ScriptAppMethods> {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;

  constructor(
    private readonly ctx: Context,
    private readonly store: TriggerStore,
    private readonly scriptId: string,
  ) {}
  get calls() {
    return this.ctx.calls;
  }
  private _list(data: TriggerData[]): GoogleAppsScript.Script.Trigger[] {
    return this.ctx.list(data.map((d) => new LocalTrigger(this.ctx, d) as unknown as GoogleAppsScript.Script.Trigger));
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    requireFull(this.ctx, "ScriptApp.newTrigger", TRIGGERS_SCOPE);
    return new LocalTriggerBuilder(
      this.ctx,
      this.store,
      String(functionName),
    ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  /** Only the running user's triggers: another user's are invisible, even to an owner of the file. */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    requireFull(this.ctx, "ScriptApp.getProjectTriggers", TRIGGERS_SCOPE);
    return this._list(this.store.of(this.ctx.user));
  }
  getUserTriggers(
    file: GoogleAppsScript.Spreadsheet.Spreadsheet | GoogleAppsScript.Forms.Form | GoogleAppsScript.Document.Document,
  ): GoogleAppsScript.Script.Trigger[] {
    requireFull(this.ctx, "ScriptApp.getUserTriggers", TRIGGERS_SCOPE);
    const id = file.getId();
    return this._list(this.store.of(this.ctx.user).filter((t) => t.sourceId === id));
  }
  /** Removes one of the running user's triggers (another user's trigger cannot be reached, so is left alone). */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    requireFull(this.ctx, "ScriptApp.deleteTrigger", TRIGGERS_SCOPE);
    if (!(trigger instanceof LocalTrigger)) throw this.ctx.error("Invalid argument: trigger");
    if (trigger.data.owner === this.ctx.user) this.store.remove(trigger.data.id);
  }
  getScriptId(): string {
    return this.scriptId;
  }
}

countCalls(LocalTrigger, "Trigger");
countCalls(LocalTriggerBuilder, "TriggerBuilder");
countCalls(LocalSpreadsheetTriggerBuilder, "SpreadsheetTriggerBuilder");
countCalls(LocalScriptApp, "ScriptApp");
