import {applyRules} from "./applyRules.js";
import {baselineBuckets} from "./baselineBuckets.js";
import {cusum, type CusumPoint} from "./cusum.js";
import {ewma, type EwmaPoint} from "./ewma.js";
import {individualsChart, type IndividualsChart, type IndividualsPoint} from "./individualsChart.js";
import {pChart, type PChartPoint} from "./pChart.js";
import type {RunRule} from "./runRule.js";
import {runRules} from "./runRules.js";

/** One bucket of a monitored series: a proportion (`count` of `n`) or a plain `value` (e.g. latency p95). */
export interface SeriesBucket {
  /** Label that sorts in time order, e.g. "2024-03-04" (the bucket's first day). */
  bucket: string;
  n?: number;
  count?: number;
  value?: number;
}

export interface SpcOptions {
  /** Baseline (Phase I) buckets, labels inclusive; default all buckets. */
  baseline?: {from?: string; to?: string};
  lambda?: number;
  L?: number;
  k?: number;
  h?: number;
  /** Run rules applied to the Shewhart chart; default all (see runRules). */
  rules?: readonly RunRule[];
}

export interface SpcSignal {
  bucket: string;
  index: number;
  phase: 1 | 2;
  chart: "p" | "individuals" | "ewma" | "cusum";
  /** A run-rule id, or "EWMA" / "CUSUM+" / "CUSUM-". */
  rule: string;
}

export interface SpcAnalysis {
  kind: "proportion" | "value";
  baseline: {start: number; end: number; from: string; to: string};
  /** The p-chart of count/n with run rules; null for a value series. */
  pChart: {center: number; points: (PChartPoint & {bucket: string; rules: string[]})[]} | null;
  /** Individuals chart of p (or of the value): centre and σ feed EWMA and CUSUM; rules only for a value series. */
  individuals: Omit<IndividualsChart, "points" | "baseline"> & {
    points: (IndividualsPoint & {bucket: string; rules: string[]})[];
  };
  /**
   * From the baseline's first bucket on; null when the baseline has no variation (σ = 0), where EWMA and
   * CUSUM in σ units are undefined.
   */
  ewma: {lambda: number; L: number; points: (EwmaPoint & {bucket: string})[]} | null;
  cusum: {k: number; h: number; points: (CusumPoint & {bucket: string})[]} | null;
  /** Every rule violation and EWMA/CUSUM signal, in bucket order. */
  signals: SpcSignal[];
}

/**
 * The SPC workbench's standard analysis of one bucketed series. A proportion series (every bucket has
 * `count` and `n`) gets a p-chart with run rules; its per-bucket proportions p = count/n are also charted
 * as individuals, whose baseline mean and σ = MR̄/1.128 are the centre and σ of the EWMA and CUSUM
 * (the "individuals series" of issue 4). A value series gets an individuals chart with run rules and the
 * same EWMA and CUSUM. Limits always come from the baseline buckets (Phase I) and apply to all; buckets
 * after the baseline are Phase II. The Shewhart chart covers every bucket; EWMA and CUSUM start at the
 * baseline's first bucket (z₀ = centre, C±₀ = 0), as qcc does when given `data[baseline]` plus `newdata`,
 * so buckets before a mid-series baseline neither feed nor trigger them. See pChart, individualsChart, ewma, cusum and runRules for the formulas.
 *
 * @throws {Error} for an empty or unsorted series, a mix of proportion and value buckets, a baseline with
 * no bucket (or fewer than 2 for the individuals chart), or any error of the charts it composes
 * @example spcAnalysis([{bucket: "2024-01-01", count: 1, n: 10}, {bucket: "2024-01-02", count: 2, n: 10}]).pChart?.center; // => 0.15
 */
export function spcAnalysis(series: readonly SeriesBucket[], options: SpcOptions = {}): SpcAnalysis {
  if (series.length === 0) throw new Error("spcAnalysis requires at least one bucket");
  const {lambda = 0.2, L = 3, k = 0.5, h = 5, rules = runRules} = options;
  const isProportion = (d: SeriesBucket) => d.n !== undefined && d.count !== undefined;
  const proportion = isProportion(series[0]);
  const odd = series.find((d) => (proportion ? !isProportion(d) : d.value === undefined || isProportion(d)));
  if (odd) throw new Error(`mixed series: bucket ${odd.bucket}`);
  const buckets = series.map((d) => d.bucket);
  const range = baselineBuckets(buckets, options.baseline);
  const baseline = {...range, from: buckets[range.start], to: buckets[range.end - 1]};
  const signals: SpcSignal[] = [];
  const phase = (i: number): 1 | 2 => (i >= range.end ? 2 : 1);
  const signal = (index: number, chart: SpcSignal["chart"], rule: string) =>
    signals.push({bucket: buckets[index], index, phase: phase(index), chart, rule});

  let p: SpcAnalysis["pChart"] = null;
  if (proportion) {
    const chart = pChart(
      series.map((d) => ({count: d.count!, n: d.n!})),
      {baseline: range}
    );
    const flags = applyRules(
      chart.points.map((d) => ({value: d.p, center: chart.center, sigma: d.sigma})),
      rules
    );
    p = {center: chart.center, points: chart.points.map((d, i) => ({...d, bucket: buckets[i], rules: flags[i]}))};
  }
  const values = proportion ? series.map((d) => d.count! / d.n!) : series.map((d) => d.value!);
  const {points: iPoints, baseline: _, ...iStats} = individualsChart(values, {baseline: range});
  const iFlags = proportion
    ? iPoints.map((): string[] => [])
    : applyRules(
        iPoints.map((d) => ({value: d.value, center: iStats.center, sigma: iStats.sigma})),
        rules
      );
  const individuals = {...iStats, points: iPoints.map((d, i) => ({...d, bucket: buckets[i], rules: iFlags[i]}))};
  const flagged = p ? p.points : individuals.points;
  flagged.forEach((d, i) => d.rules.forEach((rule) => signal(i, p ? "p" : "individuals", rule)));

  let e: SpcAnalysis["ewma"] = null;
  let c: SpcAnalysis["cusum"] = null;
  if (iStats.sigma > 0) {
    const {center, sigma} = iStats;
    const from = range.start; // EWMA and CUSUM start at the baseline: earlier buckets are not charted
    const tail = values.slice(from);
    e = {lambda, L, points: ewma(tail, {center, sigma, lambda, L}).map((d, i) => ({...d, bucket: buckets[from + i]}))};
    c = {k, h, points: cusum(tail, {center, sigma, k, h}).map((d, i) => ({...d, bucket: buckets[from + i]}))};
    e.points.forEach((d, i) => d.signal && signal(from + i, "ewma", "EWMA"));
    c.points.forEach((d, i) => {
      if (d.cPlus > h) signal(from + i, "cusum", "CUSUM+");
      if (d.cMinus > h) signal(from + i, "cusum", "CUSUM-");
    });
  }
  signals.sort((a, b) => a.index - b.index);
  return {kind: proportion ? "proportion" : "value", baseline, pChart: p, individuals, ewma: e, cusum: c, signals};
}
