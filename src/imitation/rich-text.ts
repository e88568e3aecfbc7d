// Rich text of a text cell, as far as links go: its text and the links on parts of it (a link typed with
// Ctrl+K over the whole cell or over some words). Text styles (bold runs, colours) are not modelled.

import type { LinkRun } from "./cells";
import { signatureError, type Context } from "./context";
import { countCalls } from "./counter";

type GValue = GoogleAppsScript.Spreadsheet.RichTextValue;
type GBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

const NOT_MODELLED = (method: string) => new Error(`${method}: text styles are not modelled by the imitation`);

/** The runs from `start` to `end`: pieces with one link (or none) each, in order. */
function runsOf(links: readonly LinkRun[], start: number, end: number): LinkRun[] {
  const cuts = new Set([start, end]);
  for (const l of links) {
    if (l.start > start && l.start < end) cuts.add(l.start);
    if (l.end > start && l.end < end) cuts.add(l.end);
  }
  const at = [...cuts].sort((a, b) => a - b);
  const runs: LinkRun[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const url = links.find((l) => l.start <= at[i] && l.end >= at[i + 1])?.url ?? null;
    const last = runs[runs.length - 1];
    if (last && last.url === url) runs[runs.length - 1] = { ...last, end: at[i + 1] };
    else runs.push({ start: at[i], end: at[i + 1], url });
  }
  return runs.length ? runs : [{ start, end, url: null }];
}

export class LocalRichTextValue
  implements
    Pick<GValue, "copy" | "getEndIndex" | "getLinkUrl" | "getRuns" | "getStartIndex" | "getText" | "getTextStyle">
{
  constructor(
    private readonly ctx: Context,
    readonly text: string,
    /** The links of the whole value, as offsets into `text`. */
    readonly links: readonly LinkRun[],
    private readonly start = 0,
    private readonly end = text.length,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  copy(): GBuilder {
    return new LocalRichTextValueBuilder(this.ctx, this.text, this.links) as unknown as GBuilder;
  }

  getText(): string {
    return this.text.slice(this.start, this.end);
  }

  getStartIndex(): number {
    return this.start;
  }

  getEndIndex(): number {
    return this.end;
  }

  /** The one link over the whole value (or over [startOffset, endOffset) of it), else null. */
  getLinkUrl(startOffset?: number, endOffset?: number): string | null {
    const a = startOffset === undefined ? this.start : this.start + startOffset;
    const b = endOffset === undefined ? this.end : this.start + endOffset;
    const runs = runsOf(this.links, a, b);
    return runs.length === 1 ? runs[0].url : null;
  }

  getRuns(): GValue[] {
    const runs = this.end > this.start ? runsOf(this.links, this.start, this.end) : [];
    return this.ctx.list(
      runs.map((r) => new LocalRichTextValue(this.ctx, this.text, this.links, r.start, r.end) as unknown as GValue),
    );
  }

  getTextStyle(): GoogleAppsScript.Spreadsheet.TextStyle {
    throw NOT_MODELLED("RichTextValue.getTextStyle");
  }
}

export class LocalRichTextValueBuilder implements Pick<GBuilder, "build" | "setLinkUrl" | "setText" | "setTextStyle"> {
  private links: LinkRun[];

  constructor(
    private readonly ctx: Context,
    private text = "",
    links: readonly LinkRun[] = [],
  ) {
    this.links = [...links];
  }

  get calls() {
    return this.ctx.calls;
  }

  setText(text: string): GBuilder {
    if (typeof text !== "string") throw signatureError(this.ctx, "SpreadsheetApp.RichTextValueBuilder.setText", [text]);
    this.text = text;
    this.links = [];
    return this as unknown as GBuilder;
  }

  /** setLinkUrl(url) links the whole text; setLinkUrl(start, end, url) the part [start, end); null unlinks. */
  setLinkUrl(...args: unknown[]): GBuilder {
    const [start, end, url] = args.length === 1 ? [0, this.text.length, args[0]] : args;
    if (typeof start !== "number" || typeof end !== "number" || (url !== null && typeof url !== "string"))
      throw signatureError(this.ctx, "SpreadsheetApp.RichTextValueBuilder.setLinkUrl", args);
    const kept = this.links.flatMap((l) =>
      [
        { ...l, end: Math.min(l.end, start) },
        { ...l, start: Math.max(l.start, end) },
      ].filter((p) => p.start < p.end),
    );
    this.links = url ? [...kept, { start, end, url }].sort((a, b) => a.start - b.start) : kept;
    return this as unknown as GBuilder;
  }

  setTextStyle(): GBuilder {
    throw NOT_MODELLED("RichTextValueBuilder.setTextStyle");
  }

  build(): GValue {
    return new LocalRichTextValue(this.ctx, this.text, Object.freeze([...this.links])) as unknown as GValue;
  }
}

countCalls(LocalRichTextValue, "RichTextValue");
countCalls(LocalRichTextValueBuilder, "RichTextValueBuilder");
