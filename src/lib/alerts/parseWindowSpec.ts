import type {WindowSpec} from "./AlertRule.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses an alert rule's window: `last 28d` (also `last 28 days`): the last 28 whole UTC days up to and including
 * the day of the newest decision; or `<from>..<to>` (ISO dates, half-open [from, to)).
 *
 * @throws {Error} `invalid window: <text>` for anything else, a zero-day window, or from ≥ to
 * @example parseWindowSpec("last 28d") // => {last: 28}
 * @example parseWindowSpec("2026-05-01..2026-06-01") // => {from: "2026-05-01", to: "2026-06-01"}
 */
export function parseWindowSpec(text: unknown): WindowSpec {
  const fail = () => new Error(`invalid window: ${JSON.stringify(text)} (last <n>d or <from>..<to>)`);
  if (typeof text !== "string") throw fail();
  const last = /^last (\d+) ?(d|days?)$/.exec(text.trim());
  if (last) {
    const days = Number(last[1]);
    if (!(days >= 1)) throw fail();
    return {last: days};
  }
  const [from, to, ...rest] = text.trim().split("..");
  if (rest.length > 0 || !DATE.test(from) || !DATE.test(to ?? "") || Number.isNaN(Date.parse(from)) || !(from < to))
    throw fail();
  if (Number.isNaN(Date.parse(to))) throw fail();
  return {from, to};
}
