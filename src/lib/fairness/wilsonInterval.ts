import {normalQuantile} from "../stats/normalQuantile.js";

/**
 * Wilson score interval for a binomial proportion x / n (E. B. Wilson, 1927), the same as statsmodels'
 * `proportion_confint(x, n, alpha, method="wilson")`:
 *   center = (p̂ + z²/(2n)) / (1 + z²/n),  half = z / (1 + z²/n) · sqrt(p̂(1 − p̂)/n + z²/(4n²)),
 * with p̂ = x / n and z = Φ⁻¹(1 − (1 − confidence)/2). The result is clamped to [0, 1] against rounding.
 * Returns null when n = 0 (the rate is undefined).
 * @throws {Error} if x or n is negative or not finite, x > n, or confidence is not in (0, 1)
 * @example
 * wilsonInterval(7, 20); // => [0.18119..., 0.56714...] (statsmodels 0.13.5)
 */
export function wilsonInterval(x: number, n: number, confidence = 0.95): [number, number] | null {
  if (!(n >= 0) || !Number.isFinite(n)) throw new Error(`invalid n: ${n}`);
  if (!(x >= 0 && x <= n)) throw new Error(`invalid x: ${x}`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`invalid confidence: ${confidence}`);
  if (n === 0) return null;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = x / n;
  const z2n = (z * z) / n;
  const center = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, center - half), Math.min(1, center + half)];
}
