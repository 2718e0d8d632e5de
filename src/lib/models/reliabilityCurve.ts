/** One bin of a reliability curve: scores in [lower, upper) (the last bin includes 1). */
export interface ReliabilityBin {
  bin: number;
  lower: number;
  upper: number;
  /** Labelled rows whose score falls in the bin. */
  count: number;
  /** Mean score of those rows (null when the bin is empty). */
  mean_score: number | null;
  /** Share of those rows with the positive label (null when the bin is empty). */
  observed_rate: number | null;
}

/**
 * Reliability curve (calibration plot) with equal-width bins: [0, 1] is cut into `bins` intervals
 * [i/bins, (i + 1)/bins), the last one closed, and a row with score p goes to bin min(⌊p · bins⌋, bins − 1).
 * For each bin: the number of labelled rows, their mean score and the share with the positive label. Empty bins
 * are returned too (count 0, nulls), so every curve has exactly `bins` rows. Rows whose label is not 1/true or
 * 0/false, or whose score is not finite, are skipped. O(n).
 *
 * Same means as sklearn.calibration.calibration_curve(y, p, n_bins, strategy="uniform") (which drops empty bins),
 * except for a score exactly on an inner edge: sklearn puts it in the lower bin (np.searchsorted, side="left"),
 * this function in the upper one.
 *
 * @throws {Error} if the columns differ in length, `bins` is not a positive integer, or a score is outside [0, 1]
 * @example
 * reliabilityCurve([0.05, 0.15, 0.18, 0.95], [0, 0, 1, 1], 10)[1]; // => {bin: 1, lower: 0.1, upper: 0.2, count: 2, mean_score: 0.165, observed_rate: 0.5}
 */
export function reliabilityCurve(
  scores: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>,
  bins = 10
): ReliabilityBin[] {
  if (scores.length !== labels.length) throw new Error(`column lengths differ: ${scores.length} and ${labels.length}`);
  const sums = reliabilitySums(bins);
  for (let i = 0; i < scores.length; ++i) {
    const s = scores[i];
    const l = labels[i];
    const y = l === 1 || l === true ? 1 : l === 0 || l === false ? 0 : -1;
    if (y < 0 || s === null || !Number.isFinite(s)) continue;
    addReliability(sums, s, y);
  }
  return reliabilityBins(sums);
}

/** Per bin: labelled rows, sum of their scores, positives (what reliabilityCurve accumulates row by row). */
export interface ReliabilitySums {
  count: Float64Array;
  sum: Float64Array;
  positives: Float64Array;
}

/**
 * Empty sums for `bins` equal-width bins.
 *
 * @throws {Error} if `bins` is not a positive integer
 */
export function reliabilitySums(bins: number): ReliabilitySums {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`invalid bins: ${bins}`);
  return {count: new Float64Array(bins), sum: new Float64Array(bins), positives: new Float64Array(bins)};
}

/**
 * Adds one labelled row with a finite score (y 1 or 0) to its bin, min(⌊s · bins⌋, bins − 1): callers that fuse the
 * curve into a pass of their own add rows in their order, so the sums are reliabilityCurve's bit for bit.
 *
 * @throws {Error} if the score is outside [0, 1]
 */
export function addReliability({count, sum, positives}: ReliabilitySums, s: number, y: number): void {
  if (s < 0 || s > 1) throw new Error(`invalid score: ${s}`);
  const bins = count.length;
  const b = Math.min(Math.floor(s * bins), bins - 1);
  ++count[b];
  sum[b] += s;
  positives[b] += y;
}

/** The curve of accumulated sums: every bin, empty ones with count 0 and nulls. */
export function reliabilityBins({count, sum, positives}: ReliabilitySums): ReliabilityBin[] {
  const bins = count.length;
  return Array.from({length: bins}, (_, b) => ({
    bin: b,
    lower: b / bins,
    upper: (b + 1) / bins,
    count: count[b],
    mean_score: count[b] ? sum[b] / count[b] : null,
    observed_rate: count[b] ? positives[b] / count[b] : null
  }));
}
