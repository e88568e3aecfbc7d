// Email addresses typed in a cell (`Email quản trị`, a cadre's `Email`).
import { isBlankCell } from "./cells";
import type { Cell } from "./types";

// zod 4's email pattern, kept here so that checking an address does not load zod's string schemas.
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export const isEmail = (s: string): boolean => EMAIL.test(s);

/** Emails in one cell, separated by commas, semicolons or spaces. */
export function splitEmails(c: Cell): string[] {
  return isBlankCell(c)
    ? []
    : String(c)
        .split(/[,;\s]+/)
        .filter(Boolean);
}
