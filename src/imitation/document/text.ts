// Text: the rich text of one run, of a paragraph (editAsText) or of a whole body or cell, where
// paragraphs are separated by "\n" like getText() shows them. Offsets are inclusive ranges.

import { countCalls } from "../counter";
import { TEXT_ATTRIBUTES } from "./enums";
import type { DocHandle } from "./handle";
import { DOC_MSG } from "./handle";
import {
  newParagraph,
  newText,
  paragraphsIn,
  textsOf,
  type Attrs,
  type BodyModel,
  type CellModel,
  type ParagraphModel,
  type RowModel,
  type TableModel,
  type TextModel,
} from "./model";

type GText = GoogleAppsScript.Document.Text;

export type TextSource =
  | { kind: "text"; text: TextModel }
  | { kind: "paragraph"; paragraph: ParagraphModel }
  | { kind: "container"; el: BodyModel | CellModel | TableModel | RowModel };

type Position = { t: TextModel; i: number } | null;

type TextMethods =
  | "appendText"
  | "deleteText"
  | "editAsText"
  | "getAttributes"
  | "getBackgroundColor"
  | "getFontFamily"
  | "getFontSize"
  | "getForegroundColor"
  | "getLinkUrl"
  | "getText"
  | "getTextAttributeIndices"
  | "getType"
  | "insertText"
  | "isBold"
  | "isItalic"
  | "isStrikethrough"
  | "isUnderline"
  | "setAttributes"
  | "setBackgroundColor"
  | "setBold"
  | "setFontFamily"
  | "setFontSize"
  | "setForegroundColor"
  | "setItalic"
  | "setLinkUrl"
  | "setStrikethrough"
  | "setText"
  | "setUnderline";

/** A style with `patch` applied (null removes an attribute). */
export function restyle(style: Readonly<Attrs>, patch: Attrs): Readonly<Attrs> {
  const out: Attrs = { ...style };
  for (const [k, v] of Object.entries(patch)) {
    if (!TEXT_ATTRIBUTES.has(k)) continue;
    if (v === null || v === undefined) delete out[k];
    else out[k] = v;
  }
  return Object.freeze(out);
}

export class LocalText implements Pick<GText, TextMethods> {
  constructor(
    readonly handle: DocHandle,
    readonly source: TextSource,
  ) {}

  get calls() {
    return this.handle.ctx.calls;
  }

  private _api(): GText {
    return this as unknown as GText;
  }

  private _paragraphs(): ParagraphModel[] {
    const s = this.source;
    return s.kind === "text" ? [s.text.parent] : s.kind === "paragraph" ? [s.paragraph] : paragraphsIn(s.el);
  }

  private _positions(): Position[] {
    const s = this.source;
    const texts = (p: ParagraphModel) => (s.kind === "text" ? [s.text] : textsOf(p));
    const out: Position[] = [];
    this._paragraphs().forEach((p, k) => {
      if (k > 0) out.push(null);
      for (const t of texts(p)) for (let i = 0; i < t.chars.length; i++) out.push({ t, i });
    });
    return out;
  }

  private _range(start: unknown, end: unknown, method: string): [number, number] {
    const n = this._positions().length;
    const a = this.handle.number(`Text.${method}`, start);
    const b = this.handle.number(`Text.${method}`, end);
    if (a < 0 || a >= n) throw this.handle.ctx.error(DOC_MSG.offset(a, n));
    if (b < a || b >= n) throw this.handle.ctx.error(DOC_MSG.offset(b, n));
    return [a, b];
  }

  /** Applies `patch` to the characters start..end (all when omitted). */
  private _style(patch: Attrs, start?: number, end?: number): GText {
    this.handle.assertEditable();
    const positions = this._positions();
    const from = start ?? 0;
    const to = end ?? positions.length - 1;
    for (let k = from; k <= to; k++) {
      const pos = positions[k];
      if (pos) pos.t.styles[pos.i] = restyle(pos.t.styles[pos.i], patch);
    }
    if (positions.length === 0 && this.source.kind !== "text") {
      for (const p of this._paragraphs()) p.textDefaults = restyle(p.textDefaults, patch);
    }
    return this._api();
  }

