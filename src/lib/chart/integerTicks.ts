/**
 * Whole-number ticks from 0 to at least `max` for an axis of counts: a step of 1, 2 or 5 × 10^k (never below 1)
 * chosen so there are at most about `count` ticks. Plot's default ticks on a domain [0, 1] are 0.0, 0.1, …, 1.0,
 * which reads as fractional counts (docs/conventions.md: counts sit on an integer axis).
 *
 * @throws {Error} when max is negative or not finite, or count < 1
 * @example
 * integerTicks(1); // => [0, 1]
 * integerTicks(7); // => [0, 2, 4, 6, 8]
 */
export function integerTicks(max: number, count = 5): number[] {
  if (!(max >= 0) || !Number.isFinite(max)) throw new Error(`invalid max: ${max}`);
  if (!(count >= 1)) throw new Error(`invalid count: ${count}`);
  const top = Math.max(1, Math.ceil(max));
  const raw = Math.max(1, top / count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t < top + step; t += step) ticks.push(t);
  return ticks;
}
