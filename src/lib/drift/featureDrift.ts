import {categoryCountsOfTallies} from "./categoryCounts.js";
import {categoryTally} from "./categoryTally.js";
import type {ChiSquareResult} from "./chiSquareHomogeneity.js";
import {chooseTest} from "./chooseTest.js";
import {driftReference, type DriftReference} from "./driftReference.js";
import {categoricalSample, numericSample, type DriftSample} from "./driftSample.js";
import type {ColumnKind, DriftComparison, DriftStatistic} from "./DriftStatistic.js";
import {driftStatistics, type DriftTestName} from "./driftTests.js";
import type {KsResult} from "./ks2samp.js";
import {sampleBinCounts} from "./sampleBinCounts.js";

/** The PSI / Jensen–Shannon bins of a column: numeric edges (right-closed, outer bins open) or categories. */
export interface DriftBins {
  edges: number[] | null;
  categories: string[] | null;
  reference: number[];
  current: number[];
}

/**
 * Every drift statistic reported for a column's type (the registry's, driftStatistics: PSI and Jensen–Shannon for
 * every column, KS and Wasserstein for numeric, chi-square for categorical), the chosen test and its verdict. A
 * statistic not computed for the column's type is null; a registered statistic outside these fields adds its own
 * (its `columns`).
 */
export interface FeatureDrift {
  type: ColumnKind;
  test: DriftTestName;
  threshold: number;
  value: number;
  drifted: boolean;
  reason: string;
  reference_rows: number;
  current_rows: number;
  psi: number;
  js_distance: number;
  ks: KsResult | null;
  wasserstein: number | null;
  wasserstein_normed: number | null;
  chi2: ChiSquareResult | null;
  bins: DriftBins;
}

/** Options: force a test or a threshold instead of the automatic choice and the registry's default. */
export interface FeatureDriftOptions {
  test?: string;
  threshold?: number;
  /** The statistics to compute (default the registry, driftStatistics). */
  statistics?: readonly DriftStatistic[];
}

/**
 * Drift of one column between a reference and a current sample (nulls already removed): every registered statistic
 * reported for the column's type (PSI and Jensen–Shannon distance on the PSI bins — reference deciles for numeric,
 * categories for categorical —, for numeric columns the KS test and Wasserstein distance, raw and normed, for
 * categorical ones the chi-square test of homogeneity). The verdict uses the automatic choice (chooseTest) unless a
 * test is forced; the threshold is the registry's default (driftTests) unless given. Numeric values are compared as
 * numbers, categorical values as strings.
 *
 * @throws {Error} if either sample is empty, a numeric value is not finite, or a forced test does not apply
 * @example featureDrift("numeric", [1, 2, 3, 4, 5, 6], [4, 5, 6, 7, 8, 9]).test; // => "ks"
 */
export function featureDrift(
  type: ColumnKind,
  reference: ArrayLike<number> | readonly string[],
  current: ArrayLike<number> | readonly string[],
  options: FeatureDriftOptions = {}
): FeatureDrift {
  if (reference.length === 0) throw new Error("featureDrift: empty reference window");
  if (current.length === 0) throw new Error("featureDrift: empty current window");
  const sample = (values: ArrayLike<number> | readonly string[]) =>
    type === "numeric"
      ? numericSample(toNumbers(values))
      : categoricalSample(categoryTally(Array.from(values, String)));
  const r = sample(reference);
  return sampleDrift(driftReference(r), sample(current), options);
}

/**
 * featureDrift's twin for prepared windows: a reference prepared once (driftReference) against a current sample
 * (numericSample, categoricalSample). featureDrift(type, r, c) is sampleDrift(driftReference(sample(r)), sample(c)),
 * so the results are identical; a loader comparing one reference with many windows sorts and bins the reference once.
 * Each statistic (DriftStatistic) computes from the comparison: the samples and the PSI bins both windows are
 * counted in.
 *
 * @throws {Error} if either sample is empty, the samples' types differ, or a forced test does not apply
 * @example sampleDrift(driftReference(numericSample([1, 2, 3, 4, 5, 6])), numericSample([4, 5, 6, 7, 8, 9])).test; // => "ks"
 */
export function sampleDrift(
  reference: DriftReference,
  current: DriftSample,
  options: FeatureDriftOptions = {}
): FeatureDrift {
  const ref = reference.sample;
  if (ref.rows === 0) throw new Error("featureDrift: empty reference window");
  if (current.rows === 0) throw new Error("featureDrift: empty current window");
  let bins: DriftBins;
  if (ref.type === "numeric" && current.type === "numeric") {
    const edges = reference.edges!;
    bins = {
      edges: edges.slice(),
      categories: null,
      reference: reference.counts!.slice(),
      current: sampleBinCounts(edges, current)
    };
  } else if (ref.type === "categorical" && current.type === "categorical") {
    const counts = categoryCountsOfTallies(ref.counts, current.counts);
    bins = {edges: null, categories: counts.categories, reference: counts.reference, current: counts.current};
  } else throw new Error(`featureDrift: a ${ref.type} reference against a ${current.type} window`);
  const type = ref.type;
  const statistics = options.statistics ?? (driftStatistics as readonly DriftStatistic[]);
  const comparison: DriftComparison = {reference, current, bins};
  const results = new Map<string, unknown>();
  for (const s of statistics) if (s.reportedFor.includes(type)) results.set(s.name, s.compute(comparison));
  const choice = options.test
    ? {
        test: options.test as DriftTestName,
        reason: `test set by the user: ${statistics.find((s) => s.name === options.test)?.label ?? options.test}`
      }
    : chooseTest(type, ref.rows, reference.distinct);
  const chosen = statistics.find((s) => s.name === choice.test);
  if (!chosen) throw new Error(`unknown drift test: ${choice.test}`);
  if (!chosen.columnKinds.includes(type))
    throw new Error(`drift test ${chosen.name} does not apply to a ${type} column`);
  if (!results.has(chosen.name)) results.set(chosen.name, chosen.compute(comparison));
  const value = chosen.value(results.get(chosen.name));
  if (Number.isNaN(value)) throw new Error(`invalid ${chosen.name} value: ${value}`);
  const threshold = options.threshold ?? chosen.defaultThreshold;
  const fields = Object.assign(
    {},
    ...statistics.map((s) => s.report(results.has(s.name) ? results.get(s.name) : null))
  );
  return {
    type,
    reference_rows: ref.rows,
    current_rows: current.rows,
    ...fields,
    bins,
    ...choice,
    threshold,
    value,
    drifted: chosen.kind === "pvalue" ? value < threshold : value >= threshold
  } as FeatureDrift;
}

function toNumbers(values: ArrayLike<number> | readonly string[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; ++i) {
    const v = Number(values[i]);
    if (!Number.isFinite(v)) throw new Error(`featureDrift: not a finite number: ${values[i]}`);
    out[i] = v;
  }
  return out;
}
