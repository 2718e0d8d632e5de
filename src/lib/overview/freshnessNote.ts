import {formatDateTime} from "../format/formatDateTime.js";
import type {AsOfBasis} from "./freshnessAsOf.js";

/**
 * The sentence that says how freshness was judged, for the Overview and Data quality pages.
 * @example freshnessNote("sample", "2026-06-30T00:00:00.000Z")
 * // => "Freshness of the bundled sample is judged as of its own end, 2026-06-30 00:00 UTC: …"
 */
export function freshnessNote(basis: AsOfBasis, asOf: string | number | Date): string {
  const when = formatDateTime(asOf);
  if (basis === "sample")
    return `Freshness of the bundled sample is judged as of its own end, ${when}: it is a fixed window of past decisions. Your own data is judged against the clock.`;
  if (basis === "set") return `Freshness is judged as of ${when}, the as-of time set for this build.`;
  return `Freshness is judged as of ${when}, when this site was built.`;
}
