/** A day of the Overview's daily series (overview-daily.parquet): rates are shares of the day's decisions. */
export interface DailyRates {
  day: Date | number | string;
  decisions: number;
  automated_rate: number;
  review_rate: number;
}

/** How a system's decisions split before and after automation went live. */
export interface AutomationSummary {
  /** The first day with an automated decision (ISO date), or null when no decision was automated. */
  goLive: string | null;
  /** Decisions before go-live (all made by the manual process in the sample). */
  manualDecisions: number;
  /** Since go-live: decisions, the share decided by model, rule or fallback, and the share a person reviewed. */
  since: {decisions: number; automated: number; reviewed: number};
}

/**
 * Splits one system's daily series at go-live (its first day with an automated decision), so the Overview reports
 * the automated and reviewed shares of the automated period rather than of the whole log, where a manual baseline
 * month would make "automated 83.8 %" and "routed to review 27.1 %" read as a contradiction. The shares are
 * weighted by each day's decisions.
 * @example automationSummary(days).since // => {decisions: 125161, automated: 1, reviewed: 0.13}
 */
export function automationSummary(days: readonly DailyRates[]): AutomationSummary {
  const sorted = [...days].sort((a, b) => +new Date(a.day) - +new Date(b.day));
  const first = sorted.findIndex((d) => d.automated_rate > 0);
  if (first < 0)
    return {goLive: null, manualDecisions: sum(sorted, () => 1), since: {decisions: 0, automated: 0, reviewed: 0}};
  const after = sorted.slice(first);
  const decisions = sum(after, () => 1);
  return {
    goLive: new Date(sorted[first].day).toISOString().slice(0, 10),
    manualDecisions: sum(sorted.slice(0, first), () => 1),
    since: {
      decisions,
      automated: decisions ? sum(after, (d) => d.automated_rate) / decisions : 0,
      reviewed: decisions ? sum(after, (d) => d.review_rate) / decisions : 0
    }
  };
}

function sum(days: readonly DailyRates[], rate: (d: DailyRates) => number): number {
  return days.reduce((total, d) => total + d.decisions * rate(d), 0);
}
