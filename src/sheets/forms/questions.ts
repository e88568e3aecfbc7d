// The questions of the phone form (SPEC §16), titled exactly like the log headers, and how a run
// builds or restores them: each question is found again by the item id kept in the document
// properties, so a question retitled, moved or deleted by hand is put right without a second copy.
import type { FormLists } from "../../domain/form-lists";
import { FORM_TEXT, H } from "../../text";

type Form = GoogleAppsScript.Forms.Form;

export type QuestionKind = "date" | "list" | "number" | "paragraph";
export type ListKey = keyof FormLists;

export interface Question {
  key: string;
  title: string;
  kind: QuestionKind;
  required: boolean;
  help: string;
  list?: ListKey;
}

export const QUESTIONS: readonly Question[] = [
  { key: "dateFrom", title: H.dateFrom, kind: "date", required: true, help: FORM_TEXT.help.dateFrom },
  { key: "dateTo", title: H.dateTo, kind: "date", required: false, help: FORM_TEXT.help.dateTo },
  { key: "cadre", title: H.cadre, kind: "list", required: true, help: FORM_TEXT.help.cadre, list: "cadres" },
  { key: "unit", title: H.unit, kind: "list", required: true, help: FORM_TEXT.help.unit, list: "units" },
  {
    key: "activity",
    title: H.activity,
    kind: "list",
    required: false,
    help: FORM_TEXT.help.activity,
    list: "activities",
  },
  { key: "days", title: H.days, kind: "number", required: false, help: FORM_TEXT.help.days },
  { key: "content", title: H.content, kind: "paragraph", required: false, help: FORM_TEXT.help.content },
];

const ITEM_TYPE: Record<QuestionKind, string> = {
  date: "DATE",
  list: "LIST",
  number: "TEXT",
  paragraph: "PARAGRAPH_TEXT",
};

/** Item ids by question key, as kept in the document properties. */
export type ItemIds = Record<string, number>;

type Titled = {
  setTitle(t: string): unknown;
  setHelpText(t: string): unknown;
  setRequired(b: boolean): unknown;
};

function addItem(form: Form, q: Question): { id: number; item: Titled } {
  if (q.kind === "date") {
    const item = form.addDateItem().setIncludesYear(true);
    return { id: item.getId(), item };
  }
  if (q.kind === "list") {
    const item = form.addListItem();
    return { id: item.getId(), item };
  }
  if (q.kind === "number") {
    const item = form.addTextItem();
    item.setValidation(
      FormApp.createTextValidation().setHelpText(FORM_TEXT.daysRule).requireNumberGreaterThan(0).build(),
    );
    return { id: item.getId(), item };
  }
  const item = form.addParagraphTextItem();
  return { id: item.getId(), item };
}

/** The item of `q` kept from an earlier run, when it is still there and of the same kind. */
function keptItem(form: Form, id: number | undefined, q: Question): Titled | null {
  if (id === undefined) return null;
  const item = form.getItemById(id);
  if (!item || String(item.getType()) !== ITEM_TYPE[q.kind]) return null;
  if (q.kind === "date") return item.asDateItem();
  if (q.kind === "list") return item.asListItem();
  if (q.kind === "number") return item.asTextItem();
  return item.asParagraphTextItem();
}

/**
 * Puts every question right: titles, help, required, and the three lists refreshed (responses
 * already given keep their text). Returns the item ids to keep.
 */
export function applyQuestions(form: Form, lists: FormLists, kept: ItemIds): ItemIds {
  const ids: ItemIds = {};
  for (const q of QUESTIONS) {
    let item = keptItem(form, kept[q.key], q);
    let id = kept[q.key];
    if (!item) ({ id, item } = addItem(form, q));
    item.setTitle(q.title);
    item.setHelpText(q.help);
    item.setRequired(q.required);
    if (q.list) (item as GoogleAppsScript.Forms.ListItem).setChoiceValues(lists[q.list]);
    ids[q.key] = id;
  }
  return ids;
}
