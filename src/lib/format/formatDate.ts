/**
 * A calendar day in UTC as an ISO date, "2026-05-18", from a Date, epoch milliseconds or an ISO string.
 *
 * @throws {Error} `invalid time: <value>` when the value is not a valid time
 * @example formatDate(1779062400000); // => "2026-05-18"
 */
export function formatDate(value: Date | number | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`invalid time: ${String(value)}`);
  return date.toISOString().slice(0, 10);
}
