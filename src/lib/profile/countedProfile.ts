import type {NumericSample} from "../drift/driftSample.js";
import {sampleBinCounts} from "../drift/sampleBinCounts.js";
import type {ColumnProfile} from "./columnProfile.js";
import {HLL_REGISTERS, hllAdd} from "./hllAdd.js";
import {topOf} from "./topOf.js";

/** A window of a numeric column as counts: its rows (nulls included), its values counted, each value's 35-bit hash. */
export interface NumericCounts {
  rows: number;
  /** The non-null values counted per distinct value; null when there is none. */
  sample: NumericSample | null;
  /**
   * Per distinct value (aligned with sample.values), the hash HyperLogLog takes (see hllAdd); null for no sketch (an
   * engine that does not compute DuckDB's hash): the registers stay zero.
   */
  hashes: ArrayLike<number> | null;
}

/** A window of a categorical column as counts: its rows (nulls included) and each category's count and hash. */
export interface CategoricalCounts {
  rows: number;
  /** Each category's hash, null for no sketch (as NumericCounts.hashes). */
  categories: {value: string; count: number; hash: number | null}[];
}

/**
 * The profile of a numeric column over one window from its counts per distinct value (what an engine's
 * `GROUP BY value` returns): the fields profileColumn computes from the rows. rows and nulls (rows − counted), min and
 * max (the first and last distinct value), moments (count, mean = Σ cₖvₖ / n, M2 = Σ cₖ (vₖ − mean)², in ascending
 * order of value, so the same bits whatever order the rows came in), the counts over the frozen `edges`
 * (sampleBinCounts), HyperLogLog registers of the distinct values' hashes. Cost O(d).
 *
 * @throws {Error} if the counted values outnumber the rows, a distinct value lacks its hash, or a hash is invalid
 * @example numericProfile({rows: 3, sample: numericSample([1, 3]), hashes: [5, 9]}, [2]).nulls; // => 1
 */
export function numericProfile({rows, sample, hashes}: NumericCounts, edges: readonly number[]): ColumnProfile {
  const count = sample?.rows ?? 0;
  if (count > rows) throw new Error(`numericProfile: ${count} values in ${rows} rows`);
  if (sample && hashes && hashes.length !== sample.values.length)
    throw new Error(`numericProfile: ${hashes.length} hashes for ${sample.values.length} values`);
  const hll = new Uint8Array(HLL_REGISTERS);
  let moments = {count: 0, mean: 0, m2: 0};
  if (sample) {
    const {values, counts} = sample;
    let sum = 0;
    for (let k = 0; k < values.length; ++k) {
      sum += counts[k] * values[k];
      if (hashes) hllAdd(hll, hashes[k]);
    }
    const mean = sum / count;
    let m2 = 0;
    for (let k = 0; k < values.length; ++k) m2 += counts[k] * (values[k] - mean) ** 2;
    moments = {count, mean, m2};
  }
  return {
    kind: "numeric",
    rows,
    nulls: rows - count,
    min: sample ? sample.values[0] : null,
    max: sample ? sample.values[sample.values.length - 1] : null,
    moments,
    histogram: {
      edges: [...edges],
      counts: sample ? sampleBinCounts(edges, sample) : new Array<number>(edges.length + 1).fill(0)
    },
    top: null,
    hll
  };
}

/**
 * The profile of a categorical column over one window from its category counts: rows, nulls (rows − counted), the
 * top k categories (topOf: count descending, then value), HyperLogLog registers of the categories' hashes. Cost
 * O(c log c).
 *
 * @throws {Error} if the counted values outnumber the rows, k is not a positive integer, or a hash is invalid
 * @example categoricalProfile({rows: 3, categories: [{value: "a", count: 2, hash: 7}]}, 20).top?.values; // => [{value: "a", count: 2}]
 */
export function categoricalProfile({rows, categories}: CategoricalCounts, k: number): ColumnProfile {
  const count = categories.reduce((s, c) => s + c.count, 0);
  if (count > rows) throw new Error(`categoricalProfile: ${count} values in ${rows} rows`);
  const hll = new Uint8Array(HLL_REGISTERS);
  for (const c of categories) if (c.hash !== null) hllAdd(hll, c.hash);
  return {
    kind: "categorical",
    rows,
    nulls: rows - count,
    min: null,
    max: null,
    moments: null,
    histogram: null,
    top: topOf(
      categories.map(({value, count: n}) => ({value, count: n})),
      k,
      count,
      true
    ),
    hll
  };
}
