import type {SpcSignal} from "./spcAnalysis.js";

/** A run of signals on consecutive buckets. */
export interface SignalEpisode {
  /** First and last bucket of the run. */
  from: string;
  to: string;
  /** Number of buckets in the run (each with at least one signal). */
  buckets: number;
  /** Rule ids that fired in the run, in order of first appearance. */
  rules: string[];
  /** Phase of the first bucket. */
  phase: 1 | 2;
}

/**
 * Groups signals into episodes: signals on the same or consecutive bucket indices belong to one episode,
 * so a three-day outage reads as one event rather than nine rows. Signals must be sorted by index (as
 * spcAnalysis returns them).
 *
 * @throws {Error} if the signals are not sorted by index
 * @example signalEpisodes(spcAnalysis(series).signals)[0]; // => {from: "2026-05-21", to: "2026-05-23", buckets: 3, rules: ["WE1", "EWMA"], phase: 2}
 */
export function signalEpisodes(signals: readonly SpcSignal[]): SignalEpisode[] {
  const episodes: SignalEpisode[] = [];
  let last = -Infinity;
  for (const s of signals) {
    if (s.index < last) throw new Error(`signals not sorted: ${s.index} after ${last}`);
    const current = episodes.at(-1);
    if (current && s.index <= last + 1) {
      if (s.index > last) {
        current.to = s.bucket;
        ++current.buckets;
      }
      if (!current.rules.includes(s.rule)) current.rules.push(s.rule);
    } else episodes.push({from: s.bucket, to: s.bucket, buckets: 1, rules: [s.rule], phase: s.phase});
    last = s.index;
  }
  return episodes;
}
