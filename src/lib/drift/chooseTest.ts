import type {ColumnKind, DriftTestName} from "./driftTests.js";

/** The test chosen for a column and the reason, in words, for the UI. */
export interface TestChoice {
  test: DriftTestName;
  reason: string;
}

/** Reference samples up to this many non-null values count as small (Evidently's default rule). */
export const SMALL_REFERENCE_ROWS = 1000;

/**
 * The automatic drift test for one column, Evidently's default (`get_default_stattest`):
 *
 * - reference ≤ 1000 non-null values: a numeric column with more than 5 distinct reference values gets the KS test
 *   (drift when p < 0.05); anything else the chi-square test (p < 0.05). Evidently uses a two-proportion Z-test for
 *   columns with ≤ 2 values; our 2 × 2 chi-square without continuity correction has exactly the same p-value.
 * - larger reference: a numeric column with more than 5 distinct reference values gets the normed Wasserstein
 *   distance (drift when ≥ 0.1); anything else the Jensen–Shannon distance (≥ 0.1).
 *
 * @throws {Error} if the counts are negative or not integers
 * @example chooseTest("numeric", 5000, 4200); // => {test: "wasserstein", reason: "…"}
 */
export function chooseTest(kind: ColumnKind, referenceRows: number, referenceDistinct: number): TestChoice {
  if (!Number.isSafeInteger(referenceRows) || referenceRows < 0)
    throw new Error(`invalid reference row count: ${referenceRows}`);
  if (!Number.isSafeInteger(referenceDistinct) || referenceDistinct < 0)
    throw new Error(`invalid reference distinct count: ${referenceDistinct}`);
  const continuous = kind === "numeric" && referenceDistinct > 5;
  const what = continuous
    ? `numeric with ${referenceDistinct} distinct reference values (> 5)`
    : kind === "numeric"
      ? `numeric with only ${referenceDistinct} distinct reference values (≤ 5), treated as categorical`
      : `categorical with ${referenceDistinct} categories`;
  if (referenceRows <= SMALL_REFERENCE_ROWS) {
    const size = `reference has ${referenceRows} rows (≤ ${SMALL_REFERENCE_ROWS}): a significance test`;
    return continuous
      ? {test: "ks", reason: `${size}; ${what} → Kolmogorov–Smirnov, drift when p < 0.05`}
      : {test: "chisquare", reason: `${size}; ${what} → chi-square, drift when p < 0.05`};
  }
  const size = `reference has ${referenceRows} rows (> ${SMALL_REFERENCE_ROWS}): p-values flag trivial shifts at this size, so a distance`;
  return continuous
    ? {test: "wasserstein", reason: `${size}; ${what} → normed Wasserstein, drift when ≥ 0.1 reference std`}
    : {test: "jensenshannon", reason: `${size}; ${what} → Jensen–Shannon distance, drift when ≥ 0.1`};
}
