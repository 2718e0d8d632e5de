/**
 * The index of the right-closed bin (a, b] that holds x, given ascending inner edges e[0] < … < e[m−1] and open
 * outer bins: 0 for x ≤ e[0], i for e[i−1] < x ≤ e[i], m for x > e[m−1]. Equivalently the number of edges
 * strictly below x (a lower-bound binary search), so bins are counted like DuckDB's
 * `list_count(list_filter(edges, e -> e < x))`. Cost O(log m).
 *
 * @throws {Error} if x is NaN
 * @example binIndex([1, 2], 2); // => 1  (2 ∈ (1, 2])
 */
export function binIndex(edges: ArrayLike<number>, x: number): number {
  if (Number.isNaN(x)) throw new Error(`invalid binIndex value: ${x}`);
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
