import type {ColumnProfile, TopValue} from "./columnProfile.js";

/**
 * The k largest of a list of category counts, ordered by count descending then value ascending (code units), with
 * `other` = total − the listed counts, and `complete` when `exact` and no category was cut.
 *
 * @throws {Error} if k is not a positive integer
 * @example topOf([{value: "a", count: 1}, {value: "b", count: 3}], 1, 4, true);
 * // => {k: 1, values: [{value: "b", count: 3}], complete: false, other: 1}
 */
export function topOf(all: TopValue[], k: number, total: number, exact: boolean): NonNullable<ColumnProfile["top"]> {
  if (!Number.isSafeInteger(k) || k <= 0) throw new Error(`invalid top-k: ${k}`);
  const sorted = [...all].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const values = sorted.slice(0, k);
  const listed = values.reduce((s, t) => s + t.count, 0);
  return {k, values, complete: exact && sorted.length <= k, other: total - listed};
}
