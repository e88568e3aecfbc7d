// What roster and units share: one row per code, the code required and unique, names may repeat
// (then the log must use the code).
import { CONFIG_TEXT } from "../text";
import { cellString } from "./cells";
import { configError, type ConfigCode } from "./codes";
import { exactKey, nameIndex, type MatchKind } from "./match";
import type { Row } from "../schema/field";
import type { Cell, ConfigError } from "./types";

export interface CodedRow {
  /** Position in the result list (roster / unit order). */
  index: number;
  /** 1-based sheet row. */
  row: number;
  code: string;
  name: string;
}

interface Spec<K extends string> {
  sheet: string;
  kind: MatchKind;
  codeField: K;
  nameField: K;
  /** Header texts named in messages. */
  codeHeader: string;
  nameHeader: string;
  codes: { missing: ConfigCode; duplicate: ConfigCode; nameMissing?: ConfigCode; sameName?: ConfigCode };
  /** Rows sharing a name that the log can still tell apart (units told apart by date, SPEC §12). */
  sameNameOk?: (rows: readonly CodedRow[]) => boolean;
}

/** Rows with a usable code, in sheet order; blank rows are skipped, rows without a code or with a repeated one reported. */
export function readCodedRows<T extends CodedRow, R extends Row<string>>(
  rows: readonly R[],
  spec: Spec<Extract<keyof R["cells"], string>>,
  build: (base: CodedRow, r: R) => T | undefined,
): { items: T[]; errors: ConfigError[] } {
  const items: T[] = [];
  const errors: ConfigError[] = [];
  const firstRow = new Map<string, number>();
  const problem = (r: R, kind: ConfigCode, message: string, field: string, severity?: "warning") =>
    errors.push(configError(kind, spec.sheet, message, { row: r.row, field }, severity));
  for (const r of rows) {
    const code = cellString(r.cells[spec.codeField]);
    const name = cellString(r.cells[spec.nameField]);
    if (!code) {
      if ((Object.values(r.cells) as Cell[]).some((c) => cellString(c) !== ""))
        problem(
          r,
          spec.codes.missing,
          CONFIG_TEXT.codeMissing(spec.sheet, r.row, spec.codeHeader, name),
          spec.codeHeader,
        );
      continue;
    }
    const key = exactKey(code, "unit");
    const first = firstRow.get(key);
    if (first !== undefined) {
      const message = CONFIG_TEXT.codeDuplicate(spec.sheet, r.row, spec.codeHeader, code, first);
      problem(r, spec.codes.duplicate, message, spec.codeHeader);
      continue;
    }
    firstRow.set(key, r.row);
    if (!name && spec.codes.nameMissing) {
      const message = CONFIG_TEXT.nameMissing(spec.sheet, r.row, spec.nameHeader, code);
      problem(r, spec.codes.nameMissing, message, spec.nameHeader, "warning");
    }
    const item = build({ index: items.length, row: r.row, code, name: name || code }, r);
    if (item) items.push(item);
  }
  if (spec.codes.sameName) errors.push(...sameNames(items, spec, spec.codes.sameName));
  return { items, errors };
}

function sameNames<T extends CodedRow, K extends string>(
  items: readonly T[],
  spec: Spec<K>,
  code: ConfigCode,
): ConfigError[] {
  const errors: ConfigError[] = [];
  for (const list of nameIndex(items, spec.kind).byKey.values()) {
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
