/**
 * Running sums of many terms with Neumaier's compensated summation (an improved Kahan–Babuška sum: Neumaier 1974,
 * "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen", ZAMM 54): each sum carries the rounding
 * error of its additions in a second double, so its value is within about one ulp of the exact sum of the terms
 * however many there are, where a plain running sum's error grows with the count (a random walk of √n ulps for n
 * terms of one sign). `add(i, x)` adds x to sum i; `value(i)` is the sum with its correction. The terms are added in
 * the order given: the same terms in the same order give the same bits.
 *
 * @throws {Error} for a count that is not a non-negative integer
 * @example const s = compensatedSums(1); s.add(0, 1e16); s.add(0, 1); s.add(0, -1e16); s.value(0); // => 1 (a plain sum gives 0)
 */
export function compensatedSums(count: number): {add(i: number, x: number): void; value(i: number): number} {
  if (!(Number.isInteger(count) && count >= 0)) throw new Error(`invalid count: ${count}`);
  const sum = new Float64Array(count);
  const error = new Float64Array(count);
  return {
    add(i, x) {
      const s = sum[i];
      const t = s + x;
      error[i] += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
      sum[i] = t;
    },
    value(i) {
      return sum[i] + error[i];
    }
  };
}
