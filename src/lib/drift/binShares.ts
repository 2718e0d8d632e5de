/**
 * Shares of a histogram: counts divided by their total. Used by psi and jsDistance.
 *
 * @throws {Error} if a count is negative or not finite, or the counts sum to 0 (an empty window)
 * @example binShares([1, 3]); // => [0.25, 0.75]
 */
export function binShares(counts: ArrayLike<number>, what = "window"): number[] {
  let total = 0;
  for (let i = 0; i < counts.length; ++i) {
    const c = counts[i];
    if (!(c >= 0) || !Number.isFinite(c)) throw new Error(`invalid bin count: ${c}`);
    total += c;
  }
  if (total === 0) throw new Error(`empty ${what}: no values to compare`);
  return Array.from(counts, (c) => c / total);
}
