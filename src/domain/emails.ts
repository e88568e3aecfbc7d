// Email addresses typed in a cell (`Email quản trị`, a cadre's `Email`).
import "./zod-setup";
import * as z from "zod/mini";
import { isBlankCell } from "./cells";
import type { Cell } from "./types";

let emailSchema: z.ZodMiniEmail | undefined;
export const isEmail = (s: string): boolean => (emailSchema ??= z.email()).safeParse(s).success;

/** Emails in one cell, separated by commas, semicolons or spaces. */
export function splitEmails(c: Cell): string[] {
  return isBlankCell(c)
    ? []
    : String(c)
        .split(/[,;\s]+/)
        .filter(Boolean);
}
