import type {DriftStatistic} from "../DriftStatistic.js";
import {sampleKs, type KsResult} from "../ks2samp.js";

/** Two-sample Kolmogorov–Smirnov test (ks2samp, scipy's auto method): drift when p < 0.05 (Evidently's default). */
export const ksTest: DriftStatistic<"ks", KsResult> = {
  name: "ks",
  label: "Kolmogorov–Smirnov p-value",
  columnKinds: ["numeric"],
  defaultThreshold: 0.05,
  kind: "pvalue",
  description: "two-sample KS test; exact p-value for samples ≤ 10 000, asymptotic otherwise (scipy ks_2samp auto)",
  reportedFor: ["numeric"],
  columns: {ks: "STRUCT(statistic DOUBLE, pvalue DOUBLE, method VARCHAR)"},
  compute({reference, current}) {
    if (reference.sample.type !== "numeric" || current.type !== "numeric")
      throw new Error("drift test ks does not apply to a categorical column");
    return sampleKs(reference.sample, current);
  },
  value: (r) => r.pvalue,
  report: (r) => ({ks: r})
};
