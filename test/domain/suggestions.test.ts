// The names suggested for a mistyped cadre or unit come from an index of letter pairs with counting
// shortcuts; they must be exactly the ones a plain scan of the whole list gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referenceDistance } from "../support/levenshtein";
import { type Entity, exactKey, looseKey, makeMatcher, type MatchKind } from "../../src/domain/match";
import { foldText, looseFold, stripDiacritics } from "../../src/domain/fold";

const pairs = (key: string) => {
  const s = ` ${key} `;
  return new Set(Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2)));
};

/**
 * The rule written plainly: of the names sharing at least grams − 2·limit letter pairs with the query,
 * the 40 sharing most (ties: list order) are measured; those within the limit, closest first (ties:
 * list order), at most 3, none further than the closest plus a third of it.
 */
function plainSuggestions<T extends Entity>(items: readonly T[], kind: MatchKind, query: string): T[] {
  if (!query || query.length > 100) return [];
  const limit = Math.max(2, Math.floor(query.length / 3));
  const grams = pairs(query);
  const minShared = Math.max(1, grams.size - 2 * limit);
  const measured = items
    .map((item, i) => {
      const keys = [looseKey(exactKey(item.name, kind), kind), looseKey(foldText(item.code), kind)].filter(Boolean);
      const mine = new Set(keys.flatMap((k) => [...pairs(k)]));
      return { i, keys, shared: [...grams].filter((g) => mine.has(g)).length };
    })
    .filter((x) => x.shared >= minShared)
    .sort((a, b) => b.shared - a.shared || a.i - b.i)
    .slice(0, 40)
    .map((x) => ({ i: x.i, d: Math.min(...x.keys.map((k) => referenceDistance(query, k))) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.i - b.i);
  const best = measured.length ? measured[0].d : 0;
  return measured
    .filter((x) => x.d <= best + Math.floor(best / 3))
    .slice(0, 3)
    .map((x) => items[x.i]);
}

// Few syllables in any order and names repeated, so that many names share most letter pairs with a
// query without being close to it, and the 40-name cut and its ties decide what is suggested.
const SYLLABLES = ["Nguyễn", "Trần", "Văn", "Thị", "An", "Anh", "Hùng", "Hưng", "Thuỷ", "Thủy"];
const PLACES = ["Tân", "Phú", "Hòa", "Long", "Hưng", "Đức", "12"];
const UNIT_WORDS = ["Đoàn xã", "Đoàn phường", "Chi đoàn", "xã", ""];

const person = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 }).map((p) => p.join(" "));
const place = fc
  .tuple(fc.constantFrom(...UNIT_WORDS), fc.array(fc.constantFrom(...PLACES), { minLength: 1, maxLength: 3 }))
  .map(([w, p]) => `${w} ${p.join(" ")}`.trim());

/** A name as a user might mistype it: letters dropped, doubled, swapped or replaced, marks lost. */
const typed = (names: fc.Arbitrary<string>) =>
  fc
    .tuple(
      names,
      fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), fc.constantFrom("a", "h", "n", " ", "y", "đ")), {
        maxLength: 4,
      }),
      fc.boolean(),
    )
    .map(([name, edits, plain]) => {
      let s = plain ? name.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : name;
      for (const [kind, at, ch] of edits) {
        const i = s.length ? at % s.length : 0;
        if (kind === 0) s = s.slice(0, i) + s.slice(i + 1);
        else if (kind === 1) s = s.slice(0, i) + s[i] + s.slice(i);
        else if (kind === 2) s = s.slice(0, i) + s.slice(i + 1, i + 2) + s.slice(i, i + 1) + s.slice(i + 2);
        else s = s.slice(0, i) + ch + s.slice(i + 1);
      }
      return s;
    });

function agreesWithPlainScan(kind: MatchKind, names: fc.Arbitrary<string>, prefix: string) {
  fc.assert(
    fc.property(
      fc.array(names, { minLength: 1, maxLength: 250, size: "max" }),
      fc.array(fc.oneof(typed(names), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 12 }),
      (list, queries) => {
        const items = list.map((name, i) => ({ code: `${prefix}${String(i + 1).padStart(3, "0")}`, name }));
        const matcher = makeMatcher(items, kind);
        for (const q of queries) {
          const m = matcher.resolve(q);
          if (m.kind !== "unknown") continue;
          expect(m.suggestions).toEqual(plainSuggestions(items, kind, looseKey(exactKey(q, kind), kind)));
        }
      },
    ),
    { numRuns: 100 },
  );
}

describe("suggestions for a name not in the list", () => {
  it("suggest the cadre a mistyped name most likely means", () => {
    const items = ["Nguyễn Văn Hùng", "Nguyễn Văn Hưng", "Trần Thị Lan", "Lê Ngọc Anh"].map((name, i) => ({
      code: `CB00${i + 1}`,
      name,
    }));
    const m = makeMatcher(items, "cadre").resolve("Nguyen Van Hungg");
    expect(m).toEqual({ kind: "unknown", suggestions: [items[0], items[1]] });
  });

  it("are those of a plain scan of the roster", () => agreesWithPlainScan("cadre", person, "CB"));
  it("are those of a plain scan of the unit list", () => agreesWithPlainScan("unit", place, "DV"));
});

describe("looser keys", () => {
  const names = fc.oneof(person, place, typed(place), fc.string({ maxLength: 12 }));
  it("strip an exact key as looseFold strips the text it was made from", () => {
    fc.assert(
      fc.property(names, fc.constantFrom<MatchKind>("cadre", "unit", "plain"), (name, kind) => {
        const exact = exactKey(name, kind);
        expect(stripDiacritics(exact)).toBe(looseFold(exact));
      }),
      { numRuns: 1000 },
    );
  });

  it("keep a code, and a lone unit-type word, as they are", () => {
    for (const kind of ["cadre", "unit", "plain"] as const) {
      for (const word of ["dv0012", "cb7", "xa", "doan", "phuong", "dtn", "12"])
        expect(looseKey(word, kind)).toBe(word);
    }
    expect(looseKey(exactKey("Đoàn xã Tân Phú", "unit"), "unit")).toBe("tan phu");
    expect(looseKey(exactKey("Xã", "unit"), "unit")).toBe("xa");
  });
});
