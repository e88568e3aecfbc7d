// What the add-in keeps about its form in the document properties (SPEC §16): the form id (trusted
// only while the form's destination is this book), the ids of its questions, and whose trigger checks
// the responses — triggers belong to their installer, and another admin cannot see it.
import type { ItemIds } from "./questions";

const KEY = {
  formId: "tct.form.id",
  items: "tct.form.items",
  triggerOwner: "tct.form.trigger.owner",
  triggerId: "tct.form.trigger.id",
} as const;

export interface FormState {
  formId: string;
  items: ItemIds;
  triggerOwner: string;
  triggerId: string;
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function readFormState(): FormState {
  const all = props().getProperties();
  let items: ItemIds = {};
  try {
    items = JSON.parse(all[KEY.items] || "{}") as ItemIds;
  } catch {
    items = {};
  }
  return {
    formId: all[KEY.formId] ?? "",
    items,
    triggerOwner: all[KEY.triggerOwner] ?? "",
    triggerId: all[KEY.triggerId] ?? "",
  };
}

export function writeFormState(state: FormState): void {
  props().setProperties({
    [KEY.formId]: state.formId,
    [KEY.items]: JSON.stringify(state.items),
    [KEY.triggerOwner]: state.triggerOwner,
    [KEY.triggerId]: state.triggerId,
  });
}

/** The trigger the book trusts now (a trigger whose id differs removes itself when it fires). */
export function activeTriggerId(): string {
  return props().getProperty(KEY.triggerId) ?? "";
}
