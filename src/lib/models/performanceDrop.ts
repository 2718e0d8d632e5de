/** The metrics of one window that performanceDrop reads. */
export interface DropWindow {
  window_start: string;
  n: number;
  n_labelled: number;
  roc_auc: number | null;
  est_roc_auc: number | null;
}

/** The latest realised or estimated ROC AUC of a model against its validation ROC AUC. */
export interface DropReading {
  window_start: string;
  roc_auc: number;
  /** Rows behind the value: labelled rows (realised) or all rows (estimated). */
  rows: number;
  /** validation ROC AUC − this ROC AUC (positive = worse than validated). */
  drop: number;
}

export interface DropCheck {
  validation_roc_auc: number;
  max_drop: number;
  realised: DropReading | null;
  estimated: DropReading | null;
  /** False when the realised or the estimated drop is greater than max_drop. */
  passed: boolean;
}

/**
 * Performance-drop check of a model against its validation: in the windows given (one granularity), the latest
 * window with a realised ROC AUC and the latest with a CBPE-estimated ROC AUC (null metrics are skipped, so
 * windows with too few rows do not count); drop = validation ROC AUC − that value; the check fails when either
 * drop is strictly greater than `maxDrop`. Passes when neither value exists (nothing to judge).
 *
 * @throws {Error} for a maxDrop that is not a finite number ≥ 0, or a validation ROC AUC outside [0, 1]
 * @example
 * performanceDrop(0.84, [{window_start: "2026-06-01", n: 900, n_labelled: 0, roc_auc: null, est_roc_auc: 0.77}], {maxDrop: 0.05}).passed; // => false
 */
export function performanceDrop(
  validationAuc: number,
  windows: readonly DropWindow[],
  {maxDrop}: {maxDrop: number}
): DropCheck {
  if (!(Number.isFinite(maxDrop) && maxDrop >= 0)) throw new Error(`invalid maxDrop: ${maxDrop}`);
  if (!(validationAuc >= 0 && validationAuc <= 1)) throw new Error(`invalid validation ROC AUC: ${validationAuc}`);
  const sorted = [...windows].sort((a, b) => (a.window_start < b.window_start ? -1 : 1));
  const latest = (value: (w: DropWindow) => number | null, rows: (w: DropWindow) => number): DropReading | null => {
    const w = [...sorted].reverse().find((x) => value(x) !== null);
    if (!w) return null;
    const auc = value(w)!;
    return {window_start: w.window_start, roc_auc: auc, rows: rows(w), drop: validationAuc - auc};
  };
  const realised = latest(
    (w) => w.roc_auc,
    (w) => w.n_labelled
  );
  const estimated = latest(
    (w) => w.est_roc_auc,
    (w) => w.n
  );
  const passed = [realised, estimated].every((r) => r === null || !(r.drop > maxDrop));
  return {validation_roc_auc: validationAuc, max_drop: maxDrop, realised, estimated, passed};
}
