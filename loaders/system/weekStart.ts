/**
 * The ISO week (Monday 00:00 UTC) a `YYYY-MM-DD` day belongs to, as `YYYY-MM-DD`; DuckDB's date_trunc('week', ...).
 *
 * @throws {Error} if the day is not a valid date
 * @example weekStart("2026-01-01"); // => "2025-12-29"
 */
export function weekStart(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`invalid day: ${day}`);
  const dow = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(ms - dow * 86_400_000).toISOString().slice(0, 10);
}
