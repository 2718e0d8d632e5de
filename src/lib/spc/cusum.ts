export interface CusumPoint {
  value: number;
  /** Upper cumulative sum C⁺ᵢ in σ units. */
  cPlus: number;
  /** Lower cumulative sum C⁻ᵢ in σ units (≥ 0). */
  cMinus: number;
  /** C⁺ᵢ > h or C⁻ᵢ > h. */
  signal: boolean;
}

export interface CusumOptions {
  /** Target (in-control mean). */
  center: number;
  /** In-control standard deviation of one observation. */
  sigma: number;
  /** Reference value (allowance) in σ units; default 0.5 (tuned to a 1σ shift). */
  k?: number;
  /** Decision interval in σ units; default 5. */
  h?: number;
}

/**
 * Tabular CUSUM standardised in σ units: with yᵢ = (xᵢ − centre)/σ,
 * C⁺ᵢ = max(0, yᵢ − k + C⁺ᵢ₋₁) and C⁻ᵢ = max(0, −yᵢ − k + C⁻ᵢ₋₁), C⁺₀ = C⁻₀ = 0 (no head start), and no
 * reset after a signal; signal when C⁺ᵢ > h or C⁻ᵢ > h. Source: Montgomery, Introduction to Statistical
 * Quality Control, 7th ed., §9.1.2–9.1.4 (standardised CUSUM, eqs. 9.2–9.3 with K = kσ, H = hσ);
 * NIST/SEMATECH e-Handbook §6.3.2.3.1; qcc's `cusum` (R, `decision.interval` = h, `se.shift` = 2k).
 * Runs in O(n).
 *
 * @throws {Error} if sigma or h is not positive and finite, k is negative, or a value is not finite
 * @example cusum([10.8, 11.9], {center: 10, sigma: 1}).map((d) => d.cPlus); // => [0.3, 1.7] (up to rounding)
 */
export function cusum(values: readonly number[], {center, sigma, k = 0.5, h = 5}: CusumOptions): CusumPoint[] {
  if (!(sigma > 0 && Number.isFinite(sigma))) throw new Error(`invalid sigma: ${sigma}`);
  if (!(k >= 0 && Number.isFinite(k))) throw new Error(`invalid k: ${k}`);
  if (!(h > 0 && Number.isFinite(h))) throw new Error(`invalid h: ${h}`);
  if (!Number.isFinite(center)) throw new Error(`invalid center: ${center}`);
  let cPlus = 0;
  let cMinus = 0;
  return values.map((value) => {
    if (!Number.isFinite(value)) throw new Error(`invalid value: ${value}`);
    const y = (value - center) / sigma;
    cPlus = Math.max(0, y - k + cPlus);
    cMinus = Math.max(0, -y - k + cMinus);
    return {value, cPlus, cMinus, signal: cPlus > h || cMinus > h};
  });
}
