// HtmlService: HTML outputs for dialogs and sidebars (content and size are kept, nothing is rendered).

import type { Context } from "./context";
import { countCalls } from "./counter";
import { SandboxMode, XFrameOptionsMode } from "./enums";

type GHtml = GoogleAppsScript.HTML.HtmlOutput;

export class LocalHtmlOutput
  implements
    Pick<
      GHtml,
      | "append"
      | "appendUntrusted"
      | "clear"
      | "getContent"
      | "getHeight"
      | "getTitle"
      | "getWidth"
      | "setContent"
      | "setHeight"
      | "setSandboxMode"
      | "setTitle"
      | "setWidth"
      | "setXFrameOptionsMode"
    >
{
  private width = 600;
  private height = 400;
  private title = "";

  constructor(
    private readonly ctx: Context,
    private content: string,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  private _api(): GHtml {
    return this as unknown as GHtml;
  }

  append(addedContent: string): GHtml {
    this.content += String(addedContent);
    return this._api();
  }
  appendUntrusted(addedContent: string): GHtml {
    this.content += String(addedContent)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;");
    return this._api();
  }
  clear(): GHtml {
    this.content = "";
    return this._api();
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): GHtml {
    this.content = String(content);
    return this._api();
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): GHtml {
    this.width = width;
    return this._api();
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): GHtml {
    this.height = height;
    return this._api();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GHtml {
    this.title = String(title);
    return this._api();
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): GHtml {
    return this._api();
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): GHtml {
    return this._api();
  }
}

export class LocalHtmlService
  implements
    Pick<
      GoogleAppsScript.HTML.HtmlService,
      "SandboxMode" | "XFrameOptionsMode" | "createHtmlOutput" | "createHtmlOutputFromFile"
    >
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly ctx: Context,
    private readonly files: ReadonlyMap<string, string>,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  createHtmlOutput(html?: unknown): GHtml {
    const text = html === undefined || html === null ? "" : typeof html === "string" ? html : String(html);
    return new LocalHtmlOutput(this.ctx, text) as unknown as GHtml;
  }

  createHtmlOutputFromFile(filename: string): GHtml {
    const name = String(filename).replace(/\.html$/, "");
    const content = this.files.get(name);
    if (content === undefined) throw this.ctx.error(`No HTML file named ${name} was found.`);
    return new LocalHtmlOutput(this.ctx, content) as unknown as GHtml;
  }
}

countCalls(LocalHtmlOutput, "HtmlOutput");
countCalls(LocalHtmlService, "HtmlService");
