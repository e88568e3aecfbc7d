// Counts calls made by add-in code on the local Apps Script services, keyed "Class.method".
// A call made while another counted call is running (the local implementation calling itself)
// is not counted again, so a 10,000-row getValues is one call whatever it does inside.

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private depth = 0;
  /** The outermost counted call under way ("Range.setValues"), if any. */
  current: string | null = null;

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
  }

  /** Runs `body` as the call `key`: counted only when no other counted call is under way. */
  run<T>(key: string, body: () => T): T {
    const outer = this.depth === 0;
    if (outer) {
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      this.current = key;
    }
    this.depth++;
    try {
      return body();
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
      return this.calls.run(key, () => original.apply(this, args));
    };
    Object.defineProperty(wrapped, "name", { value: name });
    Object.defineProperty(proto, name, { ...desc, value: wrapped });
  }
}
