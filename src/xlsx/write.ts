// Saves a LocalSpreadsheet as .xlsx. A book loaded from a file is written over its own parts and only
// what the add-in changed is touched: a sheet it did not change keeps its part byte for byte, and
// everything else (fonts, borders, merged cells, row heights, print setup, charts, images, rules of
// kinds the model does not know) goes back exactly as it came. A book built in memory starts from an
// empty workbook.

import { renameSync, rmSync, writeFileSync } from "node:fs";
import type { BookModel, SheetModel } from "../imitation/model";
import type { LocalSpreadsheet } from "../imitation/spreadsheet";
import { forgetOrigin, originOf, setOrigin, sheetOrigin, type BookOrigin } from "./origin";
import { CONTENT_TYPE, parseRels, REL, relsPath, type Parts } from "./package";
import { rowsChanged, writeSheet } from "./sheet-write";
import { EMPTY_STYLES, StylesPart } from "./styles-part";
import { attr, elements, escapeText, firstElement, withAttr } from "./xml";
import { entryBytes, entryText, inflateEntry, makeEntry, settleEntries, writeZip } from "./zip";

/** What the saved file could not hold; the runner tells the user. */
export interface SaveReport {
  /** Native charts, per sheet name. */
  charts: { sheet: string; count: number }[];
  /** Protections (sheet or range, with their editors). */
  protections: number;
  /** Conditional-format rules and dropdowns of kinds .xlsx has no equivalent for. */
  rulesDropped: number;
  validationsDropped: number;
  /** Notes the add-in changed (not written). */
  notesDropped: number;
  /** Parts of the original file the save does not keep. */
  lostParts: string[];
}

const PRINT_TITLES = "_xlnm.Print_Titles";

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The parts of an empty workbook (a book that was never loaded from a file). */
function emptyBook(): BookOrigin {
  const parts: Parts = new Map();
  const put = (name: string, xml: string) => parts.set(name, makeEntry(name, xml));
  put(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="${CONTENT_TYPE.core}"/></Types>`,
  );
  put(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${REL.coreProperties}" Target="docProps/core.xml"/></Relationships>`,
  );
  put(
    "docProps/core.xml",
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Tính chỉ tiêu</dc:creator></cp:coreProperties>',
  );
  put(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
  );
  put("xl/styles.xml", EMPTY_STYLES);
  return {
    parts,
    workbookPart: "xl/workbook.xml",
    stylesPart: "xl/styles.xml",
    sheets: new Map(),
    lostParts: [],
    active: null,
  };
}

function keywordsWith(keywords: string | undefined, book: BookModel): string {
  const rest = (keywords ?? "").replace(/(^|[\s;,])(timeZone|locale)=[^\s;,]+/g, "").trim();
  return [rest, `timeZone=${book.timeZone}`, `locale=${book.locale}`].filter(Boolean).join(" ");
}

class PackageWriter {
  constructor(readonly parts: Parts) {}

  text(name: string): string | undefined {
    const e = this.parts.get(name);
    return e ? entryText(e) : undefined;
  }

  bytes(name: string): Buffer | undefined {
    const e = this.parts.get(name);
    return e ? entryBytes(e) : undefined;
  }

  put(name: string, xml: string | readonly (string | Buffer)[]): void {
    this.parts.set(name, makeEntry(name, xml));
  }

  /** Replaces the first `name` element of `xml` (or inserts `fallback()` output before `before`). */
  static replaceElement(xml: string, name: string, next: string, before = "</"): string {
    const el = firstElement(xml, name);
    if (el) return xml.slice(0, el.start) + next + xml.slice(el.end);
    const at = before === "</" ? xml.lastIndexOf("</") : xml.indexOf(before);
    const i = at < 0 ? xml.lastIndexOf("</") : at;
    return xml.slice(0, i) + next + xml.slice(i);
  }

  setKeywords(book: BookModel): void {
    const rel = parseRels(this.text("_rels/.rels"), "").find((r) => r.type === REL.coreProperties);
    if (!rel) return;
    const core = this.text(rel.target);
    if (!core) return;
    const el = firstElement(core, "keywords");
    const old = el ? el.inner.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&") : undefined;
    const next = keywordsWith(old, book);
    if (next === old) return;
    const qname = el ? el.tag.slice(1).split(/[\s>/]/)[0] : "cp:keywords";
    const xml = PackageWriter.replaceElement(core, "keywords", `<${qname}>${escapeText(next)}</${qname}>`);
    this.put(rel.target, xml);
  }

  contentTypes(add: string[], remove: string[]): void {
    if (!add.length && !remove.length) return;
    let xml = this.text("[Content_Types].xml") ?? "";
    for (const part of remove)
      xml = xml.replace(new RegExp(`<Override\\s+PartName="/${part.replace(/[.[\]]/g, "\\$&")}"[^>]*/>`), "");
    const extra = add.map((p) => `<Override PartName="/${p}" ContentType="${CONTENT_TYPE.worksheet}"/>`).join("");
    xml = xml.replace(/<\/(\w+:)?Types>\s*$/, (end) => extra + end);
    this.put("[Content_Types].xml", xml);
  }
}

