// One Apps Script environment: several books, the user running the script, the services the
// add-in's globals point at, and the recorders tests read (calls, ui, locks, logs).

import * as vm from "node:vm";
import { LocalCharts, LocalSpreadsheetApp, type BookRegistry } from "./app";
import { AUTH_MODES, denyScope, type AuthMode } from "./auth";
import { Context, HOST_REALM, type Realm } from "./context";
import type { CallCounter } from "./counter";
import { LocalHtmlService } from "./html";
import { DocModel, LocalDocument, LocalDocumentApp } from "./document";
import { LockRecorder, LocalLockService, type LockKind } from "./lock";
import type { BookModel, Toast } from "./model";
import { LocalPropertiesService } from "./properties";
import { localConsole, LocalLogger, LocalSession, LocalUtilities, type LogEntry } from "./services";
import { LocalSpreadsheet, localSpreadsheet, type BookSpec } from "./spreadsheet";
import { callTopLevel, createScriptContext, runScript, type ScriptContext } from "./script-context";
import { UiRecorder } from "./ui";
import { isValidTimeZone } from "./zone";
import { FormStore, LocalFormApp } from "./forms/app";
import { LocalScriptApp, TriggerStore, type ScriptRunner } from "./triggers";
import { localSheetsService, type AdvancedService } from "./advanced-sheets";

/** The globals Apps Script gives a script, as the add-in's code sees them. */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Charts: GoogleAppsScript.Charts.Charts;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  Logger: GoogleAppsScript.Base.Logger;
  FormApp: GoogleAppsScript.Forms.FormApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  console: Console;
  /** The Sheets advanced service, under the manifest's userSymbol, only when the manifest enables it. */
  Sheets?: GoogleAppsScript.Sheets;
}

export interface EnvironmentOptions {
  /** Books of the environment (built ones or specs); the first is active unless `active` says otherwise. */
  books?: readonly (LocalSpreadsheet | BookSpec)[];
  /** The book the script is bound to: a book, its id, or null for a standalone script. */
  active?: LocalSpreadsheet | string | null;
  /** Email of the user running the script (default: the active book's owner). */
  user?: string;
  /** false: Session.getActiveUser().getEmail() is '' (simple triggers for consumer accounts). */
  activeUserVisible?: boolean;
  scriptTimeZone?: string;
  userLocale?: string;
  /** false: SpreadsheetApp.getUi() throws (trigger or custom-function context). */
  ui?: boolean;
  /** Files for HtmlService.createHtmlOutputFromFile, by name without ".html". */
  htmlFiles?: Readonly<Record<string, string>>;
  /** Also print console output on the host console. */
  echoConsole?: boolean;
  /** The manifest's advanced services (advancedServicesOf(appsscript.json)); only Sheets v4 is modelled. */
  advancedServices?: readonly AdvancedService[];
}

export class LocalEnvironment {
  readonly ctx = new Context();
  readonly ui = new UiRecorder();
  readonly logs: LogEntry[] = [];
  readonly slept = { ms: 0 };
  readonly scriptProperties = new Map<string, string>();
  private readonly userProperties = new Map<string, Map<string, string>>();
  private readonly bookList: BookModel[] = [];
  private readonly docList: DocModel[] = [];
  private docCounter = 0;
  private activeBook: BookModel | null = null;
  echoConsole = false;
  readonly locks: LockRecorder;
  readonly globals: AppsScriptGlobals;
  /** Every form made in this environment; `form.rawSubmit(…)` answers one like a respondent. */
  readonly forms: FormStore;
  /** Installable triggers of every user, and the runs of their handlers. */
  readonly triggers: TriggerStore;

