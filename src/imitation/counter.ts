// Counts calls made by add-in code on the local Apps Script services, keyed "Class.method".
// A call made while another counted call is running (the local implementation calling itself)
// is not counted again, so a 10,000-row getValues is one call whatever it does inside.

/** Services whose state a read can ask for: Apps Script sends the batched writes first (a round trip). */
// "Sheets": the advanced service (Sheets.Spreadsheets.get) reads the same book through the REST API.
const SPREADSHEET_CLASSES = new Set(["Spreadsheet", "Sheet", "Range", "RangeList", "Protection", "Sheets"]);
/** Getters that only navigate (no cell or sheet state is fetched): they never end a batch. */
const NAVIGATION = new Set([
  "Range.getSheet",
  "Range.getRow",
  "Range.getColumn",
  "Range.getNumRows",
  "Range.getNumColumns",
  "Range.getLastRow",
  "Range.getLastColumn",
  "Range.getA1Notation",
  "Range.getGridId",
  "Sheet.getRange",
  "Sheet.getRangeList",
  // A Sheet is a handle on its sheet id (Range.getGridId gives the same number): nothing is fetched.
  "Sheet.getSheetId",
  "Sheet.getParent",
  "Spreadsheet.getId",
]);
/** Reads that hand cell contents over, each cell counted by `cellsRead()`. */
const CELL_READS = new Set([
  "Range.getValues",
  "Range.getValue",
  "Range.getDisplayValues",
  "Range.getDisplayValue",
  "Range.getFormulas",
  "Range.getFormula",
]);
const WRITE =
  /^(set|batchUpdate|append|insert|delete|clear|add|remove|protect|copyTo|moveTo|hide|show|activate|autoResize|merge|break|sort|duplicate|rename|unprotect|trim|uncheck|check|create|new)/;
const READ = /^(get|is|has|can|find)/;

/** A spreadsheet read made after the command's first write (Apps Script would flush the batch there). */
export interface LateRead {
  read: string;
  after: string;
  /** Where the add-in made the read (a stack), when the counter was asked to trace. */
  where?: string;
}

/** A command read spreadsheet state after its first write (strict mode, see CallCounter.command). */
export class LateReadError extends Error {
  constructor(
    readonly command: string,
    readonly reads: readonly LateRead[],
  ) {
    const first = reads[0];
    super(
      `${command}: ${reads.length} spreadsheet read(s) after the first write (${first.after}): ` +
        `${reads.map((r) => r.read).join(", ")}${first.where ? `\nfirst one at:\n${first.where}` : ""}`,
    );
    this.name = "LateReadError";
  }
}

