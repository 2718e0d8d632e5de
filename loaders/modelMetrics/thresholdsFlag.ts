import type {ThresholdRule} from "../../src/lib/models/referenceThresholds.js";
import {ESTIMATED_METRICS, type EstimatedMetric} from "../../src/lib/models/samplingError/samplingErrorComponents.js";
import {InputError} from "../cli/errors.js";

/**
 * Constant alert thresholds from a flag value `<metric>=<lower>..<upper>[,...]` (either side may be empty: no
 * threshold there), e.g. `roc_auc=0.75..,f1=0.4..0.9`; metrics not named keep the reference-derived thresholds.
 *
 * @throws {InputError} `--thresholds: ...` for an unknown metric, a bound that is not a number in [0, 1], or lower ≥ upper
 * @example thresholdsFlag("roc_auc=0.75..") // => {roc_auc: {constant: {lower: 0.75, upper: null}}}
 */
export function thresholdsFlag(text: string): Partial<Record<EstimatedMetric, ThresholdRule>> {
  const out: Partial<Record<EstimatedMetric, ThresholdRule>> = {};
  for (const item of text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-z_0-9]+)=(.*?)\.\.(.*)$/.exec(item);
    if (!m) throw new InputError(`--thresholds: expected <metric>=<lower>..<upper>, got ${JSON.stringify(item)}`);
    const metric = m[1] as EstimatedMetric;
    if (!ESTIMATED_METRICS.includes(metric))
      throw new InputError(`--thresholds: unknown metric ${JSON.stringify(m[1])} (${ESTIMATED_METRICS.join(", ")})`);
    const bound = (s: string) => {
      if (s.trim() === "") return null;
      const x = Number(s);
      if (!(x >= 0 && x <= 1))
        throw new InputError(`--thresholds: ${metric}: not a number in [0, 1]: ${JSON.stringify(s)}`);
      return x;
    };
    const lower = bound(m[2]);
    const upper = bound(m[3]);
    if (lower !== null && upper !== null && !(lower < upper))
      throw new InputError(`--thresholds: ${metric}: lower ${lower} must be below upper ${upper}`);
    out[metric] = {constant: {lower, upper}};
  }
  return out;
}
