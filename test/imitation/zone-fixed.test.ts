// The imitation reads Asia/Ho_Chi_Minh's offset without ICU for instants since 1976 (a run saves the
// cost of a first time-zone formatter): it must say what the tz database says.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zoneOffset } from "../../src/imitation/zone";

/** The offset ICU names for the instant ("GMT+07:00"), in ms: read another way than zone.ts reads it. */
function icuOffset(zone: string, instant: number): number {
  const f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
  const name = f.formatToParts(new Date(instant)).find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`unexpected offset name ${name}`);
  if (!m[1]) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

describe("fixed-offset zones", () => {
  it("gives ICU's offset for Vietnam and UTC from 1976 to 2100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom("Asia/Ho_Chi_Minh", "Asia/Saigon", "UTC", "Etc/UTC"),
        (instant, zone) => {
          expect(zoneOffset(zone, instant)).toBe(icuOffset(zone, instant));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("still asks ICU before 1976, when Saigon was on +08", () => {
    const june1970 = Date.UTC(1970, 5, 1);
    expect(zoneOffset("Asia/Ho_Chi_Minh", june1970)).toBe(8 * 3_600_000);
    expect(zoneOffset("Asia/Ho_Chi_Minh", june1970)).toBe(icuOffset("Asia/Ho_Chi_Minh", june1970));
  });
});
