// `Lập báo cáo` (SPEC §14): asks the period, builds the report description from the book, draws it
// as a Google Doc shared with the admins, and shows its link. Writes only `Lịch sử chạy` and the
// new document, so every editor may run it.
import { periodSlug, readReportPeriod, type ReportDocument, type ReportSpan, type Settings } from "../../domain";
import { PERIOD_TEXT, REPORT_MSG } from "../../text";
import { readBookConfig } from "../config";
import type { CommandContext, CommandResult } from "../run-command";
import { UserError } from "../errors";
import { adminsOf, currentUser } from "../permissions";
import { renderGoogleDoc } from "./google-doc";
import { describeReport } from "./read";

/** How many unreadable answers are asked again before the command gives up as if cancelled. */
const MAX_TRIES = 10;

/** Asks the period until it is readable; undefined when the user cancels or closes the prompt. */
export function askPeriod(ui: GoogleAppsScript.Base.Ui, caption: string, settings: Settings): ReportSpan | undefined {
  let question = REPORT_MSG.prompt(PERIOD_TEXT.example);
  for (let i = 0; i < MAX_TRIES; i++) {
    const answer = ui.prompt(caption, question, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return undefined;
    const read = readReportPeriod(answer.getResponseText(), settings);
    if (read.ok) return read.span;
    question = REPORT_MSG.again(read.message);
  }
  return undefined;
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

export function reportCommand(ctx: CommandContext): CommandResult {
  const base = readBookConfig(ctx.book, ctx.clock);
  const span = askPeriod(ctx.ui, ctx.caption, base.settings);
  if (!span) return { summary: "", cancelled: true };
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
 * ("so-mau-ket-qua-bao-cao-quy-1.docx"); an unreadable period stops the command.
 */
export function reportForFile(
  ctx: CommandContext,
  answer: string,
  prefix: string,
): { document: ReportDocument; file: string; outcome: CommandResult } {
  const base = readBookConfig(ctx.book, ctx.clock);
  const read = readReportPeriod(answer, base.settings);
  if (!read.ok) throw new UserError(read.message);
  const document = describeReport(ctx.book, base, ctx.clock, read.span);
  const file = `${prefix}${periodSlug(read.span.period)}.docx`;
  return { document, file, outcome: { summary: REPORT_MSG.history(document.title, file) } };
}
