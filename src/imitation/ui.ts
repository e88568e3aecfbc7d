// Ui: menus, alerts, prompts and dialogs. Everything shown is recorded on a UiRecorder; alerts and
// prompts are answered from a queue tests fill (an empty queue answers OK, or YES for yes/no sets).

import { permissionError, SCOPE } from "./auth";
import { signatureError, type Context } from "./context";
import { countCalls } from "./counter";
import { Button, ButtonSet } from "./enums";

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GButton = GoogleAppsScript.Base.Button;
type GButtonSet = GoogleAppsScript.Base.ButtonSet;
type GHtml = GoogleAppsScript.HTML.HtmlOutput;

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "submenu"; menu: MenuRecord };

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuEntry[];
}

export type ButtonName = "OK" | "CANCEL" | "YES" | "NO" | "CLOSE";
export type ButtonSetName = "OK" | "OK_CANCEL" | "YES_NO" | "YES_NO_CANCEL";

export interface DialogRecord {
  kind: "alert" | "prompt" | "modal" | "modeless" | "sidebar";
  title: string;
  prompt: string;
  buttons: ButtonSetName | null;
  /** HTML content of a modal/modeless dialog or sidebar. */
  html: string;
  /** The button the scripted user pressed, and the text typed in a prompt. */
  answer: ButtonName | null;
  text: string;
}

const SET_BUTTONS: Record<ButtonSetName, ButtonName[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

/** What the environment records of the user interface; `respond` scripts the user's answers. */
export class UiRecorder {
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  /** Whether SpreadsheetApp.getUi() works (false: a trigger or custom function context). */
  available = true;
  private readonly queue: { button: ButtonName; text: string }[] = [];
  /** Called when a dialog suspends the script (the environment releases the locks it holds). */
  onSuspend: () => void = () => {};

  /** Queues the answer to the next alert or prompt. */
  respond(button: ButtonName, text = ""): void {
    this.queue.push({ button, text });
  }

  pendingResponses(): number {
    return this.queue.length;
  }

  get alerts(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === "alert");
  }

  get prompts(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === "prompt");
  }

  /** The menu added with this caption (the add-on menu has caption ""). */
  menu(caption: string): MenuRecord | undefined {
    return this.menus.find((m) => m.caption === caption);
  }

  /** Next scripted answer for a dialog with these buttons. */
  answer(set: ButtonSetName): { button: ButtonName; text: string } {
    const next = this.queue.shift();
    const allowed = SET_BUTTONS[set];
    if (!next) return { button: allowed[0], text: "" };
    if (next.button !== "CLOSE" && !allowed.includes(next.button)) {
      throw new Error(`Scripted answer ${next.button} is not a button of ButtonSet.${set}`);
    }
    return next;
  }

  reset(): void {
    this.menus.length = 0;
    this.dialogs.length = 0;
    this.queue.length = 0;
  }
}

export class LocalMenu implements Pick<GMenu, "addItem" | "addSeparator" | "addSubMenu" | "addToUi"> {
  readonly record: MenuRecord;

  constructor(
    private readonly ctx: Context,
    private readonly recorder: UiRecorder,
    caption: string,
    addon: boolean,
  ) {
    this.record = { caption, addon, items: [] };
  }

  get calls() {
    return this.ctx.calls;
  }

  addItem(caption: string, functionName: string): GMenu {
    if (typeof caption !== "string" || typeof functionName !== "string") {
      throw signatureError(this.ctx, "Menu.addItem", [caption, functionName]);
    }
    this.record.items.push({ kind: "item", caption, functionName });
    return this as unknown as GMenu;
  }

  addSeparator(): GMenu {
    this.record.items.push({ kind: "separator" });
    return this as unknown as GMenu;
  }

  addSubMenu(menu: GMenu): GMenu {
    if (!(menu instanceof LocalMenu)) throw signatureError(this.ctx, "Menu.addSubMenu", [menu]);
    this.record.items.push({ kind: "submenu", menu: menu.record });
    return this as unknown as GMenu;
  }

  addToUi(): void {
    const i = this.recorder.menus.findIndex((m) => m.caption === this.record.caption && m.addon === this.record.addon);
    const copy: MenuRecord = JSON.parse(JSON.stringify(this.record));
    if (i >= 0) this.recorder.menus[i] = copy;
    else this.recorder.menus.push(copy);
  }
}

