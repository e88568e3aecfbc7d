import { HELP_HTML, HELP_TITLE } from "../text";

export function showHelp(): void {
  const html = HtmlService.createHtmlOutput(HELP_HTML).setWidth(640).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, HELP_TITLE);
}
