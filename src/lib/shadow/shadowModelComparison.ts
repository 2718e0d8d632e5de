import {modelComparison, type ComparisonOptions, type ComparisonPoint} from "../fairness/modelComparison.js";
import type {ShadowRow} from "./shadowReport.js";

/**
 * Fairlearn's model comparison of the champion and the challenger on the decisions both scored (shadow rows): each
 * model at its most accurate single threshold and with per-group thresholds from the what-if, over the groups of
 * `segment` (e.g. ethnicity); labels positive when the adverse outcome did not happen (null until it arrives); scores
 * the risk (the favourable decision below the threshold). See modelComparison.
 *
 * @example shadowModelComparison(rows, {segment: "ethnicity", champion: "credit-lr@1.0.0", challenger: "credit-gbdt@2.0.0"});
 */
export function shadowModelComparison(
  rows: readonly ShadowRow[],
  {
    segment,
    champion,
    challenger,
    ...options
  }: {segment: string; champion: string; challenger: string} & ComparisonOptions
): ComparisonPoint[] {
  const labels = rows.map((r) => (r.label === null ? null : !r.label));
  const groups = rows.map((r) => (r[segment] === null || r[segment] === undefined ? null : String(r[segment])));
  return modelComparison(
    [
      {model: champion, scores: rows.map((r) => r.champion_score)},
      {model: challenger, scores: rows.map((r) => r.challenger_score)}
    ],
    labels,
    groups,
    {direction: "lower", ...options}
  );
}
