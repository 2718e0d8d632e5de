import {ESTIMATED_METRICS, type EstimatedMetric} from "../../src/lib/models/samplingError/samplingErrorComponents.js";
import type {WindowMetrics} from "../../src/lib/models/modelMetrics.js";

/** One estimate outside its reference thresholds. */
export interface ModelAlert {
  model: string | null;
  granularity: string;
  window_start: string;
  metric: EstimatedMetric;
  estimate: number;
  lower: number | null;
  upper: number | null;
}

/**
 * The alerts of a metrics table: every window outside the reference (period "analysis", or null when the reference
 * is every labelled decision; never "all") whose CBPE estimate of a metric lies strictly outside that metric's
 * thresholds (the `<metric>_alert` fields of bandFields), in table order.
 *
 * @example modelAlerts(metrics).map((a) => `${a.window_start} ${a.metric}`);
 */
export function modelAlerts(rows: readonly (WindowMetrics & {model?: string})[]): ModelAlert[] {
  const out: ModelAlert[] = [];
  for (const r of rows) {
    if (r.granularity === "all" || r.period === "reference") continue;
    for (const metric of ESTIMATED_METRICS)
      if (r[`${metric}_alert`])
        out.push({
          model: r.model ?? null,
          granularity: r.granularity,
          window_start: r.window_start,
          metric,
          estimate: r[`est_${metric}`]!,
          lower: r[`${metric}_threshold_lower`],
          upper: r[`${metric}_threshold_upper`]
        });
  }
  return out;
}
