// A shared formula (<f t="shared" si="…"/>) holds its text only in its first cell; every other cell
// of the group means the same formula moved by its offset: relative references shift, $-fixed parts
// and text inside quotes do not.
import { columnLetters } from "../imitation/a1";
import { columnOf } from "./sheet-xml";

const REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

function shiftPlain(text: string, dr: number, dc: number): string {
  return text.replace(REF, (all, before, colFixed, letters, rowFixed, digits) => {
    const col = columnOf(letters);
    if (col > 16_384) return all;
    const c = colFixed ? col : col + dc;
    const r = rowFixed ? Number(digits) : Number(digits) + dr;
    if (c < 1 || r < 1) return all;
    return `${before}${colFixed}${columnLetters(c)}${rowFixed}${r}`;
  });
}

/** `formula` (without "=") as written `dr` rows and `dc` columns further on. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (!dr && !dc) return formula;
  // Split on quoted parts: "text" and 'sheet name' stay as they are.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 ? part : shiftPlain(part, dr, dc)))
    .join("");
}
