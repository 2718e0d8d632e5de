/**
 * A difference with its sign always shown and a true minus sign: "+0.008", "−0.063", "0" for zero; `digits`
 * decimals (default 3) and an optional unit appended after a thin space-free join ("+1.2 pp" with unit " pp").
 *
 * @throws {Error} if value is not finite
 * @example formatSigned(0.00803); // => "+0.008"; formatSigned(-29.477, 2, " €"); // => "−29.48 €"
 */
export function formatSigned(value: number, digits = 3, unit = ""): string {
  if (!Number.isFinite(value)) throw new Error(`invalid number: ${value}`);
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return `${text}${unit}`;
  return `${value < 0 ? "−" : "+"}${text}${unit}`;
}
