import type {ModelStatus, StatusChange} from "../replay/modelEntry.js";

/** A model version's status over an interval [from, to) of YYYY-MM-DD days, with who approved the change. */
export interface StatusSpan {
  status: ModelStatus;
  from: string;
  to: string;
  approver: string;
  note: string | null;
  /** True for the last span (the status as of `asOf`). */
  current: boolean;
}

/**
 * A status history as consecutive spans for a timeline: each change lasts until the next change's date, the
 * last one until `asOf` (or its own date when `asOf` is earlier, an empty span). Dates are YYYY-MM-DD (UTC).
 *
 * @throws {Error} for an empty history, or changes out of date order
 * @example
 * statusSpans([{status: "candidate", date: "2026-01-20", approver: "a"}, {status: "production", date: "2026-01-31", approver: "b"}], "2026-06-29")[1];
 * // => {status: "production", from: "2026-01-31", to: "2026-06-29", approver: "b", note: null, current: true}
 */
export function statusSpans(history: readonly StatusChange[], asOf: string): StatusSpan[] {
  if (!history.length) throw new Error("statusSpans requires at least one status change");
  return history.map((c, i) => {
    const next = history[i + 1];
    if (next && next.date < c.date) throw new Error(`status changes out of date order: ${next.date}`);
    const to = next ? next.date : asOf < c.date ? c.date : asOf;
    return {status: c.status, from: c.date, to, approver: c.approver, note: c.note ?? null, current: !next};
  });
}
