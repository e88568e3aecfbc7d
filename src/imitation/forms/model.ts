// Forms as data: items, settings, the linked response sheet and the stored responses.
// No counting and no permission checks here; the API classes in this folder do both.

import type { SheetModel } from "../model";
import { canEditFile } from "../file-access";

/** What FormApp and setDestination throw for a file the user cannot reach (text not verified). */
export const NO_ITEM =
  "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";

export type ItemKind = "DATE" | "LIST" | "TEXT" | "PARAGRAPH_TEXT";

/** A short-answer rule (Forms' TextValidation): a number compared with one or two bounds. */
export interface TextRule {
  kind: "NUMBER" | "WHOLE_NUMBER" | "GT" | "GTE" | "LT" | "LTE" | "BETWEEN" | "EQ";
  a: number;
  b: number;
  helpText: string;
}

export interface ItemModel {
  readonly id: number;
  readonly kind: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  /** Choices of a list item, in order. */
  choices: string[];
  includesYear: boolean;
  validation: TextRule | null;
}

/** Where responses go: the sheet setDestination created, with the column of every item it has seen. */
export interface Destination {
  bookId: string;
  sheet: SheetModel;
  /** Item id → 1-based column of the response sheet (column A is the timestamp). */
  columns: Map<number, number>;
  emailColumn: number | null;
}

export interface StoredResponse {
  id: string;
  timestamp: number;
  email: string;
  /** Item id → the answer as submitted (text, or a yyyy-mm-dd date). */
  answers: Map<number, string>;
}

export class FormModel {
  title: string;
  description = "";
  readonly items: ItemModel[] = [];
  /** Forms created by a script since 30/6/2026 start unpublished (Forms API "publish settings" change). */
  published = false;
  acceptingResponses = false;
  collectEmail = false;
  confirmationMessage = "";
  destination: Destination | null = null;
  readonly responses: StoredResponse[] = [];
  deleted = false;
  private nextItemId = 1_000_001;

  constructor(
    readonly id: string,
    readonly publishedId: string,
    title: string,
    readonly owner: string,
    readonly editors: Set<string>,
  ) {
    this.title = title;
  }

  addItem(kind: ItemKind): ItemModel {
    const item: ItemModel = {
      id: this.nextItemId,
      kind,
      title: "",
      helpText: "",
      required: false,
      choices: [],
      includesYear: true,
      validation: null,
    };
    this.nextItemId += 104_729;
    this.items.push(item);
    return item;
  }

  canEdit(user: string): boolean {
    return canEditFile(this, user);
  }

  editUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }

  publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedId}/viewform`;
  }
}
