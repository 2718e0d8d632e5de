import type {DriftStatistic} from "./DriftStatistic.js";
import {driftStatistics} from "./driftTests.js";
import type {DriftCellRow} from "./driftView.js";
import type {FeatureDrift} from "./featureDrift.js";

/**
 * One feature's line in a drift report (the CLI's JSON shape): the Drift page's cell row (DriftCellRow) without its
 * system, week and role.
 */
export type FeatureReport = Omit<DriftCellRow, "system" | "window_start" | "role">;

/**
 * A feature's report line from the library's result (bins dropped): the verdict, then every registered statistic's
 * fields in registry order (psi, js_distance, ks, wasserstein, wasserstein_normed, chi2, and any added statistic's),
 * then the window sizes.
 *
 * @example featureReport("income", featureDrift("numeric", [1, 2, 3], [2, 3, 4])).test // => "ks"
 */
export function featureReport(
  name: string,
  d: FeatureDrift,
  statistics: readonly DriftStatistic[] = driftStatistics as readonly DriftStatistic[]
): FeatureReport {
  const fields = d as unknown as Record<string, unknown>;
  return {
    name,
    type: d.type,
    test: d.test,
    drifted: d.drifted,
    value: d.value,
    threshold: d.threshold,
    reason: d.reason,
    ...(Object.fromEntries(
      statistics.flatMap((s) => Object.keys(s.columns)).map((k) => [k, fields[k] ?? null])
    ) as Pick<FeatureReport, "psi" | "js_distance" | "ks" | "wasserstein" | "wasserstein_normed" | "chi2">),
    reference_values: d.reference_rows,
    current_values: d.current_rows
  };
}
