/**
 * A statistic's value for people: four significant digits, never in exponent notation ("11,110" rather than
 * "1.111e+4", "0.5074", "0.0001234"), thousands separated; "–" for null or undefined.
 *
 * @example formatStatistic(11107.4) // => "11,110"; formatStatistic(0.50739) // => "0.5074"
 */
export function formatStatistic(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (x === 0) return "0";
  const abs = Math.abs(x);
  const digits = Math.max(0, 3 - Math.floor(Math.log10(abs)));
  const text =
    abs >= 1000
      ? Number(abs.toPrecision(4)).toLocaleString("en-US")
      : Number(abs.toFixed(Math.min(digits, 20))).toString();
  return `${x < 0 ? "−" : ""}${text}`;
}
