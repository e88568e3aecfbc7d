// Text folding for matching Vietnamese headers, names and codes (SPEC §2).
// foldText: NFC, old/new tone-mark placement unified, case folded, whitespace (NBSP, zero-width) collapsed.
// looseFold: foldText without diacritics, Đ/đ read as d — the "looser match" of SPEC §3.
import { oncePer } from "./once-per";
import { dictionary } from "../text/dictionary";

// Zero-width characters and every Unicode space count as a space.
const SPACES = /[\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

// In an open syllable ending in oa/oe/uy the old style puts the tone on the second vowel (hoà, khoẻ,
// thuỷ), the new style on the first (hòa, khỏe, thủy). Both are folded to the new style. "quý" is
// left alone: there u belongs to the consonant qu and the tone is on y in both styles.
const TONED: Readonly<Record<string, readonly [string, string]>> = dictionary({
  __proto__: null,
  // second vowel with tone → [base second vowel, tone index 0..4]
  à: ["a", "0"],
  á: ["a", "1"],
  ả: ["a", "2"],
  ã: ["a", "3"],
  ạ: ["a", "4"],
  è: ["e", "0"],
  é: ["e", "1"],
  ẻ: ["e", "2"],
  ẽ: ["e", "3"],
  ẹ: ["e", "4"],
  ỳ: ["y", "0"],
  ý: ["y", "1"],
  ỷ: ["y", "2"],
  ỹ: ["y", "3"],
  ỵ: ["y", "4"],
} as const);
const TONE_ON: Record<string, string> = { o: "òóỏõọ", u: "ùúủũụ" };
const OLD_TONE = /(^|[^q])([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}\p{M}])/gu;

/**
 * Printable ASCII or precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF: every Vietnamese
 * letter), single spaces between words and none at the ends: what codes and most typed names are. Each
 * such letter is its own NFC form, none composes with a neighbour and none is a space, so folding such
 * text is lower-casing it unless the old tone rule applies. A pattern, not a loop: every cell text of a
 * command is checked, most of them before V8 would optimise a loop.
 */
const PLAIN_LATIN = /^(?:[!-~\u00c0-\u024f\u1e00-\u1eff]+(?: [!-~\u00c0-\u024f\u1e00-\u1eff]+)*)?$/;

export function isPlainLatin(s: string): boolean {
  return PLAIN_LATIN.test(s);
}

/**
 * Whether the old tone rule could apply: o or u, then a toned a, e or y not followed by a letter (a–z,
 * A–Z, the Latin ranges of isPlainLatin but × and ÷). A pattern, not a loop, as isPlainLatin.
 */
const OLD_TONE_PAIR = /[ou][àáảãạèéẻẽẹỳýỷỹỵ](?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff])/;

export function foldText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const raw = String(value);
  if (isPlainLatin(raw)) {
    const lower = raw.toLowerCase();
    if (!OLD_TONE_PAIR.test(lower)) return lower;
  }
  const s = raw.normalize("NFC").toLowerCase().replace(SPACES, " ").trim();
  return s.replace(OLD_TONE, (all, before: string, first: string, second: string) => {
    const [base, tone] = TONED[second];
    const pairOk = (first === "o" && (base === "a" || base === "e")) || (first === "u" && base === "y");
    return pairOk ? before + TONE_ON[first][Number(tone)] + base : all;
  });
}

/** normalizedStrip of each precomposed Latin letter met (by code), filled on first use. */
let strippedLetters: string[] | undefined;

export function stripDiacritics(folded: string): string {
  if (isAscii(folded)) return folded;
  // A precomposed Latin letter decomposes into a base and marks that never reach its neighbours: such
  // text strips letter by letter, each letter normalized once.
  const table = (strippedLetters ??= []);
  let out = "";
  for (let i = 0; i < folded.length; i++) {
    const ch = folded.charCodeAt(i);
    if (ch < 128) out += folded[i];
    else if ((ch >= 0xc0 && ch <= 0x24f) || (ch >= 0x1e00 && ch <= 0x1eff))
      out += table[ch] ??= normalizedStrip(folded[i]);
    else return normalizedStrip(folded);
  }
  return out;
}

function normalizedStrip(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** The looser key: folded, without diacritics, Đ/đ as d. */
export function looseFold(value: unknown): string {
  return stripDiacritics(foldText(value));
}

/**
 * foldText of each item's code, in list order, made once per list (the items must not change after):
 * the matcher, the unit history, the rating and the form's choices all key units by it.
 */
export const codeKeys: (items: readonly { code: string }[]) => readonly string[] = oncePer((items) =>
  items.map((item) => foldText(item.code)),
);
