/**
 * A duration in milliseconds with its unit: "109 ms" under a second, "4.1 s" under a minute (one decimal),
 * "2.5 min" beyond.
 *
 * @throws {Error} for a negative or non-finite duration
 * @example formatMs(108.6); // => "109 ms"; formatMs(4085); // => "4.1 s"
 */
export function formatMs(ms: number): string {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new Error(`invalid duration: ${ms}`);
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(1)} s`;
  return `${+(ms / 60_000).toFixed(1)} min`;
}
