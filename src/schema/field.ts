// What a sheet holds, declared once: each field's header (from src/text), whether a missing header
// stops a command, the number format and width of its column, whether the add-in writes it, and the
// list its dropdown follows. Tables are read and written through these declarations only.
import type { Cell } from "../domain/types";

/** Where a column's dropdown takes its values: another sheet's column, or a fixed list. */
export type ListSource = { sheet: string; field: string } | { values: readonly string[] };

export interface Field {
  header: string;
  /** A missing header stops the command (SPEC §2). */
  required?: boolean;
  /** Number format of the column ("@" keeps codes such as 001 as typed). Blank: Sheets' own. */
  format?: string;
  /** Column width in pixels (SPEC §17: names not clipped). */
  width?: number;
  /** Long text: wrapped (SPEC §17). */
  wrap?: boolean;
  /** Written by the add-in; appended when missing, in a command's write phase (SPEC §2). */
  result?: boolean;
  /** The dropdown of the column (it warns but allows other values). */
  list?: ListSource;
  /** false: an optional column of SPEC Part II that `Tạo bảng mẫu` does not add; read when present. */
  inTemplate?: boolean;
}

/**
 * A long text the add-in writes (`Chi tiết kiểm tra`, `Chi tiết đối chiếu`): its column is wrapped when
 * it is made (SPEC §17), as its width is set then, so a later change of the user's stays.
 */
export const wrapsResult = (f: Field): boolean => f.result === true && f.wrap === true;

export interface Schema<K extends string = string> {
  /** The sheet's name; for a family of tabs (log, plan), its main tab. */
  sheet: string;
  /** Fields in the order `Tạo bảng mẫu` (or the output writer) lays them out. */
  fields: Readonly<Record<K, Field>>;
  /** Per-criterion columns (`Chấm điểm`, `Thẩm định`) go right after this field. */
  dynamicAfter?: K;
}

export type FieldKey<S> = S extends Schema<infer K> ? K : never;

/** A data row keyed by field; `row` is the 1-based sheet row. */
export interface Row<K extends string = string> {
  row: number;
  cells: Partial<Record<K, Cell>>;
}

type Declared<K extends string> = { sheet: string; fields: Readonly<Record<K, Field>>; dynamicAfter?: K };

/** One instance per schema, its getters on the prototype: an object literal with getters costs more to make at load. */
class LazySchema<K extends string> implements Schema<K> {
  private made: Declared<K> | undefined;
  constructor(private readonly declare: () => Declared<K>) {}
  private get(): Declared<K> {
    this.made ??= this.declare();
    return this.made;
  }
  get sheet() {
    return this.get().sheet;
  }
  get fields() {
    return this.get().fields;
  }
  get dynamicAfter() {
    return this.get().dynamicAfter;
  }
}

/**
 * A schema, declared by a function run on first use: top-level code runs on every Apps Script
 * execution, and a schema no command uses yet is left out of the bundle.
 */
/* @__NO_SIDE_EFFECTS__ */ export function schema<K extends string>(
  declare: () => { sheet: string; fields: Readonly<Record<K, Field>>; dynamicAfter?: NoInfer<K> },
): Schema<K> {
  return new LazySchema<K>(declare);
}

/* @__NO_SIDE_EFFECTS__ */ export const fieldKeys = <K extends string>(s: Schema<K>): K[] =>
  Object.keys(s.fields) as K[];

/** The fields `Tạo bảng mẫu` lays out, in order. */
/* @__NO_SIDE_EFFECTS__ */ export const templateKeys = <K extends string>(s: Schema<K>): K[] =>
  fieldKeys(s).filter((k) => s.fields[k].inTemplate !== false);

/** Header texts of the template columns, in order. */
/* @__NO_SIDE_EFFECTS__ */ export const headersOf = <K extends string>(s: Schema<K>): string[] =>
  templateKeys(s).map((k) => s.fields[k].header);

/** Every field's column width, in the schema's order (a new sheet's look). */
/* @__NO_SIDE_EFFECTS__ */ export const fieldWidths = <K extends string>(s: Schema<K>): (number | undefined)[] =>
  fieldKeys(s).map((k) => s.fields[k].width);

/* @__NO_SIDE_EFFECTS__ */ export const requiredKeys = <K extends string>(s: Schema<K>): K[] =>
  fieldKeys(s).filter((k) => s.fields[k].required);

/* @__NO_SIDE_EFFECTS__ */ export const resultKeys = <K extends string>(s: Schema<K>): K[] =>
  fieldKeys(s).filter((k) => s.fields[k].result);
