// What roster and units share: one row per code, the code required and unique, names may repeat
// (then the log must use the code).
import { CONFIG_TEXT } from "../text";
import { cellString } from "./cells";
import { configError, type ConfigCode } from "./codes";
import { exactKey, type MatchKind } from "./match";
import type { ConfigError, RecordInput } from "./types";

export interface CodedRow {
  /** Position in the result list (roster / unit order). */
  index: number;
  /** 1-based sheet row. */
  row: number;
  code: string;
  name: string;
}

interface Spec {
  sheet: string;
  kind: MatchKind;
  codeHeader: string;
  nameHeader: string;
  codes: { missing: ConfigCode; duplicate: ConfigCode; nameMissing?: ConfigCode; sameName?: ConfigCode };
  /** Rows sharing a name that the log can still tell apart (units told apart by date, SPEC §12). */
  sameNameOk?: (rows: readonly CodedRow[]) => boolean;
}

/** Rows with a usable code, in sheet order; blank rows are skipped, rows without a code or with a repeated one reported. */
export function readCodedRows<T extends CodedRow>(
  rows: readonly RecordInput[],
  spec: Spec,
  build: (base: CodedRow, r: RecordInput) => T | undefined,
): { items: T[]; errors: ConfigError[] } {
  const items: T[] = [];
  const errors: ConfigError[] = [];
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    const code = cellString(r.cells[spec.codeHeader]);
    const name = cellString(r.cells[spec.nameHeader]);
    if (!code) {
      if (Object.values(r.cells).some((c) => cellString(c) !== "")) {
        errors.push(
          configError(
            spec.codes.missing,
            spec.sheet,
            CONFIG_TEXT.codeMissing(spec.sheet, r.row, spec.codeHeader, name),
            { row: r.row, field: spec.codeHeader },
          ),
        );
      }
      continue;
    }
    const key = exactKey(code, "unit");
    const first = firstRow.get(key);
    if (first !== undefined) {
      errors.push(
        configError(
          spec.codes.duplicate,
          spec.sheet,
          CONFIG_TEXT.codeDuplicate(spec.sheet, r.row, spec.codeHeader, code, first),
          { row: r.row, field: spec.codeHeader },
        ),
      );
      continue;
    }
    firstRow.set(key, r.row);
    if (!name && spec.codes.nameMissing) {
      errors.push(
        configError(
          spec.codes.nameMissing,
          spec.sheet,
          CONFIG_TEXT.nameMissing(spec.sheet, r.row, spec.nameHeader, code),
          { row: r.row, field: spec.nameHeader },
          "warning",
        ),
      );
    }
    const item = build({ index: items.length, row: r.row, code, name: name || code }, r);
    if (item) items.push(item);
  }
  if (spec.codes.sameName) errors.push(...sameNames(items, spec, spec.codes.sameName));
  return { items, errors };
}

function sameNames<T extends CodedRow>(items: readonly T[], spec: Spec, code: ConfigCode): ConfigError[] {
  const errors: ConfigError[] = [];
  const byName = new Map<string, CodedRow[]>();
  for (const item of items) {
    const k = exactKey(item.name, spec.kind);
    const list = byName.get(k);
    if (list) list.push(item);
    else byName.set(k, [item]);
  }
  for (const list of byName.values()) {
    if (list.length > 1 && !spec.sameNameOk?.(list)) {
      errors.push(
        configError(
          code,
          spec.sheet,
          CONFIG_TEXT.sameName(
            spec.sheet,
            list[0].name,
            list.map((i) => i.code),
            spec.codeHeader,
          ),
          { row: list[1].row, field: spec.nameHeader },
          "warning",
        ),
      );
    }
  }
  return errors;
}
