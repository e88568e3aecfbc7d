import * as vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createLocalEnvironment } from "../../src/imitation";
import { ADMIN, logBook, OWNER } from "./helpers";

// A script bound to the book, as Apps Script runs it: makes a form, links it, installs a trigger.
const SCRIPT = `
var seen = [];
function makeForm(email) {
  var ss = SpreadsheetApp.getActive();
  var form = FormApp.create("Nhật ký đi cơ sở — " + ss.getName());
  form.setCollectEmail(true);
  form.addDateItem().setTitle("Ngày đi").setRequired(true);
  form.addListItem().setTitle("Cán bộ").setChoiceValues(["CB01 — Nguyễn Văn An", "CB02 — Trần Thị Hoà"]).setRequired(true);
  form.addTextItem().setTitle("Số ngày").setValidation(FormApp.createTextValidation().requireNumberGreaterThan(0).build());
  form.addParagraphTextItem().setTitle("Nội dung, kết quả");
  var before = form.isPublished();
  form.setPublished(true);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  var linked = ss.getSheets().filter(function (s) { return s.getFormUrl() !== null; });
  var trigger = ScriptApp.newTrigger("onResponse").forSpreadsheet(ss).onFormSubmit().create();
  return {
    id: form.getId(),
    before: before,
    after: form.isPublished(),
    destination: form.getDestinationId() === ss.getId(),
    tabs: linked.map(function (s) { return s.getName() + "@" + s.getIndex(); }),
    reopened: FormApp.openByUrl(linked[0].getFormUrl()).getId() === form.getId(),
    trigger: trigger.getUniqueId(),
    type: String(trigger.getEventType()),
  };
}
function onResponse(e) {
  seen.push({
    mode: String(e.authMode),
    uid: e.triggerUid,
    values: e.values,
    named: e.namedValues,
    a1: e.range.getA1Notation(),
    tab: e.range.getSheet().getName(),
    same: e.source.getId() === SpreadsheetApp.getActive().getId(),
    user: Session.getEffectiveUser().getEmail(),
    isArray: e.values instanceof Array,
  });
}
function renameChoices(id) {
  FormApp.openById(id).getItems(FormApp.ItemType.LIST)[0].asListItem().setChoiceValues(["CB03 — Lê Văn Đức"]);
}
function triggerCount() { return ScriptApp.getProjectTriggers().length; }
function tryForm() {
  try { FormApp.create("x"); return "no error"; } catch (e) { return String(e); }
}
function tryTrigger() {
  try { ScriptApp.newTrigger("onResponse").forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create(); return "no error"; }
  catch (e) { return String(e); }
}
function asDate(id) {
  try { FormApp.openById(id).getItems()[0].asListItem(); } catch (e) { return String(e); }
}
`;

function setup(userLocale = "vi") {
  const book = logBook({ timeZone: "Asia/Ho_Chi_Minh" });
  const env = createLocalEnvironment({ books: [book], user: OWNER, userLocale });
  const context = env.createVmContext();
  vm.runInContext(SCRIPT, context);
  const call = (name: string, ...args: unknown[]) =>
    vm.runInContext(name, context)(...args) as Record<string, unknown> & string;
  return { book, env, context, call };
}

