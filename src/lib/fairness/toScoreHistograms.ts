import type {ScoreHistogram} from "./confusionCurve.js";

/**
 * Per-group dense histograms from scoreHistogramSql's sparse rows: {groups, histograms} with groups sorted as
 * in the rows' first appearance and each histogram's pos/neg/unk a Float64Array of length `bins`.
 * @throws {Error} if a row's bin is outside [0, bins)
 * @example toScoreHistograms(rows, 200).histograms[0].pos.length; // => 200
 */
export function toScoreHistograms(
  rows: Iterable<{group: string; bin: number; pos: number; neg: number; unk: number}>,
  bins: number
): {groups: string[]; histograms: ScoreHistogram[]} {
  const index = new Map<string, number>();
  const histograms: {pos: Float64Array; neg: Float64Array; unk: Float64Array}[] = [];
  for (const {group, bin, pos, neg, unk} of rows) {
    if (!(bin >= 0 && bin < bins)) throw new Error(`invalid bin: ${bin}`);
    let g = index.get(group);
    if (g === undefined) {
      index.set(group, (g = histograms.length));
      histograms.push({pos: new Float64Array(bins), neg: new Float64Array(bins), unk: new Float64Array(bins)});
    }
    histograms[g].pos[bin] += Number(pos);
    histograms[g].neg[bin] += Number(neg);
    histograms[g].unk[bin] += Number(unk);
  }
  return {groups: [...index.keys()], histograms};
}
