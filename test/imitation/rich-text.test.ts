// Rich text as far as links go (src/imitation/README.md has the rules and where they come from).
import { describe, expect, it } from "vitest";
import { envWith } from "./helpers";

const LOG = "Nhật ký đi cơ sở";
const DRIVE = "https://drive.google.com/file/d/1bien-ban-sinh-hoat";

describe("RichTextValue of a cell", () => {
  it("gives the text and its links, whole or in runs; null for a number or a date", () => {
    const { app, ss } = envWith();
    const log = ss.getSheetByName(LOG)!;
    const text = "Biên bản: xem tại đây";
    const from = text.indexOf("tại đây");
    log
      .getRange("H2")
      .setRichTextValue(app.newRichTextValue().setText(text).setLinkUrl(from, text.length, DRIVE).build());
    const rich = log.getRange("H2").getRichTextValue()!;
    expect(rich.getText()).toBe(text);
    // Linked over part of the text only: no link for the whole value.
    expect(rich.getLinkUrl()).toBeNull();
    expect(rich.getLinkUrl(from, text.length)).toBe(DRIVE);
    const runs = rich.getRuns();
    expect(runs.map((r) => [r.getText(), r.getStartIndex(), r.getEndIndex(), r.getLinkUrl()])).toEqual([
      ["Biên bản: xem ", 0, from, null],
      ["tại đây", from, text.length, DRIVE],
    ]);
    // Set as text, never read as a number: "001" stays "001".
    log.getRange("H3").setRichTextValue(app.newRichTextValue().setText("001").build());
    expect(log.getRange("H3").getValue()).toBe("001");
    log.getRange("H4").setValue(15);
    log.getRange("H6").setValue(new Date(2025, 2, 15));
    const column = log.getRange("H4:H6").getRichTextValues();
    expect(column[0][0]).toBeNull();
    // An empty cell is empty text.
    expect(column[1][0]!.getText()).toBe("");
    expect(column[2][0]).toBeNull();
  });

  it("loses its links when the cell's contents are written again, keeps them when only formats are cleared", () => {
    const { app, ss } = envWith();
    const log = ss.getSheetByName(LOG)!;
    const linked = () => app.newRichTextValue().setText("Ảnh hoạt động").setLinkUrl(DRIVE).build();
    log.getRange("H2").setRichTextValue(linked());
    log.getRange("H2").clearFormat();
    expect(log.getRange("H2").getRichTextValue()!.getLinkUrl()).toBe(DRIVE);
    log.getRange("H2").setValue("Ảnh hoạt động");
    expect(log.getRange("H2").getRichTextValue()!.getLinkUrl()).toBeNull();
    log.getRange("H2").setRichTextValue(linked());
    log.getRange("H2").clearContent();
    expect(log.getRange("H2").getRichTextValue()!.getLinkUrl()).toBeNull();
  });

  it("refuses anything but a RichTextValue, with the real message", () => {
    const { ss } = envWith();
    const range = ss.getSheetByName(LOG)!.getRange("H2");
    expect(() => range.setRichTextValues([["Biên bản" as never]])).toThrow(
      "The parameters (String[][]) don't match the method signature for SpreadsheetApp.Range.setRichTextValues.",
    );
  });
});
