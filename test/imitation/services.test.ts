import { describe, expect, it } from "vitest";
import { createLocalEnvironment, installGlobals } from "../../src/imitation";
import { envWith, logBook, OWNER, STAFF } from "./helpers";

describe("LockService", () => {
  it("acquires a free lock, and is re-entrant within one execution", () => {
    const { env } = envWith();
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(env.globals.LockService.getDocumentLock().tryLock(1)).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(env.locks.isHeld("document")).toBe(false);
  });

  it("fails to get a lock another execution holds: tryLock answers false, waitLock throws the real error", () => {
    const { env } = envWith();
    env.locks.holdElsewhere("document");
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow("Lock timeout: another process was holding the lock for too long.");
    expect(env.locks.attempts.map((a) => [a.method, a.timeoutMs, a.acquired])).toEqual([
      ["tryLock", 1000, false],
      ["waitLock", 30000, false],
    ]);
    // The script lock is another lock.
    expect(env.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    env.locks.releaseElsewhere("document");
    expect(lock.tryLock(1000)).toBe(true);
  });

  it("gets a lock released during a long enough wait, without sleeping", () => {
    const { env } = envWith();
    env.locks.holdElsewhere("document", { releaseAfterMs: 5000 });
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    const started = Date.now();
    lock.waitLock(10000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(lock.hasLock()).toBe(true);
  });

  it("has no document lock in a standalone script", () => {
    const env = createLocalEnvironment({ books: [logBook()], active: null });
    expect(env.globals.LockService.getDocumentLock()).toBeNull();
    expect(env.globals.SpreadsheetApp.getActive()).toBeNull();
  });
});

describe("Utilities.getUuid", () => {
  it("gives a new version-4 UUID each call", () => {
    const { Utilities } = createLocalEnvironment().globals;
    const a = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(a);
  });
});

describe("Utilities.formatDate", () => {
  const { env } = envWith();
  const { Utilities } = env.globals;
  const instant = new Date("2024-02-29T01:05:09.042Z");

  it("formats the SimpleDateFormat letters in the given zone", () => {
    expect(Utilities.formatDate(instant, "Asia/Ho_Chi_Minh", "dd/MM/yyyy HH:mm:ss")).toBe("29/02/2024 08:05:09");
    expect(Utilities.formatDate(instant, "America/Los_Angeles", "d/M/yy H:m")).toBe("28/2/24 17:5");
    expect(Utilities.formatDate(instant, "Asia/Ho_Chi_Minh", "EEE, d MMM yyyy")).toBe("Thu, 29 Feb 2024");
    expect(Utilities.formatDate(instant, "Asia/Ho_Chi_Minh", "EEEE dd MMMM")).toBe("Thursday 29 February");
    expect(Utilities.formatDate(instant, "Asia/Ho_Chi_Minh", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      "2024-02-29T08:05:09.042+07:00",
    );
    expect(Utilities.formatDate(instant, "GMT+7", "HH:mm Z")).toBe("08:05 +0700");
    expect(Utilities.formatDate(instant, "UTC", "h:mm a")).toBe("1:05 AM");
    expect(Utilities.formatDate(instant, "Asia/Ho_Chi_Minh", "'Ngày' dd 'tháng' MM")).toBe("Ngày 29 tháng 02");
  });

  it("rejects what is not a date, and unknown pattern letters", () => {
    expect(() => Utilities.formatDate("29/02/2024" as unknown as Date, "Asia/Ho_Chi_Minh", "dd/MM/yyyy")).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
    expect(() => Utilities.formatDate(instant, "Asia/Ho_Chi_Minh", "dd/qq")).toThrow("Illegal pattern character 'q'");
  });
});

describe("Ui", () => {
  it("records menus with their handlers and separators", () => {
    const { env, app } = envWith();
    app
      .getUi()
      .createMenu("Tính chỉ tiêu")
      .addItem("Tạo bảng mẫu", "taoBangMau")
      .addSeparator()
      .addItem("Hướng dẫn", "huongDan")
      .addToUi();
    const menu = env.ui.menu("Tính chỉ tiêu")!;
    expect(menu.items).toEqual([
      { kind: "item", caption: "Tạo bảng mẫu", functionName: "taoBangMau" },
      { kind: "separator" },
      { kind: "item", caption: "Hướng dẫn", functionName: "huongDan" },
    ]);
    // Opening again replaces the menu rather than adding a second one.
    app.getUi().createMenu("Tính chỉ tiêu").addItem("Tạo bảng mẫu", "taoBangMau").addToUi();
    expect(env.ui.menus).toHaveLength(1);
  });

  it("answers alerts and prompts from the scripted queue, OK/YES by default", () => {
    const { env, app } = envWith();
    const ui = app.getUi();
    env.ui.respond("NO");
    env.ui.respond("OK", "vi_VN");
    expect(
      ui.alert("Chuyển bảng tính sang tiếng Việt?", "Đổi ngôn ngữ của bảng tính sang vi_VN?", ui.ButtonSet.YES_NO),
    ).toBe(ui.Button.NO);
    const answer = ui.prompt("Nhập ngôn ngữ", ui.ButtonSet.OK_CANCEL);
    expect(answer.getSelectedButton()).toBe(ui.Button.OK);
    expect(answer.getResponseText()).toBe("vi_VN");
    expect(ui.alert("Đã xong")).toBe(ui.Button.OK);
    expect(ui.alert("Tiếp tục?", ui.ButtonSet.YES_NO_CANCEL)).toBe(ui.Button.YES);
    expect(env.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.answer])).toEqual([
      ["Chuyển bảng tính sang tiếng Việt?", "Đổi ngôn ngữ của bảng tính sang vi_VN?", "YES_NO", "NO"],
      ["", "Đã xong", "OK", "OK"],
      ["", "Tiếp tục?", "YES_NO_CANCEL", "YES"],
    ]);
    env.ui.respond("YES");
    expect(() => ui.alert("Chỉ có nút OK")).toThrow("Scripted answer YES is not a button of ButtonSet.OK");
  });

  it("records dialogs and toasts, and has no Ui outside a user context", () => {
    const { env, app, ss } = envWith();
    const html = env.globals.HtmlService.createHtmlOutput("<p>Hướng dẫn</p>")
      .append("<p>Bước 1</p>")
      .setWidth(480)
      .setHeight(320);
    app.getUi().showModalDialog(html, "Hướng dẫn sử dụng");
    expect(env.ui.dialogs[0]).toMatchObject({
      kind: "modal",
      title: "Hướng dẫn sử dụng",
      html: "<p>Hướng dẫn</p><p>Bước 1</p>",
    });
    expect([html.getWidth(), html.getHeight()]).toEqual([480, 320]);
    ss.toast("Đã kiểm tra 120 dòng", "Tính chỉ tiêu", 5);
    expect(env.toasts()).toEqual([{ message: "Đã kiểm tra 120 dòng", title: "Tính chỉ tiêu", timeoutSeconds: 5 }]);
    env.ui.available = false;
    expect(() => app.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
  });
});

describe("Session, properties, logging", () => {
  it("reports the active user, hidden in some triggers, and the script's zone", () => {
    const { env } = envWith({ scriptTimeZone: "America/Los_Angeles" });
    const { Session } = env.globals;
    expect(Session.getActiveUser().getEmail()).toBe(OWNER);
    env.setActiveUser(STAFF, { visible: false });
    expect(Session.getActiveUser().getEmail()).toBe("");
    expect(Session.getEffectiveUser().getEmail()).toBe(STAFF);
    expect(Session.getScriptTimeZone()).toBe("America/Los_Angeles");
  });

  it("keeps document, script and per-user properties as strings", () => {
    const { env } = envWith();
    const { PropertiesService } = env.globals;
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty("lanChayCuoi", 3 as unknown as string);
    expect(doc.getProperty("lanChayCuoi")).toBe("3");
    expect(doc.getProperty("khongCo")).toBeNull();
    PropertiesService.getUserProperties().setProperties({ a: "1", b: "2" });
    env.setActiveUser(STAFF);
    expect(PropertiesService.getUserProperties().getProperties()).toEqual({});
    PropertiesService.getScriptProperties().setProperty("phienBan", "0.1.0");
    expect(PropertiesService.getScriptProperties().getKeys()).toEqual(["phienBan"]);
    PropertiesService.getDocumentProperties().deleteProperty("lanChayCuoi");
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({});
  });

  it("records Logger and console output and sleeps without waiting", () => {
    const { env } = envWith();
    env.globals.Logger.log("Đã đọc %s dòng", 120);
    env.globals.console.warn("Thiếu cột", "Ngày về");
    env.globals.Utilities.sleep(60_000);
    expect(env.logs).toEqual([
      { level: "Logger", message: "Đã đọc 120 dòng" },
      { level: "warn", message: "Thiếu cột Ngày về" },
    ]);
    expect(env.slept.ms).toBe(60_000);
  });

  it("installs the globals for in-process code and puts the old ones back", () => {
    const { env } = envWith();
    const g = globalThis as unknown as Record<string, unknown>;
    const before = g.console;
    const uninstall = installGlobals(env);
    try {
      expect(SpreadsheetApp.getActive().getName()).toBe("Đi cơ sở 2025");
      expect(Session.getActiveUser().getEmail()).toBe(OWNER);
    } finally {
      uninstall();
    }
    expect(g.SpreadsheetApp).toBeUndefined();
    expect(g.console).toBe(before);
  });
});
