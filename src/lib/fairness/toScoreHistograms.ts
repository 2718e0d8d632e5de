import type {ScoreHistogram} from "./confusionCurve.js";
import {sliceGroupKey} from "./sliceGroupKey.js";

/**
 * Per-group dense histograms from scoreHistogramSql's sparse rows: {groups, histograms}, groups sorted by name
 * (code-unit order) and each histogram's pos/neg/unk (label true/false/null) a Float64Array of length `bins`.
 * @throws {Error} if a row's bin is outside [0, bins)
 * @example toScoreHistograms(rows, 200, 1).histograms[0].pos.length; // => 200
 */
export function toScoreHistograms(
  rows: Iterable<Record<string, unknown>>,
  bins: number,
  attributes: number
): {groups: string[]; histograms: ScoreHistogram[]} {
  const byGroup = new Map<string, {pos: Float64Array; neg: Float64Array; unk: Float64Array}>();
  for (const row of rows) {
    const bin = Number(row.bin);
    if (!(bin >= 0 && bin < bins)) throw new Error(`invalid bin: ${bin}`);
    const group = sliceGroupKey(row, attributes);
    let h = byGroup.get(group);
    if (!h)
      byGroup.set(group, (h = {pos: new Float64Array(bins), neg: new Float64Array(bins), unk: new Float64Array(bins)}));
    const y = row.y;
    (y === true ? h.pos : y === false ? h.neg : h.unk)[bin] += Number(row.n);
  }
  const groups = [...byGroup.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {groups, histograms: groups.map((g) => byGroup.get(g)!)};
}
