import {binCounts} from "../drift/binCounts.js";
import type {ColumnProfile} from "./columnProfile.js";
import {HLL_REGISTERS, hllAdd} from "./hllAdd.js";
import {momentsOf} from "./momentsOf.js";
import {topOf} from "./topOf.js";

/** How to profile a column: its kind, the frozen histogram edges (numeric), k for top-k, and a 35-bit hash. */
export interface ProfileOptions {
  kind: "numeric" | "categorical";
  edges?: readonly number[];
  k?: number;
  hash: (value: string) => number;
}

/** Default number of top categories kept. */
export const TOP_K = 20;

/**
 * The profile of one column over one window, computed in memory (the DuckDB loader computes the same fields in SQL;
 * this is the reference implementation the merge tests use). Nulls (null, undefined, NaN) count in `rows` and
 * `nulls` only. Numeric: min, max, moments (two-pass), counts over the frozen `edges`. Categorical: top-k
 * (count desc, value asc), `complete` when there are at most k categories, `other` = the rest. Both: HyperLogLog
 * registers of the values' string forms under `hash`. Cost O(n log n).
 *
 * @throws {Error} if a numeric column lacks edges or holds a non-number, or k is not a positive integer
 * @example profileColumn(["a", null, "a"], {kind: "categorical", hash: fnv}).top; // => {k: 20, values: [{value: "a", count: 2}], complete: true, other: 0}
 */
export function profileColumn(values: ArrayLike<unknown>, options: ProfileOptions): ColumnProfile {
  const k = options.k ?? TOP_K;
  if (!Number.isSafeInteger(k) || k <= 0) throw new Error(`invalid top-k: ${k}`);
  const present: unknown[] = [];
  for (let i = 0; i < values.length; ++i) {
    const v = values[i];
    if (v !== null && v !== undefined && !(typeof v === "number" && Number.isNaN(v))) present.push(v);
  }
  const hll = new Uint8Array(HLL_REGISTERS);
  for (const v of present) hllAdd(hll, options.hash(String(v)));
  const base = {rows: values.length, nulls: values.length - present.length, hll};
  if (options.kind === "numeric") {
    if (!options.edges) throw new Error("profileColumn: a numeric column needs frozen histogram edges");
    const numbers = Float64Array.from(present, (v) => {
      if (typeof v !== "number") throw new Error(`profileColumn: not a number: ${String(v)}`);
      return v;
    });
    let min = Infinity;
    let max = -Infinity;
    for (const x of numbers) {
      if (x < min) min = x;
      if (x > max) max = x;
    }
    return {
      kind: "numeric",
      ...base,
      min: numbers.length ? min : null,
      max: numbers.length ? max : null,
      moments: momentsOf(numbers),
      histogram: {edges: [...options.edges], counts: binCounts(options.edges, numbers)},
      top: null
    };
  }
  const counts = new Map<string, number>();
  for (const v of present) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return {
    kind: "categorical",
    ...base,
    min: null,
    max: null,
    moments: null,
    histogram: null,
    top: topOf(
      [...counts].map(([value, count]) => ({value, count})),
      k,
      present.length,
      true
    )
  };
}
