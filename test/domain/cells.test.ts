import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cellDisplay,
  cellString,
  dayFromSerial,
  dayFromYmd,
  foldText,
  formatDay,
  isPlainLatin,
  formatNumber,
  isBlankCell,
  looseFold,
  readChoice,
  memoZoneDay,
  readDate,
  readDay,
  readLevel,
  readNumber,
  readYesNo,
  roundDays,
  roundHalfUp,
  roundScore,
  serialFromDay,
  stripDiacritics,
  ymdFromDay,
} from "../../src/domain";
import { D, intlZoneDay, sheetDate, VN, zoneDay } from "./helpers";

const ctx = { zoneDay, year: 2025 };
const day = (c: unknown, year = 2025) => {
  const r = readDate(c as never, { zoneDay, year });
  return r.kind === "day" ? formatDay(r.day) : r.kind;
};

describe("calendar days", () => {
  it("round-trips days, serials and dd/mm/yyyy across leap years", () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(formatDay(dayFromYmd(2024, 2, 29))).toBe("29/02/2024");
    expect(ymdFromDay(dayFromYmd(2000, 3, 1))).toEqual({ y: 2000, m: 3, d: 1 });
    expect(dayFromYmd(2025, 1, 1) - dayFromYmd(2024, 1, 1)).toBe(366);
    expect(serialFromDay(dayFromYmd(2025, 3, 15))).toBe(45731);
    expect(dayFromSerial(45731.75)).toBe(dayFromYmd(2025, 3, 15));
    for (let d = -800; d < 80000; d += 37)
      expect(dayFromYmd(ymdFromDay(d).y, ymdFromDay(d).m, ymdFromDay(d).d)).toBe(d);
  });
});

