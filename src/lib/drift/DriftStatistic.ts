import type {DriftReference} from "./driftReference.js";
import type {DriftSample} from "./driftSample.js";

/** A column's type as drift sees it. */
export type ColumnKind = "numeric" | "categorical";

/**
 * One comparison of a prepared reference with a current window of the same column, and the PSI bins both are
 * counted in: the reference deciles (numeric) or the categories seen in either window (categorical).
 */
export interface DriftComparison {
  reference: DriftReference;
  current: DriftSample;
  bins: {reference: number[]; current: number[]};
}

/**
 * A registered drift statistic with its behaviour, the way Evidently registers a stattest (`StatTest(name,
 * display_name, allowed_feature_types, default_threshold)` with its function): what it is (metadata the Drift page
 * lists), how it is computed from a comparison, which number its verdict compares with the threshold, and the fields
 * it adds to a feature's report (and the drift-cells table, with their DuckDB types). Adding a statistic is one file
 * in stattests/ and one line in driftStatistics (driftTests.ts): featureDrift, the CLI's report, the weekly drift
 * series and its table pick it up.
 */
export interface DriftStatistic<N extends string = string, R = unknown> {
  name: N;
  label: string;
  /** The column kinds it applies to. */
  columnKinds: readonly ColumnKind[];
  defaultThreshold: number;
  /** `pvalue`: drift when value < threshold; `distance`: drift when value ≥ threshold. */
  kind: "pvalue" | "distance";
  /** What the value means, shown in the UI next to the choice. */
  description: string;
  /** The kinds it is computed and reported for in every comparison; for the others only when it is the test. */
  reportedFor: readonly ColumnKind[];
  /** Its report fields and their DuckDB types, in report order. */
  columns: Readonly<Record<string, string>>;
  compute(comparison: DriftComparison): R;
  /** The number its verdict compares with the threshold. */
  value(result: R): number;
  /** Its report fields' values (keys as in `columns`); nulls when it was not computed. */
  report(result: R | null): Record<string, unknown>;
}
