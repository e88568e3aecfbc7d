// Which services a run may call: FormApp and ScriptApp need the FULL authorization mode (a menu
// command, an installable trigger) and their scope granted. A simple trigger (onOpen in NONE or
// LIMITED, onEdit in LIMITED) or a custom function gets "You do not have permission to call …".

import type { Context } from "../context";

export const FORMS_SCOPE = "https://www.googleapis.com/auth/forms";
export const TRIGGERS_SCOPE = "https://www.googleapis.com/auth/script.scriptapp";

/** Scopes the user left unticked on the granular consent screen, per environment. */
const denied = new WeakMap<Context, Set<string>>();

export function denyScope(ctx: Context, scope: string, deny = true): void {
  let set = denied.get(ctx);
  if (!set) denied.set(ctx, (set = new Set()));
  if (deny) set.add(scope);
  else set.delete(scope);
}

/** The run's authorization mode (FULL unless the environment says otherwise). */
export function authModeOf(ctx: Context): string {
  return (ctx as unknown as { authMode?: string }).authMode ?? "FULL";
}

export function requireFull(ctx: Context, method: string, scope: string): void {
  if (authModeOf(ctx) !== "FULL" || denied.get(ctx)?.has(scope))
    throw ctx.error(`You do not have permission to call ${method}. Required permissions: ${scope}`);
}
