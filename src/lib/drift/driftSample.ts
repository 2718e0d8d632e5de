/**
 * One window's non-null values of a column, prepared for the drift statistics: numeric values sorted ascending
 * (PSI bins, KS, Wasserstein and the distinct count are functions of the sorted sample), categorical values counted
 * per category (PSI, Jensen–Shannon and chi-square are functions of the counts). A window prepared once can be
 * compared many times (see driftReference, sampleDrift in featureDrift.ts) without sorting or tallying it again.
 */
export type DriftSample =
  | {type: "numeric"; rows: number; sorted: Float64Array}
  | {type: "categorical"; rows: number; counts: ReadonlyMap<string, number>};

/**
 * A numeric DriftSample: a sorted copy of the values (Float64Array order, as `Float64Array.prototype.sort`: −0
 * before 0). Cost O(n log n), O(n) when the values come sorted already (e.g. `list(v ORDER BY v)` in SQL).
 *
 * @throws {Error} if a value is not finite
 * @example numericSample([3, 1, 2]).sorted; // => Float64Array [1, 2, 3]
 */
export function numericSample(values: ArrayLike<number>): DriftSample {
  const sorted = Float64Array.from(values);
  let ordered = true;
  for (let k = 0; k < sorted.length; ++k) {
    const x = sorted[k];
    if (!Number.isFinite(x)) throw new Error(`invalid drift value: ${x}`);
    if (k > 0 && ordered) {
      const w = sorted[k - 1];
      ordered = w < x || (w === x && !(x === 0 && Object.is(x, -0) && Object.is(w, 0)));
    }
  }
  return {type: "numeric", rows: sorted.length, sorted: ordered ? sorted : sorted.sort()};
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
