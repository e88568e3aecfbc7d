import * as vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createLocalEnvironment } from "../../src/imitation";
import { ADMIN, logBook, OWNER, STAFF } from "./helpers";

const mm = (v: number) => (v * 72) / 25.4;

function docEnv(user = ADMIN) {
  const env = createLocalEnvironment({ books: [logBook()], user });
  return { env, app: env.globals.DocumentApp };
}

describe("DocumentApp documents", () => {
  it("creates a document owned by the running user, holding one empty paragraph", () => {
    const { env, app } = docEnv();
    const doc = app.create("Báo cáo đi cơ sở quý I năm 2025");
    expect(doc.getName()).toBe("Báo cáo đi cơ sở quý I năm 2025");
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(doc.getEditors().map((u) => u.getEmail())).toEqual([ADMIN]);
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(app.ElementType.PARAGRAPH);
    expect(body.getText()).toBe("");
    expect(env.documents.map((d) => d.getName())).toEqual(["Báo cáo đi cơ sở quý I năm 2025"]);
    expect(env.document(doc.getId()).rawBlocks()).toEqual([
      { type: "PARAGRAPH", text: "", attributes: {}, runs: [], breaks: [] },
    ]);
  });

  it("keeps page size and margins in points (A4, margins in mm × 72 / 25.4)", () => {
    const { env, app } = docEnv();
    const body = app.create("A4").getBody();
    expect([body.getPageWidth(), body.getPageHeight()]).toEqual([612, 792]);
    body.setPageWidth(595.276).setPageHeight(841.89);
    body.setMarginTop(mm(20)).setMarginBottom(mm(20)).setMarginLeft(mm(30)).setMarginRight(mm(20));
    const page = env.documents[0].rawPage();
    expect(page.PAGE_WIDTH).toBe(595.276);
    expect(page.MARGIN_LEFT).toBeCloseTo(85.04, 2);
    expect(page.MARGIN_TOP).toBeCloseTo(56.69, 2);
    expect(() => body.setMarginTop("20mm" as unknown as number)).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.Body.setMarginTop.",
    );
  });

  it("shares with editors by email and refuses an address that is not one", () => {
    const { app } = docEnv();
    const doc = app.create("Báo cáo");
    doc.addEditors([OWNER, STAFF]);
    expect(doc.getEditors().map((u) => u.getEmail())).toEqual([ADMIN, OWNER, STAFF]);
    expect(() => doc.addEditor("Văn phòng Tỉnh đoàn")).toThrow("Invalid email: Văn phòng Tỉnh đoàn");
    expect(() => doc.addEditors(["bithu@tinhdoan.vn", ""])).toThrow("Invalid email: ");
  });

  it("opens a document by id only for users it is shared with", () => {
    const { env, app } = docEnv();
    const theirs = env.addDocument({ name: "Báo cáo của huyện", owner: OWNER });
    expect(() => app.openById(theirs.getId())).toThrow("You do not have permission to access the requested document.");
    expect(() => app.openById("1khongcotaplieunay")).toThrow(
      "Unexpected error while getting the method or property openById on object DocumentApp.",
    );
    const shared = env.addDocument({ name: "Chung", owner: OWNER, editors: [ADMIN] });
    expect(app.openById(shared.getId()).getName()).toBe("Chung");
    expect(app.openByUrl(shared.getId() && app.openById(shared.getId()).getUrl()).getId()).toBe(shared.getId());
  });

  it("after saveAndClose the Document cannot change it; openById gives a new one that can", () => {
    const { app } = docEnv();
    const doc = app.create("Báo cáo");
    const body = doc.getBody();
    body.appendParagraph("I. TÌNH HÌNH CHUNG");
    doc.saveAndClose();
    expect(() => body.appendParagraph("II. KẾT QUẢ")).toThrow("Document is closed, its contents cannot be updated.");
    app.openById(doc.getId()).getBody().appendParagraph("II. KẾT QUẢ");
    expect(app.openById(doc.getId()).getBody().getText()).toBe("\nI. TÌNH HÌNH CHUNG\nII. KẾT QUẢ");
  });

  it("is out of reach in simple triggers and custom functions", () => {
    const { env, app } = docEnv();
    const message =
      "You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents";
    for (const mode of ["NONE", "LIMITED", "CUSTOM_FUNCTION"] as const) {
      expect(() => env.runAs(mode, () => app.create("Báo cáo")), mode).toThrow(message);
    }
    const id = app.create("Báo cáo").getId();
    expect(() => env.runAs("LIMITED", () => app.openById(id))).toThrow(
      "You do not have permission to call DocumentApp.openById. Required permissions: https://www.googleapis.com/auth/documents",
    );
    expect(env.documents).toHaveLength(1);
  });
});

