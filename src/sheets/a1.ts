/** Column letter of a 1-based column index: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The A1 notation Range.getA1Notation gives rows × cols from (row, col): "C5" for one cell. */
export const a1 = (row: number, col: number, rows: number, cols: number) =>
  `${columnLetter(col)}${row}${rows * cols > 1 ? `:${columnLetter(col + cols - 1)}${row + rows - 1}` : ""}`;

/** The A1 notations of ranges, comma-joined. */
export const a1s = (ranges: readonly { getA1Notation(): string }[]) => ranges.map((r) => r.getA1Notation()).join();

/** 1-based cells of one sheet. */
export type GridArea = { row: number; col: number; rows: number; cols: number };

/** The cells of an A1 notation Range.getA1Notation gives ("C5", "C5:F12"); null for anything else. */
export function parseA1(text: string): GridArea | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(text);
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [r1, c1] = [Number(m[2]), col(m[1])];
  const [r2, c2] = m[3] ? [Number(m[4]), col(m[3])] : [r1, c1];
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** The areas one column at a time, in order. */
export const columnsOf = (areas: readonly GridArea[]): GridArea[] =>
  areas.flatMap((g) => Array.from({ length: g.cols }, (_, i) => ({ ...g, col: g.col + i, cols: 1 })));

/** The areas one column at a time, in A1, comma-joined: "A5:A12,C5:F12" → "A5:A12,C5:C12,D5:D12,…". */
export const byColumn = (areas: readonly GridArea[]): string =>
  columnsOf(areas)
    .map((g) => a1(g.row, g.col, g.rows, 1))
    .join();