  constructor(options: EnvironmentOptions = {}) {
    for (const b of options.books ?? []) this.addBook(b);
    const active = options.active;
    if (active === null) this.activeBook = null;
    else if (active !== undefined)
      this.activeBook = typeof active === "string" ? this.book(active).book : this.addBook(active).book;
    else this.activeBook = this.bookList[0] ?? null;
    this.ctx.user = options.user ?? this.activeBook?.owner ?? "";
    this.ctx.activeUserVisible = options.activeUserVisible ?? true;
    if (options.scriptTimeZone) this.setScriptTimeZone(options.scriptTimeZone);
    if (options.userLocale) this.ctx.userLocale = options.userLocale;
    this.ui.available = options.ui ?? true;
    this.echoConsole = options.echoConsole ?? false;

    const keyOf = (kind: LockKind): string =>
      kind === "document"
        ? `document:${this.activeBook?.id ?? "none"}`
        : kind === "user"
          ? `user:${this.ctx.user}`
          : "script";
    this.locks = new LockRecorder(keyOf);
    this.ui.onSuspend = () => this.locks.suspend();
    const registry: BookRegistry = {
      byId: (id) => this.bookList.find((b) => b.id === id),
      active: () => this.activeBook,
      setActive: (book) => {
        this.activeBook = book;
      },
      adopt: (book) => void this.addBook(book),
    };
    const ctx = this.ctx;
    this.forms = new FormStore(ctx, {
      book: (id) => this.bookList.find((b) => b.id === id),
      userLocale: () => this.ctx.userLocale,
    });
    this.triggers = new TriggerStore(ctx, {
      book: (id) => this.bookList.find((b) => b.id === id),
      asTriggerOwner: (owner, body) => this.asTriggerOwner(owner, body),
    });
    this.forms.onResponseRow = (bookId, sheetId, row) => this.triggers.fireFormSubmit(bookId, sheetId, row);
    this.globals = {
      SpreadsheetApp: new LocalSpreadsheetApp(
        ctx,
        registry,
        this.ui,
      ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      LockService: new LocalLockService(ctx, this.locks, (kind) =>
        kind === "document" && !this.activeBook ? null : keyOf(kind),
      ) as unknown as GoogleAppsScript.Lock.LockService,
      Utilities: new LocalUtilities(ctx, this.slept) as unknown as GoogleAppsScript.Utilities.Utilities,
      Session: new LocalSession(ctx, () => this.activeBook?.owner ?? "") as unknown as GoogleAppsScript.Base.Session,
      PropertiesService: new LocalPropertiesService(ctx, {
        document: () => this.activeBook?.documentProperties ?? null,
        script: this.scriptProperties,
        user: () => this.userStore(),
      }) as unknown as GoogleAppsScript.Properties.PropertiesService,
      HtmlService: new LocalHtmlService(
        ctx,
        new Map(Object.entries(options.htmlFiles ?? {})),
      ) as unknown as GoogleAppsScript.HTML.HtmlService,
      Charts: LocalCharts as unknown as GoogleAppsScript.Charts.Charts,
      DocumentApp: new LocalDocumentApp(ctx, {
        byId: (id) => this.docList.find((d) => d.id === id),
        add: (doc) => void this.docList.push(doc),
        freshId: () =>
          `1LocalDoc${String(++this.docCounter).padStart(4, "0")}TinhChiTieu${"d".repeat(20)}`.slice(0, 44),
      }) as unknown as GoogleAppsScript.Document.DocumentApp,
      Logger: new LocalLogger(this.logs) as unknown as GoogleAppsScript.Base.Logger,
      FormApp: new LocalFormApp(ctx, this.forms) as unknown as GoogleAppsScript.Forms.FormApp,
      ScriptApp: new LocalScriptApp(
        ctx,
        this.triggers,
        "1LocalScriptTinhChiTieu",
      ) as unknown as GoogleAppsScript.Script.ScriptApp,
      console: localConsole(this.logs, () => this.echoConsole),
    };
    for (const s of options.advancedServices ?? []) {
      if (s.serviceId !== "sheets" || s.version !== "v4")
        throw new Error(`The imitation does not model the advanced service ${s.serviceId} ${s.version}`);
      const service = localSheetsService(ctx, (id) => this.bookList.find((b) => b.id === id));
      (this.globals as unknown as Record<string, unknown>)[s.userSymbol] = service;
    }
  }

  /** The loaded script's top-level functions, for installable triggers to call. */
  bindScript(runner: ScriptRunner): void {
    this.triggers.runner = runner;
  }

  /** The user unticked (or ticked again) a scope on the granular consent screen: its services refuse. */
  denyScope(scope: string, deny = true): void {
    denyScope(this.ctx, scope, deny);
  }

  /** An installable trigger's execution: as its owner, FULL authorization, no UI, its own locks. */
  private asTriggerOwner(owner: string, body: () => void): void {
    const ctx = this.ctx;
    const saved = {
      user: ctx.user,
      visible: ctx.activeUserVisible,
      effective: ctx.effectiveUser,
      ui: this.ui.available,
      mode: ctx.authMode,
    };
    ctx.user = owner;
    ctx.effectiveUser = owner;
    ctx.activeUserVisible = true;
    ctx.authMode = "FULL";
    this.ui.available = false;
    try {
      body();
    } finally {
      this.locks.endExecution();
      ctx.user = saved.user;
      ctx.activeUserVisible = saved.visible;
      ctx.effectiveUser = saved.effective;
      ctx.authMode = saved.mode;
      this.ui.available = saved.ui;
    }
  }

  get calls(): CallCounter {
    return this.ctx.calls;
  }

  /** All books, in the order they were added. */
  get books(): LocalSpreadsheet[] {
    return this.bookList.map(localSpreadsheet);
  }

  /** The book the script is bound to (null for a standalone script). */
  get active(): LocalSpreadsheet | null {
    return this.activeBook ? localSpreadsheet(this.activeBook) : null;
  }

  setActive(book: LocalSpreadsheet | string | null): void {
    this.activeBook = book === null ? null : typeof book === "string" ? this.book(book).book : this.addBook(book).book;
  }

  /** Adds a book (built or from a spec) to the environment; its calls are counted here from now on. */
  addBook(book: LocalSpreadsheet | BookSpec): LocalSpreadsheet {
    const api = book instanceof LocalSpreadsheet ? book : LocalSpreadsheet.create(book);
    if (!this.bookList.includes(api.book)) {
      api.book.ctx = this.ctx;
      this.bookList.push(api.book);
    }
    return api;
  }

  /** Google Docs of the environment (those the script created included), in creation order. */
  get documents(): LocalDocument[] {
    return this.docList.map((d) => new LocalDocument(d));
  }

  /** A document by id or name (the last one of that name). */
  document(idOrName: string): LocalDocument {
    const found =
      this.docList.find((d) => d.id === idOrName) ?? [...this.docList].reverse().find((d) => d.name === idOrName);
    if (!found) throw new Error(`No document "${idOrName}" in this environment`);
    return new LocalDocument(found);
  }

  /** Adds an existing document (for openById): its owner, editors and viewers. */
  addDocument(spec: {
    name: string;
    owner: string;
    id?: string;
    editors?: string[];
    viewers?: string[];
  }): LocalDocument {
    const doc = new DocModel(
      this.ctx,
      spec.id ?? `1LocalDoc${String(++this.docCounter).padStart(4, "0")}Existing`,
      spec.name,
      spec.owner,
    );
    for (const e of spec.editors ?? []) doc.editors.add(e);
    for (const v of spec.viewers ?? []) doc.viewers.add(v);
    this.docList.push(doc);
    return new LocalDocument(doc);
  }

  /** The authorization mode the script runs in now (FULL unless runAs says otherwise). */
  get authMode(): AuthMode {
    return this.ctx.authMode;
  }

  /** Runs `body` as an execution in `mode` (onOpen: NONE, onEdit: LIMITED, a custom function: CUSTOM_FUNCTION). */
  runAs<T>(mode: AuthMode, body: () => T): T {
    if (!AUTH_MODES.includes(mode)) throw new Error(`Unknown authorization mode ${mode}`);
    const saved = this.ctx.authMode;
    this.ctx.authMode = mode;
    try {
      return body();
    } finally {
      this.ctx.authMode = saved;
    }
  }

  /** A book by id or name. */
  book(idOrName: string): LocalSpreadsheet {
    const found = this.bookList.find((b) => b.id === idOrName) ?? this.bookList.find((b) => b.name === idOrName);
    if (!found) throw new Error(`No book "${idOrName}" in this environment`);
    return localSpreadsheet(found);
  }

  /** Who runs the script from now on; `visible: false` hides the email from Session.getActiveUser(). */
  setActiveUser(email: string, options: { visible?: boolean } = {}): void {
    this.ctx.user = email;
    this.ctx.activeUserVisible = options.visible ?? true;
  }

  /** The user Session.getEffectiveUser() reports (default: the active user). */
  setEffectiveUser(email: string): void {
    this.ctx.effectiveUser = email;
  }

  setScriptTimeZone(zone: string): void {
    if (!isValidTimeZone(zone)) throw new Error(`Unknown time zone ${zone}`);
    this.ctx.scriptTimeZone = zone;
  }

  /**
   * The running user's property store. In a custom function it is the spreadsheet owner's, and an
   * editor's changes to it are not kept (Custom Functions guide: Properties).
   */
  private userStore(): Map<string, string> {
    if (this.ctx.authMode !== "CUSTOM_FUNCTION" || !this.activeBook) return this.userPropertiesOf(this.ctx.user);
    const owner = this.userPropertiesOf(this.activeBook.owner);
    return this.ctx.user === this.activeBook.owner ? owner : new Map(owner);
  }

  userPropertiesOf(email: string): Map<string, string> {
    let store = this.userProperties.get(email);
    if (!store) this.userProperties.set(email, (store = new Map()));
    return store;
  }

  /** Toasts shown on the active book. */
  toasts(): Toast[] {
    return this.activeBook ? [...this.activeBook.toasts] : [];
  }

  /** Values handed to the add-in (arrays, Dates, errors) are made in this realm from now on. */
  useRealm(realm: Realm | vm.Context): void {
    if (vm.isContext(realm)) {
      this.ctx.realm = vm.runInContext("({ Date, Array, Error, Object })", realm) as Realm;
    } else this.ctx.realm = realm as Realm;
  }

  /** A sealed script context (see script-context.ts) whose globals are this environment's services. */
  createVmContext(extra: Record<string, unknown> = {}): ScriptContext {
    const context = createScriptContext({ ...this.globals, ...extra });
    this.useRealm(context);
    this.bindScript((name, event) => callTopLevel(context, name, event));
    return context;
  }

  /** `code` (dist/Code.js) loaded in a fresh sealed context over this environment, as Apps Script loads a script. */
  loadScript(code: string | vm.Script, filename = "Code.js"): ScriptContext {
    const context = this.createVmContext();
    runScript(context, code, filename);
    return context;
  }

  /** Back to host-realm values. */
  useHostRealm(): void {
    this.ctx.realm = HOST_REALM;
  }
}

export function createLocalEnvironment(options: EnvironmentOptions = {}): LocalEnvironment {
  return new LocalEnvironment(options);
}

/** Assigns the environment's globals on globalThis; returns the function that puts the old ones back. */
export function installGlobals(env: LocalEnvironment): () => void {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const [key, value] of Object.entries(env.globals)) {
    saved.set(key, Object.getOwnPropertyDescriptor(g, key));
    Object.defineProperty(g, key, { value, configurable: true, writable: true, enumerable: false });
  }
  return () => {
    for (const [key, desc] of saved) {
      if (desc) Object.defineProperty(g, key, desc);
      else delete g[key];
    }
  };
}
