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
