import type {Rng} from "./rng.js";

/**
 * A sampler of indices 0 … k−1 with probabilities proportional to `weights` (they need not sum to 1),
 * by inversion over the cumulative weights: one rng call and a linear scan (meant for small k).
 * Zero weights are never drawn.
 *
 * Throws if weights is empty, any weight is negative or not finite, or they sum to 0.
 *
 * @example
 * const region = categorical([0.5, 0.3, 0.2]);
 * ["north", "south", "east"][region(sfc32(1))]; // => "north" half of the time
 */
export function categorical(weights: readonly number[]): (rng: Rng) => number {
  if (weights.length === 0) throw new Error("categorical requires at least 1 weight");
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; ++i) {
    const w = weights[i];
    if (!(w >= 0 && w < Infinity)) throw new Error(`invalid weight: ${w}`);
    cumulative[i] = total += w;
  }
  if (total <= 0) throw new Error(`invalid weight total: ${total}`);
  const last = weights.length - 1;
  return (rng) => {
    const u = rng() * total;
    for (let i = 0; i < last; ++i) if (u < cumulative[i]) return i;
    // Skip trailing zero weights that rounding could otherwise land on.
    let i = last;
    while (weights[i] === 0) --i;
    return i;
  };
}
