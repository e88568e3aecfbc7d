// Apps Script batches spreadsheet writes until the script reads again: a read after a write costs a
// round trip. The imitation's call counter names every such read, and the sheets a command read and wrote.
import { describe, expect, it } from "vitest";
import { createLocalEnvironment, LocalSpreadsheet } from "../../src/imitation";

function book() {
  const b = LocalSpreadsheet.create({
    sheets: [
      {
        name: "Nhật ký đi cơ sở",
        rows: [
          ["Ngày đi", "Cán bộ"],
          ["15/3/2025", "Nguyễn Văn An"],
        ],
      },
      { name: "Tiến độ chỉ tiêu", rows: [["Mã CB"]] },
    ],
  });
  const env = createLocalEnvironment({ books: [b] });
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { env, log: ss.getSheetByName("Nhật ký đi cơ sở")!, out: ss.getSheetByName("Tiến độ chỉ tiêu")! };
}

describe("reads after the first write", () => {
  it("reading everything first, then writing, makes none", () => {
    const { env, log, out } = book();
    env.calls.reset();
    const values = log.getDataRange().getValues();
    out.getRange(2, 1, 1, 1).setValues([[String(values[1][1])]]);
    out.getRange(1, 1).setFontWeight("bold");
    expect(env.calls.lateReads()).toEqual([]);
    expect(env.calls.sheetsTouched()).toEqual({ read: ["Nhật ký đi cơ sở"], written: ["Tiến độ chỉ tiêu"] });
  });

  it("a getter after a setter is named with the write before it; moving between ranges is not a read", () => {
    const { env, log, out } = book();
    env.calls.reset();
    out.getRange(2, 1).setValue("CB001");
    out.getRange(3, 1).getRow();
    expect(env.calls.lateReads()).toEqual([]);
    log.getLastRow();
    out.getRange(2, 1).getValues();
    expect(env.calls.lateReads()).toEqual([
      { read: "Sheet.getLastRow", after: "Range.setValue" },
      { read: "Range.getValues", after: "Range.setValue" },
    ]);
    env.calls.reset();
    expect(env.calls.lateReads()).toEqual([]);
  });
});

describe("strict mode (the add-in harness turns it on for menu commands)", () => {
  it("a command that reads after its first write fails, naming the read; each command's first write is its own", () => {
    const { env, log, out } = book();
    expect(() =>
      env.calls.command(
        "tinhTienDo",
        () => {
          out.getRange(2, 1).setValue("CB001");
          log.getDataRange().getValues();
        },
        true,
      ),
    ).toThrow(
      /tinhTienDo: 2 spreadsheet read\(s\) after the first write \(Range\.setValue\): Sheet\.getDataRange, Range\.getValues/,
    );
    // The next command starts without a write: reading first is fine.
    expect(
      env.calls.command(
        "kiemTraNhatKy",
        () => {
          const v = log.getDataRange().getValues();
          out.getRange(2, 1).setValue(String(v[1][1]));
          return v[1][1];
        },
        true,
      ),
    ).toBe("Nguyễn Văn An");
  });
});
