/**
 * The count of each category in a window, in first-seen order: the per-window half of categoryCounts. Null and
 * undefined values are skipped (the caller reports null rates separately). Cost O(n).
 *
 * @example categoryTally(["a", "b", "a", null]); // => Map {"a" => 2, "b" => 1}
 */
export function categoryTally(values: Iterable<string | null | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (v != null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
