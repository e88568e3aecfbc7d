// Pre-flight on range protections (issue 10 item 1): a command checks every range it will write
// against the protections the user cannot edit — a script is not stopped by a warning-only one —
// before its first write; onEdit then writes only where the user may, silently.
import vm from "node:vm";
import { beforeEach, describe, expect, it } from "vitest";
import { SHEET } from "../../src/text";
import { addinFor, editEvent, snapshotBook } from "../support/addin";
import { day, OWNER, sampleBook } from "../support/sample-book";

const HOA = "hoa.nt@tinhdoan.vn";

/** The sample book shared with HOA; the owner locks J1:K1000 of the log (its result columns) by hand. */
// The protections come from the one Sheets API call when the manifest's service is there, else from each sheet.
const WAYS = [
  ["with the Sheets API", undefined],
  ["without the Sheets API", []],
] as const;
let advancedServices: [] | undefined;

async function lockedResults(warningOnly: boolean) {
  const book = sampleBook({ editors: [HOA] });
  const owner = await addinFor(book, { user: OWNER, advancedServices });
  owner.run("kiemTraNhatKy");
  vm.runInContext(
    `(function () { var p = SpreadsheetApp.getActive().getSheetByName(${JSON.stringify(SHEET.log)}).getRange("J1:K1000").protect();
       p.setDescription("Khóa của chủ sổ"); ${warningOnly ? "p.setWarningOnly(true);" : `p.removeEditors([${JSON.stringify(HOA)}]);`} })()`,
    owner.ctx,
  );
  return { book, hoa: await addinFor(book, { user: HOA, advancedServices }) };
}

describe.each(WAYS)("range protections, %s", (_, services) => {
  beforeEach(() => {
    advancedServices = services as [] | undefined;
  });

  it("a cadre blocked by the owner's lock on the result columns gets a message naming it, and nothing is written", async () => {
    const { book, hoa } = await lockedResults(false);
    book.rawSheet(SHEET.log).rawSetValues(5, 2, [[day(28, 2)]]);
    const before = snapshotBook(book, [SHEET.history]);
    const outcome = hoa.run("kiemTraNhatKy") as { stopped: boolean };
    expect(outcome.stopped).toBe(true);
    const prompt = hoa.env.ui.alerts.at(-1)!.prompt;
    expect(prompt).toMatch(/vùng đã được khóa: «Nhật ký đi cơ sở» J1:K1000/);
    expect(prompt).toMatch(new RegExp(`chủ tệp \\(${OWNER}\\)`));
    expect(prompt).not.toMatch(/ngoài dự kiến/);
    expect(snapshotBook(book, [SHEET.history])).toEqual(before);
  });

  it("a warning-only lock does not stop the script", async () => {
    const { book, hoa } = await lockedResults(true);
    book.rawSheet(SHEET.log).rawSetValues(5, 2, [[day(28, 2)]]);
    const outcome = hoa.run("kiemTraNhatKy") as { stopped: boolean };
    expect(outcome.stopped).toBe(false);
    expect(book.rawSheet(SHEET.log).rawValues()[4][9]).toBe("Hợp lệ");
  });

  it("a lock on an input column leaves the results written and the rows untinted, without an error", async () => {
    // The owner locks the log's STT column before anyone checked it: the tint's rule would cover
    // A2:K1000, which Sheets refuses to a user the lock keeps out; the results are cells of J:K.
    const checkedBy = async (lockA: boolean) => {
      const book = sampleBook({ editors: [HOA] });
      if (lockA) {
        const owner = await addinFor(book, { user: OWNER, advancedServices });
        vm.runInContext(
          `(function () { var p = SpreadsheetApp.getActive().getSheetByName(${JSON.stringify(SHEET.log)}).getRange("A1:A1000").protect();
             p.removeEditors([${JSON.stringify(HOA)}]); })()`,
          owner.ctx,
        );
      }
      const hoa = await addinFor(book, { user: HOA, advancedServices });
      const outcome = hoa.run("kiemTraNhatKy") as { stopped: boolean; summary: string };
      const log = book.raw().sheets.find((s) => s.name === SHEET.log)!;
      return { outcome, status: book.rawSheet(SHEET.log).rawValues()[1][9], rules: log.condRules.length };
    };
    const free = await checkedBy(false);
    expect(free.rules).toBe(2);
    const locked = await checkedBy(true);
    expect(locked.outcome.stopped).toBe(false);
    expect(locked.outcome.summary).toBe(free.outcome.summary);
    expect(locked.status).toBe(free.status);
    expect(locked.rules).toBe(0);
  });

  it("onEdit leaves a locked result column alone, silently", async () => {
    const { book, hoa } = await lockedResults(false);
    const log = book.rawSheet(SHEET.log);
    log.rawSetValues(5, 2, [[day(28, 2)]]);
    const before = snapshotBook(book);
    hoa.run("onEdit", editEvent(hoa.ctx, SHEET.log, 5, 1, 2, 1));
    expect(snapshotBook(book)).toEqual(before);
    expect(hoa.env.ui.alerts).toEqual([]);
  });
});
