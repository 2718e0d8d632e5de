import {plainRule} from "./plainRule.js";
import type {SignalEpisode} from "./signalEpisodes.js";

/**
 * An episode of signals as one plain sentence: when, how long, and what the chart saw, in words, with the rule codes
 * in brackets for those who know them.
 * @example describeEpisode({from: "2026-05-21", to: "2026-05-23", buckets: 3, rules: ["WE1", "WE2"], phase: 2}, "day")
 * // => "2026-05-21 to 2026-05-23 (3 days): a value beyond the control limits, and values close to a control limit (WE1, WE2)."
 */
export function describeEpisode(e: SignalEpisode, unit: string): string {
  const when = e.from === e.to ? e.from : `${e.from} to ${e.to}`;
  const words = e.rules.map(plainRule);
  const what = words.length > 1 ? `${words.slice(0, -1).join(", ")}, and ${words.at(-1)}` : words[0];
  return `${when} (${e.buckets} ${unit}${e.buckets === 1 ? "" : "s"}): ${what} (${e.rules.join(", ")}).`;
}
