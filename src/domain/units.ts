// `Đơn vị` and `Danh mục` (SPEC §2): units that can be visited and rated; activity types.
import { CONFIG_TEXT, H, SHEET } from "../text";
import { cellDisplay, cellString, isBlankCell, readDate } from "./cells";
import { configError } from "./codes";
import { readCodedRows, type CodedRow } from "./registry";
import { splitEmails } from "./emails";
import { buildSuccession } from "./succession";
import type { ParseCtx } from "./roster";
import type { ActivityRow, UnitRow } from "../schema/rows";
import type { Cell, ConfigError, Day } from "./types";

export interface Unit extends CodedRow {
  type: string;
  parent: string;
  cluster: string;
  emails: string[];
  /** `Hoạt động đến`: the unit's last day (SPEC §12). */
  activeTo?: Day;
  /** `Sáp nhập vào` as written: the successor's `Mã ĐV`; blank for a dissolved or running unit. */
  mergedInto?: string;
}

export function parseUnits(rows: readonly UnitRow[], ctx: ParseCtx): { units: Unit[]; errors: ConfigError[] } {
  const dateErrors: ConfigError[] = [];
  const zoneDay = ctx.zoneDay;
  const { items, errors } = readCodedRows<Unit, UnitRow>(
    rows,
    {
      sheet: SHEET.units,
      kind: "unit",
      codeField: "unitCode",
      nameField: "unitName",
      codeHeader: H.unitCode,
      nameHeader: H.unitName,
      codes: {
        missing: "UNITS_CODE_MISSING",
        duplicate: "UNITS_CODE_DUPLICATE",
        nameMissing: "UNITS_NAME_MISSING",
        sameName: "UNITS_SAME_NAME",
      },
      // An old and a new unit may share a name: the log is read by `Ngày đi` when at most one still operates.
      sameNameOk: (list) => list.filter((u) => (u as Unit).activeTo === undefined).length <= 1,
    },
    (base, r) => {
      const end = readDate(r.cells.activeTo, { zoneDay, year: ctx.year });
      const next = cellString(r.cells.mergedInto);
      // Every unit has the same keys in the same order, written out (a spread followed by more keys
      // gives each object its own hidden class in V8): the engine reads them on every log row.
      const unit: Unit = {
        index: base.index,
        row: base.row,
        code: base.code,
        name: base.name,
        type: cellString(r.cells.unitType),
        parent: cellString(r.cells.parent),
        cluster: cellString(r.cells.cluster),
        emails: splitEmails(r.cells.unitEmail),
        activeTo: end.kind === "day" ? end.day : undefined,
        mergedInto: next || undefined,
      };
      if (end.kind !== "day" && end.kind !== "blank") {
        const text = end.text || cellDisplay(r.cells.activeTo, zoneDay);
        dateErrors.push(
          configError(
            "UNITS_DATE_INVALID",
            SHEET.units,
            CONFIG_TEXT.dateInvalid(SHEET.units, r.row, H.activeTo, text),
            {
              row: r.row,
              field: H.activeTo,
            },
          ),
        );
      }
      return unit;
    },
  );
  const history = buildSuccession(items).errors;
  return { units: items, errors: [...errors, ...dateErrors, ...history] };
}

/** `Hình thức` values of `Danh mục`, as written, without blanks. Accepts records or bare cells. */
export function parseActivities(rows: readonly (ActivityRow | Cell)[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const c = r !== null && typeof r === "object" && !(r instanceof Date) ? r.cells.activity : r;
    if (!isBlankCell(c)) out.push(cellString(c));
  }
  return out;
}
