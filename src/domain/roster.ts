// `Cán bộ` (SPEC §2): the cadres subject to the quota, in roster order.
import { CONFIG_TEXT, H, SHEET } from "../text";
import { cellDisplay, cellString, readDate, readNumber } from "./cells";
import { configError } from "./codes";
import { formatDay } from "./dates";
import { readCodedRows, type CodedRow } from "./registry";
import { isEmail, splitEmails } from "./emails";
import type { RosterRow } from "../schema/rows";
import type { ConfigError, Day, ZoneDay } from "./types";

export interface Cadre extends CodedRow {
  position: string;
  office: string;
  /** Own `Chỉ tiêu (ngày)`, final as written. */
  target?: number;
  applyFrom?: Day;
  applyTo?: Day;
  emails: string[];
}

export interface ParseCtx {
  zoneDay: ZoneDay;
  /** `Năm`, for dates written d/m. */
  year?: number;
}

/** A cadre's own `Chỉ tiêu (ngày)`: more than 0, at most a year's days. */
const isTarget = (days: number) => days > 0 && days <= 366;

export function parseRoster(rows: readonly RosterRow[], ctx: ParseCtx): { cadres: Cadre[]; errors: ConfigError[] } {
  const extra: ConfigError[] = [];
  const { items, errors } = readCodedRows<Cadre, RosterRow>(
    rows,
    {
      sheet: SHEET.roster,
      kind: "cadre",
      codeField: "cadreCode",
      nameField: "fullName",
      codeHeader: H.cadreCode,
      nameHeader: H.fullName,
      codes: {
        missing: "ROSTER_CODE_MISSING",
        duplicate: "ROSTER_CODE_DUPLICATE",
        nameMissing: "ROSTER_NAME_MISSING",
        sameName: "ROSTER_SAME_NAME",
      },
    },
    (base, r) => {
      const problem = (
        code: "ROSTER_TARGET_INVALID" | "ROSTER_DATE_INVALID" | "ROSTER_WINDOW_ORDER",
        field: string,
        message: string,
      ) => extra.push(configError(code, SHEET.roster, message, { row: r.row, field }));
      const draft: { target?: number; applyFrom?: Day; applyTo?: Day } = {};
      const target = readNumber(r.cells.cadreTarget);
      if (target.kind === "invalid")
        problem(
          "ROSTER_TARGET_INVALID",
          H.cadreTarget,
          CONFIG_TEXT.positiveNumber(SHEET.roster, r.row, H.cadreTarget, target.text),
        );
      else if (target.kind === "number") draft.target = target.value;
      for (const [key, header] of [
        ["applyFrom", H.applyFrom],
        ["applyTo", H.applyTo],
      ] as const) {
        const d = readDate(r.cells[key], ctx);
        if (d.kind === "day") draft[key] = d.day;
        else if (d.kind !== "blank") {
          problem(
            "ROSTER_DATE_INVALID",
            header,
            CONFIG_TEXT.dateInvalid(SHEET.roster, r.row, header, d.text || cellDisplay(r.cells[key], ctx.zoneDay)),
          );
        }
      }
      // Checked by hand, not by a schema: this runs for every roster row.
      if (draft.target !== undefined && !isTarget(draft.target)) {
        problem(
          "ROSTER_TARGET_INVALID",
          H.cadreTarget,
          CONFIG_TEXT.positiveNumber(SHEET.roster, r.row, H.cadreTarget, cellDisplay(r.cells.cadreTarget)),
        );
        draft.target = undefined;
      }
      if (draft.applyFrom !== undefined && draft.applyTo !== undefined && draft.applyFrom > draft.applyTo) {
        problem(
          "ROSTER_WINDOW_ORDER",
          H.applyTo,
          CONFIG_TEXT.dateOrder(
            SHEET.roster,
            r.row,
            H.applyFrom,
            formatDay(draft.applyFrom),
            H.applyTo,
            formatDay(draft.applyTo),
          ),
        );
      }
      const emails = splitEmails(r.cells.email);
      for (const e of emails) {
        if (!isEmail(e))
          extra.push(
            configError(
              "ROSTER_EMAIL_INVALID",
              SHEET.roster,
              CONFIG_TEXT.emailInvalid(SHEET.roster, r.row, e),
              { row: r.row, field: H.email },
              "warning",
            ),
          );
      }
      // Every cadre has the same keys in the same order, written out (a spread followed by more keys
      // gives each object its own hidden class in V8): the engine reads them on every log row.
      return {
        index: base.index,
        row: base.row,
        code: base.code,
        name: base.name,
        position: cellString(r.cells.position),
        office: cellString(r.cells.office),
        target: draft.target,
        applyFrom: draft.applyFrom,
        applyTo: draft.applyTo,
        emails: emails.filter(isEmail),
      };
    },
  );
  return { cadres: items, errors: [...errors, ...extra].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}
