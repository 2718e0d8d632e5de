/**
 * One charted statistic with the centre line and the standard error it is judged against:
 * the common input of every run rule. Zones are `center ± k·sigma` for k = 1, 2, 3.
 */
export interface ControlPoint {
  value: number;
  center: number;
  sigma: number;
}

/**
 * A run rule (Western Electric or Nelson): `test` returns, for each point, whether the window of points
 * ending at it completes the rule's pattern. Following qcc (Scrucca, R package qcc, `qccRules`), the point
 * that completes a pattern is the one flagged, and every later point that still completes it (the 9th, 10th
 * point of a long run) is flagged too.
 */
export interface RunRule {
  /** Short id shown on charts and in JSON, e.g. "WE1", "NEL3". */
  id: string;
  /** The rule as usually stated, e.g. "1 point beyond 3σ". */
  name: string;
  /** What it usually means, in plain words, for a process owner. */
  meaning: string;
  test(points: readonly ControlPoint[]): boolean[];
}
