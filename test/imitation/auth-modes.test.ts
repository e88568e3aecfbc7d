// What each authorization mode lets a script call: onOpen runs in NONE, onEdit in LIMITED, a custom
// function in CUSTOM_FUNCTION, a menu item or an installable trigger in FULL.
import { describe, expect, it } from "vitest";
import { customFunctionsOf, entryPointMode } from "../../src/imitation/auth";
import { ADMIN, envWith, OWNER } from "./helpers";

const SHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets";

describe("authorization modes", () => {
  it("onOpen in NONE may build its menu but not touch the file, properties or the user's identity", () => {
    const { env, app } = envWith();
    env.runAs("NONE", () => {
      app.getUi().createMenu("Tính chỉ tiêu").addItem("Kiểm tra nhật ký", "kiemTraNhatKy").addToUi();
      expect(() => app.getActiveSpreadsheet()).toThrow(
        "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)",
      );
      expect(() => app.getActiveSheet()).toThrow(/permission to call SpreadsheetApp.getActiveSheet/);
      expect(() => env.globals.PropertiesService.getDocumentProperties()).toThrow(
        /permission to call PropertiesService.getDocumentProperties/,
      );
      expect(() => env.globals.Session.getEffectiveUser()).toThrow(
        "You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email",
      );
    });
    expect(env.ui.menu("Tính chỉ tiêu")?.items).toHaveLength(1);
    expect(env.authMode).toBe("FULL");
  });

  it("onEdit in LIMITED reads and writes its own book, but opens no other file and shows no dialog", () => {
    const { env, app, ss } = envWith();
    const other = env.addBook({ name: "Sổ của huyện", owner: ADMIN });
    env.runAs("LIMITED", () => {
      const sheet = app.getActiveSpreadsheet().getSheetByName("Nhật ký đi cơ sở")!;
      sheet.getRange("F2").setValue("Hợp lệ");
      expect(env.globals.Session.getActiveUser().getEmail()).toBe(OWNER);
      expect(env.globals.PropertiesService.getDocumentProperties().getProperty("x")).toBeNull();
      expect(() => app.openById(other.getId())).toThrow(
        `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${SHEETS_SCOPE}`,
      );
      expect(() => app.openByUrl(other.getUrl())).toThrow(/permission to call SpreadsheetApp.openByUrl/);
      expect(() => app.create("Sổ mới")).toThrow(/permission to call SpreadsheetApp.create/);
      const ui = app.getUi();
      expect(() => ui.alert("Đã kiểm tra")).toThrow(
        "You do not have permission to call Ui.alert. Required permissions: https://www.googleapis.com/auth/script.container.ui",
      );
      expect(() => ui.showModalDialog(env.globals.HtmlService.createHtmlOutput("<p>x</p>"), "Kết quả")).toThrow(
        /permission to call Ui.showModalDialog/,
      );
      expect(() => env.globals.DocumentApp.create("Báo cáo")).toThrow(/permission to call DocumentApp.create/);
      expect(() => env.globals.FormApp.create("Nhật ký")).toThrow(/permission to call FormApp.create/);
      expect(() => env.globals.ScriptApp.getProjectTriggers()).toThrow(
        /permission to call ScriptApp.getProjectTriggers/,
      );
    });
    expect(ss.getSheetByName("Nhật ký đi cơ sở")!.getRange("F2").getValue()).toBe("Hợp lệ");
    expect(env.ui.dialogs).toEqual([]);
  });

  it("a custom function reads its book, but every write, getUi and the user's identity are refused", () => {
    const { env, app, ss } = envWith();
    const log = ss.getSheetByName("Nhật ký đi cơ sở")!;
    env.runAs("CUSTOM_FUNCTION", () => {
      expect(log.getRange("C2").getValue()).toBe("Nguyễn Thị Hoà");
      expect(() => log.getRange("F2").setValue("Hợp lệ")).toThrow("You do not have permission to call setValue");
      expect(() => log.getRange("F2:F3").setValues([["a"], ["b"]])).toThrow(
        "You do not have permission to call setValues",
      );
      expect(() => ss.insertSheet("Tạm")).toThrow("You do not have permission to call insertSheet");
      expect(() => log.getRange("A1").protect()).toThrow("You do not have permission to call protect");
      expect(() => app.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
      expect(() => app.openById(ss.getId())).toThrow(/permission to call SpreadsheetApp.openById/);
      expect(() => env.globals.Session.getEffectiveUser()).toThrow(/permission to call Session.getEffectiveUser/);
      expect(() => env.globals.DocumentApp.openById("x")).toThrow(/permission to call DocumentApp.openById/);
      // Lock and Utilities work there (Custom Functions guide: "works, but not particularly useful").
      expect(env.globals.LockService.getDocumentLock().tryLock(100)).toBe(true);
      expect(env.globals.Session.getScriptTimeZone()).toBe("Asia/Ho_Chi_Minh");
    });
    expect(log.getRange("F2").getValue()).toBe("");
    expect(ss.getSheetByName("Tạm")).toBeNull();
  });

  it("a custom function sees the owner's user properties; an editor's changes to them are not kept", () => {
    const { env } = envWith({ user: ADMIN });
    env.userPropertiesOf(OWNER).set("cheDo", "chủ sở hữu");
    env.runAs("CUSTOM_FUNCTION", () => {
      const props = env.globals.PropertiesService.getUserProperties();
      expect(props.getProperty("cheDo")).toBe("chủ sở hữu");
      props.setProperty("cheDo", "cán bộ");
    });
    expect(env.userPropertiesOf(OWNER).get("cheDo")).toBe("chủ sở hữu");
    expect(env.userPropertiesOf(ADMIN).size).toBe(0);
  });

  it("without the user's authorization the active user's email is '' unless owner and user share a Workspace domain", () => {
    const { env } = envWith({ user: ADMIN });
    const email = () => env.globals.Session.getActiveUser().getEmail();
    for (const mode of ["NONE", "LIMITED", "CUSTOM_FUNCTION"] as const)
      expect(env.runAs(mode, email), mode).toBe(ADMIN);
    env.setActiveUser("doanvien.xa@gmail.com");
    expect(env.runAs("LIMITED", email)).toBe("");
    expect(env.runAs("CUSTOM_FUNCTION", email)).toBe("");
    expect(email()).toBe("doanvien.xa@gmail.com");
    const gmail = envWith({ user: "canbo@gmail.com" }, { owner: "bithu@gmail.com", editors: ["canbo@gmail.com"] }).env;
    expect(gmail.runAs("LIMITED", () => gmail.globals.Session.getActiveUser().getEmail())).toBe("");
  });

  it("runAs puts the mode back when the body throws", () => {
    const { env } = envWith();
    expect(() =>
      env.runAs("CUSTOM_FUNCTION", () => {
        throw new Error("lỗi");
      }),
    ).toThrow("lỗi");
    expect(env.authMode).toBe("FULL");
    expect(() => env.runAs("ANONYMOUS" as never, () => 1)).toThrow("Unknown authorization mode ANONYMOUS");
  });

  it("entry points get the mode Sheets gives them; custom functions are found by their @customfunction JSDoc", () => {
    const code = `/**
 * Số ngày được tính của một chuyến.
 * @param {Date} ngay_di
 * @customfunction
 */
function DICOSO_SONGAY(ngay_di) { return 1; }
/** Helper, not a custom function. */
function tinhTienDo() {}`;
    const custom = customFunctionsOf(code);
    expect([...custom]).toEqual(["DICOSO_SONGAY"]);
    expect(["onOpen", "onEdit", "DICOSO_SONGAY", "tinhTienDo"].map((n) => entryPointMode(n, custom))).toEqual([
      "NONE",
      "LIMITED",
      "CUSTOM_FUNCTION",
      "FULL",
    ]);
  });
});
