import {mulberry32} from "../random/mulberry32.js";

/** A percentile interval per statistic component. */
export interface BootstrapIntervals {
  low: number[];
  high: number[];
  replicates: number;
  level: number;
  seed: number;
}

/**
 * Stratified percentile bootstrap (Efron & Tibshirani 1993, ch. 13; Davison & Hinkley 1997, §3.2): each
 * replicate redraws every stratum's units with replacement, keeping the stratum's size, and evaluates
 * `statistic` on the redrawn strata; the interval of each component of the statistic's vector is the
 * (1 − level)/2 and (1 + level)/2 quantiles of its replicate values, interpolated linearly between order
 * statistics (R quantile type 7, numpy's default). For ROI the strata are the baseline and each month, and
 * a unit is one day's aggregate cells (a day-cluster bootstrap: it keeps the within-day dependence).
 * Randomness comes from Mulberry32(seed) only, so equal inputs and seed give equal intervals.
 * Cost O(replicates · (Σ stratum sizes + cost of statistic)).
 *
 * @throws {Error} if a stratum is empty, replicates is not a positive integer, level is not in (0, 1),
 *   or the statistic returns a non-finite value or a vector of changing length
 * @example
 * stratifiedBootstrap([[1, 2, 3, 4]], ([xs]) => [xs.reduce((a, b) => a + b) / xs.length], {seed: 7}).low; // => [~1.75]
 */
export function stratifiedBootstrap<T>(
  strata: readonly (readonly T[])[],
  statistic: (resampled: T[][]) => number[],
  {replicates = 1000, seed = 1, level = 0.95}: {replicates?: number; seed?: number; level?: number} = {}
): BootstrapIntervals {
  if (!Number.isSafeInteger(replicates) || replicates < 1) throw new Error(`invalid replicates: ${replicates}`);
  if (!(level > 0 && level < 1)) throw new Error(`invalid level: ${level}`);
  strata.forEach((s, i) => {
    if (s.length === 0) throw new Error(`stratifiedBootstrap requires at least one unit per stratum: stratum ${i}`);
  });
  const random = mulberry32(seed);
  let columns: number[][] | undefined;
  for (let b = 0; b < replicates; ++b) {
    const values = statistic(strata.map((s) => Array.from(s, () => s[Math.floor(random() * s.length)])));
    columns ??= values.map(() => []);
    if (values.length !== columns.length) throw new Error(`statistic length changed: ${values.length}`);
    values.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new Error(`statistic ${j} not finite: ${v}`);
      columns![j].push(v);
    });
  }
  const sorted = columns!.map((c) => c.sort((a, b) => a - b));
  return {
    low: sorted.map((c) => quantileSorted(c, (1 - level) / 2)),
    high: sorted.map((c) => quantileSorted(c, (1 + level) / 2)),
    replicates,
    level,
    seed
  };
}

function quantileSorted(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
