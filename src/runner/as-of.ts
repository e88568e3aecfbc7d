// `Ngày tính tiến độ`: what the book says, or the date given with --ngay, written into the in-memory
// `Cấu hình` before the command runs (so the add-in uses it and the result file shows it).
import { foldText } from "../domain/fold";
import { matchHeaders } from "../domain/headers";
import type { Cell } from "../domain/types";
import { H, P, SHEET } from "../text";
import { REQUIRED } from "../schema";
import { formatCell, isDateFormat } from "../imitation/number-format";
import type { LocalSpreadsheet } from "../imitation/spreadsheet";
import { instantToWall, wallParts } from "../imitation/zone";
import { AS_OF_SOURCE } from "./text";

export interface AsOf {
  /** As shown: "30/09/2025", or the text typed in the book. */
  date: string;
  source: string;
}

const SHOWN = "dd/mm/yyyy";

function todayText(timeZone: string): string {
  const t = wallParts(instantToWall(Date.now(), timeZone));
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(t.day)}/${two(t.month)}/${t.year}`;
}

/** The settings table: sheet, header row (0-based) and the `Tham số` / `Giá trị` columns. */
function settingsTable(book: LocalSpreadsheet) {
  const model = book.raw().sheetByName(SHEET.settings);
  if (!model) return undefined;
  const values = book.rawSheet(SHEET.settings).rawValues() as Cell[][];
  const m = matchHeaders(values, REQUIRED.settings, REQUIRED.settings);
  if (!m.ok) return undefined;
  const param = m.columns[H.param]!;
  const value = m.columns[H.value]!;
  const key = foldText(P.asOf);
  const index = values.findIndex((r, i) => i > m.headerRow && foldText(r[param]) === key);
  return { model, values, headerRow: m.headerRow, param, value, row: index < 0 ? -1 : index + 1 };
}

/** Sets `Ngày tính tiến độ` to `serial` (a row is added when the book has none). */
export function setAsOf(book: LocalSpreadsheet, serial: number): AsOf {
  const t = settingsTable(book);
  const shown = formatCell(serial, SHOWN, "vi_VN");
  if (!t) return { date: shown, source: AS_OF_SOURCE.option }; // the command will say what is missing
  const sheet = book.rawSheet(SHEET.settings);
  const row = t.row > 0 ? t.row : t.values.length + 1;
  if (t.row < 0) sheet.rawSetCell(row, t.param + 1, { value: P.asOf });
  const format = sheet.rawCell(row, t.value + 1).format;
  sheet.rawSetCell(row, t.value + 1, {
    value: serial,
    formula: "",
    format: isDateFormat(format) ? format : "dd/MM/yyyy",
  });
  return { date: shown, source: AS_OF_SOURCE.option };
}

/** The book's own `Ngày tính tiến độ` as shown in the sheet, else today in the book's zone. */
export function bookAsOf(book: LocalSpreadsheet): AsOf {
  const t = settingsTable(book);
  if (t && t.row > 0) {
    const cell = book.rawSheet(SHEET.settings).rawCell(t.row, t.value + 1);
    if (cell.value !== "" && String(cell.value).trim() !== "") {
      const date =
        typeof cell.value === "number" && isDateFormat(cell.format)
          ? formatCell(cell.value, SHOWN, "vi_VN")
          : String(cell.value);
      return { date, source: AS_OF_SOURCE.book };
    }
  }
  return { date: todayText(book.raw().timeZone), source: AS_OF_SOURCE.today };
}
