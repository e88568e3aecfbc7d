// The locked periods of the book (SPEC §15): `Kỳ đã chốt` (the latest row of each period counts) and
// the hidden fingerprint sheet, read without writing; absent sheets mean no locked period.
import { cellString, foldText, readDate, type Cell, type Fingerprint, type LockedPeriod } from "../domain";
import { FINGERPRINTS, LOCKED_PERIODS } from "../schema";
import { findSheet } from "./book-sheets";
import { firstDataRow, readKeyColumn, readRowsOf, readTableHead, type TableHead } from "./narrow-read";
import { tryReadTable, type TableRead } from "./table";
import type { Clock } from "./zone";

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface LockRegisterRow {
  /** 1-based sheet row. */
  row: number;
  label: string;
  from: number;
  to: number;
  lockedOn: number;
  sheet: string;
}

export interface BookLocks {
  /** The latest lock of each period, with its fingerprint. */
  periods: LockedPeriod[];
  /** Every readable register row, in sheet order. */
  register: LockRegisterRow[];
  /** The register's data rows as read, for the lock command (which appends and renames). */
  registerSheet?: GoogleAppsScript.Spreadsheet.Sheet;
  fingerprintSheet?: GoogleAppsScript.Spreadsheet.Sheet;
  /** Fingerprint rows as read (label, hash, cadre, Ngày đi), for rewriting them. */
  fingerprintRows: { label: string; f: Fingerprint }[];
}

/**
 * With `cadres` (onEdit), only the fingerprint rows of those cadre codes are read: a fingerprint
 * hashes the cadre's code with the rest, so no other row can match a row of theirs.
 */
export function readLocks(book: Book, clock: Clock, cadres?: ReadonlySet<string>): BookLocks {
  const ctx = { zoneDay: clock.zoneDay };
  const day = (c: Cell) => {
    const r = readDate(c, ctx);
    return r.kind === "day" ? r.day : undefined;
  };
  const registerSheet = findSheet(book, LOCKED_PERIODS.sheet) ?? undefined;
  const fingerprintSheet = findSheet(book, FINGERPRINTS.sheet) ?? undefined;
  const register: LockRegisterRow[] = [];
  if (registerSheet) {
    const t = tryReadTable(registerSheet, LOCKED_PERIODS);
    for (const r of t.ok ? t.table.rows : []) {
      const label = cellString(r.cells.period);
      const from = day(r.cells.from);
      const to = day(r.cells.to);
      const lockedOn = day(r.cells.lockedAt);
      if (!label || from === undefined || to === undefined || lockedOn === undefined) continue;
      register.push({ row: r.row, label, from, to, lockedOn, sheet: cellString(r.cells.sheet) });
    }
  }
  const fingerprintRows: { label: string; f: Fingerprint }[] = [];
  if (fingerprintSheet) {
    const t = cadres ? readRowsOfCadres(fingerprintSheet, cadres) : tryReadTable(fingerprintSheet, FINGERPRINTS);
    for (const r of t.ok ? t.table.rows : []) {
      const hash = cellString(r.cells.rowHash);
      if (!hash) continue;
      fingerprintRows.push({
        label: cellString(r.cells.period),
        f: { hash, cadre: cellString(r.cells.cadreCode), from: day(r.cells.dateFrom) ?? -1 },
      });
    }
  }
  const latest = new Map<string, LockRegisterRow>();
  for (const r of register) latest.set(foldText(r.label), r);
  const byLabel = new Map<string, Fingerprint[]>();
  for (const { label, f } of fingerprintRows) {
    const k = foldText(label);
    const list = byLabel.get(k);
    if (list) list.push(f);
    else byLabel.set(k, [f]);
  }
  const periods = [...latest.entries()].map(([k, r]) => ({
    label: r.label,
    from: r.from,
    to: r.to,
    lockedOn: r.lockedOn,
    fingerprints: byLabel.get(k) ?? [],
  }));
  return { periods, register, registerSheet, fingerprintSheet, fingerprintRows };
}

type FingerprintField = keyof typeof FINGERPRINTS.fields;

/** The fingerprint rows whose `Mã CB` is one of `codes` (the whole sheet when it has no such column). */
function readRowsOfCadres(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  codes: ReadonlySet<string>,
): TableRead<FingerprintField> {
  const read = readTableHead<FingerprintField>(sheet, FINGERPRINTS, FINGERPRINTS.sheet);
  if (!read.ok) return read;
  const t = read.table as TableHead<FingerprintField>;
  if (t.columns.cadreCode === undefined) return tryReadTable(sheet, FINGERPRINTS);
  const keys = readKeyColumn(t, "cadreCode");
  const rows: number[] = [];
  keys.forEach((k, i) => {
    if (codes.has(cellString(k))) rows.push(i + firstDataRow(t));
  });
  readRowsOf(t, rows);
  return read;
}
