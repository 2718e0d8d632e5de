/**
 * A duration in hours as a short human string: minutes under an hour, hours under two days, days
 * beyond, one decimal where it matters.
 *
 * @throws {Error} for a negative or non-finite duration
 * @example formatHours(0.5) // => "30 min"; formatHours(30) // => "30 h"; formatHours(100) // => "4.2 d"
 */
export function formatHours(hours: number): string {
  if (!(hours >= 0) || !Number.isFinite(hours)) throw new Error(`invalid hours: ${hours}`);
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${+hours.toFixed(1)} h`;
  return `${+(hours / 24).toFixed(1)} d`;
}
