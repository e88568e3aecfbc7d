// The report's layout (SPEC §14, HD 29-HD/TWĐTN-VP): header block, title, sections I–IV, the tables,
// recipients and signature, and the rating annex of a whole-year report — as a ReportDocument.
import { ASSESSMENT, LEVEL, NOT_RATED, REPORT_TEXT as T } from "../../text";
import { formatDay, formatRange, ymdFromDay } from "../dates";
import { roundDays, roundHalfUp } from "../numbers";
import { periodWording } from "../period";
import type { Day, LevelKey } from "../types";
import type { LockInfo, ReportFigures } from "./figures";
import {
  para,
  REPORT_PAGE,
  TEXT_WIDTH,
  type Block,
  type Paragraph,
  type ReportDocument,
  type Run,
  type Table,
} from "./model";

/** The report settings of `Cấu hình` (SPEC Part II), as written; blank = "". */
export interface ReportHeading {
  /** `Cơ quan cấp trên`: omitted when blank. */
  superior: string;
  /** `Tên cơ quan`. */
  office: string;
  /** `Ký hiệu`, e.g. "HĐTN". */
  code: string;
  /** `Địa danh`. */
  place: string;
  /** `Người ký`. */
  signer: string;
  /** `Chức vụ người ký` (default BÍ THƯ). */
  signerTitle: string;
  /** `Nơi nhận`: lines separated by ";". */
  recipients: string;
}

export interface ReportContext {
  heading: ReportHeading;
  /** The spreadsheet's (or workbook's) name. */
  bookName: string;
  /** The date the report is made, in the book's zone. */
  today: Day;
}

const BODY = 14;
const TABLE = 13;
const INDENT = 12.7;
/** Left column of the header block, mm (the right one takes the rest of the 160 mm). */
const HEADER_LEFT = 75;
const upper = (s: string) => s.toLocaleUpperCase("vi");
const orDots = (s: string) => (s.trim() ? s.trim() : T.placeholder);

/** Days to one decimal with a decimal comma: "12,5". */
export const showDays = (x: number) => roundDays(x).toFixed(1).replace(".", ",");
/** "34,2%" (one decimal, as `Tiến độ chỉ tiêu` shows it). */
export const showRatio = (r: number | null) =>
  r === null
    ? ""
    : `${roundHalfUp(r * 100, 1)
        .toFixed(1)
        .replace(".", ",")}%`;
const showTarget = (x: number) => (Number.isInteger(x) ? String(x) : showDays(x));

/** "ngày 05 tháng 02 năm 2025", "ngày 15 tháng 3 năm 2025" (NĐ 30/2020: leading zero for days < 10 and months 1–2). */
export function dateLine(place: string, day: Day): string {
  const { y, m, d } = ymdFromDay(day);
  return T.dateLine(orDots(place), d < 10 ? `0${d}` : String(d), m <= 2 ? `0${m}` : String(m), y);
}

const cell = (text: string, run: Omit<Run, "text"> = {}, align: Paragraph["align"] = "left") => ({
  paragraphs: [para([{ text, ...run }], { align })],
});

/** A bordered table: bold centred header row, then the rows, then an optional bold total row. */
function table(
  widths: number[],
  header: readonly string[],
  rows: string[][],
  aligns: Paragraph["align"][],
  total?: string[],
): Table {
  const line = (r: string[], run: Omit<Run, "text"> = {}) => r.map((text, c) => cell(text, run, aligns[c]));
  return {
    kind: "table",
    widths,
    borders: true,
    headerRows: 1,
    size: TABLE,
    rows: [
      header.map((h) => cell(h, { bold: true }, "center")),
      ...rows.map((r) => line(r)),
      ...(total ? [line(total, { bold: true })] : []),
    ],
  };
}

/**
 * Two borderless rows: the issuing body and "ĐOÀN TNCS HỒ CHÍ MINH" above, "Số: …" and the place and
 * date below — so the date sits on the line of the number however the names wrap.
 */
function headerBlock(ctx: ReportContext): Table {
  const h = ctx.heading;
  const top: Paragraph[] = [];
  if (h.superior.trim()) top.push(para(upper(h.superior.trim()), { align: "center" }));
  top.push(para([{ text: upper(orDots(h.office)), bold: true }], { align: "center" }));
  top.push(para(T.stars, { align: "center" }));
  return {
    kind: "table",
    widths: [HEADER_LEFT, TEXT_WIDTH - HEADER_LEFT],
    borders: false,
    headerRows: 0,
    size: BODY,
    rows: [
      [
        { paragraphs: top },
        { paragraphs: [para([{ text: T.union, bold: true, underline: true }], { align: "center" })] },
      ],
      [
        { paragraphs: [para(T.number(orDots(h.code)), { align: "center" })] },
        { paragraphs: [para([{ text: dateLine(h.place, ctx.today), italic: true }], { align: "center" })] },
      ],
    ],
  };
}

