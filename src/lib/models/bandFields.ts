import {confidenceBand} from "./confidenceBand.js";
import {outsideThresholds} from "./outsideThresholds.js";
import type {Thresholds} from "./referenceThresholds.js";
import {ESTIMATED_METRICS, type EstimatedMetric} from "./samplingError/samplingErrorComponents.js";
import {standardError, type SamplingErrorComponents} from "./samplingError/standardError.js";

type M = EstimatedMetric;

/**
 * The sampling-error bands, thresholds and alerts of one window, for every estimated metric m:
 * `est_<m>_lower`/`est_<m>_upper` (the estimate's band), `<m>_lower`/`<m>_upper` (the realised value's band),
 * `<m>_threshold_lower`/`<m>_threshold_upper` and `<m>_alert`; plus `threshold_lower`, `threshold_upper` and
 * `alert`, which are ROC AUC's (the headline metric).
 */
export type BandFields = Record<`est_${M}_lower` | `est_${M}_upper` | `${M}_lower` | `${M}_upper`, number | null> &
  Record<`${M}_threshold_lower` | `${M}_threshold_upper` | "threshold_lower" | "threshold_upper", number | null> &
  Record<`${M}_alert` | "alert", boolean>;

/** The values bandFields reads: rows, labelled rows, and each metric realised and estimated. */
export type BandInput = {n: number; n_labelled: number} & Record<M | `est_${M}`, number | null>;

/**
 * Bands, thresholds and alerts of one window (see BandFields). The estimate's band is est ± 3·SE with SE from the
 * reference components and the window's rows (standardError(components, n), NannyML's CBPE); the realised band is
 * realised ± 3·SE with the window's labelled rows (n_labelled, NannyML's realised-performance calculator); both
 * clipped to [0, 1] (confidenceBand). An alert is the estimate strictly outside the metric's thresholds
 * (outsideThresholds); without thresholds (null) or an estimate there is no alert. Null components (no labelled
 * reference) give null bands.
 *
 * @example
 * bandFields({n: 400, n_labelled: 0, roc_auc: null, est_roc_auc: 0.8, ...}, {roc_auc: {std: 0.3, fraction: 0.25}, ...}, thresholds).est_roc_auc_lower; // => 0.8 − 3 · 0.3/√100 = 0.71
 */
export function bandFields(
  window: BandInput,
  components: Record<M, SamplingErrorComponents | null> | null,
  thresholds: Record<M, Thresholds> | null
): BandFields {
  const out = {} as Record<string, number | boolean | null>;
  for (const m of ESTIMATED_METRICS) {
    const est = window[`est_${m}`];
    const realised = window[m];
    [out[`est_${m}_lower`], out[`est_${m}_upper`]] = confidenceBand(
      est,
      standardError(components?.[m] ?? null, window.n)
    );
    [out[`${m}_lower`], out[`${m}_upper`]] = confidenceBand(
      realised,
      standardError(components?.[m] ?? null, window.n_labelled)
    );
    const t = thresholds?.[m] ?? {lower: null, upper: null};
    out[`${m}_threshold_lower`] = t.lower;
    out[`${m}_threshold_upper`] = t.upper;
    out[`${m}_alert`] = outsideThresholds(est, t);
  }
  out.threshold_lower = out.roc_auc_threshold_lower;
  out.threshold_upper = out.roc_auc_threshold_upper;
  out.alert = out.roc_auc_alert;
  return out as BandFields;
}
