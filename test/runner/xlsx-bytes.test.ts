// The .xlsx adapter works on the parts' bytes: markup is scanned in a one-byte copy of them, text is
// decoded from them, and a save copies unchanged rows and cells from them. These tests hold files
// written by hand (every kind of cell SpreadsheetML has), large parts (compressed in zlib's thread
// pool) and changed rows whose other cells must come back byte for byte.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadXlsx, saveXlsx } from "../../src/xlsx";
import { sharedStrings, XmlPart } from "../../src/xlsx/part";
import { elements, runText } from "../../src/xlsx/xml";
import { entryBytes, makeEntry, readZip, settleEntries, writeZip } from "../../src/xlsx/zip";

const dir = mkdtempSync(join(tmpdir(), "tct-xlsx-bytes-"));
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook of one sheet named `name` whose <sheetData> is `rows`, with a shared-string table. */
async function handMade(file: string, name: string, rows: string, strings: string[] = []): Promise<void> {
  const parts: [string, string][] = [
    [
      "[Content_Types].xml",
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        "</Types>",
    ],
    [
      "_rels/.rels",
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    [
      "xl/worksheets/sheet1.xml",
      `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData></worksheet>`,
    ],
    ["xl/sharedStrings.xml", `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}">${strings.join("")}</sst>`],
  ];
  const entries = parts.map(([n, x]) => makeEntry(n, x));
  await settleEntries(entries);
  writeFileSync(file, writeZip(entries));
}

function partsOf(file: string): Map<string, string> {
  return new Map(readZip(readFileSync(file)).map((e) => [e.name, entryBytes(e).toString("utf8")]));
}

function rowOf(sheetXml: string, r: number): string {
  const at = sheetXml.indexOf(`<row r="${r}"`);
  return sheetXml.slice(at, sheetXml.indexOf("</row>", at) + 6);
}

describe("cells written by hand", () => {
  const strings = [
    "<si><t>Đoàn xã Tân Phú</t></si>",
    '<si><t xml:space="preserve">  khoảng trắng  </t></si>',
    "<si><r><t>Đoàn </t></r><r><rPr><b/></rPr><t>xã</t></r></si>",
    '<si><t>Hà Nội</t><rPh sb="0" eb="1"><t>ハノイ</t></rPh></si>',
    "<si><t>a &amp; b &lt; c _x000D_ 😀</t></si>",
    "<si/>",
    "<si>\n  <t>thụt lề</t>\n</si>",
  ];
  const rows =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
    '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c></row>' +
    '<row r="2"><c r="A2"><v>42</v></c><c r="B2"><v>-1.5</v></c><c r="C2"><v>1E3</v></c><c r="D2"><v>007</v></c>' +
    '<c r="E2"><v>123456789012345678</v></c><c r="F2"><v></v></c><c r="G2" t="n"><v>0.1</v></c></row>' +
    '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="b"><v>true</v></c>' +
    '<c r="D3" t="e"><v>#N/A</v></c><c r="E3" t="d"><v>2025-03-15T00:00:00</v></c></row>' +
    '<row r="4"><c r="A4" t="inlineStr"><is><t>Nguyễn Văn A</t></is></c>' +
    '<c r="B4" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c>' +
    '<c r="C4" t="inlineStr"><is><r><t>ghép </t></r><r><t>chữ</t></r></is></c>' +
    '<c r="D4" t="inlineStr"><is><t/></is></c><c r="E4" t="str"><f>"Đ"&amp;"x"</f><v>Đx</v></c></row>' +
    '<row r="5"><c r="A5"><f>SUM(\'Nhật ký\'!B2:B9)</f><v>12</v></c>' +
    '<c r="B5"><f t="shared" ref="B5:B7" si="0">A5*2</f><v>24</v></c></row>' +
    '<row r="6"><c r="B6"><f t="shared" si="0"/><v>0</v></c></row>' +
    '<row r="7" ht="20" customHeight="1"><c r="B7"><f t="shared" si="0"/><v>0</v></c></row>';
  // Rows and cells without r (Excel never writes them; exceljs cannot read them back).
  const unnumbered = "<row><c><v>8</v></c><c><v>9</v></c></row>";

  it("reads values, types, formulas and shared strings as they are stored", async () => {
    const file = join(dir, "hand.xlsx");
    await handMade(file, "Trang tính", rows + unnumbered, strings);
    const sheet = (await loadXlsx(file)).rawSheet("Trang tính");
    const cell = (r: number, c: number) => sheet.rawCell(r, c);
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => cell(1, c).value)).toEqual([
      "Đoàn xã Tân Phú",
      "  khoảng trắng  ",
      "Đoàn xã",
      "Hà Nội",
      "a & b < c \r 😀",
      "",
      "thụt lề",
    ]);
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => cell(2, c).value)).toEqual([
      42,
      -1.5,
      1000,
      7,
      123456789012345680,
      "",
      0.1,
    ]);
    expect([1, 2, 3, 4].map((c) => cell(3, c).value)).toEqual([true, false, true, "#N/A"]);
    expect(cell(3, 5).value).toBe(45_731); // 15/03/2025 as a date serial
    expect([1, 2, 3, 4].map((c) => cell(4, c).value)).toEqual(["Nguyễn Văn A", " x ", "ghép chữ", ""]);
    expect([cell(4, 5).value, cell(4, 5).formula]).toEqual(["Đx", '="Đ"&"x"']);
    expect(cell(5, 1).formula).toBe("=SUM('Nhật ký'!B2:B9)");
    expect([5, 6, 7].map((r) => cell(r, 2).formula)).toEqual(["=A5*2", "=A6*2", "=A7*2"]);
    expect([cell(8, 1).value, cell(8, 2).value]).toEqual([8, 9]);
  });

  it("a changed row keeps its other cells byte for byte; a cell added after the last one is written after them", async () => {
    const file = join(dir, "hand-rows.xlsx");
    await handMade(file, "Trang tính", rows, strings);
    const book = await loadXlsx(file);
    const sheet = book.rawSheet("Trang tính");
    sheet.rawSetCell(2, 3, { value: "đổi" }); // a cell in the middle of row 2
    sheet.rawSetCell(4, 9, { value: "Hợp lệ" }); // after the last cell of row 4
    sheet.rawSetCell(7, 1, { value: 1 }); // before the shared formula of row 7
    const out = join(dir, "hand-rows-out.xlsx");
    await saveXlsx(book, out);
    const before = partsOf(file).get("xl/worksheets/sheet1.xml")!;
    const after = partsOf(out).get("xl/worksheets/sheet1.xml")!;
    for (const r of [1, 3, 5, 6]) expect(rowOf(after, r)).toBe(rowOf(before, r));
    expect(rowOf(after, 2)).toBe(
      '<row r="2"><c r="A2"><v>42</v></c><c r="B2"><v>-1.5</v></c><c r="C2" t="inlineStr"><is><t>đổi</t></is></c>' +
        '<c r="D2"><v>007</v></c><c r="E2"><v>123456789012345678</v></c><c r="F2"><v></v></c><c r="G2" t="n"><v>0.1</v></c></row>',
    );
    const row4 = rowOf(before, 4);
    expect(rowOf(after, 4)).toBe(`${row4.slice(0, -6)}<c r="I4" t="inlineStr"><is><t>Hợp lệ</t></is></c></row>`);
    expect(rowOf(after, 7)).toBe(
      '<row r="7" ht="20" customHeight="1"><c r="A7"><v>1</v></c><c r="B7"><f t="shared" si="0"/><v>0</v></c></row>',
    );
    // Every part outside the sheet, and the parts Excel reads back, as they were.
    expect(partsOf(out).get("xl/sharedStrings.xml")).toBe(partsOf(file).get("xl/sharedStrings.xml"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Trang tính")!;
    expect([ws.getCell("C2").value, ws.getCell("I4").value, ws.getCell("A4").value]).toEqual([
      "đổi",
      "Hợp lệ",
      "Nguyễn Văn A",
    ]);
    expect(ws.getRow(7).height).toBe(20);
  });

  it("shared strings in every shape read alike by the in-place reader and the general one", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "Đ", "ệ", " ", "&amp;", "&lt;", "_x000D_", "😀", "\n") });
    const si = fc.oneof(
      text.map((t) => `<si><t>${t}</t></si>`),
      text.map((t) => `<si><t xml:space="preserve">${t}</t></si>`),
      fc
        .array(text, { minLength: 1, maxLength: 3 })
        .map((ts) => `<si>${ts.map((t) => `<r><t>${t}</t></r>`).join("")}</si>`),
      text.map((t) => `<si><t>${t}</t><rPh sb="0" eb="1"><t>ふ</t></rPh></si>`),
      fc.constant("<si><t/></si>"),
    );
    fc.assert(
      fc.property(fc.array(si, { maxLength: 8 }), (items) => {
        const xml = `${HEAD}<sst xmlns="${MAIN}">${items.join("")}</sst>`;
        expect(sharedStrings(XmlPart.of(xml))).toEqual(elements(xml, "si").map((e) => runText(e.inner)));
      }),
    );
  });
});

