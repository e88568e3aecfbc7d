// The Sheets advanced service of the imitation: there only when the manifest enables it, FULL
// authorization only, JSON cut to the field mask with defaults left out, as the REST API answers.
import { describe, expect, it } from "vitest";
import { advancedServicesOf, createLocalEnvironment } from "../../src/imitation";
import { parseFieldMask } from "../../src/imitation/advanced-sheets";
import { ADMIN, envWith, logBook, OWNER, STAFF } from "./helpers";

const SHEETS_V4 = [{ userSymbol: "Sheets", serviceId: "sheets", version: "v4" }];
type Sheets = GoogleAppsScript.Sheets;

/** A stacked column chart's basicChart, as the add-in sends it and the API describes one. */
const stackedColumns = (domain: object, series: object[]) => ({
  chartType: "COLUMN",
  stackedType: "STACKED",
  headerCount: 1,
  domains: [{ domain }],
  series: series.map((s) => ({ series: s })),
});

function withSheets(user = OWNER) {
  const made = envWith({ advancedServices: SHEETS_V4, user });
  return { ...made, Sheets: made.env.globals.Sheets as Sheets };
}

describe("Sheets.Spreadsheets.get", () => {
  it("exists only when the manifest enables it, under its userSymbol", () => {
    expect(envWith().env.globals.Sheets).toBeUndefined();
    const manifest = { dependencies: { enabledAdvancedServices: [{ ...SHEETS_V4[0], userSymbol: "SheetsApi" }] } };
    const env = createLocalEnvironment({ books: [logBook()], advancedServices: advancedServicesOf(manifest) });
    expect((env.globals as unknown as Record<string, unknown>).SheetsApi).toBeDefined();
    expect(advancedServicesOf({})).toEqual([]);
  });

  it("gives each sheet's title and grid in tab order, a field at 0 left out, as one counted read", () => {
    const { Sheets, ss, env, book } = withSheets();
    ss.getSheetByName("Cấu hình")!.setFrozenRows(1);
    ss.getSheetByName("Nhật ký đi cơ sở")!.insertRowsAfter(1000, 500);
    env.calls.reset();
    const got = Sheets.Spreadsheets!.get(ss.getId(), {
      fields:
        "properties(locale,timeZone),sheets.properties(title,index,gridProperties(rowCount,columnCount,frozenRowCount))",
    });
    expect(got.properties).toEqual({ locale: book.raw().locale, timeZone: "Asia/Ho_Chi_Minh" });
    expect(got.sheets!.map((s) => s.properties)).toEqual([
      { title: "Nhật ký đi cơ sở", gridProperties: { rowCount: 1500, columnCount: 26, frozenRowCount: 1 } },
      { title: "Cấu hình", index: 1, gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 } },
    ]);
    expect(env.calls.count("Sheets.Spreadsheets.get")).toBe(1);
    // After a write it is a late read: the API would not see the writes Apps Script still holds.
    ss.getSheetByName("Cấu hình")!.getRange("A1").setValue("x");
    Sheets.Spreadsheets!.get(ss.getId(), { fields: "sheets.properties.title" });
    expect(env.calls.lateReads().map((r) => r.read)).toEqual(["Sheets.Spreadsheets.get"]);
  });

  it("describes conditional format rules as the API does: condition type, formula, colour 0–1, 0-based ranges", () => {
    const { Sheets, ss, app } = withSheets();
    const sheet = ss.getSheetByName("Nhật ký đi cơ sở")!;
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$E2="Lỗi"')
      .setBackground("#F4C7C3")
      .setRanges([sheet.getRange("A2:E1000")])
      .build();
    const text = app
      .newConditionalFormatRule()
      .whenTextEqualTo("Đạt")
      .setBold(true)
      .setRanges([sheet.getRange("B2:B9")])
      .build();
    sheet.setConditionalFormatRules([rule, text]);
    const got = Sheets.Spreadsheets!.get(ss.getId(), { fields: "sheets(conditionalFormats(ranges,booleanRule))" });
    const [first, second] = got.sheets![0].conditionalFormats!;
    expect(first.ranges).toEqual([{ startRowIndex: 1, endRowIndex: 1000, endColumnIndex: 5 }]);
    expect(first.booleanRule!.condition).toEqual({
      type: "CUSTOM_FORMULA",
      values: [{ userEnteredValue: '=$E2="Lỗi"' }],
    });
    expect(first.booleanRule!.format!.backgroundColor).toEqual({
      red: 0xf4 / 255,
      green: 0xc7 / 255,
      blue: 0xc3 / 255,
    });
    expect(second.booleanRule).toEqual({
      condition: { type: "TEXT_EQ", values: [{ userEnteredValue: "Đạt" }] },
      format: { textFormat: { bold: true } },
    });
    expect(second.ranges).toEqual([{ startRowIndex: 1, endRowIndex: 9, startColumnIndex: 1, endColumnIndex: 2 }]);
    // A sheet without rules has no conditionalFormats field at all.
    expect(got.sheets![1]).toBeUndefined();
  });

  it("lists each protection with its range and whether the asking user may edit it", () => {
    const owner = withSheets();
    const log = owner.ss.getSheetByName("Nhật ký đi cơ sở")!;
    log.getRange("J1:K1000").protect().setDescription("Khóa kết quả").removeEditors([STAFF]);
    owner.ss.getSheetByName("Cấu hình")!.protect().setWarningOnly(true);
    const fields = "sheets.protectedRanges(range,description,warningOnly,requestingUserCanEdit)";
    const asked = (who: ReturnType<typeof withSheets>) =>
      who.Sheets.Spreadsheets!.get(who.ss.getId(), { fields }).sheets!.map((s) => s.protectedRanges);
    const [logRanges, settings] = asked(owner);
    expect(logRanges).toEqual([
      {
        range: { endRowIndex: 1000, startColumnIndex: 9, endColumnIndex: 11 },
        description: "Khóa kết quả",
        requestingUserCanEdit: true,
      },
    ]);
    // A sheet protection's range is the sheet alone (its sheetId).
    const settingsId = owner.ss.getSheetByName("Cấu hình")!.getSheetId();
    expect(settings).toEqual([{ range: { sheetId: settingsId }, warningOnly: true, requestingUserCanEdit: true }]);
    // The staff member left out: false is not written.
    owner.env.setActiveUser(STAFF);
    const [staffLog] = asked(owner);
    expect(staffLog).toEqual([
      { range: { endRowIndex: 1000, startColumnIndex: 9, endColumnIndex: 11 }, description: "Khóa kết quả" },
    ]);
  });

  it("answers only in FULL authorization, to users who may open the file, for a book that exists", () => {
    const { Sheets, ss, env } = withSheets();
    const id = ss.getId();
    for (const mode of ["NONE", "LIMITED", "CUSTOM_FUNCTION"] as const)
      expect(() => env.runAs(mode, () => Sheets.Spreadsheets!.get(id, { fields: "sheets.properties.title" }))).toThrow(
        /You do not have permission to call Sheets\.Spreadsheets\.get/,
      );
    expect(() => Sheets.Spreadsheets!.get("1NoSuchBook", { fields: "sheets.properties.title" })).toThrow(
      "API call to sheets.spreadsheets.get failed with error: Requested entity was not found.",
    );
    const stranger = withSheets("nguoila@gmail.com");
    expect(() => stranger.Sheets.Spreadsheets!.get(stranger.ss.getId(), { fields: "sheets.properties.title" })).toThrow(
      /The caller does not have permission/,
    );
    const admin = withSheets(ADMIN);
    const titles = admin.Sheets.Spreadsheets!.get(admin.ss.getId(), { fields: "sheets.properties.title" });
    expect(titles.sheets).toHaveLength(2);
  });

  it("describes a chart one column at a time: the first its categories, each other a series", () => {
    const { Sheets, ss, env } = withSheets();
    const sheet = ss.getSheetByName("Cấu hình")!;
    const chart = sheet
      .newChart()
      .setChartType(env.globals.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange("A3:A8"))
      .addRange(sheet.getRange("C3:D8"))
      .setOption("title", "Tiến độ theo đơn vị")
      .setOption("isStacked", true)
      .setNumHeaders(1)
      .setPosition(3, 8, 0, 0)
      .build();
    sheet.insertChart(chart);
    const fields =
      "sheets.charts(chartId,spec(title,basicChart(chartType,stackedType,headerCount,domains,series)),position)";
    const [, settings] = Sheets.Spreadsheets!.get(ss.getId(), { fields }).sheets!;
    const sheetId = sheet.getSheetId();
    // A field at 0 is left out (column A starts at 0).
    const column = (c: number) => ({
      sourceRange: {
        sources: [
          { sheetId, startRowIndex: 2, endRowIndex: 8, ...(c ? { startColumnIndex: c } : {}), endColumnIndex: c + 1 },
        ],
      },
    });
    expect(settings.charts).toEqual([
      {
        chartId: sheet.getCharts()[0].getChartId(),
        spec: {
          title: "Tiến độ theo đơn vị",
          basicChart: stackedColumns(column(0), [column(2), column(3)]),
        },
        position: { overlayPosition: { anchorCell: { sheetId, rowIndex: 2, columnIndex: 7 } } },
      },
    ]);
  });

  it("refuses a field mask it cannot read, and a field it does not model, instead of answering without it", () => {
    const { Sheets, ss } = withSheets();
    expect(() => Sheets.Spreadsheets!.get(ss.getId(), { fields: "sheets(properties" })).toThrow(
      /Invalid field selection/,
    );
    expect(() => Sheets.Spreadsheets!.get(ss.getId(), { fields: "sheets.data" })).toThrow(
      /does not model the field sheets\.data/,
    );
    expect(parseFieldMask("a,b(c,d(e)),f.g")).toEqual({ a: {}, b: { c: {}, d: { e: {} } }, f: { g: {} } });
  });
});

