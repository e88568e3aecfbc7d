// `Tạo biểu mẫu nhập` (SPEC §16) through the built bundle: the form a cadre fills on the phone, the
// response tab it feeds, and the trigger that checks each response like onEdit checks a typed row.
import { describe, expect, it } from "vitest";
import { FORM_TAB, H, SHEET } from "../../src/text";
import { addinFor, resultColumn } from "../support/addin";
import { day, OWNER, listSources, ROSTER, sampleBook } from "../support/sample-book";

const ADMIN = "admin@tinhdoan.vn";
const ADMIN2 = "pho.vanphong@tinhdoan.vn";
const HOA = "hoa.nt@tinhdoan.vn";

function officeBook(roster: unknown[][] = ROSTER) {
  return sampleBook({ editors: [ADMIN, ADMIN2, HOA], admins: [ADMIN, ADMIN2], sheets: { [SHEET.roster]: roster } });
}

const lastAlert = (env: { ui: { alerts: { prompt: string }[] } }) => env.ui.alerts.at(-1)?.prompt ?? "";

/** A valid visit of Nguyễn Thị Hoà, as she picks it on her phone. */
const HOA_VISIT = {
  [H.dateFrom]: "2025-05-12",
  [H.dateTo]: "2025-05-13",
  [H.cadre]: "CB001 — Nguyễn Thị Hoà",
  [H.unit]: "DV02 — Đoàn phường Tân Bình",
  [H.activity]: "Dự sinh hoạt chi đoàn",
  [H.days]: "2",
  [H.content]: "Dự sinh hoạt chi đoàn khu phố 2",
};

async function withForm(user = ADMIN) {
  const book = officeBook();
  const addin = await addinFor(book, { user });
  addin.run("taoBieuMauNhap");
  const form = addin.env.forms.linkedTo(book.getId())[0];
  return { ...addin, form };
}

