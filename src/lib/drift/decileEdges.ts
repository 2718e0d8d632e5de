import {quantileType7} from "./quantileType7.js";

/**
 * The inner bin edges PSI and the Jensen–Shannon distance use for a numeric column: the reference sample's
 * deciles q(0.1), …, q(0.9) by quantile type 7 (see quantileType7), with duplicate edges removed. With the two
 * outer bins open this gives (−∞, q1], (q1, q2], …, (q9, +∞): 10 bins, fewer when edges coincide (a column with
 * a single value gets 2 bins). Bins are right-closed, so a value equal to an edge falls in the bin it closes
 * (see binIndex). NaN values must be removed by the caller.
 *
 * @throws {Error} if the reference is empty
 * @example decileEdges(Float64Array.from({length: 11}, (_, i) => i)); // => [1, 2, 3, 4, 5, 6, 7, 8, 9]
 */
export function decileEdges(reference: ArrayLike<number>): number[] {
  if (reference.length === 0) throw new Error("decileEdges requires a non-empty reference");
  return decileEdgesSorted(Float64Array.from(reference).sort());
}

/**
 * decileEdges' internal twin for a reference already sorted ascending, without NaN and non-empty (not checked).
 *
 * @example decileEdgesSorted(Float64Array.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)); // => [1, 2, 3, 4, 5, 6, 7, 8, 9]
 */
export function decileEdgesSorted(sorted: ArrayLike<number>): number[] {
  const edges: number[] = [];
  for (let k = 1; k <= 9; ++k) {
    const q = quantileType7(sorted, k / 10);
    if (edges.length === 0 || q !== edges[edges.length - 1]) edges.push(q);
  }
  return edges;
}
