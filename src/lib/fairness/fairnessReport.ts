import {bootstrapIntervals, type BootstrapOptions} from "./bootstrapIntervals.js";
import type {Confusion} from "./confusionCounts.js";
import {groupRates, type Rates} from "./groupRates.js";
import {paritySummary, type ParitySummary} from "./paritySummary.js";
import {RATE_NAMES, rateFractions, rateValue, type RateName} from "./rateFractions.js";
import {referenceGroup, type ReferenceRule} from "./referenceGroup.js";
import {tauBand} from "./tauBand.js";
import {wilsonInterval} from "./wilsonInterval.js";
import {withinBand} from "./withinBand.js";

export interface FairnessOptions {
  /** Reference group of the disparities (default "largest"). */
  reference?: ReferenceRule;
  /** Band tolerance τ: a disparity inside [τ, 1/τ] passes (default 0.8, the four-fifths rule). */
  tau?: number;
  /** Groups with fewer rows than this are flagged `small` (default 30). */
  minGroupSize?: number;
  /** Suppress small groups: their rates, intervals and disparities are null and they count in no summary. */
  suppressSmall?: boolean;
  /** Confidence level of the Wilson and bootstrap intervals (default 0.95). */
  confidence?: number;
  /** Bootstrap intervals for the summary and the disparities; false (the default) skips them. */
  bootstrap?: Omit<BootstrapOptions, "confidence"> | false;
  /** Rates whose disparity decides `failing` (default selection_rate, tpr, fpr: the three parity notions). */
  checkRates?: readonly RateName[];
  /** Rates whose disparity ratios get bootstrap intervals (default all; fewer is faster). */
  bootstrapRates?: readonly RateName[];
}

export interface GroupReport extends Rates {
  group: string;
  /** All rows of the group; n_labelled = rows whose label is known (tp + fp + tn + fn). */
  n: number;
  n_labelled: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  small: boolean;
  suppressed: boolean;
  /** rate / reference group's rate (null when either is undefined or the reference's rate is 0). */
  disparity: Record<RateName, number | null>;
  /** rate − reference group's rate. */
  difference: Record<RateName, number | null>;
  /** Wilson score interval of each rate. */
  intervals: Record<RateName, [number, number] | null>;
  within_band: Record<RateName, boolean | null>;
  /** Percentile bootstrap intervals of the disparity ratios (when bootstrap is on). */
  disparity_intervals?: Record<RateName, [number, number] | null>;
}

export interface FairnessReport {
  groups: GroupReport[];
  /** The reference group (for rule "lowest", the one of selection_rate); reference_by_rate has every rate's. */
  reference: string | null;
  reference_by_rate: Record<RateName, string | null>;
  tau: number;
  band: [number, number];
  min_group_size: number;
  confidence: number;
  summary: ParitySummary;
  summary_intervals: Record<keyof ParitySummary, [number, number] | null> | null;
  bootstrap: {resamples: number; seed: number; method: string} | null;
  /** Every (group, rate) among checkRates whose disparity is outside the band, suppressed groups excluded. */
  failing: {group: string; rate: RateName; disparity: number}[];
}

/**
 * The fairness review of one slice: per-group counts and rates (rateFractions), Wilson intervals of every rate,
 * disparities versus the reference group with the τ band verdict, the parity summary (Fairlearn's definitions),
 * small-group flags and optional suppression, and optional seeded bootstrap intervals (stratified by group,
 * percentile method, see bootstrapIntervals) for the summary and for every disparity ratio.
 * Groups keep their input order. ppr's denominator counts the predicted positives of every group, suppressed
 * ones included. Cost O(groups) without bootstrap, O(B · groups) with it (1000 resamples × 10 groups ≈ 20 ms).
 * @throws {Error} on an invalid tau, confidence, minGroupSize or unknown named reference group
 * @example
 * fairnessReport([{group: "a", confusion: ca}, {group: "b", confusion: cb}], {tau: 0.8}).failing;
 */
