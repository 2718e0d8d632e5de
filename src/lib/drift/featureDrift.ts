import {binCounts} from "./binCounts.js";
import {categoryCountsOfTallies} from "./categoryCounts.js";
import {categoryTally} from "./categoryTally.js";
import {chiSquareHomogeneity, type ChiSquareResult} from "./chiSquareHomogeneity.js";
import {chooseTest} from "./chooseTest.js";
import {driftReference, type DriftReference} from "./driftReference.js";
import {categoricalSample, numericSample, type DriftSample} from "./driftSample.js";
import {driftTests, isDrift, type ColumnKind, type DriftTestName} from "./driftTests.js";
import {jsDistance} from "./jsDistance.js";
import {ks2sampSorted} from "./ks2samp.js";
import {psi} from "./psi.js";
import {wassersteinSorted} from "./wasserstein.js";

/** The PSI / Jensen–Shannon bins of a column: numeric edges (right-closed, outer bins open) or categories. */
export interface DriftBins {
  edges: number[] | null;
  categories: string[] | null;
  reference: number[];
  current: number[];
}

/** Every drift statistic that applies to a column's type, the chosen test and its verdict. */
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
  ks: {statistic: number; pvalue: number; method: "exact" | "asymp"} | null;
  wasserstein: number | null;
  wasserstein_normed: number | null;
  chi2: ChiSquareResult | null;
  bins: DriftBins;
}

/** Options: force a test or a threshold instead of the automatic choice and the registry's default. */
export interface FeatureDriftOptions {
  test?: DriftTestName;
  threshold?: number;
}

/**
 * Drift of one column between a reference and a current sample (nulls already removed): PSI and Jensen–Shannon
 * distance on the PSI bins (reference deciles for numeric, categories for categorical), plus for numeric columns
 * the KS test and Wasserstein distance (raw and normed), for categorical ones the chi-square test of homogeneity.
 * The verdict uses the automatic choice (chooseTest) unless a test is forced; the threshold is the registry's
 * default (driftTests) unless given. Numeric values are compared as numbers, categorical values as strings.
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
  if (ref.type !== current.type)
    throw new Error(`featureDrift: a ${ref.type} reference against a ${current.type} window`);
  const type = ref.type;
  let result: Omit<FeatureDrift, "test" | "threshold" | "value" | "drifted" | "reason">;
  if (ref.type === "numeric" && current.type === "numeric") {
    const r = ref.sorted;
    const c = current.sorted;
    const edges = reference.edges!;
    const bins = {
      edges: edges.slice(),
      categories: null,
      reference: reference.counts!.slice(),
      current: binCounts(edges, c)
    };
    const w = wassersteinSorted(r, c);
    result = {
      type,
      reference_rows: r.length,
      current_rows: c.length,
      psi: psi(bins.reference, bins.current),
      js_distance: jsDistance(bins.reference, bins.current),
      ks: ks2sampSorted(r, c),
      wasserstein: w.distance,
      wasserstein_normed: w.normed,
      chi2: null,
      bins
    };
  } else if (ref.type === "categorical" && current.type === "categorical") {
    const counts = categoryCountsOfTallies(ref.counts, current.counts);
    result = {
      type,
      reference_rows: ref.rows,
      current_rows: current.rows,
      psi: psi(counts.reference, counts.current),
      js_distance: jsDistance(counts.reference, counts.current),
      ks: null,
      wasserstein: null,
      wasserstein_normed: null,
      chi2: chiSquareHomogeneity(counts.reference, counts.current),
      bins: {edges: null, categories: counts.categories, reference: counts.reference, current: counts.current}
    };
  } else throw new Error(`featureDrift: a ${ref.type} reference against a ${current.type} window`);
  const choice = options.test
    ? {test: options.test, reason: `test set by the user: ${driftTests[options.test]?.label ?? options.test}`}
    : chooseTest(type, result.reference_rows, reference.distinct);
  if (choice.test === "chisquare" && !result.chi2)
    result.chi2 = chiSquareHomogeneity(result.bins.reference, result.bins.current);
  const value = testValue(choice.test, result);
  const threshold = options.threshold ?? driftTests[choice.test].defaultThreshold;
  return {...result, ...choice, threshold, value, drifted: isDrift(choice.test, value, threshold)};
}

function testValue(
  test: DriftTestName,
  r: Omit<FeatureDrift, "test" | "threshold" | "value" | "drifted" | "reason">
): number {
  const value =
    test === "psi"
      ? r.psi
      : test === "jensenshannon"
        ? r.js_distance
        : test === "ks"
          ? r.ks?.pvalue
          : test === "wasserstein"
            ? r.wasserstein_normed
            : test === "chisquare"
              ? r.chi2?.pvalue
              : undefined;
  if (value == null) throw new Error(`drift test ${test} does not apply to a ${r.type} column`);
  return value;
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
