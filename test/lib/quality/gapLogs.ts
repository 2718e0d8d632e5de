/**
 * Decision logs for the longest-gap tests (dailyGapBounds, gapRefinement, volumeDays), as UTC timestamps with
 * microseconds (`YYYY-MM-DD HH:MM:SS.ffffff`, which DuckDB and PostgreSQL both read), and the brute force they are
 * checked against: volumeSql's lag() over the ordered times, gaps in floored milliseconds
 * (dialectSql.unitsBetween), each ending on its later decision's day.
 */

/** Microseconds since the epoch of a fixture timestamp. */
export function micros(ts: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})\.(\d{6})$/.exec(ts);
  if (!m) throw new Error(`invalid fixture timestamp: ${ts}`);
  return Date.parse(`${m[1]}T${m[2]}Z`) * 1000 + Number(m[3]);
}

/** Floored milliseconds since the epoch of a fixture timestamp. */
export const millis = (ts: string) => Math.floor(micros(ts) / 1000);

/** The UTC day of a time in milliseconds. */
export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Per day with a decision, in order: decisions and the longest gap ending that day (ms; null for none), by lag(). */
export function bruteGaps(times: readonly string[]): {day: string; decisions: number; gap: number | null}[] {
  const ms = times.map(millis).sort((a, b) => a - b);
  const days = new Map<string, {decisions: number; gap: number | null}>();
  ms.forEach((m, i) => {
    const d = days.get(dayOf(m)) ?? {decisions: 0, gap: null};
    d.decisions++;
    if (i > 0) d.gap = Math.max(d.gap ?? 0, m - ms[i - 1]);
    days.set(dayOf(m), d);
  });
  return [...days].map(([day, d]) => ({day, ...d}));
}

/**
 * By hand, with a 10 s grid in mind (its buckets start at whole 10 s from the epoch). 01-05, the log's first day,
 * starts with its first decision twice (gap 0), then 999 ms (10.999999 floors to 10 999), 1 ms across a millisecond
 * boundary (10.999999 → 11.000001, 2 µs apart), 0 inside one (→ 11.000900), exactly 10 000 ms (a bucket's width,
 * between two buckets), 10 500, and 88 499 to 23:59:59.999999, its longest. 01-06: 1 ms across midnight (ends on
 * 01-06), 6 000 inside the 0–10 s bucket, 4 000, 1 000 and 8 000 inside the 10–20 s bucket (3 decisions spanning
 * 9 000), 6 000: the grid's bound for the day is 6 000 (between buckets, and one bucket spans exactly that), less
 * than its longest gap, 8 000, which a second cut finds. 01-07 has none; 01-08 one decision (2 days 11:59:35 after
 * the last); 01-09 two at one instant (0, after 15 h 0.25 s).
 */
export const HAND_LOG = [
  "2026-01-05 23:58:10.000000",
  "2026-01-05 23:58:10.000000",
  "2026-01-05 23:58:10.999999",
  "2026-01-05 23:58:11.000001",
  "2026-01-05 23:58:11.000900",
  "2026-01-05 23:58:21.000900",
  "2026-01-05 23:58:31.500000",
  "2026-01-05 23:59:59.999999",
  "2026-01-06 00:00:00.000001",
  "2026-01-06 00:00:06.000001",
  "2026-01-06 00:00:10.000000",
  "2026-01-06 00:00:11.000000",
  "2026-01-06 00:00:19.000000",
  "2026-01-06 00:00:25.000000",
  "2026-01-08 12:00:00.000000",
  "2026-01-09 03:00:00.250000",
  "2026-01-09 03:00:00.250000"
];

/** A log whose first day holds one decision (no gap: null), and one whose first day holds one instant twice (0). */
export const FIRST_ALONE = ["2026-01-05 08:00:00.000000", "2026-01-06 08:00:00.000500", "2026-01-06 08:00:00.000999"];
export const FIRST_TWICE = ["2026-01-05 08:00:00.123456", "2026-01-05 08:00:00.123999", "2026-01-07 00:00:00.000000"];

/**
 * A seeded random log (a linear congruential generator): `n` decisions from 2026-01-05, arriving at random (exponential
 * gaps, `meanSeconds` apart by day, 4 times that from 22:00 to 06:00), one in ten at the same instant as the last,
 * with microseconds.
 */
export function randomLog(n: number, seed: number, meanSeconds = 120): string[] {
  let s = seed >>> 0;
  const random = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  let t = Date.parse("2026-01-05T00:00:00Z") * 1000;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const hour = new Date(t / 1000).getUTCHours();
    const mean = meanSeconds * 1e6 * (hour >= 22 || hour < 6 ? 4 : 1);
    if (i > 0 && random() >= 0.1) t += Math.floor(-Math.log(1 - random()) * mean);
    const iso = new Date(Math.floor(t / 1000)).toISOString();
    out.push(`${iso.slice(0, 10)} ${iso.slice(11, 19)}.${String(t % 1_000_000).padStart(6, "0")}`);
  }
  return out;
}
