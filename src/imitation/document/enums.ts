// DocumentApp enums: like the spreadsheet ones, each value is its own name ("HEADING1").

import { enumOf } from "../enums";

type GD = typeof GoogleAppsScript.Document;

export const ATTRIBUTE_NAMES = [
  "BACKGROUND_COLOR",
  "BOLD",
  "BORDER_COLOR",
  "BORDER_WIDTH",
  "CODE",
  "FONT_FAMILY",
  "FONT_SIZE",
  "FOREGROUND_COLOR",
  "HEADING",
  "HEIGHT",
  "HORIZONTAL_ALIGNMENT",
  "INDENT_END",
  "INDENT_FIRST_LINE",
  "INDENT_START",
  "ITALIC",
  "GLYPH_TYPE",
  "LEFT_TO_RIGHT",
  "LINE_SPACING",
  "LINK_URL",
  "LIST_ID",
  "MARGIN_BOTTOM",
  "MARGIN_LEFT",
  "MARGIN_RIGHT",
  "MARGIN_TOP",
  "NESTING_LEVEL",
  "MINIMUM_HEIGHT",
  "PADDING_BOTTOM",
  "PADDING_LEFT",
  "PADDING_RIGHT",
  "PADDING_TOP",
  "PAGE_HEIGHT",
  "PAGE_WIDTH",
  "SPACING_AFTER",
  "SPACING_BEFORE",
  "STRIKETHROUGH",
  "UNDERLINE",
  "VERTICAL_ALIGNMENT",
  "WIDTH",
] as const;

export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];

export const Attribute = enumOf(ATTRIBUTE_NAMES) as unknown as GD["Attribute"];

export const PARAGRAPH_HEADINGS = [
  "NORMAL",
  "HEADING1",
  "HEADING2",
  "HEADING3",
  "HEADING4",
  "HEADING5",
  "HEADING6",
  "TITLE",
  "SUBTITLE",
] as const;
export const ParagraphHeading = enumOf(PARAGRAPH_HEADINGS) as unknown as GD["ParagraphHeading"];

export const HORIZONTAL_ALIGNMENTS = ["LEFT", "CENTER", "RIGHT", "JUSTIFY"] as const;
export const HorizontalAlignment = enumOf(HORIZONTAL_ALIGNMENTS) as unknown as GD["HorizontalAlignment"];

export const VERTICAL_ALIGNMENTS = ["BOTTOM", "CENTER", "TOP"] as const;
export const VerticalAlignment = enumOf(VERTICAL_ALIGNMENTS) as unknown as GD["VerticalAlignment"];

export const TextAlignment = enumOf(["NORMAL", "SUPERSCRIPT", "SUBSCRIPT"]) as unknown as GD["TextAlignment"];

export const ElementType = enumOf([
  "BODY_SECTION",
  "COMMENT_SECTION",
  "DATE",
  "DOCUMENT",
  "EQUATION",
  "EQUATION_FUNCTION",
  "EQUATION_FUNCTION_ARGUMENT_SEPARATOR",
  "EQUATION_SYMBOL",
  "RICH_LINK",
  "FOOTER_SECTION",
  "FOOTNOTE",
  "FOOTNOTE_SECTION",
  "HEADER_SECTION",
  "HORIZONTAL_RULE",
  "INLINE_DRAWING",
  "INLINE_IMAGE",
  "LIST_ITEM",
  "PAGE_BREAK",
  "PARAGRAPH",
  "PERSON",
  "TABLE",
  "TABLE_CELL",
  "TABLE_OF_CONTENTS",
  "TABLE_ROW",
  "TEXT",
  "UNSUPPORTED",
]) as unknown as GD["ElementType"];

/** Attributes a Text run carries; the others belong to the paragraph, table, cell or body. */
export const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  "BACKGROUND_COLOR",
  "BOLD",
  "CODE",
  "FONT_FAMILY",
  "FONT_SIZE",
  "FOREGROUND_COLOR",
  "ITALIC",
  "LINK_URL",
  "STRIKETHROUGH",
  "UNDERLINE",
]);

export const PARAGRAPH_ATTRIBUTES: ReadonlySet<string> = new Set([
  "HEADING",
  "HORIZONTAL_ALIGNMENT",
  "INDENT_END",
  "INDENT_FIRST_LINE",
  "INDENT_START",
  "LEFT_TO_RIGHT",
  "LINE_SPACING",
  "SPACING_AFTER",
  "SPACING_BEFORE",
]);