const heading = (text: string): Paragraph =>
  para([{ text, bold: true }], { align: "justify", indent: INDENT, before: 6, after: 3, keepNext: true });
const body = (text: string): Paragraph => para(text, { align: "justify", indent: INDENT, after: 6 });
const dots = (n: number): Block[] => Array.from({ length: n }, () => ({ kind: "dots" }) as const);

function general(f: ReportFigures): Block[] {
  const out: Block[] = [heading(T.general), body(T.subjectLine(f.subject, formatDay(f.span.asOf), f.notStarted))];
  if (f.plan) out.push(body(T.planLine(f.plan.cadresWithPlan, f.cadres.length)));
  if (f.exemptions) {
    const names = new Set(f.exemptions.map((e) => e.name));
    out.push(
      body(
        f.exemptions.length
          ? T.exemptionLine(
              names.size,
              f.exemptions.map((e) => T.exemptionItem(e.name, formatRange(e.from, e.to))),
            )
          : T.noExemption,
      ),
    );
  }
  return out;
}

function cadreTable(f: ReportFigures): Block[] {
  if (!f.cadres.length) return [body(T.noCadre)];
  const rows = f.cadres.map((c, i) => [
    String(i + 1),
    c.name,
    c.position,
    showDays(c.inPeriod),
    showDays(c.cumulative),
    showTarget(c.target),
    showRatio(c.ratio),
    c.assessment,
  ]);
  const order = [ASSESSMENT.reached, ASSESSMENT.onTrack, ASSESSMENT.behind, ASSESSMENT.failed] as const;
  const parts = order.filter((a) => f.counts[a] > 0).map((a) => T.countPart(a, f.counts[a]));
  return [
    table(
      [11, 39, 21, 16, 15, 13, 17, 28],
      T.table,
      rows,
      ["center", "left", "left", "right", "right", "right", "right", "left"],
      ["", T.totalRow, "", showDays(f.totals.inPeriod), showDays(f.totals.cumulative), "", "", ""],
    ),
    para("", { after: 0 }),
    body(T.countsLine(parts)),
  ];
}

function units(f: ReportFigures): Block[] {
  const from = formatDay(f.windowFrom);
  const asOf = formatDay(f.span.asOf);
  const names = f.unitsNotVisited.map((u) => u.name).join("; ");
  return [
    body(T.unitsVisited(f.unitsVisited)),
    body(
      f.unitsNotVisited.length
        ? T.unitsNotVisited(from, asOf, f.unitsNotVisited.length, names)
        : T.allVisited(from, asOf),
    ),
  ];
}

function activities(f: ReportFigures): Block[] {
  if (!f.activities.length) return [body(T.noVisit)];
  const rows = f.activities.map((a) => [a.activity, String(a.rows), showDays(a.days)]);
  const total = f.activities.reduce((s, a) => ({ rows: s.rows + a.rows, days: s.days + a.days }), { rows: 0, days: 0 });
  const t = table(
    [100, 25, TEXT_WIDTH - 125],
    T.activityTable,
    rows,
    ["left", "right", "right"],
    [T.totalRow, String(total.rows), showDays(total.days)],
  );
  return [t, para("", { after: 0 })];
}

function plan(f: ReportFigures): Block[] {
  if (!f.plan) return [];
  const p = f.plan;
  const due = p.done + p.notDone;
  const rate = due ? showRatio(p.done / due) : "";
  return [heading(T.planHeading), body(T.planDone(p.done, due, p.notDone, rate, p.notDue, p.outsidePlan))];
}

function signature(ctx: ReportContext): Table {
  const h = ctx.heading;
  const lines = h.recipients
    .split(";")
    .map((l) => l.trim().replace(/^[-–•+]\s*/, ""))
    .filter((l) => l && !/^lưu\b/i.test(l));
  if (!lines.length) lines.push(T.placeholder);
  const left: Paragraph[] = [
    para([{ text: T.recipients, bold: true, italic: true, size: 12 }]),
    ...lines.map((l) => para([{ text: `- ${l.replace(/[;.,]$/, "")};`, italic: true, size: 11 }])),
    para([{ text: T.keepCopy, italic: true, size: 11 }]),
  ];
  const title = h.signerTitle.trim() ? upper(h.signerTitle.trim()) : T.defaultSignerTitle;
  const right: Paragraph[] = [
    para([{ text: T.onBehalf, bold: true }], { align: "center" }),
    para([{ text: title, bold: true }], { align: "center" }),
    para("", { align: "center" }),
    para("", { align: "center" }),
    para("", { align: "center" }),
    para([{ text: orDots(h.signer), bold: true }], { align: "center" }),
  ];
  return {
    kind: "table",
    widths: [80, TEXT_WIDTH - 80],
    borders: false,
    headerRows: 0,
    size: BODY,
    rows: [[{ paragraphs: left }, { paragraphs: right }]],
  };
}

