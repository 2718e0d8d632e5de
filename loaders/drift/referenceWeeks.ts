import type {TimeWindow} from "../system/parseWindow.js";

const WEEK_MS = 7 * 86_400_000;

/** Milliseconds of an ISO date or timestamp, UTC unless it carries an offset (as parseWindow reads windows). */
const utcMs = (s: string) =>
  Date.parse(s.length === 10 ? `${s}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s.replace(" ", "T")}Z`);

/**
 * The reference chunks of the multivariate drift: the ISO weeks (their Mondays, YYYY-MM-DD, in the order given) that
 * lie whole inside the reference window, from its start to its end.
 *
 * @example referenceWeeks(["2026-01-05", "2026-01-12"], {from: "2026-01-05", to: "2026-01-19"}) // => both
 */
export function referenceWeeks(weeks: readonly string[], reference: TimeWindow): string[] {
  const from = utcMs(reference.from);
  const to = utcMs(reference.to);
  return weeks.filter((w) => {
    const start = utcMs(w);
    return start >= from && start + WEEK_MS <= to;
  });
}
