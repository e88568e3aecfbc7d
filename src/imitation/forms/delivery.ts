// How Forms fills the response sheet of a spreadsheet destination: a new tab "Form Responses N"
// (in the linking user's language) as the first tab, header row "Timestamp", ["Email Address"], then
// one column per question in form order; each response one row below the last, the timestamp in the
// book's zone; a question added later gets the next free column; a retitled question retitles its header.

import { withFormat } from "../cells";
import { autoDateFormat } from "../locale";
import type { BookModel, SheetModel } from "../model";
import { storeValue } from "../values";
import { dateToSerial, instantToSerial } from "../zone";
import type { Destination, FormModel, StoredResponse } from "./model";

interface Labels {
  sheet: (n: number) => string;
  timestamp: string;
  email: string;
}

const LABELS: Record<"en" | "vi", Labels> = {
  en: { sheet: (n) => `Form Responses ${n}`, timestamp: "Timestamp", email: "Email Address" },
  vi: { sheet: (n) => `Câu trả lời biểu mẫu ${n}`, timestamp: "Dấu thời gian", email: "Địa chỉ email" },
};

export function labelsFor(userLocale: string): Labels {
  return userLocale.toLowerCase().startsWith("vi") ? LABELS.vi : LABELS.en;
}

/** Creates the response tab in `book` for `form` (setDestination). */
export function linkSheet(form: FormModel, book: BookModel, userLocale: string, formUrl: string): Destination {
  const labels = labelsFor(userLocale);
  let n = 1;
  while (book.nameTaken(labels.sheet(n))) n++;
  const sheet = book.addSheet(labels.sheet(n), 0);
  sheet.frozenRows = 1;
  sheet.formUrl = formUrl;
  sheet.grid.setContent(1, 1, labels.timestamp, "");
  const destination: Destination = { bookId: book.id, sheet, columns: new Map(), emailColumn: null };
  if (form.collectEmail) {
    destination.emailColumn = 2;
    sheet.grid.setContent(1, 2, labels.email, "");
  }
  form.destination = destination;
  syncHeaders(form);
  return destination;
}

/** Unlinks the response tab; it stays in the book with its rows. */
export function unlinkSheet(form: FormModel): void {
  if (form.destination) form.destination.sheet.formUrl = null;
  form.destination = null;
}

function alive(sheet: SheetModel): boolean {
  return !sheet.deleted && sheet.formUrl !== null;
}

/** Gives every question a column (new ones after the last used column) and writes its current title. */
export function syncHeaders(form: FormModel): void {
  const d = form.destination;
  if (!d || !alive(d.sheet)) return;
  const grid = d.sheet.grid;
  for (const item of form.items) {
    let column = d.columns.get(item.id);
    if (column === undefined) {
      column = Math.max(grid.lastColumn(), d.emailColumn ?? 1) + 1;
      d.columns.set(item.id, column);
    }
    grid.setContent(1, column, item.title, "");
    d.sheet.ensureSize(1, column);
  }
}

/** Writes one response as the row below the last one; returns its row (null when the tab is gone). */
export function deliver(form: FormModel, response: StoredResponse, userLocale: string): number | null {
  const d = form.destination;
  if (!d || !alive(d.sheet)) return null;
  if (d.emailColumn === null && form.collectEmail) {
    // Collecting emails switched on after linking: Forms adds the column at the end.
    d.emailColumn = Math.max(d.sheet.grid.lastColumn(), 1) + 1;
    d.sheet.grid.setContent(1, d.emailColumn, labelsFor(userLocale).email, "");
  }
  syncHeaders(form);
  const sheet = d.sheet;
  const book = sheet.book;
  const row = Math.max(sheet.grid.lastRow(), 1) + 1;
  sheet.ensureSize(row, sheet.grid.lastColumn());
  writeCell(book, sheet, row, 1, instantToSerial(response.timestamp, book.timeZone), true);
  if (d.emailColumn !== null) sheet.grid.setContent(row, d.emailColumn, response.email, "");
  for (const item of form.items) {
    const answer = response.answers.get(item.id);
    const column = d.columns.get(item.id);
    if (answer === undefined || column === undefined) continue;
    if (item.kind === "DATE") {
      const [y, m, day] = answer.split("-").map(Number);
      writeCell(book, sheet, row, column, dateToSerial(y, m, day), false);
    } else {
      const style = sheet.grid.style(row, column);
      const stored = storeValue(book, answer, style.format);
      sheet.grid.setContent(row, column, stored.value, stored.formula);
      if (stored.format !== style.format) sheet.grid.setStyle(row, column, withFormat(style, stored.format));
    }
  }
  return row;
}

function writeCell(book: BookModel, sheet: SheetModel, row: number, column: number, serial: number, withTime: boolean) {
  sheet.grid.setContent(row, column, serial, "");
  const style = sheet.grid.style(row, column);
  if (!style.format) sheet.grid.setStyle(row, column, withFormat(style, autoDateFormat(book.locale, withTime)));
}
