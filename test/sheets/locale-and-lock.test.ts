// The locale question comes before the lock (a dialog suspends the script and its lock), writes are
// flushed before the lock is let go, and a book outside vi_VN is warned about on every command.
import { describe, expect, it } from "vitest";
import { LocalSpreadsheet } from "../../src/imitation";
import { addinFor } from "../support/addin";
import { OWNER, sampleBook } from "../support/sample-book";

describe("locale and lock", () => {
  it("Tạo bảng mẫu asks about the locale before taking the lock, and flushes before releasing it", async () => {
    const book = LocalSpreadsheet.create({ owner: OWNER, locale: "en_US" });
    const { run, env } = await addinFor(book);
    env.ui.respond("YES");
    run("taoBangMau");
    expect(book.raw().locale).toBe("vi_VN");
    expect(env.locks.lostToDialogs).toEqual([]);
    expect(env.locks.releases.length).toBeGreaterThan(0);
    expect(env.locks.releases.every((r) => r.unflushedWrites === 0)).toBe(true);
  });

  it("every command warns while the book is not in vi_VN, and stops warning once it is", async () => {
    const book = sampleBook({ locale: "en_US" });
    const { run, env } = await addinFor(book);
    for (const command of ["kiemTraNhatKy", "tinhTienDo", "xepLoaiDonVi"]) {
      run(command);
      expect(env.ui.alerts.at(-1)!.prompt, command).toMatch(/định dạng vùng «en_US».*3\/4\/2025.*vi_VN/s);
    }
    env.ui.respond("NO");
    run("taoBangMau");
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(/Giữ định dạng vùng «en_US»/);
    env.ui.respond("YES");
    run("taoBangMau");
    const alerts = env.ui.alerts.length;
    run("kiemTraNhatKy");
    expect(env.ui.alerts.length).toBe(alerts);
  });
});
