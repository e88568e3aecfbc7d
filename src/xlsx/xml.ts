// Just enough XML for the SpreadsheetML parts: entity decoding and escaping (with OOXML's _xHHHH_
// for characters XML cannot carry), attributes of one start tag, and the elements of a part found
// by name. Parts are machine-written (no DTD, no CDATA in the places read here).

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeXml(s: string): string {
  if (s.indexOf("&") >= 0)
    s = s.replace(ENTITY, (_, hex, dec, name) =>
      name ? NAMED[name] : String.fromCodePoint(Number.parseInt(hex ?? dec, hex ? 16 : 10)),
    );
  return s;
}

/** Text of a <t> element: entities, then OOXML's _xHHHH_ escapes. */
export function decodeText(s: string): string {
  s = decodeXml(s);
  if (s.indexOf("_x") >= 0) s = s.replace(OOXML_ESCAPE, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
  return s;
}

// Characters XML 1.0 cannot hold, and a literal "_xHHHH_" (which would otherwise read back as one).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;

const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x/;

export function escapeText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"))
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`);
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;").replace(/\r/g, "&#13;");
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of a start tag (or of the text between a tag name and its ">"). */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTR)) out[m[1]] = decodeXml(m[2] ?? m[3]);
  return out;
}

/** One attribute of a start tag, without parsing the others. */
export function attr(tag: string, name: string): string | undefined {
  const i = tag.search(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=`));
  if (i < 0) return undefined;
  const m = /=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag.slice(i));
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

export interface XmlElement {
  /** The whole element, start tag to end tag. */
  xml: string;
  /** The start tag. */
  tag: string;
  /** What is between the start and end tags ("" for an empty element). */
  inner: string;
  start: number;
  end: number;
}

/**
 * Every `name` element of `xml` from `from` on (a prefix such as "x:" is matched too). Elements of
 * the same name nested in one another are not expected in the parts read this way.
 */
export function elements(xml: string, name: string, from = 0, to = xml.length): XmlElement[] {
  const out: XmlElement[] = [];
  const open = new RegExp(`<(?:[\\w-]+:)?${name}(?=[\\s/>])`, "g");
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const tagEnd = xml.indexOf(">", m.index);
    if (tagEnd < 0) break;
    const tag = xml.slice(m.index, tagEnd + 1);
    const qname = m[0].slice(1);
    if (tag.endsWith("/>")) {
      out.push({ xml: tag, tag, inner: "", start: m.index, end: tagEnd + 1 });
      open.lastIndex = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf(`</${qname}>`, tagEnd);
    if (close < 0) break;
    const end = close + qname.length + 3;
    out.push({ xml: xml.slice(m.index, end), tag, inner: xml.slice(tagEnd + 1, close), start: m.index, end });
    open.lastIndex = end;
  }
  return out;
}

export function firstElement(xml: string, name: string): XmlElement | undefined {
  return elements(xml, name)[0];
}

/** Text of every <t> inside `xml` (a shared string or inline string), phonetic runs left out. */
export function runText(xml: string): string {
  // The usual shared string is one plain <t>: read it without the regular expressions below.
  if (xml.startsWith("<t") && xml.indexOf("<t", 2) < 0 && xml.indexOf("<r", 2) < 0) {
    const open = xml.indexOf(">");
    if (xml[open - 1] === "/") return "";
    const close = xml.indexOf("</t>", open);
    if (close >= 0) return decodeText(xml.slice(open + 1, close));
  }
  if (xml.indexOf("<rPh") >= 0) xml = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  const t = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  for (const m of xml.matchAll(t)) out += m[1] ?? "";
  return decodeText(out);
}

const ATTR_RE = new Map<string, RegExp>();

/** Sets, replaces or (value undefined) removes one attribute of a start tag. */
export function withAttr(tag: string, name: string, value: string | undefined): string {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`)));
  const without = tag.replace(re, "");
  if (value === undefined) return without;
  const at = without.endsWith("/>") ? without.length - 2 : without.length - 1;
  return `${without.slice(0, at)} ${name}="${escapeAttr(value)}"${without.slice(at)}`;
}
