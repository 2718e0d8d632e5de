/** Count, mean and M2 = Σ (x − mean)² of a sample: enough to merge means and variances exactly. */
export interface Moments {
  count: number;
  mean: number;
  m2: number;
}

/**
 * Merges the moments of two disjoint samples by Chan, Golub & LeVeque's parallel rule (1979; "Updating formulae and
 * a pairwise algorithm for computing sample variances"): with n = nA + nB and δ = meanB − meanA,
 *   mean = meanA + δ · nB / n,   M2 = M2A + M2B + δ² · nA · nB / n.
 * Exact in real arithmetic; in floating point the merged values agree with a one-pass computation over the union to
 * about 1e-15 relative (well conditioned unless |mean| ≫ std). Empty sides (count 0) are the identity.
 * Sample variance is M2 / (n − 1), population variance M2 / n. Not simple-statistics' combineVariances: it merges
 * population variances (a different formula, through the merged mean), not M2 sums.
 *
 * @throws {Error} if a count is negative or not an integer
 * @example mergeMoments({count: 2, mean: 1.5, m2: 0.5}, {count: 1, mean: 3, m2: 0}); // => {count: 3, mean: 2, m2: 2}
 */
export function mergeMoments(a: Moments, b: Moments): Moments {
  for (const m of [a, b])
    if (!Number.isSafeInteger(m.count) || m.count < 0) throw new Error(`invalid moments count: ${m.count}`);
  if (a.count === 0) return {...b};
  if (b.count === 0) return {...a};
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  return {
    count,
    mean: a.mean + (delta * b.count) / count,
    m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count
  };
}
