import {wilsonInterval} from "./wilsonInterval.js";

export interface ReviewRow {
  group: string;
  /** Decisions of the group. */
  n: number;
  /** Decisions routed to human review. */
  reviewed: number;
  /** Reviewed decisions where the reviewer's decision differs from the model's. */
  overridden: number;
}

export interface ReviewReport extends ReviewRow {
  review_rate: number | null;
  override_rate: number | null;
  review_interval: [number, number] | null;
  override_interval: [number, number] | null;
}

/**
 * Human review by group: review_rate = reviewed / n, override_rate = overridden / reviewed (the share of reviews
 * that changed the model's decision), each with its Wilson score interval; null when the denominator is 0.
 * @throws {Error} if counts are inconsistent (overridden > reviewed > n or negative) or confidence is invalid
 * @example
 * reviewByGroup([{group: "a", n: 100, reviewed: 20, overridden: 5}])[0].override_rate; // => 0.25
 */
export function reviewByGroup(rows: readonly ReviewRow[], confidence = 0.95): ReviewReport[] {
  return rows.map((row) => {
    const {group, n, reviewed, overridden} = row;
    if (!(n >= 0 && reviewed >= 0 && reviewed <= n))
      throw new Error(`invalid reviewed: ${reviewed} of ${n} (${group})`);
    if (!(overridden >= 0 && overridden <= reviewed))
      throw new Error(`invalid overridden: ${overridden} of ${reviewed} (${group})`);
    return {
      group,
      n,
      reviewed,
      overridden,
      review_rate: n > 0 ? reviewed / n : null,
      override_rate: reviewed > 0 ? overridden / reviewed : null,
      review_interval: wilsonInterval(reviewed, n, confidence),
      override_interval: wilsonInterval(overridden, reviewed, confidence)
    };
  });
}
