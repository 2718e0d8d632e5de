/**
 * A p-value with two significant digits, and "< 0.001" below that (APA style): "0.034", "0.72", "< 0.001".
 *
 * @throws {Error} for a value outside [0, 1]
 * @example formatPValue(0.0342); // => "0.034"; formatPValue(1e-9); // => "< 0.001"
 */
export function formatPValue(p: number): string {
  if (!(p >= 0 && p <= 1)) throw new Error(`invalid p-value: ${p}`);
  if (p < 0.001) return "< 0.001";
  return String(Number(p.toPrecision(2)));
}
