import type {EqualizeResult} from "./equalizeThresholds.js";

/**
 * One sentence on the equalising thresholds: the target reached, the accuracy cost (or gain) against the best
 * single threshold (in percentage points) and each group's threshold (cut k of `bins` → k / bins), or that no grid
 * point is within tolerance.
 * @example describeEqualized(result, ["a", "b"], 200, "true positive rate");
 */
export function describeEqualized(
  result: EqualizeResult,
  groups: readonly string[],
  bins: number,
  label: string
): string {
  const best = result.best;
  if (!best || best.accuracy === null || result.global.accuracy === null)
    return `No target on the grid equalises the ${label} within the tolerance.`;
  const thresholds = groups.map((g, i) => `${g} ${(best.cuts[i] / bins).toFixed(3)}`).join(", ");
  const cost = 100 * (result.global.accuracy - best.accuracy);
  const effect =
    cost >= 0
      ? `costs ${cost.toFixed(2)} accuracy points`
      : `gains ${(-cost).toFixed(2)} accuracy points (per-group thresholds have more freedom)`;
  return `Equalising the ${label} at ${(100 * best.target).toFixed(0)} % (achieved gap ${best.gap!.toFixed(3)}) ${effect} against the best single threshold; per-group thresholds: ${thresholds}.`;
}
