/**
 * The scores of the positive-label and the negative-label rows, each sorted ascending, as Float64Arrays
 * (native numeric sort). Rows whose label is neither positive (1, true) nor negative (0, false), or whose
 * score is not finite, are left out. The shared first step of rocAuc and averagePrecision.
 * @throws {Error} if the columns differ in length
 * @example
 * splitByLabel([0.9, 0.2, 0.5], [1, 0, null]); // => {positives: [0.9], negatives: [0.2]}
 */
export function splitByLabel(
  scores: ArrayLike<number | null>,
  labels: ArrayLike<number | boolean | null>
): {positives: Float64Array; negatives: Float64Array} {
  if (scores.length !== labels.length) throw new Error(`column lengths differ: ${scores.length} and ${labels.length}`);
  let np = 0;
  let nn = 0;
  const pos = new Float64Array(scores.length);
  const neg = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; ++i) {
    const s = scores[i];
    if (s === null || !Number.isFinite(s)) continue;
    const y = labels[i];
    if (y === 1 || y === true) pos[np++] = s;
    else if (y === 0 || y === false) neg[nn++] = s;
  }
  return {positives: pos.subarray(0, np).sort(), negatives: neg.subarray(0, nn).sort()};
}
