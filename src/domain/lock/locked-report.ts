// The report `Chốt số liệu` computed, kept in the hidden `Báo cáo đã chốt` (SPEC §14: a locked period's
// report gives the locked figures): its description as JSON in parts that fit a cell, and back.
import type { ReportDocument } from "../report/model";

/**
 * Characters of one part: Google Sheets holds 50,000 in a cell, Excel 32,767 (a book downloaded as
 * .xlsx, and run by the local runner, keeps its parts whole).
 */
export const PART_LENGTH = 30_000;

/** The description of `doc` in parts, in order. */
export function reportParts(doc: ReportDocument): string[] {
  const json = JSON.stringify(doc);
  const parts: string[] = [];
  for (let at = 0; at < json.length; at += PART_LENGTH) parts.push(json.slice(at, at + PART_LENGTH));
  return parts;
}

const KINDS = new Set(["paragraph", "dots", "table", "pageBreak"]);

/** The report the parts describe; null when they are not one (a part lost or changed by hand). */
export function reportFromParts(parts: readonly string[]): ReportDocument | null {
  try {
    const doc = JSON.parse(parts.join("")) as ReportDocument;
    const ok =
      typeof doc?.title === "string" &&
      Array.isArray(doc.blocks) &&
      doc.blocks.every((b) => KINDS.has(b?.kind)) &&
      typeof doc.page?.width === "number";
    return ok ? doc : null;
  } catch {
    return null;
  }
}
