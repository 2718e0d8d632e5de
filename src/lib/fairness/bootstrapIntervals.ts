import {binomialSample} from "./binomialSample.js";
import type {Confusion} from "./confusionCounts.js";
import {mulberry32} from "../random/mulberry32.js";

export interface BootstrapOptions {
  /** Number of bootstrap resamples B (default 1000). */
  resamples?: number;
  /** Seed of the Mulberry32 generator (default 1): the same seed gives the same intervals. */
  seed?: number;
  /** Two-sided confidence level (default 0.95). */
  confidence?: number;
}

/**
 * Percentile bootstrap intervals for statistics of per-group confusion counts, stratified by group.
 *
 * Each resample redraws every group's rows with replacement, keeping the group's size n_g fixed (stratified
 * bootstrap). Because every statistic here depends on the rows only through the group's six confusion cells,
 * redrawing n_g rows is done exactly, without touching rows, as one multinomial draw of n_g over the cells with
 * probabilities cell / n_g (sequential conditional binomials). The interval for each statistic is the
 * percentile interval (Efron & Tibshirani 1993, ch. 13): the α/2 and 1 − α/2 quantiles of its B replicate values,
 * quantiles interpolated linearly between order statistics (R type 7, numpy's default). Replicates where a
 * statistic is undefined (null, NaN or ±Infinity) are left out; the interval is null when none is defined.
 * Cost O(B · (groups + cost of statistic)).
 * @throws {Error} if resamples is not a positive integer or confidence is not in (0, 1)
 * @example
 * bootstrapIntervals(groups, (gs) => ({dp: demographicParity(gs.map(rates)).difference}), {seed: 7}).dp;
 */
export function bootstrapIntervals<K extends string>(
  groups: readonly Confusion[],
  statistic: (resampled: Confusion[]) => Record<K, number | null>,
  {resamples = 1000, seed = 1, confidence = 0.95}: BootstrapOptions = {}
): Record<K, [number, number] | null> {
  if (!Number.isSafeInteger(resamples) || resamples < 1) throw new Error(`invalid resamples: ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`invalid confidence: ${confidence}`);
  const random = mulberry32(seed);
  const replicates = new Map<K, number[]>();
  for (let b = 0; b < resamples; ++b) {
    const values = statistic(groups.map((g) => resampleConfusion(g, random)));
    for (const key of Object.keys(values) as K[]) {
      let list = replicates.get(key);
      if (!list) replicates.set(key, (list = []));
      const v = values[key];
      if (v !== null && Number.isFinite(v)) list.push(v);
    }
  }
  const alpha = 1 - confidence;
  const out = {} as Record<K, [number, number] | null>;
  for (const [key, list] of replicates) {
    list.sort((a, b) => a - b);
    out[key] = list.length ? [quantileSorted(list, alpha / 2), quantileSorted(list, 1 - alpha / 2)] : null;
  }
  return out;
}

const CELLS = ["tp", "fp", "tn", "fn", "up", "un"] as const;

function resampleConfusion(c: Confusion, random: () => number): Confusion {
  const out: Confusion = {tp: 0, fp: 0, tn: 0, fn: 0, up: 0, un: 0};
  let remainingRows = c.tp + c.fp + c.tn + c.fn + c.up + c.un;
  let remainingWeight = remainingRows;
  for (const cell of CELLS) {
    if (remainingRows === 0) break;
    const w = c[cell];
    const x = w >= remainingWeight ? remainingRows : binomialSample(remainingRows, w / remainingWeight, random);
    out[cell] = x;
    remainingRows -= x;
    remainingWeight -= w;
  }
  return out;
}

function quantileSorted(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
