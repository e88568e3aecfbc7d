// `Chỉ tiêu theo cấp` (SPEC §11): minimum days at each level visited ("Cấp chi đoàn: 30 ngày; Cấp xã:
// 20 ngày; Cấp huyện: 10 ngày"), stated for the full setting target and scaled to each cadre's target.
import { H, SHEET, TIER_TEXT } from "../text";
import { cellDisplay, cellString, isBlankCell, readNumber } from "./cells";
import { configError } from "./codes";
import { foldText } from "./fold";
import { roundDays } from "./numbers";
import type { TierRow } from "../schema/rows";
import type { Cell, ConfigError } from "./types";
import type { Unit } from "./units";

export interface Tier {
  /** `Cấp` as written ("Cấp xã"). */
  label: string;
  /** `Loại đơn vị` values as written. */
  types: string[];
  /** `Số ngày tối thiểu` for the full setting target. */
  minimum: number;
  row: number;
}

/** Parts of `Loại đơn vị` separated by `;`, as written. */
const splitTypes = (c: Cell) =>
  cellString(c)
    .split(";")
    .map((t) => t.trim())
    .filter(Boolean);

export function parseTiers(
  rows: readonly TierRow[],
  units: readonly Pick<Unit, "type">[],
): { tiers: Tier[]; errors: ConfigError[] } {
  const tiers: Tier[] = [];
  const errors: ConfigError[] = [];
  const fail = (row: number, field: string, message: string, severity: "error" | "warning" = "error") =>
    errors.push(
      configError(
        field === H.tierMinimum ? "TIER_MINIMUM" : field === H.tier ? "TIER_LABEL" : "TIER_TYPES",
        SHEET.tiers,
        message,
        { row, field },
        severity,
      ),
    );
  const labelRow = new Map<string, number>();
  const typeOwner = new Map<string, Tier>();
  const known = new Set(units.map((u) => foldText(u.type)));
  for (const r of rows) {
    const cells = r.cells;
    if (Object.values(cells).every((c) => isBlankCell(c))) continue;
    const label = cellString(cells.tier);
    const types = splitTypes(cells.unitType);
    const n = readNumber(cells.tierMinimum);
    let ok = true;
    if (!label) {
      fail(r.row, H.tier, TIER_TEXT.labelMissing(r.row));
      ok = false;
    } else if (labelRow.has(foldText(label))) {
      fail(r.row, H.tier, TIER_TEXT.labelDuplicate(r.row, label, labelRow.get(foldText(label))!));
      ok = false;
    } else labelRow.set(foldText(label), r.row);
    if (!types.length) {
      fail(r.row, H.unitType, TIER_TEXT.typesMissing(r.row, label));
      ok = false;
    }
    if (n.kind !== "number" || n.value < 0 || n.value > 366) {
      fail(r.row, H.tierMinimum, TIER_TEXT.minimumInvalid(r.row, cellDisplay(cells.tierMinimum)));
      ok = false;
    }
    if (!ok || n.kind !== "number") continue;
    const tier: Tier = { label, types, minimum: n.value, row: r.row };
    for (const t of types) {
      const owner = typeOwner.get(foldText(t));
      if (owner && owner !== tier) {
        fail(r.row, H.unitType, TIER_TEXT.typeTwice(r.row, t, owner.label, owner.row));
        ok = false;
      } else typeOwner.set(foldText(t), tier);
      if (!known.has(foldText(t))) fail(r.row, H.unitType, TIER_TEXT.typeUnused(r.row, t), "warning");
    }
    if (ok) tiers.push(tier);
  }
  return { tiers, errors };
}

/** Index in `tiers` of a unit type (compared after header folding), or -1. */
export function tierIndexer(tiers: readonly Tier[]): (unitType: string) => number {
  const index = new Map<string, number>();
  tiers.forEach((t, i) => {
    for (const type of t.types) index.set(foldText(type), i);
  });
  return (unitType) => index.get(foldText(unitType)) ?? -1;
}

/** A cadre's minimum: `Số ngày tối thiểu` × the cadre's final target ÷ the setting target, to 0.1 day. */
export function tierMinimum(tier: Pick<Tier, "minimum">, target: number, settingTarget: number): number {
  return roundDays((tier.minimum * target) / settingTarget);
}

/** `Còn thiếu theo cấp`: "Cấp xã: thiếu 8,0 ngày; …" for each level under its minimum ("" when none). */
export function tierShortfallText(levels: readonly { label: string; days: number; minimum: number }[]): string {
  return levels
    .filter((l) => roundDays(l.days) < l.minimum)
    .map((l) =>
      TIER_TEXT.short(
        l.label,
        roundDays(l.minimum - roundDays(l.days))
          .toFixed(1)
          .replace(".", ","),
      ),
    )
    .join("; ");
}

export const tierColumn = (label: string) => TIER_TEXT.column(label);
