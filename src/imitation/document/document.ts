// DocumentApp and Document: documents the script creates or opens, who may edit them, and raw
// accessors tests read (rawBlocks: every paragraph and table with its attributes and text runs).

import { requireFull, SCOPE } from "../auth";
import type { Context } from "../context";
import { countCalls } from "../counter";
import { MSG } from "../errors";
import { userApi } from "../user";
import { LocalBody } from "./elements";
import * as E from "./enums";
import { DOC_MSG, DocHandle, docSignatureError } from "./handle";
import { DocModel, paragraphText, textsOf, type Attrs, type BlockModel, type ParagraphModel } from "./model";

type GDocument = GoogleAppsScript.Document.Document;
type GUser = GoogleAppsScript.Base.User;

export interface RawRun {
  text: string;
  /** Text attributes of the run (only those set), by Attribute name: { BOLD: true, FONT_SIZE: 13 }. */
  attributes: Attrs;
}

export type RawBlock =
  | {
      type: "PARAGRAPH";
      text: string;
      attributes: Attrs;
      runs: RawRun[];
      /** "HORIZONTAL_RULE" / "PAGE_BREAK" elements inside the paragraph, in order. */
      breaks: string[];
    }
  | { type: "TABLE"; attributes: Attrs; columnWidths: (number | null)[]; rows: RawCell[][] };

export interface RawCell {
  text: string;
  attributes: Attrs;
  blocks: RawBlock[];
}

function rawParagraph(p: ParagraphModel): RawBlock {
  const runs: RawRun[] = [];
  for (const t of textsOf(p)) {
    for (let i = 0; i < t.chars.length; i++) {
      const style = t.styles[i];
      const last = runs.at(-1);
      if (last && JSON.stringify(last.attributes) === JSON.stringify(style)) last.text += t.chars[i];
      else runs.push({ text: t.chars[i], attributes: { ...style } });
    }
  }
  return {
    type: "PARAGRAPH",
    text: paragraphText(p),
    attributes: { ...p.attrs },
    runs,
    breaks: p.children.filter((c) => c.kind !== "TEXT").map((c) => c.kind),
  };
}

export function rawBlock(b: BlockModel): RawBlock {
  if (b.kind === "PARAGRAPH") return rawParagraph(b);
  return {
    type: "TABLE",
    attributes: { ...b.attrs },
    columnWidths: [...b.columnWidths],
    rows: b.rows.map((r) =>
      r.cells.map((c) => ({
        text: c.children.map((x) => (x.kind === "PARAGRAPH" ? paragraphText(x) : "")).join("\n"),
        attributes: { ...c.attrs },
        blocks: c.children.map(rawBlock),
      })),
    ),
  };
}

