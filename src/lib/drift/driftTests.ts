/** A column's type as drift sees it. */
export type ColumnKind = "numeric" | "categorical";

/** The name of a registered drift statistic. */
export type DriftTestName = "ks" | "chisquare" | "wasserstein" | "jensenshannon" | "psi";

/**
 * A registered drift statistic, the way Evidently registers its stattests (`StatTest(name, display_name,
 * allowed_feature_types, default_threshold)`): `pvalue` tests flag drift when p < threshold, `distance`
 * statistics when the value ≥ threshold.
 */
export interface DriftTest {
  name: DriftTestName;
  label: string;
  columnKinds: readonly ColumnKind[];
  defaultThreshold: number;
  kind: "pvalue" | "distance";
  /** What the value means, shown in the UI next to the choice. */
  description: string;
}

/**
 * The registry of drift statistics with Evidently's default thresholds (evidently legacy
 * `calculations/stattests/*.py`): KS p < 0.05, chi-square p < 0.05, normed Wasserstein ≥ 0.1,
 * Jensen–Shannon distance ≥ 0.1, PSI ≥ 0.1.
 *
 * @example driftTests.ks.defaultThreshold; // => 0.05
 */
export const driftTests: Readonly<Record<DriftTestName, DriftTest>> = {
  ks: {
    name: "ks",
    label: "Kolmogorov–Smirnov p-value",
    columnKinds: ["numeric"],
    defaultThreshold: 0.05,
    kind: "pvalue",
    description: "two-sample KS test; exact p-value for samples ≤ 10 000, asymptotic otherwise (scipy ks_2samp auto)"
  },
  chisquare: {
    name: "chisquare",
    label: "chi-square p-value",
    columnKinds: ["categorical", "numeric"],
    defaultThreshold: 0.05,
    kind: "pvalue",
    description: "Pearson chi-square test of homogeneity on the 2 × K table of category counts, no Yates correction"
  },
  wasserstein: {
    name: "wasserstein",
    label: "Wasserstein distance (normed)",
    columnKinds: ["numeric"],
    defaultThreshold: 0.1,
    kind: "distance",
    description: "earth mover's distance divided by the reference standard deviation (floor 0.001)"
  },
  jensenshannon: {
    name: "jensenshannon",
    label: "Jensen–Shannon distance",
    columnKinds: ["categorical", "numeric"],
    defaultThreshold: 0.1,
    kind: "distance",
    description: "Jensen–Shannon distance, base 2, on the PSI bins (0 identical … 1 disjoint)"
  },
  psi: {
    name: "psi",
    label: "PSI",
    columnKinds: ["categorical", "numeric"],
    defaultThreshold: 0.1,
    kind: "distance",
    description: "population stability index on reference deciles (or categories), empty bins floored at 1e-4"
  }
};

/**
 * Whether a statistic's value means drift under a threshold (the test's default unless given).
 *
 * @throws {Error} if the test is unknown or the value is NaN
 * @example isDrift("ks", 0.01); // => true
 */
export function isDrift(test: DriftTestName, value: number, threshold?: number): boolean {
  const t = driftTests[test];
  if (!t) throw new Error(`unknown drift test: ${test}`);
  if (Number.isNaN(value)) throw new Error(`invalid ${test} value: ${value}`);
  const limit = threshold ?? t.defaultThreshold;
  return t.kind === "pvalue" ? value < limit : value >= limit;
}
