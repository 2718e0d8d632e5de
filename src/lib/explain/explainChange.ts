import {shiftShare, type SegmentCounts, type SegmentShift} from "./shiftShare.js";
import {formatPercent} from "../format/formatPercent.js";
import {formatSigned} from "../format/formatSigned.js";

/** One segmenting attribute's decomposition of the change. */
export interface ExplainComponent {
  attribute: string;
  mix: number;
  rate: number;
  interaction: number;
  /** mix / change: the share of the change the population's move across this attribute's segments explains. */
  share_explained: number | null;
  segments: SegmentShift[];
}

/** Why a rate moved between two windows, attribute by attribute. */
export interface ExplainResult {
  n_from: number;
  n_to: number;
  rate_from: number;
  rate_to: number;
  change: number;
  /** Standard error of the change, √(r₀(1 − r₀)/n₀ + r₁(1 − r₁)/n₁) (two independent proportions). */
  se: number;
  /** Sorted by share_explained, largest first (null last, then by attribute name). */
  components: ExplainComponent[];
  /**
   * "no change" (|change| ≤ 2 standard errors: sampling noise, nothing to explain), "population" (the top attribute's
   * mix explains ≥ 50 % of the change), "within" (no mix explains ≥ 25 %), else "mixed".
   */
  verdict: "population" | "within" | "mixed" | "no change";
  /** The verdict in plain words. */
  summary: string;
}

/** Shares of the change at or above which the top attribute's mix makes the change a population change (and below which none does). */
export const POPULATION_SHARE = 0.5;
export const WITHIN_SHARE = 0.25;

/**
 * Why a rate changed between a "from" and a "to" window: for each segmenting attribute on its own, the shift-share
 * decomposition change = mix + rate + interaction (shiftShare; the three add up to the change for every
 * attribute), and share_explained = mix / change, the part of the change explained by the population moving
 * between that attribute's segments. Attributes are ranked by share_explained. Verdict: "population" when the top
 * attribute explains at least POPULATION_SHARE (50 %) of the change, "within" when none explains WITHIN_SHARE
 * (25 %) or more (the decisions changed within segments: a rule, threshold, model or process change rather than a
 * different population), "mixed" in between, "no change" when the change is within 2 standard errors of 0 (the
 * difference of two independent proportions: sampling noise, and shares of a change that small mean nothing). Each
 * attribute's segments must partition the same rows. O(segments).
 *
 * @throws {Error} when attributes do not cover the same rows and events, or shiftShare rejects the counts
 * @example
 * explainChange([{attribute: "income", segments}], {metric: "approve rate"}).components[0].share_explained; // => 0.84
 */
export function explainChange(
  attributes: readonly {attribute: string; segments: readonly SegmentCounts[]}[],
  {metric = "the rate"}: {metric?: string} = {}
): ExplainResult {
  if (!attributes.length) throw new Error("explainChange requires at least one attribute");
  const decomposed = attributes.map(({attribute, segments}) => ({attribute, s: shiftShare(segments)}));
  const first = decomposed[0].s;
  const totals = (segments: readonly SegmentCounts[]) =>
    (["n0", "count0", "n1", "count1"] as const).map((k) => segments.reduce((t, s) => t + s[k], 0)).join();
  for (const {attribute, segments} of attributes)
    if (totals(segments) !== totals(attributes[0].segments))
      throw new Error(`segments of ${attribute} do not cover the rows of ${attributes[0].attribute}`);
  const change = first.change;
  const components: ExplainComponent[] = decomposed.map(({attribute, s}) => ({
    attribute,
    mix: s.mix,
    rate: s.rate,
    interaction: s.interaction,
    share_explained: change !== 0 ? s.mix / change || 0 : null, // || 0: no −0 when mix is 0
    segments: s.segments
  }));
  components.sort(
    (a, b) =>
      (b.share_explained ?? -Infinity) - (a.share_explained ?? -Infinity) ||
      (a.attribute < b.attribute ? -1 : a.attribute > b.attribute ? 1 : 0)
  );
  const top = components[0];
  const pct = (x: number) => formatPercent(x, 0);
  const points = (x: number) => formatSigned(100 * x, 2, " pp");
  let verdict: ExplainResult["verdict"];
  let summary: string;
  const moved = `${metric} moved ${points(change)} (${pct(first.rate0)} → ${pct(first.rate1)})`;
  const se = Math.sqrt((first.rate0 * (1 - first.rate0)) / first.n0 + (first.rate1 * (1 - first.rate1)) / first.n1);
  if (Math.abs(change) <= 2 * se) {
    verdict = "no change";
    summary = `No change to explain: ${moved}, within sampling noise (2 standard errors: ${(200 * se).toFixed(2)} pp).`;
  } else if ((top.share_explained ?? 0) >= POPULATION_SHARE) {
    verdict = "population";
    const moves = topMoves(top.segments, change);
    summary = `Mainly a population change: ${moved}, and the shift in ${top.attribute} alone explains ${pct(top.share_explained!)} of it${moves ? ` (${moves})` : ""}.`;
  } else if ((top.share_explained ?? 0) < WITHIN_SHARE) {
    verdict = "within";
    summary = `Not a population change: ${moved}, but no attribute's mix explains more than ${pct(Math.max(0, top.share_explained ?? 0))} of it; the decisions changed within segments.`;
  } else {
    verdict = "mixed";
    summary = `Partly a population change: ${moved}; the shift in ${top.attribute} explains ${pct(top.share_explained!)} of it, the rest happened within segments.`;
  }
  return {
    n_from: first.n0,
    n_to: first.n1,
    rate_from: first.rate0,
    rate_to: first.rate1,
    change,
    se,
    components,
    verdict,
    summary
  };
}

/** The segments whose share moved most in the direction of the change's mix, in words: "x: 10 % → 31 %". */
function topMoves(segments: readonly SegmentShift[], change: number): string {
  return [...segments]
    .filter((s) => Math.sign(s.mix) === Math.sign(change))
    .sort((a, b) => Math.abs(b.mix) - Math.abs(a.mix))
    .slice(0, 2)
    .map((s) => `${s.segment}: ${formatPercent(s.share0, 0)} → ${formatPercent(s.share1, 0)} of decisions`)
    .join("; ");
}
