// Not an entry point (the build stubs only src/addon/*.ts). Custom functions take a cell or a range and answer in the same shape (SPEC §8).

export type Grid = unknown[][];

export function isGrid(x: unknown): x is Grid {
  return Array.isArray(x) && x.every((r) => Array.isArray(r));
}

/** The cell of `arg` matching position (r, c) of the primary range: same-shape ranges pair up, a single cell is shared. */
function cellAt(arg: unknown, r: number, c: number): unknown {
  if (!isGrid(arg)) return arg;
  if (arg.length === 1 && arg[0].length === 1) return arg[0][0];
  return arg[r]?.[c];
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
  if (!isGrid(primary)) return fn(primary, ...others.map((o) => cellAt(o, 0, 0)));
  return primary.map((row, r) => row.map((cell, c) => fn(cell, ...others.map((o) => cellAt(o, r, c)))));
}
