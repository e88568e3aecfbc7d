// Notes and dropdowns ride on the model's shared cell styles: equal inputs give the same object, so a
// column of 50,000 cells with one dropdown still shares one style.
import type { CellStyle, ValidationData } from "../imitation/cells";

const validationIds = new WeakMap<ValidationData, number>();
let nextValidationId = 1;
function validationKey(v: ValidationData): number {
  let id = validationIds.get(v);
  if (id === undefined) validationIds.set(v, (id = nextValidationId++));
  return id;
}

export class StyleVariants {
  private readonly extra = new Map<CellStyle, Map<string, CellStyle>>();

  /** The style with a note and/or a validation; equal inputs give the same object. */
  with(style: CellStyle, note: string, validation: ValidationData | null): CellStyle {
    if (note === style.note && validation === style.validation) return style;
    let byKey = this.extra.get(style);
    if (!byKey) this.extra.set(style, (byKey = new Map()));
    const key = `${note}\u0000${validation ? validationKey(validation) : ""}`;
    let out = byKey.get(key);
    if (!out) byKey.set(key, (out = Object.freeze({ ...style, note, validation })));
    return out;
  }
}
