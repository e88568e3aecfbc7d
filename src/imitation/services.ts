// Session, Utilities, Logger and console.

import { permissionError, SCOPE } from "./auth";
import { isDate, signatureError, type Context } from "./context";
import { countCalls } from "./counter";
import { formatDate, PatternError } from "./format-date";
import { userApi } from "./user";
import { isValidTimeZone } from "./zone";
import { format as formatText } from "node:util";

export class LocalSession
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      "getActiveUser" | "getActiveUserLocale" | "getEffectiveUser" | "getScriptTimeZone" | "getTemporaryActiveUserKey"
    >
{
  /** `owner`: the owner of the book the script is bound to ('' when none). */
  constructor(
    private readonly ctx: Context,
    private readonly owner: () => string = () => "",
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  /**
   * The user running the script. Without the user's authorization (simple triggers, custom functions)
   * the email is '' unless the user is in the same Google Workspace domain as the owner; it is also ''
   * when the environment hides the user (`activeUserVisible: false`).
   */
  getActiveUser(): GoogleAppsScript.Base.User {
    const user = this.ctx.user;
    const shown = this.ctx.activeUserVisible && (this.ctx.authMode === "FULL" || sameWorkspace(user, this.owner()));
    return userApi(this.ctx, shown ? user : "");
  }
  /** Refused without authorization (NONE) and in a custom function. */
  getEffectiveUser(): GoogleAppsScript.Base.User {
    if (this.ctx.authMode === "NONE" || this.ctx.authMode === "CUSTOM_FUNCTION")
      throw permissionError(this.ctx, "Session.getEffectiveUser", SCOPE.email);
    return userApi(this.ctx, this.ctx.effectiveUser || this.ctx.user);
  }
  getScriptTimeZone(): string {
    return this.ctx.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return this.ctx.userLocale;
  }
  getTemporaryActiveUserKey(): string {
    return Buffer.from(`tmp:${this.ctx.user}`).toString("base64url");
  }
}

const CONSUMER_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

function domainOf(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}

/** Both addresses in one Google Workspace domain (consumer Gmail addresses never are). */
function sameWorkspace(a: string, b: string): boolean {
  const d = domainOf(a);
  return d !== "" && !CONSUMER_DOMAINS.has(d) && d === domainOf(b);
}

/** Java's TimeZone.getTimeZone: "GMT+7" style ids, IANA names, anything else is GMT. */
export function javaTimeZone(zone: string): string {
  const m = /^GMT([+-])(\d{1,2})(?::?00)?$/.exec(zone);
  if (m) return Number(m[2]) === 0 ? "UTC" : `Etc/GMT${m[1] === "+" ? "-" : "+"}${Number(m[2])}`;
  return isValidTimeZone(zone) ? zone : "UTC";
}

export class LocalUtilities
  implements Pick<GoogleAppsScript.Utilities.Utilities, "formatDate" | "sleep" | "getUuid" | "formatString">
{
  constructor(
    private readonly ctx: Context,
    private readonly slept: { ms: number },
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw signatureError(this.ctx, "Utilities.formatDate", [date, timeZone, format]);
    }
    try {
      return formatDate(date.getTime(), javaTimeZone(timeZone), format);
    } catch (e) {
      if (e instanceof PatternError) throw this.ctx.error(`Invalid argument: ${e.message}`);
      throw e;
    }
  }

  /** Does not wait: the time is added up in the environment's `slept.ms`. */
  sleep(milliseconds: number): void {
    this.slept.ms += Number(milliseconds);
  }

  /** Node's global Web Crypto: loaded when asked for, not by every run (node:crypto costs a start 3–10 ms). */
  getUuid(): string {
    return globalThis.crypto.randomUUID();
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatText(template, ...args);
  }
}

export interface LogEntry {
  level: "log" | "info" | "warn" | "error" | "Logger";
  message: string;
}

export class LocalLogger implements Pick<GoogleAppsScript.Base.Logger, "clear" | "getLog" | "log"> {
  constructor(private readonly logs: LogEntry[]) {}

  clear(): void {
    for (let i = this.logs.length - 1; i >= 0; i--) if (this.logs[i].level === "Logger") this.logs.splice(i, 1);
  }
  getLog(): string {
    return this.logs
      .filter((e) => e.level === "Logger")
      .map((e) => `${e.message}\n`)
      .join("");
  }
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    const message =
      values.length && typeof data === "string"
        ? formatText(data, ...values)
        : typeof data === "string"
          ? data
          : formatText("%o", data);
    this.logs.push({ level: "Logger", message });
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
}

/** console for the add-in: records every line; with `echo`, also prints on the host console. */
export function localConsole(logs: LogEntry[], echo: () => boolean): Console {
  const timers = new Map<string, number>();
  const write =
    (level: LogEntry["level"]) =>
    (...args: unknown[]) => {
      const message =
        args.length === 0
          ? ""
          : typeof args[0] === "string"
            ? formatText(...(args as [string, ...unknown[]]))
            : formatText("%o", ...args);
      logs.push({ level, message });
      if (echo()) (globalThis.console as unknown as Record<string, (...a: unknown[]) => void>)[level](message);
    };
  return {
    log: write("log"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    time: (label: string) => void timers.set(label, Date.now()),
    timeEnd: (label: string) => {
      const start = timers.get(label);
      timers.delete(label);
      write("info")(`${label}: ${start === undefined ? 0 : Date.now() - start}ms`);
    },
  } as unknown as Console;
}

countCalls(LocalSession, "Session");
countCalls(LocalUtilities, "Utilities");
