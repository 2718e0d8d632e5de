/**
 * Survival function of the one-sided one-sample Kolmogorov–Smirnov statistic D⁺ₙ: P(D⁺ₙ ≥ x) for 0 ≤ x ≤ 1,
 * by the exact Smirnov / Birnbaum–Tingey (1951) sum
 *   P = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v),
 * every term positive, evaluated in log space with an incrementally updated log C(n, v). This is what
 * scipy.special.smirnov(n, x) computes (scipy sums in double-double arithmetic; this agrees to ~1e-12 relative).
 * Cost O(n(1 − x)).
 *
 * @throws {Error} if n is not a positive integer or x is outside [0, 1]
 * @example smirnovSf(1, 0.3); // => 0.7
 */
export function smirnovSf(n: number, x: number): number {
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`invalid sample size: ${n}`);
  if (!(x >= 0 && x <= 1)) throw new Error(`invalid smirnov argument: ${x}`);
  if (x === 0) return 1;
  if (x === 1) return 0;
  if (n === 1) return 1 - x;
  const last = Math.floor(n * (1 - x));
  let logBinomial = 0;
  let sum = 0;
  for (let v = 0; v <= last; ++v) {
    const upper = (n - v) / n - x;
    if (upper > 0) {
      const logTerm = logBinomial + (v - 1) * Math.log(x + v / n) + (n - v) * Math.log(upper);
      if (logTerm > -745) sum += Math.exp(logTerm);
    }
    logBinomial += Math.log((n - v) / (v + 1));
  }
  return Math.min(1, Math.max(0, x * sum));
}