describe("Tạo biểu mẫu nhập", () => {
  it("creates one published form whose questions are titled like the log, with the book's lists", async () => {
    const { env, book, form } = await withForm();
    expect(env.forms.list()).toHaveLength(1);
    expect(form.getTitle()).toBe("Nhật ký đi cơ sở — Đi cơ sở 2025");
    expect(form.isPublished()).toBe(true);
    expect(form.collectsEmail()).toBe(true);
    const q = form.rawQuestions();
    expect(q.map((x) => [x.title, x.type, x.required])).toEqual([
      [H.dateFrom, "DATE", true],
      [H.dateTo, "DATE", false],
      [H.cadre, "LIST", true],
      [H.unit, "LIST", true],
      [H.activity, "LIST", false],
      [H.days, "TEXT", false],
      [H.content, "PARAGRAPH_TEXT", false],
    ]);
    expect(q[2].choices).toEqual([
      "CB001 — Nguyễn Thị Hoà",
      "CB002 — Trần Văn Đức",
      "CB003 — Lê Thị Thuỷ",
      "CB004 — Phạm Minh Khôi",
    ]);
    expect(q[3].choices[0]).toBe("DV01 — Đoàn xã Tân Phú");
    expect(q[4].choices).toContain("Dự sinh hoạt chi đoàn");
    // The response tab is found by its form link, renamed, and placed after the main log.
    const tabs = book.rawSheetNames();
    expect(tabs.indexOf(FORM_TAB.responses)).toBeGreaterThan(tabs.indexOf(SHEET.log));
    expect(book.rawSheetNames().some((n) => n.startsWith("Câu trả lời"))).toBe(false);
    expect(lastAlert(env)).toContain(form.getPublishedUrl());
    expect(env.triggers.of()).toHaveLength(1);
    expect(env.triggers.of()[0].owner).toBe(ADMIN);
  });

  it("a second run after a roster change refreshes the lists: no second form, no second trigger", async () => {
    const { env, book, form, run } = await withForm();
    const roster = book.rawSheet(SHEET.roster);
    roster.rawSetValues(5, 7, [[day(31, 3)]]); // Phạm Minh Khôi's quota ended on 31/03/2025
    roster.rawSetValues(6, 1, [["CB005", "Võ Thành Nam", "Cán bộ", "Văn phòng", "", "", "", ""]]);
    form.rawModel().items[2].title = "Tên cán bộ"; // someone retitled a question by hand
    form.setPublished(false); // and closed the form
    run("taoBieuMauNhap");
    expect(form.isPublished()).toBe(true);
    expect(lastAlert(env)).toMatch(/bật lại/);
    expect(env.forms.list()).toHaveLength(1);
    expect(env.triggers.of()).toHaveLength(1);
    const q = form.rawQuestions();
    expect(q[2].title).toBe(H.cadre);
    expect(q[2].choices).toContain("CB005 — Võ Thành Nam");
    expect(q[2].choices).not.toContain("CB004 — Phạm Minh Khôi");
    expect(book.rawSheetNames().filter((n) => n === FORM_TAB.responses)).toHaveLength(1);
  });

  it("a submitted response becomes a checked row: valid, wrong email warned, duplicate of the main log an error", async () => {
    const { env, book, form } = await withForm();
    form.rawSubmit({ answers: HOA_VISIT, email: HOA, at: new Date("2025-05-14T02:00:00Z") });
    form.rawSubmit({
      answers: { ...HOA_VISIT, [H.dateFrom]: "2025-05-20", [H.dateTo]: "", [H.days]: "1" },
      email: "hoa.nguyen.1990@gmail.com",
      at: new Date("2025-05-20T09:00:00Z"),
    });
    // Sample log row 2: CB002 at DV02 on 15/03/2025, one day.
    form.rawSubmit({
      answers: {
        [H.dateFrom]: "2025-03-15",
        [H.cadre]: "CB002 — Trần Văn Đức",
        [H.unit]: "DV02 — Đoàn phường Tân Bình",
        [H.activity]: "Khảo sát, nắm tình hình đoàn viên thanh niên",
        [H.content]: "Khảo sát tình hình thanh niên",
      },
      email: "duc.tv@tinhdoan.vn",
      at: new Date("2025-03-16T01:00:00Z"),
    });
    expect(env.triggers.runs.map((r) => r.error)).toEqual([null, null, null]);
    const status = resultColumn(book, FORM_TAB.responses, H.checkStatus, 1);
    const detail = resultColumn(book, FORM_TAB.responses, H.checkDetail, 1);
    expect(status).toEqual(["Hợp lệ", "Cảnh báo", "Lỗi"]);
    expect(detail[1]).toContain("hoa.nguyen.1990@gmail.com");
    expect(detail[1]).toContain(HOA);
    expect(detail[2]).toMatch(/Trùng với dòng \d+ trang «Nhật ký đi cơ sở»/);
  });

  it("the response tab's rows count in Tiến độ chỉ tiêu", async () => {
    const { book, form, run } = await withForm();
    run("tinhTienDo");
    const total = () => {
      const codes = resultColumn(book, SHEET.progress, H.cadreCode);
      return resultColumn(book, SHEET.progress, H.totalDays)[codes.indexOf("CB001")];
    };
    const without = total();
    form.rawSubmit({
      answers: { ...HOA_VISIT, [H.dateFrom]: "2025-06-10", [H.dateTo]: "2025-06-11" },
      email: HOA,
      at: new Date("2025-06-12T01:00:00Z"),
    });
    run("tinhTienDo");
    expect(Number(total()) - Number(without)).toBe(2);
  });

  it("a response tab whose question was retitled is skipped with a warning until the next run restores it", async () => {
    const { env, book, form, run } = await withForm();
    form.rawModel().items[2].title = "Họ tên cán bộ"; // retitled by hand in the form editor
    const { [H.cadre]: cadre, ...rest } = HOA_VISIT;
    form.rawSubmit({ answers: { ...rest, "Họ tên cán bộ": cadre }, email: HOA, at: new Date("2025-05-14T02:00:00Z") });
    expect(book.rawSheet(FORM_TAB.responses).rawValues()[0]).toContain("Họ tên cán bộ");
    run("kiemTraNhatKy");
    expect(lastAlert(env)).toMatch(/«Nhật ký \(biểu mẫu\)» thiếu cột «Cán bộ».*Tạo biểu mẫu nhập/s);
    expect(resultColumn(book, SHEET.log, H.checkStatus, 1)[0]).not.toBe("");
    run("taoBieuMauNhap");
    run("kiemTraNhatKy");
    expect(resultColumn(book, FORM_TAB.responses, H.checkStatus, 1)).toEqual(["Hợp lệ"]);
  });

  it("a copy of the book (same document properties) gets its own form; the original's is left alone", async () => {
    const { env, book, form, run } = await withForm();
    const copy = env.addBook(officeBook());
    for (const [k, v] of book.raw().documentProperties) copy.raw().documentProperties.set(k, v);
    env.setActive(copy);
    const before = form.rawQuestions();
    run("taoBieuMauNhap");
    expect(env.forms.linkedTo(copy.getId())).toHaveLength(1);
    expect(env.forms.linkedTo(copy.getId())[0].getId()).not.toBe(form.getId());
    expect(form.rawQuestions()).toEqual(before);
    expect(env.forms.linkedTo(book.getId())[0].getId()).toBe(form.getId());
  });

  it("the trigger ignores responses of another form linked to the book", async () => {
    const { env, book } = await withForm();
    const other = env.globals.FormApp.create("Đăng ký dự hội nghị") as unknown as ReturnType<
      typeof env.forms.list
    >[number];
    other.addTextItem().setTitle("Họ và tên");
    other.setPublished(true);
    other.setDestination(env.globals.FormApp.DestinationType.SPREADSHEET, book.getId());
    const foreign = book.rawSheetNames()[0];
    other.rawSubmit({ answers: { "Họ và tên": "Nguyễn Thị Hoà" } });
    expect(env.triggers.runs.at(-1)?.error).toBeNull();
    expect(book.rawSheet(foreign).rawValues()[0]).toEqual(["Dấu thời gian", "Họ và tên"]);
  });

  it("Phân quyền keeps the response tab for admins; the form still writes to it", async () => {
    const { env, book, form, run } = await withForm();
    run("phanQuyen");
    const p = book.raw().protections.find((x) => x.sheet.name === FORM_TAB.responses && x.kind === "SHEET");
    expect(p).toBeDefined();
    expect([...(p!.editors ?? [])].sort()).toEqual([ADMIN, ADMIN2, OWNER].sort());
    expect(lastAlert(env)).toContain(`«${FORM_TAB.responses}»: chỉ quản trị viên sửa được`);
    form.rawSubmit({ answers: HOA_VISIT, email: HOA, at: new Date("2025-05-14T02:00:00Z") });
    expect(resultColumn(book, FORM_TAB.responses, H.checkStatus, 1)).toEqual(["Hợp lệ"]);
  });

  it("Tổng hợp từ file khác copies another book's response tab, its timestamp as Ngày báo cáo", async () => {
    const { env, book: district, form, run } = await withForm();
    form.rawSubmit({ answers: HOA_VISIT, email: HOA, at: new Date("2025-05-14T02:00:00Z") });
    const province = env.addBook(officeBook());
    listSources(province, [["Huyện", district.getId()]]);
    env.setActive(province);
    run("tongHopTuFileKhac");
    const snap = province.rawSheet("Nhật ký (nguồn) - Huyện");
    const header = snap.rawValues()[0];
    const rows = snap.rawDisplayValues().filter((r) => r.at(-2) === FORM_TAB.responses);
    expect(rows).toHaveLength(1);
    expect(rows[0][header.indexOf(H.reportDate)]).toBe("14/05/2025");
    run("kiemTraNhatKy");
    const status = snap.rawValues().filter((r) => r.at(-2) === FORM_TAB.responses)[0][header.indexOf(H.checkStatus)];
    expect(status).toBe("Hợp lệ");
  });

  it("a non-admin gets the admin message and nothing is made", async () => {
    const book = officeBook();
    const { env, run } = await addinFor(book, { user: HOA });
    run("taoBieuMauNhap");
    expect(lastAlert(env)).toMatch(/chỉ dành cho quản trị viên/);
    expect(env.forms.list()).toHaveLength(0);
    expect(env.triggers.of()).toHaveLength(0);
  });

  it("another admin is told whose trigger is active and may take it over — never two checking", async () => {
    const { env, form, run } = await withForm(ADMIN);
    env.setActiveUser(ADMIN2);
    env.ui.respond("YES");
    run("taoBieuMauNhap");
    expect(env.ui.alerts.some((a) => a.prompt.includes(ADMIN))).toBe(true);
    expect(env.forms.list()).toHaveLength(1);
    form.rawSubmit({ answers: HOA_VISIT, email: HOA, at: new Date("2025-05-14T02:00:00Z") });
    // The old trigger fired once, saw it is no longer the book's and removed itself.
    expect(env.triggers.of().map((t) => t.owner)).toEqual([ADMIN2]);
  });

  it("a deleted form is reported and made again only after the admin agrees", async () => {
    const { env, form, run, book } = await withForm();
    form.rawDelete();
    env.ui.respond("NO");
    run("taoBieuMauNhap");
    expect(env.forms.list().filter((f) => !f.rawModel().deleted)).toHaveLength(0);
    env.ui.respond("YES");
    run("taoBieuMauNhap");
    const live = env.forms.linkedTo(book.getId());
    expect(live).toHaveLength(1);
    expect(book.rawSheetNames()).toContain(FORM_TAB.older);
    expect(book.rawSheetNames()).toContain(FORM_TAB.responses);
  });

  it("reports when the trigger cannot be installed, and the form still works", async () => {
    const book = officeBook();
    const { env, run } = await addinFor(book, { user: ADMIN });
    env.denyScope("https://www.googleapis.com/auth/script.scriptapp");
    run("taoBieuMauNhap");
    expect(lastAlert(env)).toMatch(/chưa bật được việc kiểm tra tự động/);
    expect(env.forms.linkedTo(book.getId())).toHaveLength(1);
  });
});
