// PropertiesService: document properties live with the book, script properties with the
// environment, user properties per user email. Values are strings.

import { permissionError } from "./auth";
import type { Context } from "./context";
import { countCalls } from "./counter";

type GProperties = GoogleAppsScript.Properties.Properties;

export class LocalProperties
  implements
    Pick<
      GProperties,
      | "deleteAllProperties"
      | "deleteProperty"
      | "getKeys"
      | "getProperties"
      | "getProperty"
      | "setProperties"
      | "setProperty"
    >
{
  constructor(
    private readonly ctx: Context,
    readonly store: Map<string, string>,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  private _api(): GProperties {
    return this as unknown as GProperties;
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): GProperties {
    this.store.set(String(key), String(value));
    return this._api();
  }
  getProperties(): { [key: string]: string } {
    return this.ctx.record(Object.fromEntries(this.store));
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GProperties {
    if (deleteAllOthers) this.store.clear();
    for (const k of Object.keys(properties)) this.store.set(k, String(properties[k]));
    return this._api();
  }
  getKeys(): string[] {
    return this.ctx.list([...this.store.keys()]);
  }
  deleteProperty(key: string): GProperties {
    this.store.delete(String(key));
    return this._api();
  }
  deleteAllProperties(): GProperties {
    this.store.clear();
    return this._api();
  }
}

export class LocalPropertiesService
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      "getDocumentProperties" | "getScriptProperties" | "getUserProperties"
    >
{
  constructor(
    private readonly ctx: Context,
    private readonly stores: {
      document: () => Map<string, string> | null;
      script: Map<string, string>;
      user: () => Map<string, string>;
    },
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  /** Property stores need authorization: not in NONE (Apps Script reference: Enum AuthMode, example). */
  private _authorized(method: string): void {
    if (this.ctx.authMode === "NONE")
      throw permissionError(this.ctx, `PropertiesService.${method}`, "https://www.googleapis.com/auth/script.storage");
  }

  /** null when the script is not bound to a document (like the real service). */
  getDocumentProperties(): GProperties {
    this._authorized("getDocumentProperties");
    const store = this.stores.document();
    return (store ? new LocalProperties(this.ctx, store) : null) as unknown as GProperties;
  }
  getScriptProperties(): GProperties {
    this._authorized("getScriptProperties");
    return new LocalProperties(this.ctx, this.stores.script) as unknown as GProperties;
  }
  getUserProperties(): GProperties {
    this._authorized("getUserProperties");
    return new LocalProperties(this.ctx, this.stores.user()) as unknown as GProperties;
  }
}

countCalls(LocalProperties, "Properties");
countCalls(LocalPropertiesService, "PropertiesService");