describe("Sheets.Spreadsheets.batchUpdate", () => {
  const column = (sheetId: number, c: number, rows: [number, number]) => ({
    sheetId,
    startRowIndex: rows[0],
    endRowIndex: rows[1],
    startColumnIndex: c,
    endColumnIndex: c + 1,
  });
  /** The look of a new `Tổng hợp`, as the add-in sends it. */
  const setup = (sheetId: number) => [
    {
      updateSheetProperties: {
        properties: { sheetId, gridProperties: { frozenRowCount: 2 } },
        fields: "gridProperties.frozenRowCount",
      },
    },
    {
      updateDimensionProperties: {
        range: { sheetId, dimension: "COLUMNS", startIndex: 0, endIndex: 2 },
        properties: { pixelSize: 220 },
        fields: "pixelSize",
      },
    },
    ...["Đạt", "Chậm tiến độ"].map((text, index) => ({
      addConditionalFormatRule: {
        rule: {
          ranges: [column(sheetId, 1, [2, 9])],
          booleanRule: {
            condition: { type: "TEXT_EQ", values: [{ userEnteredValue: text }] },
            format: { backgroundColor: { red: 183 / 255, green: 225 / 255, blue: 205 / 255 } },
          },
        },
        index,
      },
    })),
    {
      addChart: {
        chart: {
          spec: {
            title: "Tiến độ theo đơn vị",
            basicChart: stackedColumns(
              { sourceRange: { sources: [column(sheetId, 0, [1, 9])] } },
              [2, 3].map((c) => ({ sourceRange: { sources: [column(sheetId, c, [1, 9])] } })),
            ),
          },
          position: { overlayPosition: { anchorCell: { sheetId, rowIndex: 2, columnIndex: 7 } } },
        },
      },
    },
  ];

  it("sets frozen rows, widths, rules in order and a chart as SpreadsheetApp would, in one counted call", () => {
    const { Sheets, ss, env, app } = withSheets();
    const sheet = ss.insertSheet("Tổng hợp");
    app.flush();
    const [requests, id] = [setup(sheet.getSheetId()), ss.getId()];
    env.calls.reset();
    const reply = Sheets.Spreadsheets!.batchUpdate({ requests }, id);
    expect(env.calls.byMethod()).toEqual({ "Sheets.Spreadsheets.batchUpdate": 1 });
    expect(sheet.getFrozenRows()).toBe(2);
    expect([1, 2, 3].map((c) => sheet.getColumnWidth(c))).toEqual([220, 220, 100]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules.map((r) => r.getBooleanCondition()!.getCriteriaValues())).toEqual([["Đạt"], ["Chậm tiến độ"]]);
    expect(rules[0].getBooleanCondition()!.getBackground()).toBe("#b7e1cd");
    expect(rules[0].getRanges()[0].getA1Notation()).toBe("B3:B9");
    const [chart] = sheet.getCharts();
    // The category column and each series' column, as the request named them.
    expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(["A2:A9", "C2:C9", "D2:D9"]);
    expect(chart.getNumHeaders()).toBe(1);
    expect(chart.getContainerInfo().getAnchorRow()).toBe(3);
    expect(chart.getContainerInfo().getAnchorColumn()).toBe(8);
    expect(reply.replies!.map((r) => Object.keys(r))).toEqual([[], [], [], [], ["addChart"]]);
  });

  it("refuses while SpreadsheetApp writes are not yet sent: the API would not see them", () => {
    const { Sheets, ss, app } = withSheets();
    const sheet = ss.insertSheet("Tổng hợp");
    expect(() => Sheets.Spreadsheets!.batchUpdate({ requests: setup(sheet.getSheetId()) }, ss.getId())).toThrow(
      /SpreadsheetApp writes not yet sent.*flush/,
    );
    app.flush();
    expect(() => Sheets.Spreadsheets!.batchUpdate({ requests: setup(sheet.getSheetId()) }, ss.getId())).not.toThrow();
  });

  it("is all or nothing: a request on a sheet that is not there fails the call, with its index, and nothing changes", () => {
    const { Sheets, ss, app } = withSheets();
    const sheet = ss.insertSheet("Tổng hợp");
    app.flush();
    const requests = [...setup(sheet.getSheetId()), ...setup(987654)];
    expect(() => Sheets.Spreadsheets!.batchUpdate({ requests }, ss.getId())).toThrow(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[5].updateSheetProperties: No grid with id: 987654",
    );
    expect(sheet.getFrozenRows()).toBe(0);
    expect(sheet.getColumnWidth(1)).toBe(100);
    expect(sheet.getConditionalFormatRules()).toHaveLength(0);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it("answers in FULL authorization only, to editors, and not on a sheet protected from the user", () => {
    const owner = withSheets();
    const id = owner.ss.getId();
    const sheetId = owner.ss.getSheetByName("Cấu hình")!.getSheetId();
    for (const mode of ["NONE", "LIMITED", "CUSTOM_FUNCTION"] as const)
      expect(() =>
        owner.env.runAs(mode, () => owner.Sheets.Spreadsheets!.batchUpdate({ requests: setup(sheetId) }, id)),
      ).toThrow(/You do not have permission to call Sheets\.Spreadsheets\.batchUpdate/);
    owner.ss.getSheetByName("Cấu hình")!.protect().removeEditors([STAFF]);
    owner.app.flush();
    owner.env.setActiveUser(STAFF);
    expect(() => owner.Sheets.Spreadsheets!.batchUpdate({ requests: setup(sheetId) }, id)).toThrow(
      /failed with error: You are trying to edit a protected cell or object/,
    );
    const stranger = withSheets("nguoila@gmail.com");
    expect(() => stranger.Sheets.Spreadsheets!.batchUpdate({ requests: [] }, stranger.ss.getId())).toThrow(
      /The caller does not have permission/,
    );
  });
});
