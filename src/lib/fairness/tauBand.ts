/**
 * The accepted band of disparity ratios for a tolerance τ: [τ, 1/τ], inclusive (Aequitas's fairness threshold;
 * τ = 0.8 is the four-fifths rule of the US EEOC Uniform Guidelines, giving [0.8, 1.25]).
 * @throws {Error} if tau is not in (0, 1]
 * @example
 * tauBand(0.8); // => [0.8, 1.25]
 */
export function tauBand(tau: number): [number, number] {
  if (!(tau > 0 && tau <= 1)) throw new Error(`invalid tau: ${tau}`);
  return [tau, 1 / tau];
}
