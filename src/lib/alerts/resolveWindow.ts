import type {WindowSpec} from "./AlertRule.js";

const DAY_MS = 86_400_000;

/**
 * The half-open date window [from, to) a WindowSpec means, given the newest decision time `latest` (ISO, UTC):
 * `{last: n}` ends at the day after `latest`'s UTC day and starts n days before that; a fixed window is returned
 * as is.
 *
 * @throws {Error} `invalid latest: <value>` when `latest` is not a date
 * @example resolveWindow({last: 28}, "2026-06-29T23:57:40Z") // => {from: "2026-06-02", to: "2026-06-30"}
 */
export function resolveWindow(spec: WindowSpec, latest: string): {from: string; to: string} {
  if ("from" in spec) return {from: spec.from, to: spec.to};
  const t = Date.parse(latest);
  if (Number.isNaN(t)) throw new Error(`invalid latest: ${latest}`);
  const end = Math.floor(t / DAY_MS) * DAY_MS + DAY_MS;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {from: day(end - spec.last * DAY_MS), to: day(end)};
}
