/**
 * The sample's calendar: 180 whole UTC days from 2026-01-01T00:00:00Z. Day d (0-based) covers
 * [START_MS + d·DAY_MS, START_MS + (d+1)·DAY_MS); the window ends (exclusive) at END_MS = 2026-06-30T00:00:00Z.
 */
export const START_MS = Date.UTC(2026, 0, 1);
export const DAYS = 180;
export const DAY_MS = 86_400_000;
export const END_MS = START_MS + DAYS * DAY_MS;

/** dayStartMs(0) → Date.UTC(2026, 0, 1) */
export function dayStartMs(day: number): number {
  return START_MS + day * DAY_MS;
}

/** isoDate(31) → "2026-02-01" */
export function isoDate(day: number): string {
  return new Date(dayStartMs(day)).toISOString().slice(0, 10);
}

/** monthKey(31) → "2026-02": the YYYY-MM of a day, which names its monthly decisions file. */
export function monthKey(day: number): string {
  return isoDate(day).slice(0, 7);
}

/** dayOfWeek(0) → 4 (2026-01-01 is a Thursday; 0 = Sunday as in Date.getUTCDay). */
export function dayOfWeek(day: number): number {
  return new Date(dayStartMs(day)).getUTCDay();
}
