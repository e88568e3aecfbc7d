// The sample generator's command line: what it accepts, and that nothing else gets as far as writing
// the committed examples/so-mau.xlsx with the defaults.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLE_FILE, SAMPLE_ROWS, sampleOptions } from "../../examples/make-sample";

describe("make-sample.ts options", () => {
  it("with no argument writes the committed sample with its own size", () => {
    expect(sampleOptions([])).toEqual({ rows: SAMPLE_ROWS, cadres: undefined, out: SAMPLE_FILE, seed: undefined });
  });

  it("takes the size, the cadre count, the output file and the seed", () => {
    expect(sampleOptions(["--rows", "10000", "--can-bo", "500", "--out", "so-10k.xlsx", "--seed", "7"])).toEqual({
      rows: 10_000,
      cadres: 500,
      out: resolve("so-10k.xlsx"),
      seed: 7,
    });
  });

  it.each([
    [["so-10k.xlsx"], "so-10k.xlsx"],
    [["--rows", "10000", "so-10k.xlsx"], "so-10k.xlsx"],
    [["--help"], "--help"],
    [["--dong", "100"], "--dong, 100"],
  ])("refuses %j instead of overwriting the committed sample", (args, named) => {
    const r = sampleOptions(args);
    expect(r).toEqual({ error: expect.stringContaining(`Không hiểu ${named}.`) });
  });

  it("refuses an option without its value and a size that is not a positive whole number", () => {
    expect(sampleOptions(["--out"])).toEqual({ error: expect.stringContaining("--out cần một giá trị") });
    expect(sampleOptions(["--rows", "0"])).toEqual({ error: "--rows phải là số nguyên dương, nhận được «0»." });
    expect(sampleOptions(["--can-bo", "2,5"])).toEqual({ error: "--can-bo phải là số nguyên dương, nhận được «2,5»." });
  });
});
