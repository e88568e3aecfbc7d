// Log tabs as the phone form fills them (SPEC §16): Google's own columns of a response tab (timestamp,
// email) are used for `Ngày báo cáo` and the respondent's email, and "Mã — tên" choices are read as codes.
import {
  cellString,
  codeKeys,
  foldText,
  logTabOf,
  once,
  oncePer,
  type Cell,
  type LogRowInput,
  type LogTab,
} from "../../domain";
import { codeOfChoice, responseCells } from "../../domain/form-responses";
import { FORM_TAB, GOOGLE_EMAIL_HEADERS } from "../../text";
import type { BookConfig } from "../config";
import type { LogSheet } from "../log-tabs";

const formTabPrefix = once(() => foldText(FORM_TAB.responses.replace(/\)$/, "")));

/** `Nhật ký (biểu mẫu)` and the older tabs `Nhật ký (biểu mẫu cũ …)`: rows sent from the phone form. */
export const isFormTabName = (name: string): boolean => foldText(name).startsWith(formTabPrefix());

const emailKeys = once(() => GOOGLE_EMAIL_HEADERS.map(foldText));

/** The folded codes of the roster and of the units, made once per configuration read (every log tab asks). */
const codesOf = oncePer((config: BookConfig) => ({
  cadres: new Set(codeKeys(config.cadres)),
  units: new Set(codeKeys(config.units)),
}));

/** A log row's `Mã CB` cell as choiceLogTab hands it to the engine ("CB01 — Nguyễn Văn An" read as CB01). */
export function choiceCadreCell(config: BookConfig): (cell: Cell) => Cell {
  const codes = codesOf(config).cadres;
  return (cell) => codeOfChoice(cell, (code) => codes.has(foldText(code)));
}

/**
 * The engine's view of a log tab with "Mã — tên" choices read as codes (any log tab: a snapshot of
 * another book's response tab carries them too); a response tab also gives column A as `Ngày báo cáo`
 * when it has none, and the respondent's email.
 */
export function choiceLogTab(t: LogSheet, config: BookConfig): LogTab {
  const fromForm = isFormTabName(t.name);
  const { cadres: cadreCodes, units: unitCodes } = codesOf(config);
  const header = t.values[t.headerRow] ?? [];
  const emailCol = fromForm ? header.findIndex((h) => emailKeys().includes(foldText(h))) : -1;
  const hasReportDate = !fromForm || t.columns.reportDate !== undefined;
  const reading = {
    hasReportDate,
    isCadreCode: (code: string) => cadreCodes.has(foldText(code)),
    isUnitCode: (code: string) => unitCodes.has(foldText(code)),
  };
  const rows = t.rows.map((r): LogRowInput => {
    const line = t.values[r.row - 1] ?? [];
    const cells = responseCells(r.cells, line[0], reading);
    // A row typed in the sheet (no choice, no respondent) is handed over as read.
    if (cells === r.cells && emailCol < 0) return r;
    return { row: r.row, cells, respondent: emailCol >= 0 ? cellString(line[emailCol]) : undefined };
  });
  return logTabOf(t.name, { rows, columns: hasReportDate ? t.columns : { ...t.columns, reportDate: 0 } });
}
