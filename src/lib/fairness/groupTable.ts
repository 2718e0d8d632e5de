import type {FairnessReport} from "./fairnessReport.js";
import type {RateName} from "./rateFractions.js";

/** One row of the Fairness page's group table. */
export interface GroupTableRow {
  group: string;
  n: number;
  labelled: number;
  selection_rate: number | null;
  base_rate: number | null;
  tpr: number | null;
  fpr: number | null;
  precision: number | null;
  rate: number | null;
  rate_low: number | null;
  rate_high: number | null;
  disparity: number | null;
  disparity_low: number | null;
  disparity_high: number | null;
  verdict: string;
}

/**
 * Flat rows for a table of a fairness report, focused on one rate: the main rates, the chosen rate with its
 * Wilson interval, its disparity with the bootstrap interval (when computed), and a verdict: "reference",
 * "inside", "OUTSIDE", "undefined", "small" (appended) or "suppressed".
 * @example Inputs.table(groupTable(report, "selection_rate"))
 */
export function groupTable(report: FairnessReport, rate: RateName): GroupTableRow[] {
  return report.groups.map((g) => {
    const within = g.within_band[rate];
    const base = g.suppressed
      ? "suppressed"
      : g.group === report.reference_by_rate[rate]
        ? "reference"
        : within === null
          ? "undefined"
          : within
            ? "inside"
            : "OUTSIDE";
    return {
      group: g.group,
      n: g.n,
      labelled: g.n_labelled,
      selection_rate: g.selection_rate,
      base_rate: g.base_rate,
      tpr: g.tpr,
      fpr: g.fpr,
      precision: g.precision,
      rate: g[rate],
      rate_low: g.intervals[rate]?.[0] ?? null,
      rate_high: g.intervals[rate]?.[1] ?? null,
      disparity: g.disparity[rate],
      disparity_low: g.disparity_intervals?.[rate]?.[0] ?? null,
      disparity_high: g.disparity_intervals?.[rate]?.[1] ?? null,
      verdict: g.small && !g.suppressed ? `${base} (small)` : base
    };
  });
}
