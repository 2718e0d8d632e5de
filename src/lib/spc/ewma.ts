export interface EwmaPoint {
  value: number;
  z: number;
  lcl: number;
  ucl: number;
  /** z outside [lcl, ucl] (strictly). */
  signal: boolean;
}

export interface EwmaOptions {
  /** In-control mean, also z₀. */
  center: number;
  /** In-control standard deviation of one observation. */
  sigma: number;
  /** Weight of the newest observation, 0 < λ ≤ 1; default 0.2. */
  lambda?: number;
  /** Width of the limits in standard deviations of z; default 3. */
  L?: number;
}

/**
 * EWMA chart: zᵢ = λ·xᵢ + (1 − λ)·zᵢ₋₁ with z₀ = centre, and the exact time-varying limits
 * centre ± L·σ·sqrt(λ/(2 − λ)·(1 − (1 − λ)^{2i})) for i = 1, 2, … (they widen to the asymptotic
 * centre ± L·σ·sqrt(λ/(2 − λ))). Signal when zᵢ is strictly outside its limits; no reset after a signal.
 * Source: Montgomery, Introduction to Statistical Quality Control, 7th ed., §9.2 (eqs. 9.22–9.25);
 * NIST/SEMATECH e-Handbook §6.3.2.4; qcc's `ewma` (R). Runs in O(n).
 *
 * @throws {Error} if λ is not in (0, 1], L or sigma is not positive and finite, or a value is not finite
 * @example ewma([12], {center: 10, sigma: 1}).map((d) => d.z); // => [10.4]
 */
export function ewma(values: readonly number[], {center, sigma, lambda = 0.2, L = 3}: EwmaOptions): EwmaPoint[] {
  if (!(lambda > 0 && lambda <= 1)) throw new Error(`invalid lambda: ${lambda}`);
  if (!(L > 0 && Number.isFinite(L))) throw new Error(`invalid L: ${L}`);
  if (!(sigma > 0 && Number.isFinite(sigma))) throw new Error(`invalid sigma: ${sigma}`);
  if (!Number.isFinite(center)) throw new Error(`invalid center: ${center}`);
  let z = center;
  let decay = 1; // (1 − λ)^{2i}
  return values.map((value) => {
    if (!Number.isFinite(value)) throw new Error(`invalid value: ${value}`);
    z = lambda * value + (1 - lambda) * z;
    decay *= (1 - lambda) * (1 - lambda);
    const w = L * sigma * Math.sqrt((lambda / (2 - lambda)) * (1 - decay));
    const lcl = center - w;
    const ucl = center + w;
    return {value, z, lcl, ucl, signal: z < lcl || z > ucl};
  });
}
