// `Đơn vị` and `Danh mục` (SPEC §2): units that can be visited and rated; activity types.
import { H, SHEET } from "../text";
import { cellString, isBlankCell } from "./cells";
import { readCodedRows, type CodedRow } from "./registry";
import { splitEmails } from "./settings";
import type { Cell, ConfigError, RecordInput } from "./types";

export interface Unit extends CodedRow {
  type: string;
  parent: string;
  cluster: string;
  emails: string[];
}

export function parseUnits(rows: readonly RecordInput[]): { units: Unit[]; errors: ConfigError[] } {
  const { items, errors } = readCodedRows<Unit>(
    rows,
    {
      sheet: SHEET.units,
      kind: "unit",
      codeHeader: H.unitCode,
      nameHeader: H.unitName,
      codes: {
        missing: "UNITS_CODE_MISSING",
        duplicate: "UNITS_CODE_DUPLICATE",
        nameMissing: "UNITS_NAME_MISSING",
        sameName: "UNITS_SAME_NAME",
      },
    },
    (base, r) => ({
      ...base,
      type: cellString(r.cells[H.unitType]),
      parent: cellString(r.cells[H.parent]),
      cluster: cellString(r.cells[H.cluster]),
      emails: splitEmails(r.cells[H.unitEmail]),
    }),
  );
  return { units: items, errors };
}

/** `Hình thức` values of `Danh mục`, as written, without blanks. Accepts records or bare cells. */
export function parseActivities(rows: readonly (RecordInput | Cell)[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const c = r !== null && typeof r === "object" && !(r instanceof Date) ? r.cells[H.activity] : r;
    if (!isBlankCell(c)) out.push(cellString(c));
  }
  return out;
}
