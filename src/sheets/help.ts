import { HELP_TITLE, helpHtml } from "../text";

export function showHelp(): void {
  const html = HtmlService.createHtmlOutput(helpHtml()).setWidth(640).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, HELP_TITLE);
}