/** Brings the parts of `book` up to date with the model and returns what .xlsx could not hold. */
async function syncParts(model: BookModel, origin: BookOrigin, options: SaveOptions): Promise<SaveReport> {
  const last = options.last === true;
  const pkg = new PackageWriter(origin.parts);
  const report: SaveReport = {
    charts: [],
    protections: model.protections.length,
    rulesDropped: 0,
    validationsDropped: 0,
    notesDropped: 0,
    lostParts: origin.lostParts,
  };
  const styles = new StylesPart(pkg.text(origin.stylesPart) ?? EMPTY_STYLES);
  const wbRelsPart = relsPath(origin.workbookPart);
  let wbRels = pkg.text(wbRelsPart) ?? `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
  let workbook = pkg.text(origin.workbookPart)!;
  const oldTags = elements(firstElement(workbook, "sheets")?.inner ?? "", "sheet").map((e) => e.xml);
  const rIdOf = (tag: string) => attr(tag.slice(0, tag.indexOf(">") + 1), "r:id") ?? "";
  const oldIndex = new Map(oldTags.map((t, i) => [rIdOf(t), i]));
  const relIds = new Set(parseRels(wbRels, origin.workbookPart).map((r) => r.id));
  let sheetIds = Math.max(0, ...oldTags.map((t) => Number(attr(t, "sheetId") ?? 0)));
  const addedParts: string[] = [];
  const removedParts: string[] = [];
  let changed = false;

  for (const [sheet, o] of origin.sheets) {
    if (model.sheets.includes(sheet)) continue;
    origin.sheets.delete(sheet);
    const id = rIdOf(o.sheetTag);
    wbRels = wbRels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*/>`), "");
    pkg.parts.delete(o.part);
    removedParts.push(o.part);
    changed = true;
  }

  const newIndex = new Map<number, number>();
  const titlesOf = new Map<number, string>(); // old sheet index → its Print_Titles
  for (const d of elements(firstElement(workbook, "definedNames")?.inner ?? "", "definedName")) {
    const local = attr(d.tag, "localSheetId");
    if (attr(d.tag, "name") === PRINT_TITLES && local !== undefined) titlesOf.set(Number(local), d.inner);
  }
  // A sheet the add-in creates takes the font of the book's first sheet that names one.
  const bookFont = [...origin.sheets.values()].find((o) => o.font !== undefined)?.font;
  const titles = new Map<number, string | null>(); // new sheet index → rows to repeat, for sheets whose print setup is ours
  // The parts of sheets whose rows changed are inflated in zlib's thread pool meanwhile.
  const originals = new Map<SheetModel, Promise<Buffer>>();
  const rowsOf = new Map<SheetModel, boolean>();
  for (const sheet of model.sheets) {
    const before = origin.sheets.get(sheet);
    const rows = !before || rowsChanged(sheet, before);
    rowsOf.set(sheet, rows);
    const entry = before && pkg.parts.get(before.part);
    if (entry && rows) {
      const inflating = inflateEntry(entry);
      // Awaited when the sheet is written; one the save never reaches must not be an unhandled rejection.
      inflating.catch(() => {});
      originals.set(sheet, inflating);
    }
  }
  const tags: string[] = [];
  for (const [i, sheet] of model.sheets.entries()) {
    const before = origin.sheets.get(sheet);
    let part: string;
    let tag: string;
    if (before) {
      part = before.part;
      tag = before.sheetTag;
      const old = oldIndex.get(rIdOf(tag));
      if (old !== undefined) newIndex.set(old, i);
    } else {
      let n = 1;
      while (pkg.parts.has(`xl/worksheets/sheet${n}.xml`) || addedParts.includes(`xl/worksheets/sheet${n}.xml`)) n++;
      part = `xl/worksheets/sheet${n}.xml`;
      let id = 1;
      while (relIds.has(`rId${id}`)) id++;
      relIds.add(`rId${id}`);
      wbRels = wbRels.replace(
        /<\/(\w+:)?Relationships>\s*$/,
        (end) => `<Relationship Id="rId${id}" Type="${REL.worksheet}" Target="${part.replace(/^xl\//, "")}"/>${end}`,
      );
      tag = `<sheet name="" sheetId="${++sheetIds}" r:id="rId${id}"/>`;
      addedParts.push(part);
    }
    const start = tag.slice(0, tag.indexOf(">") + 1);
    let next = withAttr(start, "name", sheet.name);
    next = withAttr(next, "state", sheet.hidden ? "hidden" : undefined);
    tag = next + tag.slice(start.length);
    if (tag !== before?.sheetTag) changed = true;

    const old = before ? oldIndex.get(rIdOf(before.sheetTag)) : undefined;
    const print = { hasTitles: old !== undefined && titlesOf.has(old), font: bookFont };
    const prefetched = originals.get(sheet);
    const original = prefetched ? await prefetched : undefined;
    originals.delete(sheet);
    const write = writeSheet(
      before ? () => original ?? pkg.bytes(part) : undefined,
      sheet,
      before,
      styles,
      model.timeZone,
      print,
      rowsOf.get(sheet),
    );
    if (write.printTitles !== undefined) {
      const value =
        write.printTitles === null ? null : `${quoteSheet(sheet.name)}!$${write.printTitles.replace(":", ":$")}`;
      const had = old === undefined ? undefined : titlesOf.get(old);
      if ((value ?? undefined) !== had) changed = true;
      titles.set(i, value);
    }
    if (write.xml !== null) {
      pkg.put(part, write.xml);
      changed = true;
      options.afterSheet?.();
    }
    report.rulesDropped += write.rulesDropped;
    report.validationsDropped += write.validationsDropped;
    report.notesDropped += write.notesDropped;
    if (sheet.charts.length) report.charts.push({ sheet: sheet.name, count: sheet.charts.length });
    // From now on this is what the file holds: a second save writes only later changes.
    if (!last)
      origin.sheets.set(sheet, sheetOrigin(sheet, part, tag, write.rules, write.validations, before?.font ?? bookFont));
    tags.push(tag);
  }

  const opensOn = origin.active ? model.sheets.indexOf(origin.active) : 0;
  const view = firstElement(workbook, "workbookView");
  if (view && opensOn >= 0 && Number(attr(view.tag, "activeTab") ?? 0) !== opensOn) {
    workbook =
      workbook.slice(0, view.start) +
      withAttr(view.tag, "activeTab", String(opensOn)) +
      workbook.slice(view.start + view.tag.length);
    changed = true;
  }
  if (changed) {
    workbook = PackageWriter.replaceElement(workbook, "sheets", `<sheets>${tags.join("")}</sheets>`);
    // Names of one sheet (print areas, filters) follow it to its new place, or go with it; the
    // repeated header rows of a sheet whose print setup this writer owns are its own.
    const names = firstElement(workbook, "definedNames");
    const kept = elements(names?.inner ?? "", "definedName")
      .map((d) => {
        const local = attr(d.tag, "localSheetId");
        if (local === undefined) return d.xml;
        const to = newIndex.get(Number(local));
        if (to === undefined || (attr(d.tag, "name") === PRINT_TITLES && titles.has(to))) return "";
        return withAttr(d.tag, "localSheetId", String(to)) + d.xml.slice(d.tag.length);
      })
      .join("");
    const ours = [...titles]
      .filter(([, v]) => v !== null)
      .map(([i, v]) => `<definedName name="${PRINT_TITLES}" localSheetId="${i}">${escapeText(v!)}</definedName>`)
      .join("");
    const all = kept + ours;
    const section = all ? `<definedNames>${all}</definedNames>` : "";
    if (names) workbook = workbook.slice(0, names.start) + section + workbook.slice(names.end);
    else if (section) {
      // CT_Workbook: … sheets, functionGroups, externalReferences, definedNames, calcPr …
      const sheetsEnd = firstElement(workbook, "sheets")!.end;
      const after = ["functionGroups", "externalReferences"].map((n) => firstElement(workbook, n)).filter(Boolean);
      const at = after.length ? Math.max(...after.map((e) => e!.end)) : sheetsEnd;
      workbook = workbook.slice(0, at) + section + workbook.slice(at);
    }
    // Excel rebuilds the calculation chain; an old one naming cells that lost their formula is "damaged".
    const calc = parseRels(wbRels, origin.workbookPart).find((r) => r.type === REL.calcChain);
    if (calc) {
      wbRels = wbRels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${calc.id}"[^>]*/>`), "");
      pkg.parts.delete(calc.target);
      removedParts.push(calc.target);
    }
    pkg.put(origin.workbookPart, workbook);
    pkg.put(wbRelsPart, wbRels);
  }
  if (styles.changed) pkg.put(origin.stylesPart, styles.toXml());
  pkg.contentTypes(addedParts, removedParts);
  pkg.setKeywords(model);
  return report;
}

export interface SaveOptions {
  /**
   * The book will not be saved again (the runner's one save): no copy of what the file now holds is
   * kept for a later save, which then writes the book as new.
   */
  last?: boolean;
  /** Called after each sheet part is rewritten (the runner collects garbage there). */
  afterSheet?: () => void;
}

/** The .xlsx bytes of a book, and what they could not hold. */
export async function xlsxBytes(
  book: LocalSpreadsheet,
  options: SaveOptions = {},
): Promise<{ bytes: Buffer; report: SaveReport }> {
  const model = book.raw();
  let origin = originOf(model);
  if (!origin) {
    origin = emptyBook();
    setOrigin(model, origin);
  }
  const report = await syncParts(model, origin, options);
  await settleEntries(origin.parts.values());
  const bytes = writeZip([...origin.parts.values()]);
  if (options.last) forgetOrigin(model);
  return { bytes, report };
}

/** Saves a book as .xlsx: written beside the target first, then moved into place (never half a file). */
export async function saveXlsx(book: LocalSpreadsheet, file: string, options: SaveOptions = {}): Promise<SaveReport> {
  const { bytes, report } = await xlsxBytes(book, options);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  return report;
}
