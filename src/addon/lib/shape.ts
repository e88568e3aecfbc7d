// Not an entry point (the build stubs only src/addon/*.ts). Custom functions take a cell or a range and answer in the same shape (SPEC §8).

export type Grid = unknown[][];

export function isGrid(x: unknown): x is Grid {
  return Array.isArray(x) && x.every((r) => Array.isArray(r));
}

/**
 * How to find, for position (r, c) of the primary range, the cell of another argument: same-shape
 * ranges pair up, a single cell (or a 1×1 range) is shared. Decided once per argument, not per cell,
 * so a 50,000-row range stays linear.
 */
function pairer(arg: unknown): (r: number, c: number) => unknown {
  if (!isGrid(arg)) return () => arg;
  if (arg.length === 1 && arg[0].length === 1) {
    const only = arg[0][0];
    return () => only;
  }
  return (r, c) => arg[r]?.[c];
}

/**
 * Applies `fn` cell by cell over `primary` (a cell or a range), pairing the cells of `others`.
 * A range answers with a range of the same shape; a cell answers with a value.
 */
export function mapShape(
  primary: unknown,
  others: unknown[],
  fn: (cell: unknown, ...rest: unknown[]) => unknown,
): unknown {
  const at = others.map(pairer);
  if (!isGrid(primary)) return fn(primary, ...at.map((get) => get(0, 0)));
  return primary.map((row, r) => row.map((cell, c) => fn(cell, ...at.map((get) => get(r, c)))));
}
