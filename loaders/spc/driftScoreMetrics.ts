import type {DriftInput} from "../drift/driftInput.js";
import {driftTests} from "../../src/lib/drift/driftTests.js";
import {settings} from "../../src/lib/settings.js";
import type {SpcSeriesInfo} from "./spcMetrics.js";

const reference = `the drift reference (the first ${settings.drift.referenceWeeks} whole ISO weeks of model scores), as on the Drift page`;

/**
 * The weekly drift-score series of a system, as SPC value series (individuals chart, EWMA, CUSUM) with the drift
 * threshold as context: `drift_share`, the share of features that drifted in the ISO week (dataset drift, the score
 * excluded; threshold settings.drift.share = 0.3), and `drift_psi:<column>` (family `drift_psi`), the population
 * stability index of each compared column (the features, then the score as prediction drift, in driftSeries'
 * order; threshold the registry's PSI default, 0.1). The values come from driftScores (the drift tables).
 *
 * @example driftScoreMetrics(input).map((m) => m.id); // => ["drift_share", "drift_psi:income", ..., "drift_psi:score"]
 */
export function driftScoreMetrics(input: DriftInput): SpcSeriesInfo[] {
  const psi = driftTests.psi.defaultThreshold;
  const columns = [...input.columns.numeric, ...input.columns.categorical];
  return [
    {
      id: "drift_share",
      label: "drift share",
      kind: "value",
      description: `Share of the features that drifted in the ISO week against ${reference}, each judged by its automatically chosen test; the week counts as drifted at ${settings.drift.share} or more (dashed line).`,
      threshold: settings.drift.share
    },
    ...columns.map((column) => ({
      id: `drift_psi:${column}`,
      label: column === input.score ? `${column} PSI (prediction drift)` : `${column} PSI`,
      kind: "value" as const,
      description: `Population stability index of ${column} in the ISO week against ${reference}; ${psi} or more (dashed line) is drift by the PSI rule of thumb. Weeks inside the reference are compared with a reference that contains them, so their PSI is low.`,
      family: {id: "drift_psi", label: "drift PSI (per column)", member: column},
      threshold: psi
    }))
  ];
}
