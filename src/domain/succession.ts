// Unit history (SPEC §12): a unit with `Hoạt động đến` ends on that day and, when `Sáp nhập vào` names
// another `Mã ĐV`, hands its history to that successor. Chains are followed to the unit that exists on a
// given day (the window's last day: the final successor). A loop or an unknown code is a configuration
// error naming the rows; the units of a broken chain are then treated as ending nowhere.
import { HISTORY_TEXT, SHEET } from "../text";
import { configError } from "./codes";
import { codeKeys, foldText } from "./fold";
import { oncePer } from "./once-per";
import type { ConfigError, Day } from "./types";

/** What the history needs of a unit (a `Đơn vị` row). */
export interface UnitLife {
  code: string;
  name: string;
  /** 1-based row of `Đơn vị`. */
  row: number;
  /** `Hoạt động đến`: the unit's last day. */
  activeTo?: Day;
  /** `Sáp nhập vào` as written: the successor's `Mã ĐV` (blank: dissolved). */
  mergedInto?: string;
}

export interface Succession<U extends UnitLife> {
  /** The unit with this `Mã ĐV` (compared after folding). */
  byCode(code: string): U | undefined;
  /** The direct successor of a unit, when it names a known one and the chain is not a loop. */
  next(u: U): U | undefined;
  /** The unit carrying u's history on `day`: successors are followed while the unit has ended before it. */
  finalAt(u: U, day: Day): U;
  /** `Mã ĐV` of the final successor on `day` of the unit with this code (the code itself when unknown). */
  finalCode(code: string, day: Day): string;
  /** A unit and its successors count as the same: true when b is a or on a's chain of successors, or the reverse. */
  sameLine(a: string, b: string): boolean;
}

/** Whether the unit still operates on `day`. */
export function inOperation(u: Pick<UnitLife, "activeTo">, day: Day): boolean {
  return u.activeTo === undefined || day <= u.activeTo;
}

type Built<U extends UnitLife> = { succession: Succession<U>; errors: ConfigError[] };

/** The histories already built, per list: parsing the units, checking the log and counting progress use the same one. */
const built = oncePer((units: readonly UnitLife[]) => succeed(units));

/** The history of a list of units (they must not change after this call). */
export function buildSuccession<U extends UnitLife>(units: readonly U[]): Built<U> {
  return built(units) as unknown as Built<U>;
}

function succeed<U extends UnitLife>(units: readonly U[]): Built<U> {
  const index = new Map<string, U>();
  const codes = codeKeys(units);
  units.forEach((u, i) => {
    const k = codes[i];
    if (k && !index.has(k)) index.set(k, u);
  });
  const errors: ConfigError[] = [];
  const direct = new Map<U, U>();
  for (const u of units) {
    if (!u.mergedInto) continue;
    const to = index.get(foldText(u.mergedInto));
    if (!to) {
      errors.push(
        configError("UNITS_SUCCESSOR_UNKNOWN", SHEET.units, HISTORY_TEXT.successorUnknown(u.row, u.mergedInto), {
          row: u.row,
        }),
      );
    } else if (u.activeTo === undefined) {
      errors.push(
        configError("UNITS_SUCCESSOR_NO_END", SHEET.units, HISTORY_TEXT.successorWithoutEnd(u.row, u.mergedInto), {
          row: u.row,
        }),
      );
    } else direct.set(u, to);
  }
  // Every unit has at most one successor, so each loop is found by walking from any of its units.
  const state = new Map<U, "walking" | "done">();
  for (const start of units) {
    const path: U[] = [];
    let u: U | undefined = start;
    while (u && !state.has(u)) {
      state.set(u, "walking");
      path.push(u);
      u = direct.get(u);
    }
    if (u && state.get(u) === "walking") {
      const loop = path.slice(path.indexOf(u));
      errors.push(
        configError(
          "UNITS_SUCCESSION_LOOP",
          SHEET.units,
          HISTORY_TEXT.loop(
            loop.map((x) => x.row).sort((a, b) => a - b),
            [...loop, u].map((x) => x.code),
          ),
          { row: Math.min(...loop.map((x) => x.row)) },
        ),
      );
      for (const x of loop) direct.delete(x);
    }
    for (const x of path) state.set(x, "done");
  }

  const byCode = (code: string) => index.get(foldText(code));
  const finalAt = (u: U, day: Day): U => {
    let cur = u;
    for (let next = direct.get(cur); next && cur.activeTo !== undefined && cur.activeTo < day; next = direct.get(cur))
      cur = next;
    return cur;
  };
  const chainOf = (u: U): Set<U> => {
    const seen = new Set<U>();
    for (let cur: U | undefined = u; cur && !seen.has(cur); cur = direct.get(cur)) seen.add(cur);
    return seen;
  };
  const succession: Succession<U> = {
    byCode,
    next: (u) => direct.get(u),
    finalAt,
    finalCode(code, day) {
      const u = byCode(code);
      return u ? finalAt(u, day).code : code;
    },
    sameLine(a, b) {
      const ua = byCode(a);
      const ub = byCode(b);
      if (!ua || !ub) return foldText(a) === foldText(b);
      return chainOf(ua).has(ub) || chainOf(ub).has(ua);
    },
  };
  return { succession, errors };
}

/**
 * Among units sharing a name, the one in operation on `day` (SPEC §12). A unit that is the successor of
 * another candidate still in operation counts as not yet started. Returns the candidates left (one when resolved).
 */
export function inOperationOn<U extends UnitLife>(candidates: readonly U[], day: Day, s: Succession<U>): U[] {
  const alive = candidates.filter((u) => inOperation(u, day));
  if (alive.length === 1) return alive;
  if (alive.length === 0) {
    // All ended: the one that ended last, so the error names its successor.
    const last = Math.max(...candidates.map((u) => u.activeTo ?? 0));
    return candidates.filter((u) => u.activeTo === last);
  }
  const successors = new Set<U>();
  for (const u of alive) for (let n = s.next(u); n; n = s.next(n)) successors.add(n);
  const first = alive.filter((u) => !successors.has(u));
  return first.length ? first : alive;
}
