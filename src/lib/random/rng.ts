/**
 * A source of uniform random numbers in [0, 1), the convention of `Math.random` and d3-random's
 * `randomLcg` (so an Rng can be passed to `d3.randomNormal.source(rng)`).
 *
 * Every sampler in src/lib/random takes an Rng as its first argument; make one with {@link sfc32}.
 *
 * @example
 * const rng: Rng = sfc32(42);
 * rng(); // => a number in [0, 1)
 */
export type Rng = () => number;
