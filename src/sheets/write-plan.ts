// The write phase of a command as data: every sheet and range it will write, known before the first
// write, so that the pre-flight (permissions, the book's cell limit) judges the whole plan and a
// command that stops has written nothing (SPEC §9).

import { running } from "./book-sheets";
import { PlannedCells } from "./cell-limit";

/** 1-based cells of one sheet. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface PlannedWrite {
  /** The sheet written, created by the write when it does not exist; absent for a change to the book (its locale). */
  sheet?: string;
  /** The cells written; absent when the write replaces or creates the whole sheet. */
  areas?: Area[];
  /** The sheet, when the read phase already has it and has judged that the user may write it. */
  checked?: GoogleAppsScript.Spreadsheet.Sheet;
  /** Cells the write adds to the book at most (a new sheet, rows or columns added), for the cell limit. */
  addsCells?: number;
  /** A write the command can do without (a tint): left out, not stopped for, when a protection the user may not edit covers its areas. */
  optional?: boolean;
  write: () => void;
}

export class WritePlan {
  readonly steps: PlannedWrite[] = [];
  /** The sheets' sizes as the planned steps leave them: where each step's `addsCells` comes from. */
  readonly cells = new PlannedCells();
  /** Sheets the command leaves out because the user may not write them (an office user's check of other tabs). */
  readonly skipped: { name: string; sheet: GoogleAppsScript.Spreadsheet.Sheet }[] = [];
  private readonly declared: string[] = [];
  /** The log tints the writes built, by status cell (`$J3`): a tab with the same ones copies them. */
  readonly tints = new Map<string, GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]>();

  /** Declares sheets the command writes, before their steps are planned (the pre-flight names them first). */
  declare(...sheets: string[]): this {
    this.declared.push(...sheets);
    return this;
  }

  /** Records a sheet left out for lack of permission: the pre-flight tells an admin why. */
  skip(name: string, sheet: GoogleAppsScript.Spreadsheet.Sheet): this {
    this.skipped.push({ name, sheet });
    return this;
  }

  add(step: PlannedWrite): this {
    this.steps.push(step);
    return this;
  }

  /** Drops the steps `out` picks (the pre-flight's optional steps it cannot do). */
  leaveOut(out: (step: PlannedWrite) => boolean): void {
    for (let i = this.steps.length - 1; i >= 0; i--) if (out(this.steps[i])) this.steps.splice(i, 1);
  }

  /** The names of the sheets written, in plan order, each once. */
  sheets(): string[] {
    const named = this.steps.flatMap((s) => (s.sheet === undefined ? [] : [s.sheet]));
    return [...new Set([...this.declared, ...named])];
  }

  /** Runs the writes in order. Only after the pre-flight. */
  apply(): void {
    running()?.startWrites();
    for (const s of this.steps) s.write();
  }
}
