/** An approximate quantile and an interval guaranteed to contain the exact one. */
export interface QuantileEstimate {
  value: number;
  lower: number;
  upper: number;
}

/**
 * The p-quantile estimated from a fixed-bin histogram (right-closed bins, open outer bins) plus the exact min and
 * max, as profiles merge quantiles: approximate. With N values and h = (N − 1)p, the exact type-7 quantile lies
 * between the sorted values of 0-based rank ⌊h⌋ and ⌈h⌉; `lower` is the lower end of the bin holding rank ⌊h⌋ and
 * `upper` the upper end of the bin holding rank ⌈h⌉ (outer bins end at min and max), so
 * lower ≤ exact ≤ upper always: the error is at most one bin width (two at a bin boundary). `value` interpolates
 * linearly inside the bin, assuming the bin's values are evenly spread (like DuckDB's histogram-based estimates).
 * On percentile bins frozen on the reference, the bound is about one reference percentile's width.
 *
 * @throws {Error} if p is outside [0, 1], the histogram is empty, or counts do not match edges
 * @example histogramQuantile([10], [2, 2], 0, 20, 0.5).value; // => 10  (between the bins' halves)
 */
export function histogramQuantile(
  edges: readonly number[],
  counts: readonly number[],
  min: number,
  max: number,
  p: number
): QuantileEstimate {
  if (!(p >= 0 && p <= 1)) throw new Error(`invalid quantile probability: ${p}`);
  if (counts.length !== edges.length + 1)
    throw new Error(`histogramQuantile: ${counts.length} counts for ${edges.length} edges`);
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) throw new Error("histogramQuantile requires a non-empty histogram");
  const lo = (i: number) => (i === 0 ? min : Math.max(min, edges[i - 1]));
  const hi = (i: number) => (i === edges.length ? max : Math.min(max, edges[i]));
  const binOf = (rank: number) => {
    let cum = 0;
    for (let i = 0; i < counts.length; ++i) {
      if (rank < cum + counts[i]) return {i, before: cum};
      cum += counts[i];
    }
    return {i: counts.length - 1, before: n - counts[counts.length - 1]};
  };
  const h = (n - 1) * p;
  const a = binOf(Math.floor(h));
  const b = binOf(Math.ceil(h));
  const within = (h + 0.5 - a.before) / counts[a.i];
  const value = lo(a.i) + Math.min(1, Math.max(0, within)) * (hi(a.i) - lo(a.i));
  return {value: Math.min(hi(b.i), Math.max(lo(a.i), value)), lower: lo(a.i), upper: hi(b.i)};
}