const LEVELS: readonly LevelKey[] = ["top", "good", "pass", "fail"];

function annex(f: ReportFigures, ctx: ReportContext): Block[] {
  const out: Block[] = [
    { kind: "pageBreak" },
    para([{ text: T.annexTitle, bold: true }], { align: "center" }),
    para([{ text: T.annexOf(orDots(ctx.heading.code)), italic: true }], { align: "center", after: 6 }),
  ];
  const r = f.rating;
  if (!r || "unavailable" in r) {
    out.push(body(T.annexUnavailable(r && "unavailable" in r ? r.unavailable : NOT_RATED)));
    return out;
  }
  const rows = r.groups.map((g) => {
    const n = LEVELS.reduce((s, k) => s + g.counts[k], 0) + g.notRated;
    return [
      g.group || T.blankGroup,
      ...LEVELS.map((k) => String(g.counts[k])),
      String(g.notRated),
      String(n),
      T.annexCap(g.top, g.allowed, g.over),
    ];
  });
  const sum = (i: number) => String(rows.reduce((s, row) => s + Number(row[i]), 0));
  const t = table(
    [40, 16, 16, 16, 16, 18, 14, TEXT_WIDTH - 136],
    T.annexTable,
    rows,
    ["left", "right", "right", "right", "right", "right", "right", "left"],
    [T.totalRow, sum(1), sum(2), sum(3), sum(4), sum(5), sum(6), ""],
  );
  out.push(t);
  const notes = r.groups.filter((g) => g.message).map((g) => body(`${g.group || T.blankGroup}: ${g.message}`));
  out.push(...notes);
  // Full names of the abbreviations, as an annex usually says.
  out.push(
    para([{ text: LEVELS.map((k) => `${LEVEL[k].code}: ${LEVEL[k].name}`).join("; "), italic: true, size: 12 }]),
  );
  return out;
}

export function buildReportDocument(f: ReportFigures, ctx: ReportContext): ReportDocument {
  const wording = periodWording(f.span.period);
  const subject = T.subject(wording) + (f.span.partial ? ` ${T.asOfNote(formatDay(f.span.asOf))}` : "");
  const blocks: Block[] = [
    headerBlock(ctx),
    para("", { after: 6 }),
    para([{ text: T.title, bold: true }], { align: "center" }),
    para([{ text: subject, bold: true }], { align: "center", after: 12 }),
  ];
  blocks.push(
    ...general(f),
    heading(T.results),
    heading(T.daysHeading),
    ...cadreTable(f),
    heading(T.unitsHeading),
    ...units(f),
    heading(T.activitiesHeading),
    ...activities(f),
    ...plan(f),
    heading(T.assessmentHeading),
    ...dots(4),
    heading(T.directionHeading),
    ...dots(4),
    para("", { after: 6 }),
    signature(ctx),
  );
  if (f.span.period.kind === "year") blocks.push(...annex(f, ctx));
  const doc: ReportDocument = {
    title: T.documentName(wording, ctx.bookName),
    page: REPORT_PAGE,
    font: "Times New Roman",
    bodySize: BODY,
    tableSize: TABLE,
    blocks,
  };
  return f.lock ? withLockLine(doc, f.lock) : doc;
}

/** The blocks before the lock line: the heading, a blank line, the title and the subject. */
const BEFORE_LOCK_LINE = 4;

/**
 * `doc` with the line of its period's lock under the subject (SPEC §14): "Số liệu chốt ngày …; N dòng
 * thay đổi sau khi chốt". The report `Chốt số liệu` kept is drawn again with it.
 */
export function withLockLine(doc: ReportDocument, lock: LockInfo): ReportDocument {
  const blocks = [...doc.blocks];
  const subject = blocks[BEFORE_LOCK_LINE - 1];
  if (subject?.kind === "paragraph") blocks[BEFORE_LOCK_LINE - 1] = { ...subject, after: 0 };
  blocks.splice(
    BEFORE_LOCK_LINE,
    0,
    para([{ text: T.lockLine(formatDay(lock.lockedOn), lock.changedRows), italic: true }], {
      align: "center",
      after: 12,
    }),
  );
  return { ...doc, blocks };
}
