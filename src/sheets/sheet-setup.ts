// The look of a sheet a command made — frozen rows, column widths, status colours, charts (SPEC §17) —
// set for every such sheet in one Sheets API call (spreadsheets.batchUpdate) when the command ends,
// instead of about twenty SpreadsheetApp calls a sheet (a builder call per rule and per chart option).
// The API does not see the writes Apps Script still holds, so they are sent first (SpreadsheetApp.flush).
// Without the API (not enabled, refused this command, or failing now) each look is set through
// SpreadsheetApp, the same in the end.
import type { GridArea } from "./a1";
import { chartRequest, insertChart, type OutputChart } from "./charts";
import { freezeRows, running } from "./book-sheets";
import { colorByText, colorRequests } from "./status-colors";
import { setWidths, widthRuns } from "./write";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

export interface SheetSetup {
  sheet: Sheet;
  name: string;
  frozenRows: number;
  widths?: readonly (number | undefined)[];
  /** One colour per status text in `area`. */
  colors?: { area: GridArea; colors: Record<string, string> };
  charts?: readonly OutputChart[];
}

/** Sets the look of a sheet the running command made: at its end when the API can, else now. */
export function setUpSheet(setup: SheetSetup): void {
  const command = running();
  if (command?.api) command.setups.push(setup);
  else withSpreadsheetApp(setup);
}

function withSpreadsheetApp(s: SheetSetup): void {
  freezeRows(s.sheet, s.frozenRows);
  if (s.widths) setWidths(s.sheet, s.widths);
  if (s.colors) {
    const g = s.colors.area;
    colorByText(s.sheet, s.sheet.getRange(g.row, g.col, g.rows, g.cols), s.colors.colors);
  }
  for (const c of s.charts ?? []) insertChart(s.sheet, c);
}

function requestsOf(s: SheetSetup): Request[] {
  const sheetId = s.sheet.getSheetId();
  return [
    {
      updateSheetProperties: {
        properties: { sheetId, gridProperties: { frozenRowCount: s.frozenRows } },
        fields: "gridProperties.frozenRowCount",
      },
    },
    ...widthRuns(s.widths ?? []).map((r) => ({
      updateDimensionProperties: {
        range: { sheetId, dimension: "COLUMNS", startIndex: r.col - 1, endIndex: r.col - 1 + r.n },
        properties: { pixelSize: r.width },
        fields: "pixelSize",
      },
    })),
    ...(s.colors ? colorRequests(sheetId, s.colors.area, s.colors.colors) : []),
    ...(s.charts ?? []).map((c) => chartRequest(sheetId, c)),
  ];
}

/**
 * Sets the looks the running command left for its end. True when nothing is left for Apps Script to
 * send (they went through the API after a flush); false when there was nothing to set up or
 * SpreadsheetApp set them.
 */
export function finishSetups(book: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const command = running();
  const setups = command?.setups.splice(0) ?? [];
  if (!setups.length) return false;
  try {
    SpreadsheetApp.flush();
    Sheets!.Spreadsheets!.batchUpdate({ requests: setups.flatMap(requestsOf) }, book.getId());
    return true;
  } catch (err) {
    console.warn(
      `Không định dạng được các trang mới bằng Sheets API, định dạng từng trang: ${(err as Error)?.message ?? err}`,
    );
  }
  for (const s of setups) {
    try {
      withSpreadsheetApp(s);
    } catch (err) {
      console.error(`Không định dạng được trang «${s.name}»: ${(err as Error)?.message ?? err}`);
    }
  }
  return false;
}
