// Authorization modes: what the running execution may call. A menu item or an installable trigger
// runs in FULL; onOpen in NONE (the worst case of an add-on's simple trigger), onEdit in LIMITED, a
// custom function in CUSTOM_FUNCTION. Each service checks here before it does anything.

import type { Context } from "./context";

export type AuthMode = "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";

export const AUTH_MODES: readonly AuthMode[] = ["NONE", "LIMITED", "FULL", "CUSTOM_FUNCTION"];

export const SCOPE = {
  spreadsheets: "https://www.googleapis.com/auth/spreadsheets",
  currentSpreadsheet:
    "(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)",
  documents: "https://www.googleapis.com/auth/documents",
  forms: "https://www.googleapis.com/auth/forms",
  email: "https://www.googleapis.com/auth/userinfo.email",
  ui: "https://www.googleapis.com/auth/script.container.ui",
  mail: "https://www.googleapis.com/auth/script.send_mail",
  triggers: "https://www.googleapis.com/auth/script.scriptapp",
} as const;

/** "You do not have permission to call X. Required permissions: scope" — the runtime's message. */
export function permissionError(ctx: Context, method: string, scope: string): Error {
  return ctx.error(`You do not have permission to call ${method}. Required permissions: ${scope}`);
}

/** Scopes the user left unticked on the granular consent screen, per environment. */
const denied = new WeakMap<Context, Set<string>>();

export function denyScope(ctx: Context, scope: string, deny = true): void {
  let set = denied.get(ctx);
  if (!set) denied.set(ctx, (set = new Set()));
  if (deny) set.add(scope);
  else set.delete(scope);
}

/** Throws unless the execution runs with full authorization and `scope` granted. */
export function requireFull(ctx: Context, method: string, scope: string): void {
  if (ctx.authMode !== "FULL" || denied.get(ctx)?.has(scope)) throw permissionError(ctx, method, scope);
}

/** Throws in NONE (the bound file itself is out of reach there) and optionally in other modes. */
export function requireFileAccess(ctx: Context, method: string): void {
  if (ctx.authMode === "NONE") throw permissionError(ctx, method, SCOPE.currentSpreadsheet);
}

/**
 * Throws for a write from a custom function: "You do not have permission to call setValues" (the
 * message a custom function gets, naming the method without its class).
 */
export function requireWritable(ctx: Context): void {
  if (ctx.authMode === "CUSTOM_FUNCTION") {
    const method = ctx.calls.current?.split(".").pop() ?? "this method";
    throw ctx.error(`You do not have permission to call ${method}`);
  }
  requireFileAccess(ctx, ctx.calls.current ?? "SpreadsheetApp");
}

/** The mode Apps Script runs a top-level function in when Sheets calls it by itself or from a menu. */
export function entryPointMode(name: string, customFunctions: ReadonlySet<string>): AuthMode {
  if (name === "onOpen") return "NONE";
  if (name === "onEdit" || name === "onSelectionChange") return "LIMITED";
  if (customFunctions.has(name)) return "CUSTOM_FUNCTION";
  return "FULL";
}

/** Names of the functions a script marks with @customfunction in their JSDoc. */
export function customFunctionsOf(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([A-Za-z_$][\w$]*)/g)) {
    if (/@customfunction\b/.test(m[1])) names.add(m[2]);
  }
  return names;
}