export function fairnessReport(
  input: readonly {group: string; confusion: Confusion}[],
  {
    reference = "largest",
    tau = 0.8,
    minGroupSize = 30,
    suppressSmall = false,
    confidence = 0.95,
    bootstrap = false,
    checkRates = ["selection_rate", "tpr", "fpr"],
    bootstrapRates = RATE_NAMES
  }: FairnessOptions = {}
): FairnessReport {
  const band = tauBand(tau);
  if (!(minGroupSize >= 0)) throw new Error(`invalid minGroupSize: ${minGroupSize}`);
  const totalPP = sum(input.map(({confusion: c}) => c.tp + c.fp + c.up));
  const sizes = input.map(({confusion: c}) => c.tp + c.fp + c.tn + c.fn + c.up + c.un);
  const suppressed = sizes.map((n) => suppressSmall && n < minGroupSize);
  const active = input.filter((_, i) => !suppressed[i]);

  const evaluate = (confusions: readonly Confusion[]) => {
    const pp = sum(confusions.map((c) => c.tp + c.fp + c.up));
    return confusions.map((c) => groupRates(c, pp));
  };
  const activeRates = evaluate(active.map((g) => g.confusion));
  if (typeof reference === "object" && suppressed[input.findIndex((g) => g.group === reference.group)])
    throw new Error(`reference group suppressed: ${reference.group}`);
  const refs = referencesByRate(active, activeRates, reference);
  const refIndex = Object.fromEntries(
    RATE_NAMES.map((rate) => [rate, active.findIndex((g) => g.group === refs[rate])])
  ) as Record<RateName, number>;

  const groups: GroupReport[] = input.map(({group, confusion: c}, i) => {
    const fractions = rateFractions(c, totalPP);
    const rates = suppressed[i] ? nullRecord<number>() : groupRates(c, totalPP);
    const refRates = (rate: RateName) => (refIndex[rate] < 0 ? null : activeRates[refIndex[rate]][rate]);
    const disparity = nullRecord<number>();
    const difference = nullRecord<number>();
    const intervals = nullRecord<[number, number]>();
    const within = nullRecord<boolean>();
    for (const rate of RATE_NAMES) {
      if (suppressed[i]) continue;
      const ref = refRates(rate);
      const v = rates[rate];
      disparity[rate] = ratio(v, ref);
      difference[rate] = v === null || ref === null ? null : v - ref;
      within[rate] = withinBand(disparity[rate], tau);
      intervals[rate] = wilsonInterval(fractions[rate][0], fractions[rate][1], confidence);
    }
    return {
      group,
      n: sizes[i],
      n_labelled: c.tp + c.fp + c.tn + c.fn,
      tp: c.tp,
      fp: c.fp,
      tn: c.tn,
      fn: c.fn,
      ...rates,
      small: sizes[i] < minGroupSize,
      suppressed: suppressed[i],
      disparity,
      difference,
      intervals,
      within_band: within
    };
  });

  const summary = paritySummary(activeRates);
  let summaryIntervals: FairnessReport["summary_intervals"] = null;
  if (bootstrap) {
    // only the rates the summary and the requested disparities need, one division each
    const needed = [...new Set<RateName>(["selection_rate", "tpr", "fpr", ...bootstrapRates])];
    const resamples = bootstrap.resamples ?? 1000;
    const seed = bootstrap.seed ?? 1;
    const boot = bootstrapIntervals(
      active.map((g) => g.confusion),
      (resampled) => {
        const pp = sum(resampled.map((c) => c.tp + c.fp + c.up));
        const rates = resampled.map((c) => {
          const r = {} as Rates;
          for (const rate of needed) r[rate] = rateValue(c, rate, pp);
          return r;
        });
        const out: Record<string, number | null> = {...paritySummary(rates)};
        rates.forEach((r, j) => {
          for (const rate of bootstrapRates) {
            const k = refIndex[rate];
            out[`${j}:${rate}`] = k < 0 ? null : ratio(r[rate], rates[k][rate]);
          }
        });
        return out;
      },
      {resamples, seed, confidence}
    );
    summaryIntervals = {} as NonNullable<FairnessReport["summary_intervals"]>;
    for (const key of Object.keys(summary) as (keyof ParitySummary)[]) summaryIntervals[key] = boot[key] ?? null;
    let j = 0;
    groups.forEach((g, i) => {
      const di = nullRecord<[number, number]>();
      if (!suppressed[i]) {
        for (const rate of bootstrapRates) di[rate] = boot[`${j}:${rate}`] ?? null;
        ++j;
      }
      g.disparity_intervals = di;
    });
  }

  const failing: FairnessReport["failing"] = [];
  for (const g of groups)
    for (const rate of checkRates)
      if (g.within_band[rate] === false) failing.push({group: g.group, rate, disparity: g.disparity[rate]!});

  return {
    groups,
    reference: refs.selection_rate,
    reference_by_rate: refs,
    tau,
    band,
    min_group_size: minGroupSize,
    confidence,
    summary,
    summary_intervals: summaryIntervals,
    bootstrap: bootstrap
      ? {
          resamples: bootstrap.resamples ?? 1000,
          seed: bootstrap.seed ?? 1,
          method: "percentile, stratified by group (multinomial redraw of each group's confusion cells)"
        }
      : null,
    failing
  };
}

function referencesByRate(
  active: readonly {group: string; confusion: Confusion}[],
  rates: Rates[],
  rule: ReferenceRule
): Record<RateName, string | null> {
  const candidates = active.map((g, i) => ({group: g.group, n: sum(Object.values(g.confusion)), rates: rates[i]}));
  if (typeof rule === "object" && !candidates.some((g) => g.group === rule.group))
    throw new Error(`unknown reference group: ${rule.group}`);
  const refs = {} as Record<RateName, string | null>;
  for (const rate of RATE_NAMES) refs[rate] = referenceGroup(candidates, rule, rate);
  return refs;
}

function ratio(value: number | null, reference: number | null): number | null {
  return value === null || reference === null || reference === 0 ? null : value / reference;
}

function nullRecord<T>(): Record<RateName, T | null> {
  return Object.fromEntries(RATE_NAMES.map((r) => [r, null])) as Record<RateName, T | null>;
}

function sum(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
