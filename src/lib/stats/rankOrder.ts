/**
 * The indices 0..n−1 ordered by rank, ascending or descending, equal ranks in index order: a stable counting sort,
 * the order a stable sort by value gives. O(n + d).
 *
 * @example rankOrder(Int32Array.of(1, 0, 1), 2, "descending"); // => Uint32Array [0, 2, 1]
 */
export function rankOrder(rank: ArrayLike<number>, d: number, direction: "ascending" | "descending"): Uint32Array {
  const n = rank.length;
  const offsets = new Int32Array(d + 1);
  const down = direction === "descending";
  for (let i = 0; i < n; ++i) ++offsets[(down ? d - 1 - rank[i] : rank[i]) + 1];
  for (let k = 0; k < d; ++k) offsets[k + 1] += offsets[k];
  const order = new Uint32Array(n);
  for (let i = 0; i < n; ++i) order[offsets[down ? d - 1 - rank[i] : rank[i]]++] = i;
  return order;
}
