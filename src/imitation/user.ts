// Base.User: an email address.

import type { Context } from "./context";
import { countCalls } from "./counter";

export class LocalUser implements Pick<GoogleAppsScript.Base.User, "getEmail" | "getUserLoginId"> {
  constructor(
    private readonly ctx: Context,
    private readonly email: string,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  getEmail(): string {
    return this.email;
  }

  getUserLoginId(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}

countCalls(LocalUser, "User");

export function userApi(ctx: Context, email: string): GoogleAppsScript.Base.User {
  return new LocalUser(ctx, email) as unknown as GoogleAppsScript.Base.User;
}
