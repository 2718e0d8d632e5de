/**
 * x rounded (half up, as Math.round) to `decimals` places: the precision a value is
 * written with. Features are rounded before anything is computed from them, so a model replayed on the file
 * sees exactly what the generator's scorer saw.
 *
 * @example
 * roundTo(0.123456, 4); // => 0.1235
 */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
