/** Evidently's default share of drifted columns that makes the dataset drifted. */
export const DATASET_DRIFT_SHARE = 0.5;

/**
 * Dataset-level drift: the share of columns that drifted, and whether it reaches the threshold share
 * (`share ≥ threshold`, Evidently's `DatasetDriftMetric(drift_share=0.5)`).
 *
 * @throws {Error} if there are no columns or the threshold is outside (0, 1]
 * @example datasetDrift([true, false, true, false]); // => {share: 0.5, drifted: true, count: 2, total: 4}
 */
export function datasetDrift(
  drifted: readonly boolean[],
  threshold = DATASET_DRIFT_SHARE
): {share: number; drifted: boolean; count: number; total: number} {
  if (drifted.length === 0) throw new Error("datasetDrift requires at least one column");
  if (!(threshold > 0 && threshold <= 1)) throw new Error(`invalid drift share threshold: ${threshold}`);
  const count = drifted.filter(Boolean).length;
  const share = count / drifted.length;
  return {share, drifted: share >= threshold, count, total: drifted.length};
}
