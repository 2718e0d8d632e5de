import {REFERENCE_WEEKS} from "../drift/defaultReference.js";
import {WORKBENCH_DRIFT_SHARE} from "../drift/driftSeries.js";
import type {SystemDriftInput} from "../drift/systemDriftInput.js";
import {driftTests} from "../../src/lib/drift/driftTests.js";
import type {SpcSeriesInfo} from "./spcMetrics.js";

const reference = `the drift reference (the first ${REFERENCE_WEEKS} whole ISO weeks of model scores), as on the Drift page`;

/**
 * The weekly drift-score series of a system, as SPC value series (individuals chart, EWMA, CUSUM) with the drift
 * threshold as context: `drift_share`, the share of features that drifted in the ISO week (dataset drift, the score
 * excluded; threshold WORKBENCH_DRIFT_SHARE = 0.3), and `drift_psi:<column>` (family `drift_psi`), the population
 * stability index of each compared column (the features, then the score as prediction drift, in driftSeries'
 * order; threshold the registry's PSI default, 0.1). The values come from driftScores (the drift loaders).
 *
 * @example driftScoreMetrics(input).map((m) => m.id); // => ["drift_share", "drift_psi:income", ..., "drift_psi:score"]
 */
export function driftScoreMetrics(input: SystemDriftInput): SpcSeriesInfo[] {
  const psi = driftTests.psi.defaultThreshold;
  const columns = [...input.columns.numeric, ...input.columns.categorical];
  return [
    {
      id: "drift_share",
      label: "drift share",
      kind: "value",
      description: `Share of the features that drifted in the ISO week against ${reference}, each judged by its automatically chosen test; the week counts as drifted at ${WORKBENCH_DRIFT_SHARE} or more (dashed line).`,
      threshold: WORKBENCH_DRIFT_SHARE
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
