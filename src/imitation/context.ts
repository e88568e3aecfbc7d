// What every local service object shares: the call counter, the realm values are made in,
// and who is running the script. One Context per environment.

import type { AuthMode } from "./auth";
import { CallCounter } from "./counter";

/** Constructors of the realm the add-in runs in (the host, or a node:vm context). */
export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

export const HOST_REALM: Realm = { Date, Array, Error, Object };

export class Context {
  readonly calls = new CallCounter();
  realm: Realm = HOST_REALM;
  /** The user the script runs as (permissions are checked for this user). */
  user = "";
  /** Whether Session.getActiveUser() reveals the user's email (false: '' like some simple triggers). */
  activeUserVisible = true;
  effectiveUser = "";
  scriptTimeZone = "Asia/Ho_Chi_Minh";
  userLocale = "vi";
  /** The authorization mode of the running execution (see auth.ts). */
  authMode: AuthMode = "FULL";
  /** Spreadsheet writes since the last SpreadsheetApp.flush() (Sheets may still be applying them). */
  unflushedWrites = 0;

  /** A Date of the add-in's realm. */
  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /** An empty array of the add-in's realm, to fill with push. */
  array<T>(): T[] {
    return this.realm === HOST_REALM ? [] : (new this.realm.Array() as T[]);
  }

  /** `items` (a fresh array) as an array of the add-in's realm. */
  list<T>(items: T[]): T[] {
    if (this.realm === HOST_REALM) return items;
    const out = new this.realm.Array() as T[];
    for (let i = 0; i < items.length; i++) out.push(items[i]);
    return out;
  }

  /** `rows` (fresh arrays) as a 2-D array of the add-in's realm. */
  grid<T>(rows: T[][]): T[][] {
    if (this.realm === HOST_REALM) return rows;
    const out = new this.realm.Array() as T[][];
    for (const r of rows) out.push(this.list(r));
    return out;
  }

  /** A plain object of the add-in's realm. */
  record(entries: Record<string, string>): Record<string, string> {
    const out = (this.realm === HOST_REALM ? {} : new this.realm.Object()) as Record<string, string>;
    for (const k of Object.keys(entries)) out[k] = entries[k];
    return out;
  }

  /** The error Apps Script throws: name "Exception", so String(e) is "Exception: <message>". */
  error(message: string): Error {
    const e = new this.realm.Error(message);
    e.name = "Exception";
    return e;
  }
}

/** True for a Date of any realm. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** Type name as Apps Script prints it in "The parameters (...) don't match" messages. */
export function argType(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return "String";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "Boolean";
  if (isDate(v)) return "Date";
  if (Array.isArray(v)) return `${v.length ? argType(v[0]) : "Object"}[]`;
  if (typeof v === "object") {
    const ctor = (v as { constructor?: { name?: string } }).constructor;
    const n = ctor?.name ? ctor.name.replace(/^Local/, "") : "Object";
    return `SpreadsheetApp.${n}`;
  }
  return typeof v;
}

/** "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange." */
export function signatureError(ctx: Context, method: string, args: readonly unknown[]): Error {
  return ctx.error(`The parameters (${args.map(argType).join(",")}) don't match the method signature for ${method}.`);
}
