import type {FairnessReport} from "./fairnessReport.js";
import type {RateName} from "./rateFractions.js";

/** One cell of the Aequitas-style summary grid: one protected attribute × one checked metric. */
export interface GridCell {
  attribute: string;
  metric: RateName;
  reference_group: string | null;
  /** The group whose disparity ratio is farthest from parity (|ln ratio| largest); null when no other group has one. */
  worst_group: string | null;
  worst_ratio: number | null;
  /** No (unsuppressed) group's ratio lies outside the band [τ, 1/τ]. */
  passed: boolean;
  /** Groups outside the band. */
  failing_groups: string[];
}

/**
 * Aequitas's summary grid (its "fairness summary" of attributes × metrics): for each attribute's own fairness report
 * (groups of that attribute alone, not an intersection) and each metric, the reference group, the worst group and
 * its ratio, and pass/fail against the report's band. The worst group is the one whose disparity ratio is farthest
 * from 1 on a log scale (the band [τ, 1/τ] is symmetric there), the reference excluded; a ratio of 0 is the
 * farthest. A cell passes when no group's within_band is false (groups with an undefined ratio, and suppressed
 * groups, neither pass nor fail it). Cells come attribute by attribute, metrics in the order given. O(cells · groups).
 *
 * @example
 * fairnessGrid([{attribute: "sex", report}], ["selection_rate", "fnr"]).map((c) => c.passed); // => [true, false]
 */
export function fairnessGrid(
  reports: readonly {attribute: string; report: FairnessReport}[],
  metrics: readonly RateName[]
): GridCell[] {
  const cells: GridCell[] = [];
  for (const {attribute, report} of reports)
    for (const metric of metrics) {
      const reference = report.reference_by_rate[metric];
      let worst: {group: string; ratio: number; distance: number} | null = null;
      const failing: string[] = [];
      for (const g of report.groups) {
        if (g.suppressed) continue;
        if (g.within_band[metric] === false) failing.push(g.group);
        const ratio = g.disparity[metric];
        if (g.group === reference || ratio === null || Number.isNaN(ratio)) continue;
        const distance = ratio === 0 ? Infinity : Math.abs(Math.log(ratio));
        if (!worst || distance > worst.distance) worst = {group: g.group, ratio, distance};
      }
      cells.push({
        attribute,
        metric,
        reference_group: reference,
        worst_group: worst?.group ?? null,
        worst_ratio: worst?.ratio ?? null,
        passed: failing.length === 0,
        failing_groups: failing
      });
    }
  return cells;
}
