/** Reference and current counts over the union of their categories, in a fixed order. */
export interface CategoryCounts {
  categories: string[];
  reference: number[];
  current: number[];
}

/**
 * One bin per category for PSI, the Jensen–Shannon distance and the chi-square test: the categories seen in
 * either window, sorted by their string value (code-unit order, so the bins are the same whatever the input order),
 * with each window's count. A category absent from one window gets count 0 there. Null / undefined values are
 * skipped (the caller reports null rates separately). Cost O(n + k log k).
 *
 * @example categoryCounts(["a", "b", "a"], ["b", "c"]);
 * // => {categories: ["a", "b", "c"], reference: [2, 1, 0], current: [0, 1, 1]}
 */
export function categoryCounts(
  reference: Iterable<string | null | undefined>,
  current: Iterable<string | null | undefined>
): CategoryCounts {
  const ref = tally(reference);
  const cur = tally(current);
  const categories = [...new Set([...ref.keys(), ...cur.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    categories,
    reference: categories.map((k) => ref.get(k) ?? 0),
    current: categories.map((k) => cur.get(k) ?? 0)
  };
}

function tally(values: Iterable<string | null | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (v != null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
