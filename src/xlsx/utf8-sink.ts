// Text written straight into UTF-8 bytes: a rewritten 50,000-row sheet is never held as one string
// or as an array of row strings, so each row's text dies young instead of filling the old generation.

export class Utf8Sink {
  private buf = Buffer.allocUnsafe(1 << 16);
  private at = 0;

  push(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.at + text.length * 3 > this.buf.length) {
      const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + text.length * 3));
      this.buf.copy(next, 0, 0, this.at);
      this.buf = next;
    }
    this.at += this.buf.write(text, this.at, "utf8");
  }

  bytes(): Buffer {
    return this.buf.subarray(0, this.at);
  }
}
