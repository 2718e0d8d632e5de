import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";

/**
 * The dotted vertical rule the control charts draw where Phase II (monitoring after the baseline) starts: a
 * `YYYY-MM-DD` bucket label or its date; null (no mark) without one.
 *
 * @example phase2Rule("2026-03-30") // => a Plot.ruleX mark at 2026-03-30T00:00Z
 */
export function phase2Rule(from: string | Date | undefined): Plot.RuleX | null {
  if (from === undefined) return null;
  return Plot.ruleX([typeof from === "string" ? new Date(from) : from], {stroke: palette.ink, strokeDasharray: "2,2"});
}
