/** Why freshness is judged at the as-of time it is: set by the user, the bundled sample's own end, or the clock. */
export type AsOfBasis = "set" | "sample" | "clock";

/**
 * When a system's freshness is judged: `WORKBENCH_AS_OF` when set; else, for the bundled sample (a fixed window,
 * 2026-01-01 to 2026-06-30), the sample's own end, so a first run does not greet every user with a false "stale";
 * else the clock (`now`): a user's own data is judged against the time the site is built.
 *
 * @throws {Error} `invalid as-of time: <value>` when `set` is not an ISO time
 * @example
 * freshnessAsOf({set: undefined, sampleEnd: "2026-06-30T00:00:00.000Z", now: "2026-12-07T11:49:00.000Z"})
 * // => {asOf: "2026-06-30T00:00:00.000Z", basis: "sample"}
 */
export function freshnessAsOf({set, sampleEnd, now}: {set?: string; sampleEnd?: string; now: string}): {
  asOf: string;
  basis: AsOfBasis;
} {
  if (set !== undefined && set !== "") {
    if (Number.isNaN(Date.parse(set))) throw new Error(`invalid as-of time: ${set}`);
    return {asOf: new Date(set).toISOString(), basis: "set"};
  }
  if (sampleEnd !== undefined) return {asOf: sampleEnd, basis: "sample"};
  return {asOf: now, basis: "clock"};
}
