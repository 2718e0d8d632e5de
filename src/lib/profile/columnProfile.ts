import type {Moments} from "./mergeMoments.js";

/** A category and its count in a top-k list. */
export interface TopValue {
  value: string;
  count: number;
}

/**
 * The mergeable profile of one column over one window. Every field has a merge rule (see mergeProfiles):
 * `rows`, `nulls`, `histogram.counts` add; `min`/`max` take the min/max; `moments` merge by Chan et al.;
 * `top` merges counts (exact while both sides are complete); `hll` takes the register-wise maximum.
 */
export interface ColumnProfile {
  kind: "numeric" | "categorical";
  /** Rows in the window, nulls included. */
  rows: number;
  nulls: number;
  /** Numeric only; null when the window has no non-null value. */
  min: number | null;
  max: number | null;
  /** Numeric only: count (non-null), mean and M2 of the non-null values. */
  moments: Moments | null;
  /** Numeric only: counts over bins frozen on the reference window (right-closed, outer bins open). */
  histogram: {edges: number[]; counts: number[]} | null;
  /** Categorical only: the k most frequent values (count desc, then value asc) and the count of all others. */
  top: {k: number; values: TopValue[]; complete: boolean; other: number} | null;
  /** HyperLogLog registers (2048) of the non-null values (see hllAdd). */
  hll: Uint8Array;
}
