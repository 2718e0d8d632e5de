import {tauBand} from "./tauBand.js";

/**
 * Whether a disparity ratio lies inside the band [τ, 1/τ] (bounds inclusive, with a 1e-12 relative allowance so
 * that a ratio of exactly 0.8 computed in floating point still counts as inside). Null when the ratio is null.
 * @throws {Error} if tau is not in (0, 1]
 * @example
 * withinBand(0.79, 0.8); // => false
 */
export function withinBand(ratio: number | null, tau: number): boolean | null {
  const [low, high] = tauBand(tau);
  if (ratio === null || Number.isNaN(ratio)) return null;
  return ratio >= low * (1 - 1e-12) && ratio <= high * (1 + 1e-12);
}
