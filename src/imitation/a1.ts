// A1 notation: "A1", "B2:D10", "A:A", "2:2", "A2:C", "$A$1", "'Tab name'!A1:B2".

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** One end of a reference: a missing row or column means "the whole column / row". */
interface End {
  row: number | null;
  col: number | null;
}

export interface A1Ref {
  sheetName: string | null;
  start: End;
  end: End;
}

const END = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

function parseEnd(text: string): End | null {
  const m = END.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row };
}

/** Parses A1 notation; null when it is not a reference. */
export function parseA1(text: string): A1Ref | null {
  let rest = text.trim();
  let sheetName: string | null = null;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    sheetName =
      raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    if (!sheetName) return null;
  }
  const pieces = rest.split(":");
  if (pieces.length > 2) return null;
  const start = parseEnd(pieces[0]);
  const end = pieces.length === 2 ? parseEnd(pieces[1]) : start;
  if (!start || !end) return null;
  if (pieces.length === 1 && (start.row === null || start.col === null)) return null;
  // "A:A" needs letters on both sides, "2:2" digits on both sides; "A2:C" is A2 to the end of C.
  if (start.col === null && end.col !== null) return null;
  if (start.row === null && end.row !== null) return null;
  return { sheetName, start, end };
}

/** "A1", "A1:B2", "A:B", "2:3" for a rectangle (open rows/columns give the short forms). */
export function a1Notation(
  r1: number,
  c1: number,
  r2: number,
  c2: number,
  wholeColumns = false,
  wholeRows = false,
): string {
  if (wholeColumns) return `${columnLetters(c1)}:${columnLetters(c2)}`;
  if (wholeRows) return `${r1}:${r2}`;
  const a = `${columnLetters(c1)}${r1}`;
  return r1 === r2 && c1 === c2 ? a : `${a}:${columnLetters(c2)}${r2}`;
}

/** Quotes a sheet name for A1 notation when needed: 'Nhật ký'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
