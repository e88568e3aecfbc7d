// Rounding the way the sheet shows numbers: half-up on a scaled integer, with an epsilon so that the
// binary value of 0.15 (0.1499999…) still rounds to 0.2.

export function roundHalfUp(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const s = Math.abs(x) * f;
  const r = Math.floor(s + 0.5 + 1e-9 + s * 1e-12) / f;
  return x < 0 ? -r : r;
}

/** Days are judged at 0.1 day. */
export const roundDays = (x: number): number => roundHalfUp(x, 1);
/** Scores are judged at 0.01 point. */
export const roundScore = (x: number): number => roundHalfUp(x, 2);

/** Removes float noise from sums of spread credits (1/3 + 1/3 + 1/3). */
export const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

/** Vietnamese number text: decimal comma, at most `decimals` decimals, no trailing zeros. */
export function formatNumber(x: number, decimals = 2): string {
  return String(roundHalfUp(x, decimals)).replace(".", ",");
}

/** Percent text with two decimals: 92,50% */
export function formatPercent(ratio: number): string {
  return `${roundHalfUp(ratio * 100, 2)
    .toFixed(2)
    .replace(".", ",")}%`;
}

/** A percent typed into a percent-formatted cell arrives as 0.9 for 90%: no threshold or cap below 1% makes sense. */
export function asPercent(v: number): number {
  return v > 0 && v < 1 ? roundHalfUp(v * 100, 6) : v;
}
