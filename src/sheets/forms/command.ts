// `Tạo biểu mẫu nhập` (SPEC §16), for admins: the first run creates and publishes the phone form,
// links it to this book and installs the trigger that checks each response; later runs update the
// same form (questions put right, lists refreshed, re-published) and never make a second one.
// Everything that can stop the command (admin, configuration, empty lists) is checked first.
import { formLists } from "../../domain/form-lists";
import { FORM_MSG, FORM_TAB, FORM_TEXT, SHEET } from "../../text";
import { NEW_SHEET } from "../book-sheets";
import { requireRoom } from "../cell-limit";
import { readBookConfig } from "../config";
import { UserError } from "../errors";
import { readLogSheet } from "../log-tabs";
import { adminsOf, requireAdmin } from "../permissions";
import type { CommandContext, CommandResult } from "../run-command";
import { ensureColumns } from "../table";
import { WritePlan } from "../write-plan";
import { applyQuestions } from "./questions";
import { formTabOf, placeResponseTab } from "./response-tab";
import { readFormState, writeFormState } from "./state";
import { ensureTrigger } from "./trigger";

type Form = GoogleAppsScript.Forms.Form;
/** Publishing (2026) is newer than @types/google-apps-script. */
type Publishing = { isPublished(): boolean; setPublished(enabled: boolean): unknown };

function destinationOf(form: Form): string {
  try {
    return form.getDestinationId();
  } catch {
    return "";
  }
}

function openForm(id: string): Form | null {
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}

export function formCommand(ctx: CommandContext): CommandResult {
  const { book, ui, clock, caption } = ctx;
  const config = readBookConfig(book, clock);
  const admins = requireAdmin(caption, adminsOf(book, config.settings));
  const me = ctx.user;
  const lists = formLists(
    config.cadres.map((c) => ({ code: c.code, name: c.name, applyTo: c.applyTo })),
    config.units.map((u) => ({ code: u.code, name: u.name, activeUntil: u.activeTo })),
    config.activities,
    clock.today,
  );
  if (!lists.cadres.length) throw new UserError(FORM_MSG.noChoices(SHEET.roster));
  if (!lists.units.length) throw new UserError(FORM_MSG.noChoices(SHEET.units));
  if (!lists.activities.length) throw new UserError(FORM_MSG.noChoices(SHEET.activities));

  const state = readFormState();
  const notes: string[] = [];
  let form: Form | null = null;
  if (state.formId) {
    form = openForm(state.formId);
    if (!form) {
      const answer = ui.alert(caption, FORM_MSG.deletedForm(FORM_TEXT.title(book.getName())), ui.ButtonSet.YES_NO);
      if (answer !== ui.Button.YES)
        return { summary: FORM_MSG.deletedFormCancelled, toast: FORM_MSG.deletedFormCancelled };
    } else if (destinationOf(form) !== book.getId()) form = null; // the id came with a copy of another book
    if (!form) state.items = {};
  }
  // Linking the form makes its response tab, outside the write plan: the book must have room for it
  // before the form is made or changed.
  const linked = form && destinationOf(form) === book.getId() ? formTabOf(book, form.getId()) : null;
  if (!linked) requireRoom(book, NEW_SHEET.rows * NEW_SHEET.cols);

  const created = !form;
  if (!form) {
    form = FormApp.create(FORM_TEXT.title(book.getName()));
    form.setDescription(FORM_TEXT.description).setConfirmationMessage(FORM_TEXT.confirmation).setCollectEmail(true);
  }
  state.items = applyQuestions(form, lists, state.items);
  const others = admins.filter((a) => a !== me);
  if (others.length) {
    try {
      form.addEditors(others);
    } catch (err) {
      console.warn(`Không chia sẻ được biểu mẫu: ${(err as Error)?.message ?? err}`);
    }
  }
  const publishing = form as unknown as Publishing;
  if (!publishing.isPublished()) {
    publishing.setPublished(true);
    if (!created) notes.push(FORM_MSG.republished);
  }

  let tab = linked;
  if (!tab) {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
    SpreadsheetApp.flush();
    tab = formTabOf(book, form.getId());
  }
  if (tab && placeResponseTab(book, tab).renamedOld) notes.push(FORM_MSG.renamedOld);
  // The result columns go in now: the trigger checks with onEdit's path, which adds no header.
  const plan = new WritePlan();
  if (tab) ensureColumns(plan, readLogSheet(tab, FORM_TAB.responses), ["checkStatus", "checkDetail"]);

  state.formId = form.getId();
  const triggerNote = ensureTrigger(book, ui, caption, me, state);
  if (triggerNote) notes.push(triggerNote);
  writeFormState(state);

  const url = form.getPublishedUrl();
  const head = created ? FORM_MSG.created(url) : FORM_MSG.updated(url, lists.cadres.length, lists.units.length);
  return {
    plan,
    summary: created
      ? FORM_MSG.createdShort(lists.cadres.length, lists.units.length)
      : FORM_MSG.updatedShort(lists.cadres.length, lists.units.length),
    alert: [head, ...notes].join("\n\n"),
    counts: { cadres: lists.cadres.length, units: lists.units.length, created: created ? 1 : 0 },
  };
}
