/**
 * One window's non-null values of a column, prepared for the drift statistics. Numeric values are kept as their
 * distinct values in ascending order with the count of each (PSI bins, KS, Wasserstein, the reference's standard
 * deviation and the distinct count are all functions of these counts), categorical values as the count of each
 * category (PSI, Jensen–Shannon and chi-square are functions of the counts). The counts are what an engine returns
 * for `GROUP BY value` (see loaders/drift/valueCounts.ts), so no window's rows need to reach JavaScript, and a window
 * prepared once can be compared many times (see driftReference, sampleDrift in featureDrift.ts).
 */
export type DriftSample =
  | {type: "numeric"; rows: number; values: Float64Array; counts: Float64Array}
  | {type: "categorical"; rows: number; counts: ReadonlyMap<string, number>};

/** A numeric DriftSample. */
export type NumericSample = Extract<DriftSample, {type: "numeric"}>;

/**
 * A numeric DriftSample from raw values: sorted, then each run of equal values counted once (0 and −0 are one value,
 * 0). Cost O(n log n), O(n) when the values come sorted already.
 *
 * @throws {Error} if a value is not finite
 * @example numericSample([3, 1, 3]); // => {type: "numeric", rows: 3, values: [1, 3], counts: [1, 2]}
 */
export function numericSample(values: ArrayLike<number>): NumericSample {
  const sorted = Float64Array.from(values);
  let ordered = true;
  for (let k = 0; k < sorted.length; ++k) {
    const x = sorted[k];
    if (!Number.isFinite(x)) throw new Error(`invalid drift value: ${x}`);
    if (k > 0 && ordered && sorted[k - 1] > x) ordered = false;
  }
  if (!ordered) sorted.sort();
  return countRuns(sorted);
}

/**
 * numericSample's internal twin for values already sorted ascending (not checked, infinities allowed): each run of
 * equal values counted once, 0 and −0 as one value, 0. Cost O(n).
 *
 * @example countRuns(Float64Array.of(1, 3, 3)).counts; // => Float64Array [1, 2]
 */
export function countRuns(sorted: Float64Array): NumericSample {
  const distinct = new Float64Array(sorted.length);
  const counts = new Float64Array(sorted.length);
  let d = -1;
  for (let k = 0; k < sorted.length; ++k) {
    if (d >= 0 && sorted[k] === distinct[d]) ++counts[d];
    else {
      distinct[++d] = sorted[k] + 0; // −0 + 0 is 0
      counts[d] = 1;
    }
  }
  return {type: "numeric", rows: sorted.length, values: distinct.slice(0, d + 1), counts: counts.slice(0, d + 1)};
}

/**
 * A numeric DriftSample from counts per distinct value in ascending order (an engine's `GROUP BY v ORDER BY v`);
 * equal neighbours (0 and −0, which an engine may group apart) are merged. The arrays are kept when nothing needs
 * merging. Cost O(d).
 *
 * @throws {Error} if the lengths differ, a value is not finite or out of order, or a count is not a positive integer
 * @example countedSample(Float64Array.of(1, 3), Float64Array.of(1, 2)).rows; // => 3
 */
export function countedSample(values: Float64Array, counts: Float64Array): NumericSample {
  if (values.length !== counts.length)
    throw new Error(`countedSample: ${values.length} values, ${counts.length} counts`);
  let rows = 0;
  let merge = false;
  // the loop only stops at a bad value; the message is made outside it (a template literal in the loop, even in a
  // throw never taken, makes V8 run it some 20 times slower: 0.25 s for 3.3M values, columnCounts' at 1M decisions)
  let k = 0;
  for (; k < values.length; ++k) {
    const x = values[k];
    const n = counts[k];
    if (!Number.isFinite(x) || !Number.isSafeInteger(n) || n <= 0) break;
    if (k > 0 && !(values[k - 1] < x)) {
      if (values[k - 1] === x) merge = true;
      else break;
    }
    if (Object.is(x, -0)) merge = true;
    rows += n;
  }
  if (k < values.length) throw countedSampleError(values, counts, k);
  if (!merge) return {type: "numeric", rows, values, counts};
  const v = new Float64Array(values.length);
  const c = new Float64Array(values.length);
  let d = -1;
  for (let k = 0; k < values.length; ++k) {
    if (d >= 0 && values[k] === v[d]) c[d] += counts[k];
    else {
      v[++d] = values[k] + 0;
      c[d] = counts[k];
    }
  }
  return {type: "numeric", rows, values: v.slice(0, d + 1), counts: c.slice(0, d + 1)};
}

/** Why countedSample stopped at value k: the value, its count, or its order (checked in that order). */
function countedSampleError(values: Float64Array, counts: Float64Array, k: number): Error {
  const [x, n] = [values[k], counts[k]];
  if (!Number.isFinite(x)) return new Error(`invalid drift value: ${x}`);
  if (!Number.isSafeInteger(n) || n <= 0) return new Error(`invalid count of value ${x}: ${n}`);
  return new Error(`countedSample: values out of order: ${values[k - 1]} before ${x}`);
}

/**
 * A categorical DriftSample from the count of each category (see categoryTally, or a SQL GROUP BY); rows is the
 * total count. Cost O(k).
 *
 * @throws {Error} if a count is not a positive integer
 * @example categoricalSample(new Map([["a", 2], ["b", 1]])).rows; // => 3
 */
export function categoricalSample(counts: ReadonlyMap<string, number>): DriftSample {
  let rows = 0;
  for (const [category, n] of counts) {
    if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`invalid count of category ${category}: ${n}`);
    rows += n;
  }
  return {type: "categorical", rows, counts};
}
