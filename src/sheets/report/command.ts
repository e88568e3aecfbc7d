// `Lập báo cáo` (SPEC §14): asks the period, builds the report description from the book, draws it
// as a Google Doc shared with the admins, and shows its link. Writes only `Lịch sử chạy` and the
// new document, so every editor may run it.
import { periodSlug, readReportPeriod, type ReportDocument, type ReportSpan, type Settings } from "../../domain";
import { menuCaption, PERIOD_TEXT, REPORT_MSG } from "../../text";
import { readBookConfig, readSettings } from "../config";
import { runCommand, type CommandContext, type CommandOutcome, type CommandResult } from "../run-command";
import { clockFor } from "../zone";
import { UserError } from "../errors";
import { adminsOf, currentUser } from "../permissions";
import { renderGoogleDoc } from "./google-doc";
import { describeReport } from "./read";

/** How many unreadable answers are asked again before the command gives up as if cancelled. */
const MAX_TRIES = 10;

/** Asks the period until it is readable; the answer typed, or undefined when the user cancels or closes the prompt. */
export function askPeriod(ui: GoogleAppsScript.Base.Ui, caption: string, settings: Settings): string | undefined {
  let question = REPORT_MSG.prompt(PERIOD_TEXT.example);
  for (let i = 0; i < MAX_TRIES; i++) {
    const answer = ui.prompt(caption, question, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return undefined;
    const read = readReportPeriod(answer.getResponseText(), settings);
    if (read.ok) return answer.getResponseText();
    question = REPORT_MSG.again(read.message);
  }
  return undefined;
}

/**
 * The menu item. A dialog suspends the script and its locks do not survive it, so the period is
 * asked first, with the settings read (nothing written), and the command takes the lock afterwards.
 * A book whose settings cannot be read goes straight to the command, which says what is wrong.
 */
export function reportMenu(): CommandOutcome {
  const caption = menuCaption("lapBaoCao");
  const book = SpreadsheetApp.getActiveSpreadsheet();
  let settings: Settings | undefined;
  try {
    settings = readSettings(book, clockFor(book)).settings;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
  }
  let answer = "";
  if (settings) {
    const typed = askPeriod(SpreadsheetApp.getUi(), caption, settings);
    if (typed === undefined) return { command: caption, stopped: true, summary: "" };
    answer = typed;
  }
  return runCommand("lapBaoCao", (ctx) => reportCommand(ctx, answer));
}

/** The span of `answer` under the settings read inside the command; an unreadable one stops it. */
function spanOf(answer: string, settings: Settings): ReportSpan {
  const read = readReportPeriod(answer, settings);
  if (!read.ok) throw new UserError(read.message);
  return read.span;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function linkDialog(name: string, url: string, shared: string): GoogleAppsScript.HTML.HtmlOutput {
  const html =
    `<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">` +
    `<p>${escapeHtml(REPORT_MSG.created(name))}</p>` +
    `<p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(REPORT_MSG.open)}</a></p>` +
    (shared ? `<p>${escapeHtml(shared)}</p>` : "") +
    `</div>`;
  return HtmlService.createHtmlOutput(html).setWidth(480).setHeight(200);
}

function reportCommand(ctx: CommandContext, answer: string): CommandResult {
  const base = readBookConfig(ctx.book, ctx.clock);
  const span = spanOf(answer, base.settings);
  const description = describeReport(ctx.book, base, ctx.clock, span);
  const doc = renderGoogleDoc(description);
  const me = currentUser();
  const admins = adminsOf(ctx.book, base.settings).filter((e) => e !== me);
  let shared = "";
  if (admins.length) {
    try {
      doc.addEditors(admins);
      shared = REPORT_MSG.shared(admins);
    } catch (err) {
      shared = REPORT_MSG.notShared(admins, (err as Error).message);
    }
  }
  const url = doc.getUrl();
  doc.saveAndClose();
  ctx.ui.showModalDialog(linkDialog(description.title, url, shared), ctx.caption);
  return { summary: REPORT_MSG.history(description.title, url) };
}

/**
 * The local runner's report: the same description, for a .docx named `<prefix><slug>.docx`
 * ("so-mau-bao-cao-quy-1.docx" for so-mau.xlsx); an unreadable period stops the command.
 */
export function reportForFile(
  ctx: CommandContext,
  answer: string,
  prefix: string,
): { document: ReportDocument; file: string; outcome: CommandResult } {
  const base = readBookConfig(ctx.book, ctx.clock);
  const span = spanOf(answer, base.settings);
  const document = describeReport(ctx.book, base, ctx.clock, span);
  const file = `${prefix}${periodSlug(span.period)}.docx`;
  return { document, file, outcome: { summary: REPORT_MSG.history(document.title, file) } };
}