  /**
   * setX(value) or setX(start, end, value). `valid` says which values the setter takes: a typeof name
   * or a test; null (which removes the attribute) always passes.
   */
  private _set(
    method: string,
    key: string,
    args: unknown[],
    valid: "boolean" | "string" | ((v: unknown) => boolean),
  ): GText {
    const range = args.length >= 3 ? this._range(args[0], args[1], method) : null;
    const value = range ? args[2] : args[0];
    if (value !== null && !(typeof valid === "string" ? typeof value === valid : valid(value)))
      throw this.handle.signature(`Text.${method}`, [value]);
    return range ? this._style({ [key]: value }, range[0], range[1]) : this._style({ [key]: value });
  }

  /** The attribute at `offset`, or over the whole text: one value, or null when it varies. */
  private _get(key: string, offset?: unknown): unknown {
    const positions = this._positions().filter((p): p is NonNullable<Position> => p !== null);
    if (offset !== undefined && offset !== null) {
      const all = this._positions();
      const k = this.handle.number(`Text.get`, offset);
      if (k < 0 || k >= all.length) throw this.handle.ctx.error(DOC_MSG.offset(k, all.length));
      const pos = all[k];
      return pos ? (pos.t.styles[pos.i][key] ?? null) : null;
    }
    if (positions.length === 0) return null;
    const first = positions[0].t.styles[positions[0].i][key] ?? null;
    return positions.every((p) => (p.t.styles[p.i][key] ?? null) === first) ? first : null;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return "TEXT" as unknown as GoogleAppsScript.Document.ElementType;
  }

  editAsText(): GText {
    return this._api();
  }

  getText(): string {
    return this._positions()
      .map((p) => (p ? p.t.chars[p.i] : "\n"))
      .join("");
  }

  setText(text: string): GText {
    this.handle.assertEditable();
    const value = this.handle.text("Text.setText", text);
    const s = this.source;
    if (s.kind === "text") {
      const style = s.text.styles[0] ?? s.text.parent.textDefaults;
      s.text.chars = value;
      s.text.styles = Array.from({ length: value.length }, () => style);
      return this._api();
    }
    const paragraphs = this._paragraphs();
    const first = paragraphs[0];
    const style = first ? (textsOf(first)[0]?.styles[0] ?? first.textDefaults) : {};
    if (s.kind === "paragraph") {
      s.paragraph.children = s.paragraph.children.filter((c) => c.kind !== "TEXT");
      if (value) s.paragraph.children.push(newText(s.paragraph, value, style));
    } else if (s.el.kind === "BODY_SECTION" || s.el.kind === "TABLE_CELL") {
      s.el.children = [newParagraph(s.el, value, style)];
    }
    return this._api();
  }

  insertText(offset: number, text: string): GText {
    this.handle.assertEditable();
    const at = this.handle.number("Text.insertText", offset);
    const value = this.handle.text("Text.insertText", text);
    const positions = this._positions();
    if (at < 0 || at > positions.length) throw this.handle.ctx.error(DOC_MSG.offset(at, positions.length));
    const before = at > 0 ? positions[at - 1] : null;
    const after = at < positions.length ? positions[at] : null;
    let t: TextModel;
    let index: number;
    if (before) [t, index] = [before.t, before.i + 1];
    else if (after) [t, index] = [after.t, after.i];
    else {
      // No character next to the offset: the text starts in the paragraph the offset falls in.
      const s = this.source;
      if (s.kind === "text") [t, index] = [s.text, 0];
      else {
        const paragraphs = this._paragraphs();
        let k = 0;
        for (let j = 0; j < at; j++) if (positions[j] === null) k++;
        const p = paragraphs[Math.min(k, paragraphs.length - 1)];
        t = newText(p, "", p.textDefaults);
        p.children.push(t);
        index = 0;
      }
    }
    const style = t.styles[index - 1] ?? t.styles[index] ?? t.parent.textDefaults;
    t.chars = t.chars.slice(0, index) + value + t.chars.slice(index);
    t.styles.splice(index, 0, ...Array.from({ length: value.length }, () => style));
    return this._api();
  }

