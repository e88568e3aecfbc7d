// The three lists of the phone form (SPEC §16, §12): "Mã CB — Họ và tên" of cadres whose `Áp dụng đến`
// has not passed, "Mã ĐV — Tên đơn vị" of units still in operation, and `Hình thức` from `Danh mục`.
import { CHOICE_SEPARATOR } from "../text";
import { foldText } from "./fold";
import type { Day } from "./types";

export interface ListedCadre {
  code: string;
  name: string;
  /** Last day the quota applies (`Áp dụng đến`); undefined = no end. */
  applyTo?: Day;
}

export interface ListedUnit {
  code: string;
  name: string;
  /** The unit's last day (`Hoạt động đến`, SPEC §12); undefined = still in operation. */
  activeUntil?: Day;
}

export interface FormLists {
  cadres: string[];
  units: string[];
  activities: string[];
}

export const choiceLabel = (code: string, name: string): string => `${code}${CHOICE_SEPARATOR}${name}`;

/** Values as the form may list them: trimmed, without blanks, each once (Forms rejects repeated choices). */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const text = v.trim();
    const key = foldText(text);
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** The form's lists as of `today` (a day that has passed is one before today). */
export function formLists(
  cadres: readonly ListedCadre[],
  units: readonly ListedUnit[],
  activities: readonly string[],
  today: Day,
): FormLists {
  return {
    cadres: distinct(
      cadres.filter((c) => c.applyTo === undefined || c.applyTo >= today).map((c) => choiceLabel(c.code, c.name)),
    ),
    units: distinct(
      units
        .filter((u) => u.activeUntil === undefined || u.activeUntil >= today)
        .map((u) => choiceLabel(u.code, u.name)),
    ),
    activities: distinct(activities),
  };
}