describe("reading dates", () => {
  it("reads every listed text form day-first, never month-first", () => {
    expect(day("15/3/2025")).toBe("15/03/2025");
    expect(day("05/03/2025")).toBe("05/03/2025"); // 5 March, not 3 May
    expect(day("5-3-2025")).toBe("05/03/2025");
    expect(day("05.03.2025")).toBe("05/03/2025");
    expect(day("2025-03-05")).toBe("05/03/2025");
    expect(day(" 15/03/25 ")).toBe("15/03/2025");
    expect(day("15/03/2025 08:30")).toBe("15/03/2025");
    expect(day("15/3", 2025)).toBe("15/03/2025");
    expect(day("15/3", 2024)).toBe("15/03/2024");
  });

  it("tells impossible dates from unreadable text, quoting the text", () => {
    expect(day("29/02/2024")).toBe("29/02/2024");
    expect(readDate("29/02/2025", ctx)).toEqual({ kind: "impossible", text: "29/02/2025" });
    expect(readDate("31/04/2025", ctx)).toEqual({ kind: "impossible", text: "31/04/2025" });
    expect(readDate("3/15/2025", ctx)).toEqual({ kind: "impossible", text: "3/15/2025" }); // month-first is not guessed
    expect(readDate("ngày mai", ctx)).toEqual({ kind: "unreadable", text: "ngày mai" });
    expect(readDate("15/3", { zoneDay })).toEqual({ kind: "noYear", text: "15/3" });
    expect(readDate(true, ctx).kind).toBe("unreadable");
    expect(readDate(new Date(NaN), ctx).kind).toBe("unreadable");
  });

  it("reads Sheets serial numbers only in 36526–73050", () => {
    expect(day(45731)).toBe("15/03/2025");
    expect(day("45731")).toBe("15/03/2025");
    expect(day(36526)).toBe("01/01/2000");
    expect(day(73050)).toBe("31/12/2099");
    expect(readDate(36525, ctx).kind).toBe("unreadable");
    expect(readDate(2025, ctx).kind).toBe("unreadable");
  });

  it("turns a Date into the calendar day of the spreadsheet's zone, not the host's", () => {
    const vnMidnight = sheetDate(2025, 3, 1, VN); // 28/02 17:00 UTC
    expect(vnMidnight.toISOString()).toBe("2025-02-28T17:00:00.000Z");
    expect(day(vnMidnight)).toBe("01/03/2025");
    const la = "America/Los_Angeles";
    const laMidnight = sheetDate(2025, 3, 9, la); // the day daylight saving time starts there
    expect(readDate(laMidnight, { zoneDay: intlZoneDay(la) })).toEqual({ kind: "day", day: D("09/03/2025") });
    expect(readDate(sheetDate(2025, 11, 2, la), { zoneDay: intlZoneDay(la) })).toEqual({
      kind: "day",
      day: D("02/11/2025"),
    });
  });

  // The log check reads Date cells through a shortcut; every cell must read as readDate reads it, and
  // memoZoneDay must give each instant (whole minute or not) its own day.
  it("reads every cell in the log check's shortcut as readDate does", () => {
    const zd = memoZoneDay(intlZoneDay("America/Los_Angeles"));
    const cell = fc.oneof(
      fc.date({ noInvalidDate: false, min: new Date(Date.UTC(1999, 0, 1)), max: new Date(Date.UTC(2101, 0, 1)) }),
      fc.integer({ min: 946684800, max: 4102444800 }).map((s) => new Date(s * 1000)),
      fc.integer({ min: 30000, max: 80000 }),
      fc.constantFrom("", " ", "15/3/2025", "15/3", "29/02/2025", "2025-03-15", "45000", "abc", true, null, undefined),
    );
    fc.assert(
      fc.property(cell, (c) => {
        const r = readDate(c, { zoneDay: zd, year: 2025 });
        expect(readDay(c, { zoneDay: zd, year: 2025 })).toEqual(r.kind === "day" ? r.day : r);
        if (c instanceof Date && r.kind === "day") expect(r.day).toBe(intlZoneDay("America/Los_Angeles")(c));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("reading numbers and words", () => {
  it("reads decimal commas and units, rejects words", () => {
    expect(readNumber("1,5")).toEqual({ kind: "number", value: 1.5 });
    expect(readNumber(" 0.5 ")).toEqual({ kind: "number", value: 0.5 });
    expect(readNumber("2 ngày")).toEqual({ kind: "number", value: 2 });
    expect(readNumber("90%")).toEqual({ kind: "number", value: 90 });
    expect(readNumber(3)).toEqual({ kind: "number", value: 3 });
    expect(readNumber("")).toEqual({ kind: "blank" });
    expect(readNumber("\u00a0\u200b")).toEqual({ kind: "blank" });
    expect(readNumber("hai")).toEqual({ kind: "invalid", text: "hai" });
    expect(readNumber(true).kind).toBe("invalid");
    expect(readNumber(NaN).kind).toBe("invalid");
  });

  it("reads yes/no words in Vietnamese and English", () => {
    for (const y of ["Có", "có", "CO", "Yes", "TRUE", "x", true, 1]) expect(readYesNo(y)).toBe(true);
    for (const n of ["Không", "khong", "No", "FALSE", false, 0]) expect(readYesNo(n)).toBe(false);
    expect(readYesNo("")).toBeUndefined();
    expect(readYesNo("có lẽ")).toBeNull();
  });

  it("reads rating levels by name, abbreviation and known misspellings", () => {
    expect(readLevel("Hoàn thành xuất sắc nhiệm vụ")).toBe("top");
    expect(readLevel("htxsnv")).toBe("top");
    expect(readLevel("HTSXNV")).toBe("top");
    expect(readLevel("HTTTNV")).toBe("good");
    expect(readLevel("Hoàn thành tốt nhiệm vụ")).toBe("good");
    expect(readLevel("H.T.N.V")).toBe("pass");
    expect(readLevel("Không hoàn thành nhiệm vụ")).toBe("fail");
    expect(readLevel("constructor")).toBeNull();
    expect(readLevel("Giỏi")).toBeNull();
  });

  it("reads fixed choices loosely", () => {
    const options = { warn: ["Cảnh báo"], downgrade: ["Hạ loại"] };
    expect(readChoice("ha loai", options)).toBe("downgrade");
    expect(readChoice(" CẢNH BÁO ", options)).toBe("warn");
    expect(readChoice("bỏ qua", options)).toBeNull();
  });

  it("sees whitespace and zero-width text as blank, and shows values as typed", () => {
    expect(isBlankCell(" \u00a0\u200b\t")).toBe(true);
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell(false)).toBe(false);
    expect(cellDisplay(1.5)).toBe("1,5");
    expect(cellDisplay(sheetDate(2025, 3, 15), zoneDay)).toBe("15/03/2025");
  });
});

describe("rounding", () => {
  it("rounds half-up on the decimal value, not the binary one", () => {
    expect(roundDays(0.15)).toBe(0.2);
    expect(roundDays(0.25)).toBe(0.3);
    expect(roundDays(1.05)).toBe(1.1);
    expect(roundDays(2.449)).toBe(2.4);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(8.675)).toBe(8.68);
    expect(roundHalfUp(-0.15, 1)).toBe(-0.2);
    expect(roundHalfUp(30.2466, 0)).toBe(30);
    expect(formatNumber(92.5)).toBe("92,5");
  });
});

describe("folding Vietnamese text", () => {
  it("unifies NFC/NFD, old/new tone placement, case and spaces", () => {
    expect(foldText("Trần Thị Hoà".normalize("NFD"))).toBe(foldText("TRẦN THỊ HÒA"));
    expect(foldText("Lê  Thị\u00a0Thuỷ")).toBe(foldText("lê thị thủy"));
    expect(foldText("khoẻ")).toBe(foldText("khỏe"));
    expect(foldText("Hoá")).toBe(foldText("Hóa"));
    expect(foldText("quý")).toBe("quý");
    expect(looseFold("Đoàn xã Đức Liễu")).toBe("doan xa duc lieu");
  });

  // Codes and plain typed names take a shortcut (no normalizing, no space rules); padding a text with
  // spaces sends it down the full path, which trims them again, so both paths must agree.
  const typed = fc.string({
    unit: fc.constantFrom(..."CBDVcb0129 -./:Aa\t\u00a0\u200bđĐoàOÀuýUÝqèẸễĂ\u0301\u0323~".split("")),
    maxLength: 16,
  });
  it("folds codes and names typed in plain letters as the full rules do", () => {
    fc.assert(
      fc.property(typed, (s) => {
        expect(foldText(s)).toBe(foldText(` ${s} `));
        expect(cellString(s)).toBe(cellString(` ${s} `));
        const f = foldText(s);
        expect(stripDiacritics(f)).toBe(stripDiacritics(`${f}\u0301`));
        // Folded text folds to itself: the looser key strips an exact key without folding it again.
        expect(foldText(f)).toBe(f);
        expect(foldText(` ${s}`.normalize("NFD"))).toBe(foldText(foldText(` ${s}`.normalize("NFD"))));
      }),
      { numRuns: 2000 },
    );
    expect(foldText("CB0012")).toBe("cb0012");
    expect(cellString(" DV 7\u00a0")).toBe("DV 7");
  });

  it("folds every precomposed Latin letter, alone and after o, u or q, as the full rules do", () => {
    const letters: string[] = [];
    for (let c = 0xc0; c <= 0x24f; c++) letters.push(String.fromCharCode(c));
    for (let c = 0x1e00; c <= 0x1eff; c++) letters.push(String.fromCharCode(c));
    for (let c = 0x21; c <= 0x7e; c++) letters.push(String.fromCharCode(c));
    for (const l of letters) {
      for (const s of [l, `o${l}`, `U${l}`, `qu${l}`, `${l}a`, `Ho${l} An`, `hoà${l}`, `THUỶ${l}`, `khoẻ ${l}`]) {
        expect(foldText(s)).toBe(foldText(` ${s} `));
        expect(cellString(s)).toBe(cellString(` ${s} `));
        expect(foldText(foldText(s))).toBe(foldText(s));
      }
    }
    expect(foldText("Nguyễn Văn Hoà")).toBe("nguyễn văn hòa");
    expect(foldText("ĐOÀN XÃ")).toBe("đoàn xã");
  });

  it("tells plain Latin text as its rule says, for every character alone, inside a word and between spaces", () => {
    const allowed = (ch: number) =>
      (ch >= 0x21 && ch <= 0x7e) || (ch >= 0xc0 && ch <= 0x24f) || (ch >= 0x1e00 && ch <= 0x1eff);
    // The rule written plainly: allowed characters, words split by single spaces, no space at either end.
    const plain = (s: string) =>
      s === "" || s.split(" ").every((w) => w.length > 0 && [...w].every((c) => allowed(c.charCodeAt(0))));
    const wrong: string[] = [];
    for (let ch = 0; ch < 0x10000; ch++) {
      const c = String.fromCharCode(ch);
      for (const s of [c, `a${c}`, `${c}b`, `a ${c} b`, `${c}${c}`]) if (isPlainLatin(s) !== plain(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
    expect(isPlainLatin("")).toBe(true);
    expect(isPlainLatin("Nguyễn Văn An")).toBe(true);
    expect(isPlainLatin("Nguyễn  Văn")).toBe(false);
  });

  it("strips the marks of every precomposed Latin letter, alone and beside others, as NFD does", () => {
    const plain = (s: string) =>
      s
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .normalize("NFC");
    const letters: string[] = [];
    for (let c = 0xc0; c <= 0x24f; c++) letters.push(String.fromCharCode(c));
    for (let c = 0x1e00; c <= 0x1eff; c++) letters.push(String.fromCharCode(c));
    for (const l of letters) {
      for (const s of [l, `a${l}`, `${l}b`, `nguy${l}n ${l}${l}`, `${l}\u0301`, `đ${l}Đ`]) {
        expect(stripDiacritics(s)).toBe(plain(s));
      }
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters, ..."aZ 0-đĐ\u0301\u0323ΩЖ".split("")) }), (s) => {
        expect(stripDiacritics(s)).toBe(plain(s));
      }),
      { numRuns: 2000 },
    );
    expect(stripDiacritics("nguyễn văn hòa")).toBe("nguyen van hoa");
  });

  it("gives each of many instants sharing the remembered slots its own day", () => {
    const plain = intlZoneDay("Asia/Ho_Chi_Minh");
    const zd = memoZoneDay(plain);
    // 20,000 midnights and near-midnights over 30 years, more than the slots, asked twice in shuffled order.
    const base = Date.UTC(2010, 0, 1) - 7 * 3600 * 1000;
    const instants = Array.from({ length: 20_000 }, (_, i) => base + (i >> 1) * 86_400_000 + (i & 1) * 60_000 * 1439);
    const order = [...instants, ...instants].sort((a, b) => ((a * 7919) % 10007) - ((b * 7919) % 10007));
    for (const t of order) expect(zd(new Date(t))).toBe(plain(new Date(t)));
  });
});
