import {logGamma} from "./logGamma.js";

/**
 * Regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a) = 1 − P(a, x), for a > 0, x ≥ 0.
 * This is scipy.special.gammaincc(a, x); the chi-square survival function is chi2.sf(s, k) = Q(k/2, s/2).
 *
 * Method (Numerical Recipes 3rd ed. §6.2): for x < a + 1 the power series of P(a, x) and Q = 1 − P
 * (there Q is not small, so no cancellation); otherwise the continued fraction for Q evaluated by the
 * modified Lentz algorithm, which keeps full relative precision in the far tail (Q down to ~1e-300).
 * Both stop when the relative change falls below 1e-16. Cost O(√a) iterations in the worst case.
 *
 * @throws {Error} if a ≤ 0 or x < 0 (or either is not finite)
 * @example gammaQ(1, 2); // => e^-2 = 0.1353352832366127
 */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !Number.isFinite(a)) throw new Error(`invalid gammaQ shape: ${a}`);
  if (!(x >= 0) || !Number.isFinite(x)) throw new Error(`invalid gammaQ argument: ${x}`);
  if (x === 0) return 1;
  const logPrefactor = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let ap = a;
    let term = 1 / a;
    let sum = term;
    for (let i = 0; i < 100000; ++i) {
      ap += 1;
      term *= x / ap;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefactor));
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; ++i) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(logPrefactor) * h;
}

const EPS = 1e-16;
const TINY = 1e-300;