describe("FormApp and form-response delivery", () => {
  it("creates an unpublished form; setDestination adds a localised response tab first, found by its form link", () => {
    const { book, call } = setup();
    const made = call("makeForm");
    expect(made.before).toBe(false);
    expect(made.after).toBe(true);
    expect(made.destination).toBe(true);
    expect(made.tabs).toEqual(["Câu trả lời biểu mẫu 1@1"]);
    expect(made.reopened).toBe(true);
    expect(book.rawSheet("Câu trả lời biểu mẫu 1").rawValues()[0]).toEqual([
      "Dấu thời gian",
      "Địa chỉ email",
      "Ngày đi",
      "Cán bộ",
      "Số ngày",
      "Nội dung, kết quả",
    ]);
  });

  it("names the tab in English for an English-speaking user, with the next free number", () => {
    const { book, call } = setup("en");
    book.raw().addSheet("Form Responses 1");
    call("makeForm");
    expect(book.rawSheetNames()[0]).toBe("Form Responses 2");
    expect(book.rawSheet("Form Responses 2").rawValues()[0].slice(0, 2)).toEqual(["Timestamp", "Email Address"]);
  });

  it("appends a response with the book-zone timestamp and fires the on-form-submit trigger with the Sheets event", () => {
    const { book, env, context, call } = setup();
    const made = call("makeForm");
    const form = env.forms.byId(made.id as string)!;
    const row = form.rawSubmit({
      answers: {
        "Ngày đi": "2025-02-28",
        "Cán bộ": "CB02 — Trần Thị Hoà",
        "Số ngày": "1,5",
        "Nội dung, kết quả": "Dự sinh hoạt chi đoàn",
      },
      email: "hoa.tran@gmail.com",
      at: new Date("2025-03-01T01:30:05Z"),
    });
    expect(row).toBe(2);
    // The response row as the sheet shows it, and as the trigger's e.values hands it over.
    const shown = [
      "01/03/2025 08:30:05",
      "hoa.tran@gmail.com",
      "28/02/2025",
      "CB02 — Trần Thị Hoà",
      "1,5",
      "Dự sinh hoạt chi đoàn",
    ];
    const tab = book.rawSheet("Câu trả lời biểu mẫu 1");
    expect(tab.rawDisplayValues()[1]).toEqual(shown);
    expect(tab.rawValues()[1][4]).toBe(1.5);
    const seen = vm.runInContext("seen", context) as Record<string, unknown>[];
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      mode: "FULL",
      uid: made.trigger,
      a1: "A2:F2",
      tab: "Câu trả lời biểu mẫu 1",
      same: true,
      user: OWNER,
      isArray: true,
    });
    expect(seen[0].values).toEqual(shown);
    expect((seen[0].named as Record<string, string[]>)["Cán bộ"]).toEqual(["CB02 — Trần Thị Hoà"]);
    expect(env.triggers.runs.map((r) => r.error)).toEqual([null]);
  });

  it("refuses what the live form refuses: unpublished, a missing required answer, a value outside the list, days ≤ 0", () => {
    const { env, call } = setup();
    const made = call("makeForm");
    const form = env.forms.byId(made.id as string)!;
    const ok = { "Ngày đi": "2025-03-03", "Cán bộ": "CB01 — Nguyễn Văn An" };
    expect(() => form.rawSubmit({ answers: { "Cán bộ": "CB01 — Nguyễn Văn An" }, email: "an@x.vn" })).toThrow(
      /required/,
    );
    expect(() => form.rawSubmit({ answers: { ...ok, "Cán bộ": "Nguyễn Văn An" }, email: "an@x.vn" })).toThrow(
      /not a choice/,
    );
    expect(() => form.rawSubmit({ answers: { ...ok, "Số ngày": "0" }, email: "an@x.vn" })).toThrow(/validation/);
    expect(() => form.rawSubmit({ answers: ok })).toThrow(/signed in/);
    form.rawModel().published = false;
    expect(() => form.rawSubmit({ answers: ok, email: "an@x.vn" })).toThrow(/not published/);
    expect(env.forms.byId(made.id as string)!.rawModel().responses).toHaveLength(0);
  });

  it("setChoiceValues replaces the list and leaves earlier responses as they were", () => {
    const { book, env, call } = setup();
    const made = call("makeForm");
    const form = env.forms.byId(made.id as string)!;
    form.rawSubmit({ answers: { "Ngày đi": "2025-03-03", "Cán bộ": "CB01 — Nguyễn Văn An" }, email: "an@x.vn" });
    call("renameChoices", made.id);
    expect(form.rawQuestions()[1].choices).toEqual(["CB03 — Lê Văn Đức"]);
    expect(book.rawSheet("Câu trả lời biểu mẫu 1").rawValues()[1][3]).toBe("CB01 — Nguyễn Văn An");
  });

  it("retitling a question retitles its header; a question added later gets the next column", () => {
    const { book, env, call } = setup();
    const made = call("makeForm");
    const form = env.forms.byId(made.id as string)!;
    form.rawModel().items[0].title = "Ngày bắt đầu";
    form.addTextItem().setTitle("Ghi chú");
    form.rawSubmit({ answers: { "Ngày bắt đầu": "2025-03-03", "Cán bộ": "CB01 — Nguyễn Văn An" }, email: "an@x.vn" });
    expect(book.rawSheet("Câu trả lời biểu mẫu 1").rawValues()[0]).toEqual([
      "Dấu thời gian",
      "Địa chỉ email",
      "Ngày bắt đầu",
      "Cán bộ",
      "Số ngày",
      "Nội dung, kết quả",
      "Ghi chú",
    ]);
  });

  it("getProjectTriggers sees only the running user's triggers; a trigger runs as its owner", () => {
    const { env, call } = setup();
    call("makeForm");
    expect(call("triggerCount")).toBe(1);
    env.setActiveUser(ADMIN);
    expect(call("triggerCount")).toBe(0);
    expect(env.triggers.of()).toHaveLength(1);
  });

  it("refuses a 21st trigger of one user with the quota message", () => {
    const { env, call } = setup();
    for (let i = 0; i < 20; i++) expect(call("tryTrigger")).toBe("no error");
    expect(call("tryTrigger")).toBe(
      "Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.",
    );
    expect(env.triggers.of(OWNER)).toHaveLength(20);
  });

  it("FormApp and ScriptApp refuse outside FULL mode and when their scope was not granted", () => {
    const { env, call } = setup();
    expect(env.runAs("LIMITED", () => call("tryForm"))).toBe(
      "Exception: You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms",
    );
    expect(env.runAs("NONE", () => call("tryTrigger"))).toMatch(/ScriptApp.newTrigger/);
    env.denyScope("https://www.googleapis.com/auth/script.scriptapp");
    expect(call("tryTrigger")).toBe(
      "Exception: You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp",
    );
    expect(call("tryForm")).toBe("no error");
  });

  it("a form in the trash cannot be opened; converting an item to another kind fails like Forms", () => {
    const { env, call } = setup();
    const made = call("makeForm");
    expect(call("asDate", made.id)).toBe("Exception: Invalid conversion for item type: DATE.");
    env.forms.byId(made.id as string)!.rawDelete();
    expect(call("asDate", made.id)).toMatch(/^Exception: No item with the given ID could be found/);
  });
});
