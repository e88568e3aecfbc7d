// The package around the sheets: relationships (which part is the workbook, the styles, a sheet's
// comments), part names, and the content types a new part needs.
import { posix } from "node:path";
import type { ZipEntry } from "./zip";
import { attr, elements } from "./xml";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Part name, resolved against the source part (no leading "/"). */
  target: string;
  external: boolean;
}

export function relsPath(part: string): string {
  const dir = posix.dirname(part);
  return posix.join(dir === "." ? "" : dir, "_rels", `${posix.basename(part)}.rels`);
}

export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = posix.dirname(source);
  return posix.normalize(posix.join(dir === "." ? "" : dir, target));
}

export function parseRels(xml: string | undefined, source: string): Relationship[] {
  if (!xml) return [];
  return elements(xml, "Relationship").map((e) => {
    const external = attr(e.tag, "TargetMode") === "External";
    const target = attr(e.tag, "Target") ?? "";
    return {
      id: attr(e.tag, "Id") ?? "",
      type: attr(e.tag, "Type") ?? "",
      target: external ? target : resolveTarget(source, target),
      external,
    };
  });
}

/** The entries of a package by part name (case as stored). */
export type Parts = Map<string, ZipEntry>;