describe("large sheets", () => {
  it("a sheet of many rows (compressed and decompressed in zlib's thread pool) round-trips, its untouched rows as they were", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nhật ký đi cơ sở");
    ws.addRow(["STT", "Cán bộ", "Nội dung", "Kết quả"]);
    for (let i = 1; i <= 6000; i++) ws.addRow([i, `Cán bộ số ${i}`, `Dự sinh hoạt chi đoàn tại Đoàn xã số ${i % 97}`]);
    const file = join(dir, "large.xlsx");
    await wb.xlsx.writeFile(file);
    const size = readZip(readFileSync(file)).find((e) => e.name === "xl/worksheets/sheet1.xml")!.size;
    expect(size).toBeGreaterThan(1 << 18);

    const book = await loadXlsx(file);
    const sheet = book.rawSheet("Nhật ký đi cơ sở");
    expect(sheet.rawCell(6001, 2).value).toBe("Cán bộ số 6000");
    for (let r = 2; r <= 6001; r += 2) sheet.rawSetCell(r, 4, { value: "Hợp lệ" });
    const out = join(dir, "large-out.xlsx");
    await saveXlsx(book, out);

    const before = partsOf(file).get("xl/worksheets/sheet1.xml")!;
    const after = partsOf(out).get("xl/worksheets/sheet1.xml")!;
    for (const r of [3, 5, 2999, 6001]) expect(rowOf(after, r)).toBe(rowOf(before, r));
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    const ws2 = again.getWorksheet("Nhật ký đi cơ sở")!;
    expect(ws2.rowCount).toBe(6001);
    expect([ws2.getCell("D2").value, ws2.getCell("D3").value, ws2.getCell("C6001").value]).toEqual([
      "Hợp lệ",
      null,
      "Dự sinh hoạt chi đoàn tại Đoàn xã số 83",
    ]);
  });
});