export class LocalPromptResponse
  implements Pick<GoogleAppsScript.Base.PromptResponse, "getResponseText" | "getSelectedButton">
{
  constructor(
    private readonly ctx: Context,
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}
  get calls() {
    return this.ctx.calls;
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GButton {
    return this.button as unknown as GButton;
  }
}

function htmlOf(output: unknown): { html: string; title: string } {
  const o = output as Partial<GHtml> | null;
  return {
    html: o && typeof o.getContent === "function" ? o.getContent() : String(output),
    title: o && typeof o.getTitle === "function" ? o.getTitle() : "",
  };
}

export class LocalUi
  implements
    Pick<
      GUi,
      | "Button"
      | "ButtonSet"
      | "alert"
      | "prompt"
      | "createMenu"
      | "createAddonMenu"
      | "showModalDialog"
      | "showModelessDialog"
      | "showSidebar"
    >
{
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly ctx: Context,
    private readonly recorder: UiRecorder,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  createMenu(caption: string): GMenu {
    return new LocalMenu(this.ctx, this.recorder, String(caption), false) as unknown as GMenu;
  }

  createAddonMenu(): GMenu {
    return new LocalMenu(this.ctx, this.recorder, "", true) as unknown as GMenu;
  }

  /** Dialogs and sidebars need the container UI scope: a simple trigger cannot open them. */
  private _canShow(method: string): void {
    if (this.ctx.authMode === "NONE" || this.ctx.authMode === "LIMITED")
      throw permissionError(this.ctx, `Ui.${method}`, SCOPE.ui);
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  private _dialog(kind: "alert" | "prompt", args: unknown[]): { button: ButtonName; text: string } {
    this._canShow(kind);
    let title = "";
    let prompt: unknown;
    let set: unknown = "OK";
    if (args.length >= 3) [title, prompt, set] = [String(args[0]), args[1], args[2]];
    else if (args.length === 2) [prompt, set] = [args[0], args[1]];
    else [prompt] = args;
    const setName = String(set) as ButtonSetName;
    if (typeof prompt !== "string" || !(setName in SET_BUTTONS)) throw signatureError(this.ctx, `Ui.${kind}`, args);
    // The script is suspended until the user answers; the locks it held do not survive that.
    this.recorder.onSuspend();
    const got = this.recorder.answer(setName);
    this.recorder.dialogs.push({
      kind,
      title,
      prompt,
      buttons: setName,
      html: "",
      answer: got.button,
      text: kind === "prompt" ? got.text : "",
    });
    return got;
  }

  alert(a: string, b?: string | GButtonSet, c?: GButtonSet): GButton {
    return this._dialog("alert", [a, b, c].slice(0, c !== undefined ? 3 : b !== undefined ? 2 : 1))
      .button as unknown as GButton;
  }

  prompt(a: string, b?: string | GButtonSet, c?: GButtonSet): GoogleAppsScript.Base.PromptResponse {
    const got = this._dialog("prompt", [a, b, c].slice(0, c !== undefined ? 3 : b !== undefined ? 2 : 1));
    return new LocalPromptResponse(this.ctx, got.button, got.text) as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  private _show(kind: "modal" | "modeless" | "sidebar", output: unknown, title?: string): void {
    this._canShow(kind === "modal" ? "showModalDialog" : kind === "modeless" ? "showModelessDialog" : "showSidebar");
    const h = htmlOf(output);
    this.recorder.dialogs.push({
      kind,
      title: title ?? h.title,
      prompt: "",
      buttons: null,
      html: h.html,
      answer: null,
      text: "",
    });
  }

  showModalDialog(userInterface: GHtml, title: string): void {
    this._show("modal", userInterface, title);
  }
  showModelessDialog(userInterface: GHtml, title: string): void {
    this._show("modeless", userInterface, title);
  }
  showSidebar(userInterface: GHtml): void {
    this._show("sidebar", userInterface);
  }
}

countCalls(LocalMenu, "Menu");
countCalls(LocalPromptResponse, "PromptResponse");
countCalls(LocalUi, "Ui");
