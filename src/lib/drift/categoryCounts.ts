import {categoryTally} from "./categoryTally.js";

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
  return categoryCountsOfTallies(categoryTally(reference), categoryTally(current));
}

/**
 * categoryCounts' twin for windows already tallied (see categoryTally, or counts from a SQL GROUP BY): the same
 * result as categoryCounts on the values they count, whatever the order of the maps' keys.
 *
 * @example categoryCountsOfTallies(new Map([["a", 2], ["b", 1]]), new Map([["c", 1], ["b", 1]]));
 * // => {categories: ["a", "b", "c"], reference: [2, 1, 0], current: [0, 1, 1]}
 */
export function categoryCountsOfTallies(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>
): CategoryCounts {
  const categories = [...new Set([...reference.keys(), ...current.keys()])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0
  );
  return {
    categories,
    reference: categories.map((k) => reference.get(k) ?? 0),
    current: categories.map((k) => current.get(k) ?? 0)
  };
}
