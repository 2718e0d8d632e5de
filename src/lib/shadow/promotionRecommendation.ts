import type {Delta} from "./pairedDelta.js";

/** A challenger − champion difference to judge, with which direction is worse and how much is tolerated. */
export interface Evidence {
  /** e.g. "ROC AUC" or "false-decline rate" */
  metric: string;
  /** "overall" or a group such as "age_band=65+" */
  scope: string;
  delta: Delta;
  worse: "higher" | "lower";
  /** A harm smaller than this is tolerated (default 0). */
  tolerance?: number;
}

/** What to do with the challenger and why. */
export interface Recommendation {
  decision: "promote" | "hold" | "keep champion" | "insufficient evidence";
  summary: string;
  /** The evidence lines the decision rests on, formatted with their intervals. */
  because: string[];
  /** The same evidence as data, line for line with `because` (for pages that format it with units). */
  evidence: Evidence[];
}

/**
 * A promotion recommendation that states its evidence. Rules, in order:
 * 1. fewer labelled rows than `minRows` in the overall evidence → "insufficient evidence";
 * 2. no overall metric whose interval lies wholly on the better side → "keep champion";
 * 3. better overall but some scope's interval lies wholly on the worse side beyond its tolerance
 *    (harm shown with the stated confidence) → "hold", naming each harmed scope;
 * 4. otherwise → "promote".
 * "Wholly on a side" uses the interval bounds of each Delta (e.g. pairedDelta or delongAucDelta).
 *
 * @example
 * promotionRecommendation(overall, groups).decision; // => "hold"
 */
export function promotionRecommendation(
  overall: readonly Evidence[],
  groups: readonly Evidence[],
  {minRows = 500}: {minRows?: number} = {}
): Recommendation {
  const line = (e: Evidence) =>
    `${e.metric} ${e.scope}: ${fmt(e.delta.champion)} → ${fmt(e.delta.challenger)} (Δ ${sign(e.delta.delta)}, 95% CI ${sign(e.delta.low)} to ${sign(e.delta.high)}, n = ${e.delta.n})`;
  const rows = Math.max(0, ...overall.map((e) => e.delta.n));
  if (rows < minRows)
    return {
      decision: "insufficient evidence",
      summary: `only ${rows} labelled rows on both models (need ${minRows})`,
      because: overall.map(line),
      evidence: [...overall]
    };
  const better = overall.filter((e) => evidenceSide(e) === "better");
  if (!better.length)
    return {
      decision: "keep champion",
      summary: "no overall metric shows the challenger better",
      because: overall.map(line),
      evidence: [...overall]
    };
  const harmed = [...overall, ...groups].filter((e) => evidenceSide(e) === "worse");
  if (harmed.length)
    return {
      decision: "hold",
      summary: `better overall, but worse for ${[...new Set(harmed.map((e) => e.scope))].join(", ")}`,
      because: [...better.map(line), ...harmed.map(line)],
      evidence: [...better, ...harmed]
    };
  return {
    decision: "promote",
    summary: "better overall and no group measurably worse",
    because: better.map(line),
    evidence: better
  };
}

/** Where a difference's interval lies: wholly on the better side, wholly on the worse side beyond its tolerance, or neither. */
export function evidenceSide(e: Evidence): "better" | "worse" | "unclear" {
  const {low, high} = e.delta;
  if (low === null || high === null) return "unclear";
  const tol = e.tolerance ?? 0;
  if (e.worse === "higher") return low > tol ? "worse" : high < 0 ? "better" : "unclear";
  return high < -tol ? "worse" : low > 0 ? "better" : "unclear";
}

function fmt(x: number | null): string {
  return x === null ? "–" : x.toFixed(4);
}

function sign(x: number | null): string {
  return x === null ? "–" : `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(4)}`;
}
