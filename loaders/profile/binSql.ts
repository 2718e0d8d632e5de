/**
 * A SQL expression for the right-closed bin index of `x` over ascending edges with open outer bins: the number of
 * edges strictly below x, as the library's binIndex computes it. Generated as a balanced tree of CASE expressions
 * (⌈log₂(m + 1)⌉ comparisons per row), with each edge as a DOUBLE parsed from its shortest round-trip text so the SQL
 * compares against exactly the same doubles as JavaScript. NULL x gives NULL.
 *
 * @throws {Error} if the edges are not strictly ascending finite numbers
 * @example binSql("x", [1, 2]); // => "CASE WHEN x <= '1'::DOUBLE THEN 0 ELSE CASE WHEN x <= '2'::DOUBLE THEN 1 ELSE 2 END END"
 */
export function binSql(x: string, edges: readonly number[]): string {
  for (let i = 0; i < edges.length; ++i)
    if (!Number.isFinite(edges[i]) || (i > 0 && !(edges[i] > edges[i - 1])))
      throw new Error(`invalid bin edge: ${edges[i]}`);
  const tree = (lo: number, hi: number): string => {
    // bins lo..hi; edges lo..hi-1 separate them
    if (lo === hi) return String(lo);
    const mid = (lo + hi) >>> 1;
    return `CASE WHEN ${x} <= '${String(edges[mid])}'::DOUBLE THEN ${tree(lo, mid)} ELSE ${tree(mid + 1, hi)} END`;
  };
  return tree(0, edges.length);
}
