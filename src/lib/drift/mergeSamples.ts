import type {NumericSample} from "./driftSample.js";

/**
 * The counted sample of several samples' values together (e.g. a reference made of whole weeks from each week's
 * counts): the union of their distinct values in ascending order, counts added. Exactly numericSample of all their
 * values. Cost O(k · d) for k samples of d distinct values in all.
 *
 * @throws {Error} if no sample is given
 * @example mergeSamples([numericSample([1, 3]), numericSample([3, 2])]); // => values [1, 2, 3], counts [1, 1, 2]
 */
export function mergeSamples(samples: readonly NumericSample[]): NumericSample {
  if (samples.length === 0) throw new Error("mergeSamples requires at least one sample");
  return samples.reduce(mergeTwo);
}

function mergeTwo(a: NumericSample, b: NumericSample): NumericSample {
  const values = new Float64Array(a.values.length + b.values.length);
  const counts = new Float64Array(values.length);
  let [i, j, k] = [0, 0, 0];
  while (i < a.values.length || j < b.values.length) {
    const x = i < a.values.length ? a.values[i] : Infinity;
    const y = j < b.values.length ? b.values[j] : Infinity;
    if (j >= b.values.length || (i < a.values.length && x < y)) {
      values[k] = x;
      counts[k++] = a.counts[i++];
    } else if (i >= a.values.length || y < x) {
      values[k] = y;
      counts[k++] = b.counts[j++];
    } else {
      values[k] = x;
      counts[k++] = a.counts[i++] + b.counts[j++];
    }
  }
  return {type: "numeric", rows: a.rows + b.rows, values: values.slice(0, k), counts: counts.slice(0, k)};
}
