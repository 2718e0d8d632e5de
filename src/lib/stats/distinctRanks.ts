/** Values as ranks among their distinct values: what sorts, ties and per-value counts need, in typed arrays. */
export interface DistinctRanks {
  /** The distinct values, ascending (0 and −0 are one value, 0). */
  values: Float64Array;
  /** Per input value, the index of its value in `values`. */
  rank: Int32Array;
}

/**
 * Ranks finite numbers among their distinct values: a native sort of a copy, then a binary search per value
 * (O(n log d), no object or comparator call per value). Null when a value is not finite (NaN, ±Infinity): callers
 * then take their general path.
 *
 * @example distinctRanks(Float64Array.of(0.5, 0.2, 0.5)); // => {values: [0.2, 0.5], rank: [1, 0, 1]}
 */
export function distinctRanks(x: ArrayLike<number>): DistinctRanks | null {
  const n = x.length;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    if (!Number.isFinite(x[i])) return null;
    sorted[i] = x[i];
  }
  sorted.sort();
  let d = 0;
  for (let i = 0; i < n; ++i) if (d === 0 || sorted[i] !== sorted[d - 1]) sorted[d++] = sorted[i] + 0;
  const values = sorted.slice(0, d);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; ++i) {
    const v = x[i];
    let lo = 0;
    let hi = d - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
  }
  return {values, rank};
}
