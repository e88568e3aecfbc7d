// Progress on stderr: shown in a terminal, and always for a book of more than 5,000 log rows (a long
// run in CI says where it is). A terminal sees each step replaced by its result; a log gets one line per step.
export const LARGE_BOOK_ROWS = 5000;

/** Times steps with Date.now: the `performance` global loads perf_hooks (~5 ms of every start). */
export class Progress {
  private on: boolean;
  private started = 0;
  private pending = false;

  constructor(
    private readonly tty: boolean,
    private readonly write: (text: string) => void = (t) => void process.stderr.write(t),
  ) {
    this.on = tty;
  }

  /** Turns the display on for a large book, whatever the output is. */
  rows(n: number): void {
    if (n > LARGE_BOOK_ROWS) this.on = true;
  }

  start(text: string): void {
    this.started = Date.now();
    if (this.on && this.tty) {
      this.write(text);
      this.pending = true;
    }
  }

  done(text: (seconds: string) => string): void {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1).replace(".", ",");
    if (!this.on) return;
    this.write(`${this.pending ? "\r\x1b[K" : ""}${text(seconds)}\n`);
    this.pending = false;
  }

  /** Clears a step left on screen (the run stopped). */
  abort(): void {
    if (this.pending) this.write("\r\x1b[K");
    this.pending = false;
  }
}
