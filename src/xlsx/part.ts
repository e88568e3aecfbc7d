// A part's XML as its UTF-8 bytes and as a one-byte string of the same bytes (latin1: character i
// is byte i). SpreadsheetML's markup is ASCII, so the scanner finds elements and attributes in the
// string with V8's fast one-byte search, and offsets in it are offsets in the bytes: text that may
// be UTF-8 (values, formulas, whole sections) is decoded from the bytes, and a save copies what did
// not change from the bytes as they were, without decoding and re-encoding them.
import { decodeText, elements, runText } from "./xml";

/** Texts longer than this (bytes) are decoded each time: long texts seldom repeat. */
const MAX_SHARED_TEXT = 64;
const MAX_SHARED = 1 << 16;

export class XmlPart {
  /** The bytes as a one-byte string: for scanning markup only (text in it is not decoded). */
  readonly xml: string;

  constructor(readonly bytes: Buffer) {
    this.xml = bytes.toString("latin1");
  }

  /** Texts already decoded, by their bytes (as scanned): a column repeats the same few names and codes. */
  private readonly seen = new Map<string, string>();

  /**
   * The text of a <t> or <v> in [from, to) with its entities and _xHHHH_ escapes decoded; the same
   * bytes give the same string, so a value repeated down a column is held once.
   */
  textValue(from: number, to: number): string {
    if (to - from > MAX_SHARED_TEXT) return decodeText(this.text(from, to));
    const key = this.xml.slice(from, to);
    let value = this.seen.get(key);
    if (value === undefined) {
      value = decodeText(this.text(from, to));
      if (this.seen.size < MAX_SHARED) this.seen.set(key, value);
    }
    return value;
  }

  static of(text: string): XmlPart {
    return new XmlPart(Buffer.from(text, "utf8"));
  }

  get length(): number {
    return this.bytes.length;
  }

  /** The UTF-8 text of bytes [from, to): a string of its own (it keeps nothing of the part alive). */
  text(from: number, to: number): string {
    if (to - from < 13) {
      // Short ASCII (a code, a number kept as text): a copy of the scanned string is cheaper than a decode.
      const x = this.xml;
      let k = from;
      while (k < to && x.charCodeAt(k) < 0x80) k++;
      if (k === to) return x.slice(from, to);
    }
    return this.bytes.toString("utf8", from, to);
  }
}

/**
 * The text of a shared string (<si>) or inline string (<is>) whose inside is [from, to): one plain
 * <t> (the usual case) read in place, anything else (rich text runs, phonetic runs) by runText.
 */
export function stringAt(part: XmlPart, from: number, to: number): string {
  return plainString(part, from, to) ?? runText(part.text(from, to));
}

/**
 * The text when [from, to) is exactly one plain <t> (alone or inside <is>), else undefined: then
 * nothing else is in it (no rich text run, and for a cell no <f> or <v>).
 */
export function plainString(part: XmlPart, from: number, to: number): string | undefined {
  const x = part.xml;
  const at = x.startsWith("<is>", from) ? from + 4 : from;
  if (!x.startsWith("<t", at)) return undefined;
  const next = x.charCodeAt(at + 2);
  const tagEnd = x.indexOf(">", at);
  if ((next !== 62 && next !== 32) || tagEnd <= 0 || tagEnd >= to) return undefined;
  const empty = x.charCodeAt(tagEnd - 1) === 47;
  const close = empty ? tagEnd + 1 : x.indexOf("</t>", tagEnd);
  const after = empty ? close : close + 4;
  if (close < 0 || (after !== to && !(after + 5 === to && x.startsWith("</is>", after)))) return undefined;
  return empty ? "" : part.textValue(tagEnd + 1, close);
}

/** Every string of the shared-string table (xl/sharedStrings.xml), in order. */
export function sharedStrings(part: XmlPart): string[] {
  const x = part.xml;
  const out: string[] = [];
  let i = x.indexOf("<sst");
  if (i < 0) {
    // A prefixed part (<x:sst>): the general reader.
    return elements(x.length ? part.text(0, part.length) : "", "si").map((si) => runText(si.inner));
  }
  for (;;) {
    const at = x.indexOf("<si", i);
    if (at < 0) return out;
    const next = x.charCodeAt(at + 3);
    if (next !== 62 && next !== 47 && next !== 32) {
      i = at + 3;
      continue;
    }
    const tagEnd = x.indexOf(">", at);
    if (x.charCodeAt(tagEnd - 1) === 47) {
      out.push("");
      i = tagEnd + 1;
      continue;
    }
    const close = x.indexOf("</si>", tagEnd);
    if (close < 0) return out;
    out.push(stringAt(part, tagEnd + 1, close));
    i = close + 5;
  }
}