  appendText(text: string): GText {
    return this.insertText(this._positions().length, text);
  }

  deleteText(startOffset: number, endOffsetInclusive: number): GText {
    this.handle.assertEditable();
    const [a, b] = this._range(startOffset, endOffsetInclusive, "deleteText");
    const positions = this._positions();
    for (let k = b; k >= a; k--) {
      const pos = positions[k];
      if (!pos) continue;
      pos.t.chars = pos.t.chars.slice(0, pos.i) + pos.t.chars.slice(pos.i + 1);
      pos.t.styles.splice(pos.i, 1);
    }
    return this._api();
  }

  setAttributes(a: unknown, b?: unknown, c?: unknown): GText {
    const patch = (c ?? a) as Attrs;
    if (!patch || typeof patch !== "object") throw this.handle.signature("Text.setAttributes", [a, b, c]);
    if (c !== undefined) {
      const [s, e] = this._range(a, b, "setAttributes");
      return this._style(patch, s, e);
    }
    return this._style(patch);
  }

  getAttributes(offset?: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of TEXT_ATTRIBUTES) out[key] = this._get(key, offset);
    return this.handle.ctx.record(out as Record<string, string>);
  }

  getTextAttributeIndices(): number[] {
    const positions = this._positions();
    const key = (p: Position) => (p ? JSON.stringify(p.t.styles[p.i]) : "\n");
    const out: number[] = [];
    positions.forEach((p, k) => {
      if (k === 0 || key(p) !== key(positions[k - 1])) out.push(k);
    });
    return this.handle.ctx.list(out);
  }

  setBold(...args: unknown[]): GText {
    return this._set("setBold", "BOLD", args, "boolean");
  }
  setItalic(...args: unknown[]): GText {
    return this._set("setItalic", "ITALIC", args, "boolean");
  }
  setUnderline(...args: unknown[]): GText {
    return this._set("setUnderline", "UNDERLINE", args, "boolean");
  }
  setStrikethrough(...args: unknown[]): GText {
    return this._set("setStrikethrough", "STRIKETHROUGH", args, "boolean");
  }
  setFontFamily(...args: unknown[]): GText {
    return this._set("setFontFamily", "FONT_FAMILY", args, "string");
  }
  setFontSize(...args: unknown[]): GText {
    return this._set("setFontSize", "FONT_SIZE", args, (v) => typeof v === "number" && v > 0);
  }
  setForegroundColor(...args: unknown[]): GText {
    return this._set("setForegroundColor", "FOREGROUND_COLOR", args, "string");
  }
  setBackgroundColor(...args: unknown[]): GText {
    return this._set("setBackgroundColor", "BACKGROUND_COLOR", args, "string");
  }
  setLinkUrl(...args: unknown[]): GText {
    return this._set("setLinkUrl", "LINK_URL", args, "string");
  }

  isBold(offset?: number): boolean {
    return this._get("BOLD", offset) as boolean;
  }
  isItalic(offset?: number): boolean {
    return this._get("ITALIC", offset) as boolean;
  }
  isUnderline(offset?: number): boolean {
    return this._get("UNDERLINE", offset) as boolean;
  }
  isStrikethrough(offset?: number): boolean {
    return this._get("STRIKETHROUGH", offset) as boolean;
  }
  getFontFamily(offset?: number): string {
    return this._get("FONT_FAMILY", offset) as string;
  }
  getFontSize(offset?: number): number {
    return this._get("FONT_SIZE", offset) as number;
  }
  getForegroundColor(offset?: number): string {
    return this._get("FOREGROUND_COLOR", offset) as string;
  }
  getBackgroundColor(offset?: number): string {
    return this._get("BACKGROUND_COLOR", offset) as string;
  }
  getLinkUrl(offset?: number): string {
    return this._get("LINK_URL", offset) as string;
  }
}

countCalls(LocalText, "Text");
