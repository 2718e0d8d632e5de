/**
 * A count as a whole number with thousands separators (en-US): the workbench's one way of writing a count.
 *
 * @throws {Error} if n is not finite
 * @example formatCount(150012); // => "150,012"
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`invalid count: ${n}`);
  return Math.round(n).toLocaleString("en-US").replace(/^-/, "−");
}
