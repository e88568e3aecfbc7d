// A rewritten part built as UTF-8 bytes: ranges of the original part copied as they were (runs of
// unchanged rows and cells become one copy), new text encoded once per run. A rewritten 50,000-row
// sheet is never held as one string or as an array of row strings.

export class ByteSink {
  private buf: Buffer;
  private at = 0;
  /** A copy of source bytes not yet made: [from, to). */
  private from = 0;
  private to = 0;
  /** Text not yet encoded. */
  private text = "";

  constructor(
    private readonly source: Buffer,
    capacity: number,
  ) {
    this.buf = Buffer.allocUnsafe(Math.max(capacity, 1024));
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }

  private flushCopy(): void {
    const n = this.to - this.from;
    if (n <= 0) return;
    this.room(n);
    this.source.copy(this.buf, this.at, this.from, this.to);
    this.at += n;
    this.from = this.to = 0;
  }

  private flushText(): void {
    if (!this.text) return;
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    this.room(this.text.length * 3);
    this.at += this.buf.write(this.text, this.at, "utf8");
    this.text = "";
  }

  /** Source bytes [from, to), as they were. */
  copy(from: number, to: number): void {
    if (this.text) this.flushText();
    if (from === this.to && this.to > this.from) this.to = to;
    else {
      this.flushCopy();
      this.from = from;
      this.to = to;
    }
  }

  push(text: string): void {
    if (this.to > this.from) this.flushCopy();
    this.text += text;
    if (this.text.length > 1 << 14) this.flushText();
  }

  bytes(): Buffer {
    this.flushCopy();
    this.flushText();
    return this.buf.subarray(0, this.at);
  }
}
