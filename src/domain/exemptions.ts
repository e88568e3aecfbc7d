// `Tạm miễn` (SPEC §11): intervals in which a cadre is exempt (study leave, illness, maternity). Rows of
// one cadre are united and clipped to the applicable window; exempt days change only denominators.
import { EXEMPTION_TEXT, H, CONFIG_TEXT, SHEET } from "../text";
import { cellDisplay, isBlankCell, readDate } from "./cells";
import { configError } from "./codes";
import { formatDay } from "./dates";
import { makeMatcher } from "./match";
import type { Cadre, ParseCtx } from "./roster";
import type { ExemptionRow } from "../schema/rows";
import type { Cell, ConfigError, Day } from "./types";

/** One exempt interval as written; `to` undefined = to the window's end. */
export interface Exemption {
  from: Day;
  to?: Day;
  row: number;
}

/** Exempt intervals per `Mã CB`. */
export type Exemptions = ReadonlyMap<string, readonly Exemption[]>;

export interface ExemptionCtx extends ParseCtx {
  /** The counting window's last day, named in the warning about a blank `Đến ngày`. */
  windowEnd: Day;
}

/** A data row is one with any cell filled; a bad row is a configuration error naming the sheet and row. */
export function parseExemptions(
  rows: readonly ExemptionRow[],
  cadres: readonly Cadre[],
  ctx: ExemptionCtx,
): { exemptions: Map<string, Exemption[]>; errors: ConfigError[] } {
  const match = makeMatcher(cadres, "cadre");
  const exemptions = new Map<string, Exemption[]>();
  const errors: ConfigError[] = [];
  const fail = (row: number, field: string, message: string) =>
    errors.push(configError("EXEMPTION_CADRE", SHEET.exemptions, message, { row, field }));
  for (const r of rows) {
    const cells = r.cells;
    if (Object.values(cells).every((c: Cell) => isBlankCell(c))) continue;
    const m = match.resolve(cells.cadre);
    const text = cellDisplay(cells.cadre);
    let cadre: Cadre | undefined;
    if (m.kind === "exact" || m.kind === "loose") cadre = m.item;
    else if (m.kind === "blank") fail(r.row, H.cadre, EXEMPTION_TEXT.cadreMissing(r.row));
    else if (m.kind === "ambiguous")
      fail(
        r.row,
        H.cadre,
        EXEMPTION_TEXT.cadreAmbiguous(
          r.row,
          text,
          m.items.map((c) => `${c.name} (${c.code})`),
        ),
      );
    else
      fail(
        r.row,
        H.cadre,
        EXEMPTION_TEXT.cadreUnknown(
          r.row,
          text,
          m.suggestions.map((c) => `${c.name} (${c.code})`),
        ),
      );
    const days: (Day | undefined)[] = [];
    let datesOk = true;
    for (const [key, header] of [
      ["exemptFrom", H.exemptFrom],
      ["exemptTo", H.exemptTo],
    ] as const) {
      const d = readDate(cells[key], ctx);
      if (d.kind === "day") days.push(d.day);
      else {
        days.push(undefined);
        if (d.kind !== "blank") {
          datesOk = false;
          const shown = d.text || cellDisplay(cells[key], ctx.zoneDay);
          errors.push(
            configError(
              "EXEMPTION_DATE",
              SHEET.exemptions,
              CONFIG_TEXT.dateInvalid(SHEET.exemptions, r.row, header, shown),
              { row: r.row, field: header },
            ),
          );
        }
      }
    }
    const [from, to] = days;
    if (datesOk && from === undefined) {
      datesOk = false;
      errors.push(
        configError("EXEMPTION_DATE", SHEET.exemptions, EXEMPTION_TEXT.fromMissing(r.row), {
          row: r.row,
          field: H.exemptFrom,
        }),
      );
    }
    if (datesOk && to !== undefined && to < from!) {
      datesOk = false;
      errors.push(
        configError(
          "EXEMPTION_DATE",
          SHEET.exemptions,
          CONFIG_TEXT.dateOrder(SHEET.exemptions, r.row, H.exemptFrom, formatDay(from!), H.exemptTo, formatDay(to)),
          { row: r.row, field: H.exemptTo },
        ),
      );
    }
    if (!cadre || !datesOk) continue;
    if (to === undefined) {
      errors.push(
        configError(
          "EXEMPTION_OPEN_ENDED",
          SHEET.exemptions,
          EXEMPTION_TEXT.openEnded(r.row, `${cadre.name} (${cadre.code})`, formatDay(ctx.windowEnd)),
          { row: r.row, field: H.exemptTo },
          "warning",
        ),
      );
    }
    const list = exemptions.get(cadre.code);
    const item: Exemption = to === undefined ? { from: from!, row: r.row } : { from: from!, to, row: r.row };
    if (list) list.push(item);
    else exemptions.set(cadre.code, [item]);
  }
  return { exemptions, errors };
}

/** The union of the intervals clipped to [lo, hi], sorted and disjoint; an open end runs to `hi`. */
export function unitedWithin(list: readonly Exemption[] | undefined, lo: Day, hi: Day): [Day, Day][] {
  if (!list?.length) return [];
  const clipped = list
    .map((e): [Day, Day] => [Math.max(lo, e.from), Math.min(hi, e.to ?? hi)])
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  const out: [Day, Day][] = [];
  for (const [a, b] of clipped) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Days of the united intervals inside [a, b]. */
export function daysWithin(united: readonly [Day, Day][], a: Day, b: Day): number {
  let n = 0;
  for (const [x, y] of united) n += Math.max(0, Math.min(b, y) - Math.max(a, x) + 1);
  return n;
}

/** Whether [from, to] holds a day outside the exemptions: a cadre without one is `Không áp dụng` (SPEC §11). */
export function hasSubjectDay(list: readonly Exemption[] | undefined, from: Day, to: Day): boolean {
  return from <= to && daysWithin(unitedWithin(list, from, to), from, to) < to - from + 1;
}
