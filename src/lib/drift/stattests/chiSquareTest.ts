import {chiSquareHomogeneity, type ChiSquareResult} from "../chiSquareHomogeneity.js";
import type {DriftStatistic} from "../DriftStatistic.js";

/**
 * Pearson's chi-square test of homogeneity on the 2 × K table of the PSI bins (categories; the deciles for a numeric
 * column with few distinct values, where it is the chosen test): drift when p < 0.05 (Evidently's default).
 */
export const chiSquareTest: DriftStatistic<"chisquare", ChiSquareResult> = {
  name: "chisquare",
  label: "chi-square p-value",
  columnKinds: ["categorical", "numeric"],
  defaultThreshold: 0.05,
  kind: "pvalue",
  description: "Pearson chi-square test of homogeneity on the 2 × K table of category counts, no Yates correction",
  reportedFor: ["categorical"],
  columns: {chi2: "STRUCT(statistic DOUBLE, dof DOUBLE, pvalue DOUBLE)"},
  compute: ({bins}) => chiSquareHomogeneity(bins.reference, bins.current),
  value: (r) => r.pvalue,
  report: (r) => ({chi2: r})
};
