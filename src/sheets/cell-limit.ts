// The book's cell limit (Google Sheets: 10,000,000 cells over every sheet's grid, empty cells
// included) in the pre-flight. Each step that adds cells declares how many (`addsCells`, worked out
// here from the sizes read before the first write); a command whose steps would pass the limit stops
// before it writes anything.
import { SHEET_MSG } from "../text";
import { bookSheets, frozenRowsOf, NEW_SHEET, sizeOf, type SheetSize } from "./book-sheets";
import { UserError } from "./errors";
import { sheetKey } from "./sheet-names";
import { sheetRows } from "./write";
import type { WritePlan } from "./write-plan";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CELL_LIMIT = 10_000_000;

const cells = (s: SheetSize) => s.rows * s.cols;

/** The cells of the book now: the one place they are counted (each sheet's size is read once per command). */
export function bookCells(book: Book): number {
  return bookSheets(book)
    .list()
    .reduce((n, s) => n + cells(sizeOf(s.sheet)), 0);
}

/**
 * The sizes the plan's steps will give the sheets, as they are planned, so that a step on a sheet an
 * earlier step grew or created counts only what it adds.
 */
export class PlannedCells {
  private readonly sizes = new Map<string, SheetSize>();

  private current(name: string, sheet: Sheet | null): SheetSize {
    const key = sheetKey(name);
    let s = this.sizes.get(key);
    if (!s) this.sizes.set(key, (s = { ...(sheet ? sizeOf(sheet) : NEW_SHEET) }));
    return s;
  }

  /** A new sheet (insertSheet): its 1,000 × 26 cells. */
  created(name: string): number {
    this.sizes.set(sheetKey(name), { ...NEW_SHEET });
    return cells(NEW_SHEET);
  }

  /** `name` grown to hold rows × cols (ensureSize); `sheet` null for a sheet the plan creates. */
  grown(name: string, sheet: Sheet | null, rows: number, cols: number): number {
    const s = this.current(name, sheet);
    const before = cells(s);
    s.rows = Math.max(s.rows, rows);
    s.cols = Math.max(s.cols, cols);
    return cells(s) - before;
  }

  /** The most cells fitSheet adds while it sizes `name` to `rows` of content × cols, planning nothing. */
  fitCells(name: string, sheet: Sheet | null, rows: number, cols: number): number {
    const from = this.sizes.get(sheetKey(name)) ?? (sheet ? sizeOf(sheet) : NEW_SHEET);
    const target = sheetRows(rows);
    const width = Math.max(1, cols);
    // It shrinks first unless the frozen rows are in the way; then it grows by a row before it deletes.
    const shrinkFirst = Math.min(from.rows - 1, target - 1) > (sheet ? frozenRowsOf(sheet) : 0);
    const grown = shrinkFirst ? 0 : Math.max(from.rows + 1, target + 1) * Math.min(from.cols, width);
    return Math.max(0, target * width - cells(from), grown - cells(from));
  }

  /** fitSheet planned: the cells it adds at most. */
  fitted(name: string, sheet: Sheet | null, rows: number, cols: number): number {
    const adds = this.fitCells(name, sheet, rows, cols);
    this.sizes.set(sheetKey(name), { rows: sheetRows(rows), cols: Math.max(1, cols) });
    return adds;
  }
}

/** The cells the plan adds: each step's growth, none subtracted (a sheet that shrinks frees room only later). */
const plannedCells = (plan: WritePlan) => plan.steps.reduce((n, s) => n + Math.max(0, s.addsCells ?? 0), 0);

/** Stops the command before its first write when the cells its steps add would pass the limit. */
export function checkCellLimit(book: Book, plan: WritePlan): void {
  requireRoom(book, plannedCells(plan));
}

/** Stops the command when the book has no room for `adds` more cells (a sheet made outside the plan included). */
export function requireRoom(book: Book, adds: number): void {
  if (adds <= 0) return;
  const has = bookCells(book);
  if (has + adds > CELL_LIMIT) throw new UserError(SHEET_MSG.cellLimit(has, adds, CELL_LIMIT));
}
