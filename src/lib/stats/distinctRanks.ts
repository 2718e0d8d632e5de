/** Values as ranks among their distinct values: what sorts, ties and per-value counts need, in typed arrays. */
export interface DistinctRanks {
  /** The distinct values, ascending (0 and −0 are one value, 0). */
  values: Float64Array;
  /** Per input value, the index of its value in `values`. */
  rank: Int32Array;
}

/**
 * Ranks finite numbers among their distinct values: a native sort of a copy, then per value a binary search within
 * its bucket of a 65536-bucket index over [min, max] (O(n log d) at worst, no object or comparator call per value). Null when a value is not finite (NaN, ±Infinity): callers
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
  // a bucket index over [min, max] narrows each binary search to the few values of the value's bucket
  const buckets = Math.max(1, Math.min(d, 1 << 16));
  const lo = d ? values[0] : 0;
  const scale = d > 1 && values[d - 1] > lo ? buckets / (values[d - 1] - lo) : 0;
  const bucketOf = (v: number) => Math.min(buckets - 1, Math.floor((v - lo) * scale)); // non-decreasing in v
  const start = new Int32Array(buckets + 1).fill(d);
  for (let k = d - 1; k >= 0; --k) start[bucketOf(values[k])] = k;
  for (let b = buckets - 1; b >= 0; --b) if (start[b] > start[b + 1]) start[b] = start[b + 1];
  const rank = new Int32Array(n);
  for (let i = 0; i < n; ++i) {
    const v = x[i];
    const b = bucketOf(v);
    let a = start[b];
    let z = start[b + 1] - 1; // v is one of values[start[b] .. start[b + 1])
    while (a < z) {
      const mid = (a + z) >> 1;
      if (values[mid] < v) a = mid + 1;
      else z = mid;
    }
    rank[i] = a;
  }
  return {values, rank};
}
