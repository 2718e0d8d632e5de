import type {Payback} from "./paybackPeriod.js";

/**
 * A payback period in words: whole days under 60 days ("2 days", rounded up: the day it is reached),
 * months with one decimal from then on ("4.2 months", a month being 365/12 days), "(projected)" appended
 * when not reached in the data, and "not at the current rate" when there is no payback.
 *
 * @example
 * formatPayback({days: 1.4, reached: true}); // => "2 days"
 * formatPayback({days: 128, reached: false}); // => "4.2 months (projected)"
 */
export function formatPayback({days, reached}: Payback): string {
  if (days === null) return "not at the current rate";
  const n = Math.ceil(days);
  const text = days < 60 ? `${n} day${n === 1 ? "" : "s"}` : `${(days / (365 / 12)).toFixed(1)} months`;
  return reached ? text : `${text} (projected)`;
}
