/** Ratios people read on a log axis: halves, fifths, quarters and their reciprocals around 1. */
const CANDIDATES = [0.1, 0.2, 0.25, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 4, 5, 10];

/**
 * Labelled ticks for a log-scale axis of ratios (disparities, value ÷ threshold) over [lo, hi]: 1, the round
 * ratios in `CANDIDATES` inside the domain, and every value of `always` (e.g. a band's edges τ and 1/τ), sorted
 * and de-duplicated. A log axis without labelled ticks is hard to read (docs/conventions.md).
 *
 * @throws {Error} unless 0 < lo ≤ hi
 * @example ratioTicks(0.6, 1.4, [0.8, 1.25]); // => [0.67, 0.8, 1, 1.25]
 */
export function ratioTicks(lo: number, hi: number, always: readonly number[] = []): number[] {
  if (!(lo > 0 && hi >= lo)) throw new Error(`invalid ratio domain: ${lo}, ${hi}`);
  const inside = CANDIDATES.filter((c) => c >= lo && c <= hi);
  return [...new Set([...inside, ...always, 1])].sort((a, b) => a - b);
}
