import {formatPercent} from "../format/formatPercent.js";
import {formatSigned} from "../format/formatSigned.js";
import {formatMoney} from "../roi/formatMoney.js";
import {evidenceSide, type Evidence} from "./promotionRecommendation.js";

/** One line of the Shadow page's evidence table, every number with its unit. */
export interface EvidenceRow {
  metric: string;
  scope: string;
  champion: string;
  challenger: string;
  /** challenger − champion with its 95 % interval, e.g. "+0.008 (+0.003 to +0.013)", "+51.2 pp (…)", "−€29.48 (…)". */
  change: string;
  /** "better", "worse" or "unclear": where the whole interval lies. */
  verdict: "better" | "worse" | "unclear";
  n: number;
}

const RATES = new Set(["approval rate", "false-decline rate", "missed-bad rate"]);

/**
 * Evidence of the promotion recommendation with units: ROC AUC and Brier score to three decimals, rates in percent
 * with their change in percentage points, value per decision in the cost model's currency. The recommendation
 * prints four bare decimals ("56.2962 → 26.8193"), which says neither what nor how much.
 * @example evidenceText(e, "EUR").change // => "−€29.48 (−€43.19 to −€15.76)"
 */
export function evidenceText(e: Evidence, currency: string): EvidenceRow {
  const {champion, challenger, delta, low, high, n} = e.delta;
  const level = (v: number | null) =>
    v === null
      ? "–"
      : RATES.has(e.metric)
        ? formatPercent(v)
        : e.metric === "value per decision"
          ? formatMoney(v, currency)
          : v.toFixed(3);
  const change = (v: number | null) =>
    v === null
      ? "–"
      : RATES.has(e.metric)
        ? formatSigned(v * 100, 1, " pp")
        : e.metric === "value per decision"
          ? (v > 0 ? "+" : "") + formatMoney(v, currency)
          : formatSigned(v, 3);
  return {
    metric: e.metric,
    scope: e.scope,
    champion: level(champion),
    challenger: level(challenger),
    change: `${change(delta)} (${change(low)} to ${change(high)})`,
    verdict: evidenceSide(e),
    n
  };
}
