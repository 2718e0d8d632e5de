import {normalQuantile} from "../stats/normalQuantile.js";

/** A difference challenger − champion with its confidence interval. */
export interface Delta {
  n: number;
  champion: number | null;
  challenger: number | null;
  delta: number | null;
  low: number | null;
  high: number | null;
}

/**
 * Mean difference of paired per-row values (challenger − champion) on the same rows, with the normal
 * (Wald) interval d̄ ± z·s_d/√n, s_d the sample standard deviation of the differences (n − 1). For 0/1 values
 * (approval, decline) this is the paired difference of proportions with the variance McNemar's test uses
 * ((b + c)/n − d̄²)/n up to the n/(n − 1) factor (Agresti, Categorical Data Analysis, 2nd ed., §10.1); for
 * squared errors it is the Brier score difference. Rows where either value is null or NaN are skipped.
 * Null estimates when no row remains; null interval when fewer than 2.
 *
 * @throws {Error} when the arrays differ in length or confidence is outside (0, 1)
 * @example
 * pairedDelta([1, 1, 0, 0], [1, 0, 0, 0]); // => {n: 4, champion: 0.5, challenger: 0.25, delta: -0.25, low: -0.74…, high: 0.24…}
 */
export function pairedDelta(
  champion: ArrayLike<number | null>,
  challenger: ArrayLike<number | null>,
  confidence = 0.95
): Delta {
  if (champion.length !== challenger.length)
    throw new Error(`length mismatch: ${champion.length}, ${challenger.length}`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`invalid confidence: ${confidence}`);
  let n = 0;
  let sa = 0;
  let sb = 0;
  let sd = 0;
  let sdd = 0;
  for (let i = 0; i < champion.length; ++i) {
    const a = champion[i];
    const b = challenger[i];
    if (a === null || b === null || Number.isNaN(a) || Number.isNaN(b)) continue;
    ++n;
    sa += a;
    sb += b;
    sd += b - a;
    sdd += (b - a) ** 2;
  }
  if (n === 0) return {n, champion: null, challenger: null, delta: null, low: null, high: null};
  const d = sd / n;
  if (n < 2) return {n, champion: sa / n, challenger: sb / n, delta: d, low: null, high: null};
  const se = Math.sqrt(Math.max(0, (sdd - n * d * d) / (n - 1)) / n);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  return {n, champion: sa / n, challenger: sb / n, delta: d, low: d - z * se, high: d + z * se};
}
