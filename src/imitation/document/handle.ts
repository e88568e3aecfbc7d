// What every DocumentApp object carries: the document, and whether the Document object it came
// from was closed with saveAndClose() (a closed Document's objects cannot change it any more).

import { argType, type Context } from "../context";
import { MSG } from "../errors";
import type { DocModel } from "./model";

export const DOC_MSG = {
  closed: "Document is closed, its contents cannot be updated.",
  lastParagraph: "Can't remove the last paragraph in a document section.",
  childIndex: (i: number, n: number) => `Child index (${i}) must be less than the number of child elements (${n}).`,
  offset: (i: number, n: number) => `Index (${i}) must be less than the content length (${n}).`,
  notFound: (method: string) =>
    `Unexpected error while getting the method or property ${method} on object DocumentApp.`,
  invalidEmail: (email: string) => `Invalid email: ${email}`,
  notRectangular: "Invalid argument: cells",
  elementNotChild: "Element does not contain the specified child element.",
};

/** "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading." */
export function docSignatureError(ctx: Context, method: string, args: readonly unknown[]): Error {
  return ctx.error(
    `The parameters (${args.map(argType).join(",")}) don't match the method signature for DocumentApp.${method}.`,
  );
}

export class DocHandle {
  closed = false;
  constructor(readonly doc: DocModel) {}

  get ctx(): Context {
    return this.doc.ctx;
  }

  /** Throws unless the running user may change the document through this handle. */
  assertEditable(): void {
    if (this.closed) throw this.ctx.error(DOC_MSG.closed);
    if (!this.doc.canEdit(this.ctx.user)) throw this.ctx.error(MSG.noAccess);
  }

  signature(method: string, args: readonly unknown[]): Error {
    return docSignatureError(this.ctx, method, args);
  }

  number(method: string, v: unknown): number {
    if (typeof v !== "number" || !Number.isFinite(v)) throw this.signature(method, [v]);
    return v;
  }

  text(method: string, v: unknown): string {
    if (typeof v !== "string") throw this.signature(method, [v]);
    return v;
  }

  /** A value of one of the given enum names. */
  oneOf<T extends string>(method: string, v: unknown, names: readonly T[]): T {
    const s = typeof v === "string" ? v : "";
    if (!(names as readonly string[]).includes(s)) throw this.signature(method, [v]);
    return s as T;
  }
}
