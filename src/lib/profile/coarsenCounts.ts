/**
 * Counts over coarser bins whose edges are a subset of the fine edges (both right-closed with open outer bins):
 * each coarse bin's count is the sum of the fine bins it contains. Exact; used to get PSI decile counts from a
 * profile's percentile histogram. Cost O(fine bins).
 *
 * @throws {Error} if a coarse edge is not one of the fine edges, or counts do not match the fine edges
 * @example coarsenCounts([1, 2, 3], [4, 1, 1, 2], [2]); // => [5, 3]
 */
export function coarsenCounts(fineEdges: readonly number[], counts: readonly number[], coarseEdges: readonly number[]) {
  if (counts.length !== fineEdges.length + 1)
    throw new Error(`coarsenCounts: ${counts.length} counts for ${fineEdges.length} edges`);
  const out = new Array<number>(coarseEdges.length + 1).fill(0);
  let j = 0;
  for (let i = 0; i < counts.length; ++i) {
    out[j] += counts[i];
    if (i < fineEdges.length && j < coarseEdges.length && fineEdges[i] === coarseEdges[j]) ++j;
  }
  if (j !== coarseEdges.length) throw new Error(`coarsenCounts: edge ${coarseEdges[j]} is not a fine edge`);
  return out;
}
