/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * Lanczos approximation with g = 7 and the 9 coefficients of Godfrey (as in Numerical Recipes 3rd ed. §6.1
 * and Boost's `lanczos13m53` family); relative error below 1e-14 for x ≥ 0.5. For x < 0.5 the reflection
 * formula Γ(x)Γ(1−x) = π / sin(πx) is applied. Checked against scipy.special.gammaln. Not simple-statistics' gammaln:
 * another Lanczos series (g = 607/128, 15 terms) whose values differ from these in the last bits for every x tried.
 *
 * @throws {Error} if x is not a positive finite number
 * @example logGamma(5); // => ln(24) = 3.1780538303479458
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new Error(`invalid logGamma argument: ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = COEFFICIENTS[0];
  const t = z + G + 0.5;
  for (let i = 1; i < COEFFICIENTS.length; ++i) a += COEFFICIENTS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const G = 7;
const COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];
