import type {FairnessReport} from "./fairnessReport.js";
import type {ParitySummary} from "./paritySummary.js";
import type {RateName} from "./rateFractions.js";

export type Change = "widens" | "narrows" | "unchanged" | "undefined";

export interface OverrideEffect {
  /** Parity differences before (model) and after (final, with reviewers' overrides). */
  summary: {metric: keyof ParitySummary; model: number | null; final: number | null; change: Change}[];
  /** Per group and rate: disparity ratio before and after. */
  groups: {group: string; rate: RateName; model: number | null; final: number | null; change: Change}[];
  /** The verdict of demographic parity difference, the headline. */
  verdict: Change;
}

/**
 * Do human overrides widen or narrow the model's disparities? Compares the fairness report of the model's
 * decisions with that of the final decisions (after review) on the same rows and groups.
 * For the parity differences (demographic parity, equalized odds, equal opportunity; max − min), "widens" when the
 * final value is larger. For a group's disparity ratio r, the distance from parity is |ln r| (so 0.8 and 1.25
 * count the same); "widens" when the final distance is larger. Changes smaller than `tolerance` (absolute, on the
 * difference or on |ln r|; default 1e-9) are "unchanged"; a null on either side gives "undefined".
 * @example
 * overrideEffect(fairnessReport(modelGroups), fairnessReport(finalGroups)).verdict; // => "narrows"
 */
export function overrideEffect(
  model: FairnessReport,
  final: FairnessReport,
  rates: readonly RateName[] = ["selection_rate", "tpr", "fpr"],
  tolerance = 1e-9
): OverrideEffect {
  const compare = (a: number | null, b: number | null): Change =>
    a === null || b === null ? "undefined" : b > a + tolerance ? "widens" : b < a - tolerance ? "narrows" : "unchanged";
  const metrics = [
    "demographic_parity_difference",
    "equalized_odds_difference",
    "equal_opportunity_difference"
  ] as const;
  const summary = metrics.map((metric) => {
    const a = model.summary[metric];
    const b = final.summary[metric];
    return {metric, model: a, final: b, change: compare(a, b)};
  });
  const distance = (r: number | null) => (r === null || r <= 0 ? null : Math.abs(Math.log(r)));
  const groups: OverrideEffect["groups"] = [];
  for (const g of model.groups) {
    const f = final.groups.find((x) => x.group === g.group);
    for (const rate of rates) {
      const a = g.disparity[rate];
      const b = f?.disparity[rate] ?? null;
      groups.push({group: g.group, rate, model: a, final: b, change: compare(distance(a), distance(b))});
    }
  }
  return {summary, groups, verdict: summary[0].change};
}
