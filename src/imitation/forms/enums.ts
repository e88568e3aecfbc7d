// FormApp enums (each value is its own name, like the spreadsheet enums).

import { enumOf } from "../enums";

type F = typeof GoogleAppsScript.Forms;

export const ItemType = enumOf([
  "CHECKBOX",
  "CHECKBOX_GRID",
  "DATE",
  "DATETIME",
  "DURATION",
  "GRID",
  "IMAGE",
  "LIST",
  "MULTIPLE_CHOICE",
  "PAGE_BREAK",
  "PARAGRAPH_TEXT",
  "SCALE",
  "SECTION_HEADER",
  "TEXT",
  "TIME",
  "VIDEO",
  "FILE_UPLOAD",
]) as unknown as F["ItemType"];

export const DestinationType = enumOf(["SPREADSHEET"]) as unknown as F["DestinationType"];
