/**
 * Money for people: `currency` symbol, compact above 10,000 (€1.24M, €350K), cents below 100 (€12.40),
 * whole units otherwise (€2,340); negative values with a minus sign (−€3.2K). English (en-US) number format
 * via Intl, which every modern browser and Node ship.
 *
 * @throws {Error} if value is not finite (Intl throws for an unknown currency code)
 * @example
 * formatMoney(1_234_567, "EUR"); // => "€1.23M"
 * formatMoney(-12.4, "EUR"); // => "−€12.40"
 */
export function formatMoney(value: number, currency: string): string {
  if (!Number.isFinite(value)) throw new Error(`invalid money: ${value}`);
  const abs = Math.abs(value);
  const options: Intl.NumberFormatOptions =
    abs >= 10_000
      ? {notation: "compact", maximumSignificantDigits: 3}
      : abs < 100
        ? {minimumFractionDigits: 2, maximumFractionDigits: 2}
        : {maximumFractionDigits: 0};
  const format = new Intl.NumberFormat("en-US", {style: "currency", currency, ...options});
  const s = format.format(abs);
  return value < 0 && s !== format.format(0) ? `−${s}` : s;
}