function emailOf(user: unknown): string {
  if (user && typeof (user as GUser).getEmail === "function") return (user as GUser).getEmail();
  return String(user).trim();
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

type DocumentMethods =
  | "addEditor"
  | "addEditors"
  | "addViewer"
  | "addViewers"
  | "getBody"
  | "getEditors"
  | "getId"
  | "getName"
  | "getUrl"
  | "getViewers"
  | "removeEditor"
  | "removeViewer"
  | "saveAndClose"
  | "setName";

export class LocalDocument implements Pick<GDocument, DocumentMethods> {
  readonly handle: DocHandle;

  constructor(readonly doc: DocModel) {
    this.handle = new DocHandle(doc);
  }

  get calls() {
    return this.doc.ctx.calls;
  }

  private _api(): GDocument {
    return this as unknown as GDocument;
  }

  // ---- raw accessors (not counted) ----

  /** Paragraphs and tables of the body, in order, with attributes and text runs. */
  rawBlocks(): RawBlock[] {
    return this.doc.body.children.map(rawBlock);
  }
  /** Page size and margins in points. */
  rawPage(): Attrs {
    return { ...this.doc.body.attrs };
  }
  rawText(): string {
    return new LocalBody(this.handle, this.doc.body).getText();
  }
  rawModel(): DocModel {
    return this.doc;
  }

  getId(): string {
    return this.doc.id;
  }
  getUrl(): string {
    return this.doc.url();
  }
  getName(): string {
    return this.doc.name;
  }
  setName(name: string): GDocument {
    this.handle.assertEditable();
    this.doc.name = this.handle.text("Document.setName", name);
    return this._api();
  }
  getBody(): GoogleAppsScript.Document.Body {
    return new LocalBody(this.handle, this.doc.body) as unknown as GoogleAppsScript.Document.Body;
  }
  /** Saves; this Document object (and everything got from it) can no longer change the document. */
  saveAndClose(): void {
    this.doc.saves++;
    this.handle.closed = true;
  }

  getEditors(): GUser[] {
    const emails = [this.doc.owner, ...this.doc.editors].filter((e, i, all) => e && all.indexOf(e) === i);
    return this.doc.ctx.list(emails.map((e) => userApi(this.doc.ctx, e)));
  }
  getViewers(): GUser[] {
    const emails = [...this.doc.viewers].filter((e) => !this.doc.canEdit(e));
    return this.doc.ctx.list(emails.map((e) => userApi(this.doc.ctx, e)));
  }
  private _share(users: unknown[], into: "editors" | "viewers"): GDocument {
    if (!this.doc.canEdit(this.doc.ctx.user)) throw this.doc.ctx.error(MSG.noAccess);
    const emails = users.map(emailOf);
    for (const e of emails) if (!EMAIL.test(e)) throw this.doc.ctx.error(DOC_MSG.invalidEmail(e));
    for (const e of emails) {
      if (e === this.doc.owner) continue;
      if (into === "editors") this.doc.editors.add(e);
      else if (!this.doc.canEdit(e)) this.doc.viewers.add(e);
    }
    return this._api();
  }
  addEditor(user: string | GUser): GDocument {
    return this._share([user], "editors");
  }
  addEditors(emailAddresses: string[]): GDocument {
    if (!Array.isArray(emailAddresses)) throw this.handle.signature("Document.addEditors", [emailAddresses]);
    return this._share(emailAddresses, "editors");
  }
  addViewer(user: string | GUser): GDocument {
    return this._share([user], "viewers");
  }
  addViewers(emailAddresses: string[]): GDocument {
    if (!Array.isArray(emailAddresses)) throw this.handle.signature("Document.addViewers", [emailAddresses]);
    return this._share(emailAddresses, "viewers");
  }
  removeEditor(user: string | GUser): GDocument {
    if (!this.doc.canEdit(this.doc.ctx.user)) throw this.doc.ctx.error(MSG.noAccess);
    this.doc.editors.delete(emailOf(user));
    return this._api();
  }
  removeViewer(user: string | GUser): GDocument {
    if (!this.doc.canEdit(this.doc.ctx.user)) throw this.doc.ctx.error(MSG.noAccess);
    this.doc.viewers.delete(emailOf(user));
    return this._api();
  }
}
countCalls(LocalDocument, "Document");

/** Documents of the environment. */
export interface DocRegistry {
  byId(id: string): DocModel | undefined;
  add(doc: DocModel): void;
  freshId(): string;
}

type AppMethods =
  | "Attribute"
  | "ElementType"
  | "HorizontalAlignment"
  | "ParagraphHeading"
  | "TextAlignment"
  | "VerticalAlignment"
  | "create"
  | "getActiveDocument"
  | "getUi"
  | "openById"
  | "openByUrl";

export class LocalDocumentApp implements Pick<GoogleAppsScript.Document.DocumentApp, AppMethods> {
  readonly Attribute = E.Attribute;
  readonly ElementType = E.ElementType;
  readonly HorizontalAlignment = E.HorizontalAlignment;
  readonly ParagraphHeading = E.ParagraphHeading;
  readonly TextAlignment = E.TextAlignment;
  readonly VerticalAlignment = E.VerticalAlignment;

  constructor(
    private readonly ctx: Context,
    private readonly docs: DocRegistry,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  /** DocumentApp needs the documents scope: only a fully authorized execution may use it. */
  private _authorized(method: string): void {
    requireFull(this.ctx, `DocumentApp.${method}`, SCOPE.documents);
  }

  create(name: string): GDocument {
    this._authorized("create");
    if (typeof name !== "string") throw docSignatureError(this.ctx, "create", [name]);
    const doc = new DocModel(this.ctx, this.docs.freshId(), name, this.ctx.user);
    this.docs.add(doc);
    return new LocalDocument(doc) as unknown as GDocument;
  }
  private _open(id: string, method: string): GDocument {
    this._authorized(method);
    const doc = this.docs.byId(id);
    if (!doc) throw this.ctx.error(DOC_MSG.notFound(method));
    if (!doc.canView(this.ctx.user)) throw this.ctx.error(MSG.noAccess);
    return new LocalDocument(doc) as unknown as GDocument;
  }
  openById(id: string): GDocument {
    return this._open(String(id), "openById");
  }
  openByUrl(url: string): GDocument {
    const m = /\/document\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) throw this.ctx.error(MSG.invalidUrl);
    return this._open(m[1], "openByUrl");
  }
  /** The script is bound to a spreadsheet, not a document. */
  getActiveDocument(): GDocument {
    return null as unknown as GDocument;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    throw this.ctx.error("Cannot call DocumentApp.getUi() from this context.");
  }
}
countCalls(LocalDocumentApp, "DocumentApp");