/** The sheet a Sheet or Range call is about (the local classes hold their sheet's model). */
function sheetNameOf(self: unknown): string | undefined {
  const o = self as { sheet?: { name?: unknown }; model?: { name?: unknown } } | undefined;
  const name = o?.sheet?.name ?? o?.model?.name;
  return typeof name === "string" ? name : undefined;
}

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private depth = 0;
  private firstWrite: string | null = null;
  private readonly late: LateRead[] = [];
  private readonly readSheets = new Set<string>();
  private readonly writtenSheets = new Set<string>();
  private cells = 0;
  private readonly cellsBySheet = new Map<string, number>();
  /** Records where each late read was made (costs a stack per late read). */
  trace = false;

  /** Reads of spreadsheet state made after their command's first write, since the last reset, in order. */
  lateReads(): readonly LateRead[] {
    return this.late;
  }

  /** The sheets read from and written to since the last reset (by name). */
  sheetsTouched(): { read: string[]; written: string[] } {
    return { read: [...this.readSheets], written: [...this.writtenSheets] };
  }

  private watch(key: string, self: unknown): void {
    const dot = key.indexOf(".");
    const cls = key.slice(0, dot);
    const method = key.slice(key.lastIndexOf(".") + 1);
    if (!SPREADSHEET_CLASSES.has(cls)) return;
    const sheet = sheetNameOf(self);
    if (WRITE.test(method)) {
      this.firstWrite ??= key;
      if (sheet !== undefined) this.writtenSheets.add(sheet);
    } else if (READ.test(method) && !NAVIGATION.has(key)) {
      if (sheet !== undefined) this.readSheets.add(sheet);
      if (this.firstWrite) {
        const late: LateRead = { read: key, after: this.firstWrite };
        if (this.trace) late.where = new Error().stack?.split("\n").slice(3, 15).join("\n");
        this.late.push(late);
      }
    }
  }
  /** The outermost counted call under way ("Range.setValues"), if any. */
  current: string | null = null;

  /** Cells whose contents add-in code read (getValues, getDisplayValues, getFormulas and their one-cell forms) since the last reset. */
  cellsRead(): number {
    return this.cells;
  }

  /** cellsRead() per sheet name. */
  cellsReadBySheet(): Record<string, number> {
    return Object.fromEntries(this.cellsBySheet);
  }

  /** Total number of counted calls; with `prefixes`, only keys starting with one of them ("Range.", "Sheet."). */
  total(prefixes?: readonly string[]): number {
    let sum = 0;
    for (const [key, n] of this.counts) if (!prefixes || prefixes.some((p) => key.startsWith(p))) sum += n;
    return sum;
  }

  /** Counts per "Class.method", sorted by key. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.counts.keys()].sort()) out[key] = this.counts.get(key) ?? 0;
    return out;
  }

  /** Number of calls of one "Class.method". */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  reset(): void {
    this.counts.clear();
    this.cells = 0;
    this.cellsBySheet.clear();
    this.firstWrite = null;
    this.late.length = 0;
    this.readSheets.clear();
    this.writtenSheets.clear();
  }

  /**
   * Runs one execution of the script (a menu command, a trigger): its first write is its own. With
   * `strict`, a spreadsheet read after that write throws a LateReadError once `body` has returned
   * (Apps Script would have to send the batched writes there: a round trip).
   */
  command<T>(name: string, body: () => T, strict = false): T {
    this.firstWrite = null;
    const before = this.late.length;
    const traced = this.trace;
    if (strict) this.trace = true;
    try {
      const out = body();
      const late = this.late.slice(before);
      if (strict && late.length) throw new LateReadError(name, late);
      return out;
    } finally {
      this.trace = traced;
      this.firstWrite = null;
    }
  }

  private countCells(out: unknown, self: unknown): void {
    const n = Array.isArray(out) ? out.reduce((sum: number, r: unknown[]) => sum + r.length, 0) : 1;
    this.cells += n;
    const sheet = sheetNameOf(self);
    if (sheet !== undefined) this.cellsBySheet.set(sheet, (this.cellsBySheet.get(sheet) ?? 0) + n);
  }

  /** Runs `body` as the call `key`: counted only when no other counted call is under way. */
  run<T>(key: string, body: () => T, self?: unknown): T {
    const outer = this.depth === 0;
    if (outer) {
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      this.current = key;
      this.watch(key, self);
    }
    this.depth++;
    try {
      const out = body();
      if (outer && CELL_READS.has(key)) this.countCells(out, self);
      return out;
    } finally {
      this.depth--;
      if (outer) this.current = null;
    }
  }
}

/** Anything whose calls are counted exposes the counter it reports to. */
export interface Counted {
  readonly calls: CallCounter;
}

const UNCOUNTED = new Set(["constructor", "toString", "valueOf", "toJSON"]);

/**
 * Wraps every method of `cls.prototype` so that calls are counted as `${className}.${method}`.
 * Methods whose names start with "raw" (test and loader accessors) or "_", and conversions
 * (toString, valueOf, toJSON), are left alone.
 */
export function countCalls(cls: { prototype: object; name: string }, className: string): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (UNCOUNTED.has(name) || name.startsWith("raw") || name.startsWith("_")) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== "function") continue;
    const original = desc.value as (...args: unknown[]) => unknown;
    const key = `${className}.${name}`;
    const wrapped = function (this: Counted, ...args: unknown[]): unknown {
      return this.calls.run(key, () => original.apply(this, args), this);
    };
    Object.defineProperty(wrapped, "name", { value: name });
    Object.defineProperty(proto, name, { ...desc, value: wrapped });
  }
}