describe("Body, paragraphs and text", () => {
  it("lays out centred bold headings and mixed bold/italic/underline runs", () => {
    const { env, app } = docEnv();
    const body = app.create("Báo cáo").getBody();
    const first = body.getChild(0).asParagraph();
    first.setText("BÁO CÁO");
    first.setAlignment(app.HorizontalAlignment.CENTER).editAsText().setBold(true);
    const place = body.appendParagraph("Quảng Trị, ngày 05 tháng 04 năm 2025");
    place.setAlignment(app.HorizontalAlignment.RIGHT).editAsText().setItalic(true).setFontSize(14);
    const title = body.appendParagraph("ĐOÀN TNCS HỒ CHÍ MINH").setHeading(app.ParagraphHeading.HEADING1);
    title.editAsText().setUnderline(0, 3, true);
    expect(title.getHeading()).toBe(app.ParagraphHeading.HEADING1);
    const blocks = env.documents[0].rawBlocks();
    expect(blocks.map((b) => b.type === "PARAGRAPH" && b.runs)).toEqual([
      [{ text: "BÁO CÁO", attributes: { BOLD: true } }],
      [{ text: "Quảng Trị, ngày 05 tháng 04 năm 2025", attributes: { ITALIC: true, FONT_SIZE: 14 } }],
      [
        { text: "ĐOÀN", attributes: { UNDERLINE: true } },
        { text: " TNCS HỒ CHÍ MINH", attributes: {} },
      ],
    ]);
    expect(blocks.map((b) => b.attributes)).toEqual([
      { HORIZONTAL_ALIGNMENT: "CENTER" },
      { HORIZONTAL_ALIGNMENT: "RIGHT" },
      { HEADING: "HEADING1" },
    ]);
    expect(() => title.setHeading("Tiêu đề 1" as never)).toThrow(/don't match the method signature/);
  });

  it("appended text starts with the attributes of the character before it", () => {
    const { app } = docEnv();
    const p = app.create("Báo cáo").getBody().appendParagraph("");
    p.appendText("Nơi nhận:").setBold(true).setItalic(true);
    const after = p.appendText(" - Lưu VP.");
    expect(after.isBold()).toBe(true);
    after.setBold(false).setItalic(false);
    expect(p.editAsText().isBold()).toBe(null);
    expect([p.editAsText().isBold(0), p.editAsText().isBold(9)]).toEqual([true, false]);
    expect(p.getText()).toBe("Nơi nhận: - Lưu VP.");
    expect(p.editAsText().getTextAttributeIndices()).toEqual([0, 9]);
  });

  it("setAttributes puts paragraph attributes on the paragraph and text attributes on its text", () => {
    const { env, app } = docEnv();
    const body = app.create("Báo cáo").getBody();
    const style = {
      [app.Attribute.FONT_FAMILY]: "Times New Roman",
      [app.Attribute.FONT_SIZE]: 14,
      [app.Attribute.SPACING_AFTER]: 6,
      [app.Attribute.LINE_SPACING]: 1.15,
    };
    const p = body
      .appendParagraph("Thực hiện Hướng dẫn số 29-HD/TWĐTN-VP")
      .setAttributes(style)
      .setIndentFirstLine(28.35);
    expect(p.getSpacingAfter()).toBe(6);
    expect(p.getIndentFirstLine()).toBe(28.35);
    const attrs = p.getAttributes();
    expect([attrs.FONT_FAMILY, attrs.FONT_SIZE, attrs.LINE_SPACING, attrs.BOLD]).toEqual([
      "Times New Roman",
      14,
      1.15,
      null,
    ]);
    const raw = env.documents[0].rawBlocks()[1];
    expect(raw.type === "PARAGRAPH" && raw.runs[0].attributes).toEqual({
      FONT_FAMILY: "Times New Roman",
      FONT_SIZE: 14,
    });
  });

  it("a body keeps one paragraph: clear() leaves an empty one and the last cannot be removed", () => {
    const { app } = docEnv();
    const body = app.create("Báo cáo").getBody();
    body.appendParagraph("a");
    body.appendTable([["x"]]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(() => body.removeChild(body.getChild(0))).toThrow("Can't remove the last paragraph in a document section.");
    expect(() => body.getChild(3)).toThrow("Child index (3) must be less than the number of child elements (1).");
  });

  it("a page break and a horizontal rule are appended inside paragraphs of their own", () => {
    const { env, app } = docEnv();
    const body = app.create("Báo cáo").getBody();
    body.appendPageBreak();
    body.appendHorizontalRule();
    expect(env.documents[0].rawBlocks().map((b) => b.type === "PARAGRAPH" && b.breaks)).toEqual([
      [],
      ["PAGE_BREAK"],
      ["HORIZONTAL_RULE"],
    ]);
  });
});

describe("tables", () => {
  it("appendTable builds rows of cells from text; an empty paragraph follows a table put last", () => {
    const { env, app } = docEnv();
    const body = app.create("Báo cáo").getBody();
    const table = body.appendTable([
      ["STT", "Họ và tên", "Số ngày trong kỳ"],
      ["1", "Nguyễn Thị Hoà", "12,5"],
    ]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).asParagraph().getText()).toBe("");
    expect(table.getNumRows()).toBe(2);
    expect(table.getCell(1, 1).getText()).toBe("Nguyễn Thị Hoà");
    expect(table.getRow(0).getNumCells()).toBe(3);
    body.appendParagraph("2. Đơn vị đã đến");
    expect(body.getNumChildren()).toBe(4);
    expect(body.getTables()).toHaveLength(1);
    expect(body.getParagraphs().map((p) => p.getText())).toEqual([
      "",
      "STT",
      "Họ và tên",
      "Số ngày trong kỳ",
      "1",
      "Nguyễn Thị Hoà",
      "12,5",
      "",
      "2. Đơn vị đã đến",
    ]);
    expect(() => body.appendTable([["a", "b"], ["c"]])).toThrow("Invalid argument: cells");
    expect(env.documents[0].rawBlocks()[1]).toMatchObject({
      type: "TABLE",
      rows: [
        [{ text: "STT" }, {}, {}],
        [{}, {}, {}],
      ],
    });
  });

  it("a borderless two-column header: widths, padding, alignment and text attributes over what the table holds", () => {
    const { env, app } = docEnv();
    const body = app.create("Báo cáo").getBody();
    const header = body.appendTable([["TỈNH ĐOÀN QUẢNG TRỊ", "ĐOÀN TNCS HỒ CHÍ MINH"]]);
    header.setBorderWidth(0).setColumnWidth(0, 200).setColumnWidth(1, 250);
    header.setAttributes({ [app.Attribute.FONT_SIZE]: 13, [app.Attribute.BORDER_COLOR]: "#ffffff" });
    const right = header.getCell(0, 1);
    right.setPaddingTop(0).setPaddingLeft(2).setVerticalAlignment(app.VerticalAlignment.TOP).setWidth(250);
    right.appendParagraph("Quảng Trị, ngày 05 tháng 04 năm 2025").editAsText().setItalic(true);
    right.getChild(0).asParagraph().editAsText().setBold(true).setUnderline(true);
    expect(header.getBorderWidth()).toBe(0);
    expect(() => header.setColumnWidth(2, 10)).toThrow(
      "Child index (2) must be less than the number of child elements (2).",
    );
    const raw = env.documents[0].rawBlocks()[1];
    if (raw.type !== "TABLE") throw new Error("not a table");
    expect(raw.attributes).toEqual({ BORDER_WIDTH: 0, BORDER_COLOR: "#ffffff" });
    expect(raw.columnWidths).toEqual([200, 250]);
    const cell = raw.rows[0][1];
    expect(cell.attributes).toEqual({ PADDING_TOP: 0, PADDING_LEFT: 2, VERTICAL_ALIGNMENT: "TOP", WIDTH: 250 });
    expect(cell.text).toBe("ĐOÀN TNCS HỒ CHÍ MINH\nQuảng Trị, ngày 05 tháng 04 năm 2025");
    expect(cell.blocks.map((b) => b.type === "PARAGRAPH" && b.runs)).toEqual([
      [{ text: "ĐOÀN TNCS HỒ CHÍ MINH", attributes: { FONT_SIZE: 13, BOLD: true, UNDERLINE: true } }],
      // Appended after setAttributes: the table's text attributes were applied to what it held then.
      [{ text: "Quảng Trị, ngày 05 tháng 04 năm 2025", attributes: { ITALIC: true } }],
    ]);
  });

  it("rows and cells can be added one by one; setText replaces a cell's content", () => {
    const { app } = docEnv();
    const table = app.create("Báo cáo").getBody().appendTable();
    expect(table.getNumRows()).toBe(0);
    const row = table.appendTableRow();
    row.appendTableCell("Hình thức");
    row.appendTableCell().setText("Số lượt");
    row.getCell(1).appendParagraph("(lượt)");
    expect(table.getText()).toBe("Hình thức\nSố lượt\n(lượt)");
    row.getCell(1).setText("Số ngày");
    expect(row.getCell(1).getNumChildren()).toBe(1);
    expect(table.getCell(0, 1).getText()).toBe("Số ngày");
  });
});

describe("DocumentApp inside a node:vm context", () => {
  it("is a global of the script, handing out arrays of the script's realm", () => {
    const env = createLocalEnvironment({ books: [logBook()], user: ADMIN });
    const context = env.createVmContext();
    const result = vm.runInContext(
      `var doc = DocumentApp.create("Báo cáo");
       var body = doc.getBody();
       body.appendParagraph("BÁO CÁO").setAlignment(DocumentApp.HorizontalAlignment.CENTER);
       var paragraphs = body.getParagraphs();
       ({ isArray: paragraphs instanceof Array, n: paragraphs.length, attrs: paragraphs[1].getAttributes() instanceof Object })`,
      context,
    );
    expect({ ...result }).toEqual({ isArray: true, n: 2, attrs: true });
    expect(env.documents[0].rawText()).toBe("\nBÁO CÁO");
  });
});
