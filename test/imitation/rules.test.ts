import { describe, expect, it } from "vitest";
import { envWith } from "./helpers";

describe("data validation", () => {
  it("builds dropdown rules and reads them back from each cell", () => {
    const { app, ss } = envWith();
    const log = ss.getSheetByName("Nhật ký đi cơ sở")!;
    const roster = ss.insertSheet("Cán bộ");
    roster.getRange("B1:B3").setValues([["Họ và tên"], ["Nguyễn Thị Hoà"], ["Trần Văn Đức"]]);
    const byRange = app
      .newDataValidation()
      .requireValueInRange(roster.getRange("B2:B"), true)
      .setAllowInvalid(true)
      .setHelpText("Chọn cán bộ trong danh sách hoặc gõ Mã CB")
      .build();
    log.getRange("C2:C3").setDataValidation(byRange);
    const rules = log.getRange("C1:C3").getDataValidations();
    expect(rules[0][0]).toBeNull();
    const rule = rules[1][0]!;
    expect(String(rule.getCriteriaType())).toBe("VALUE_IN_RANGE");
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    const [range, dropdown] = rule.getCriteriaValues();
    expect((range as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe("B2:B1000");
    expect(dropdown).toBe(true);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBe("Chọn cán bộ trong danh sách hoặc gõ Mã CB");

    const yesNo = app.newDataValidation().requireValueInList(["Có", "Không"], true).build();
    expect(yesNo.getAllowInvalid()).toBe(true);
    const copy = yesNo.copy().requireCheckbox().build();
    expect(String(copy.getCriteriaType())).toBe("CHECKBOX");
    expect(String(yesNo.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(yesNo.getCriteriaValues()).toEqual([["Có", "Không"], true]);
  });

  it("lets any value into a warn-only rule but rejects an invalid one when the rule rejects input", () => {
    const { app, ss } = envWith();
    const sheet = ss.getSheetByName("Cấu hình")!;
    const warn = app.newDataValidation().requireValueInList(["Có", "Không"]).build();
    const reject = app.newDataValidation().requireValueInList(["Có", "Không"]).setAllowInvalid(false).build();
    sheet.getRange("B3").setDataValidation(warn).setValue("x");
    expect(sheet.getRange("B3").getValue()).toBe("x");
    sheet.getRange("B4").setDataValidation(reject);
    expect(() => sheet.getRange("B4").setValue("Yes")).toThrow(
      "The data you entered in cell B4 violates the data validation rules set on this cell.",
    );
    sheet.getRange("B4").setValue("Có");
    expect(sheet.getRange("B4").getValue()).toBe("Có");
    sheet.getRange("B3:B4").clearDataValidations();
    expect(sheet.getRange("B3:B4").getDataValidations()).toEqual([[null], [null]]);
  });

  it("checks date and number rules", () => {
    const { app, ss } = envWith();
    const sheet = ss.getSheetByName("Cấu hình")!;
    sheet.getRange("C1").setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    expect(() => sheet.getRange("C1").setValue("không phải ngày")).toThrow("violates the data validation rules");
    sheet.getRange("C1").setValue("15/3/2025");
    expect(sheet.getRange("C1").getDisplayValue()).toBe("15/03/2025");
    sheet
      .getRange("D1")
      .setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build());
    expect(() => sheet.getRange("D1").setValue(120)).toThrow("D1");
    sheet.getRange("D1").setValue("95,5");
    expect(sheet.getRange("D1").getValue()).toBe(95.5);
  });
});

describe("conditional format rules", () => {
  it("replaces the sheet's rules and reads them back", () => {
    const { app, ss } = envWith();
    const sheet = ss.getSheetByName("Nhật ký đi cơ sở")!;
    const rows = sheet.getRange("A2:K1000");
    const error = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$J2="Lỗi"')
      .setBackground("#F4CCCC")
      .setFontColor("#990000")
      .setRanges([rows])
      .build();
    const ok = app
      .newConditionalFormatRule()
      .whenTextEqualTo("Hợp lệ")
      .setBackground("#D9EAD3")
      .setRanges([sheet.getRange("J2:J")])
      .build();
    sheet.setConditionalFormatRules([error, ok]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    const condition = rules[0].getBooleanCondition()!;
    expect(String(condition.getCriteriaType())).toBe("CUSTOM_FORMULA");
    expect(condition.getCriteriaValues()).toEqual(['=$J2="Lỗi"']);
    expect(condition.getBackground()).toBe("#f4cccc");
    expect(condition.getFontColor()).toBe("#990000");
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(["A2:K1000"]);
    expect(rules[1].getBooleanCondition()!.getCriteriaValues()).toEqual(["Hợp lệ"]);

    // Rerunning keeps one rule, not two: the add-in filters its own rule out and adds it again.
    const kept = sheet
      .getConditionalFormatRules()
      .filter((r) => r.getBooleanCondition()?.getCriteriaValues()[0] !== '=$J2="Lỗi"');
    sheet.setConditionalFormatRules([...kept, error]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
  });

  it("moves rule ranges with inserted rows", () => {
    const { app, ss } = envWith();
    const sheet = ss.getSheetByName("Nhật ký đi cơ sở")!;
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground("#fff2cc")
      .setRanges([sheet.getRange("C2:C10")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsBefore(1, 3);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe("C5:C13");
  });
});

describe("charts", () => {
  it("inserts, replaces and removes embedded charts", () => {
    const { env, ss } = envWith();
    const { Charts } = env.globals;
    const summary = ss.insertSheet("Tổng hợp");
    summary.getRange("A1:B3").setValues([
      ["Đơn vị công tác", "Tổng số ngày"],
      ["Ban Tổ chức", 42.5],
      ["Ban Phong trào", 61],
    ]);
    const build = (title: string) =>
      summary
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(summary.getRange("A1:B3"))
        .setPosition(1, 4, 0, 0)
        .setOption("title", title)
        .build();
    summary.insertChart(build("Tiến độ theo đơn vị"));
    summary.insertChart(build("Xếp loại"));
    expect(summary.getCharts()).toHaveLength(2);
    // Rerun: remove the old charts, insert fresh ones.
    for (const chart of summary.getCharts()) summary.removeChart(chart);
    summary.insertChart(build("Tiến độ theo đơn vị"));
    const charts = summary.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0].getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B3"]);
    expect(charts[0].getContainerInfo().getAnchorColumn()).toBe(4);
    const updated = charts[0].modify().setOption("title", "Tiến độ (cập nhật)").setPosition(20, 1, 0, 0).build();
    summary.updateChart(updated);
    expect(summary.getCharts()).toHaveLength(1);
    expect(summary.getCharts()[0].getContainerInfo().getAnchorRow()).toBe(20);
    expect(summary.getCharts()[0].getChartId()).toBe(charts[0].getChartId());
  });
});
