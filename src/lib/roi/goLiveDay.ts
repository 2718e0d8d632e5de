import type {CostModel} from "./parseCostModel.js";
import type {RoiCell} from "./roiCell.js";

/**
 * The first day of automated decisions (YYYY-MM-DD): model.goLive when configured, else the earliest day
 * of `cells` with an automated decision (decision_source other than human); null when there is none.
 * Days before it are the manual baseline.
 *
 * @example
 * goLiveDay([{day: "2026-01-31", automated: 3, ...}, {day: "2026-01-30", automated: 0, ...}], model); // => "2026-01-31"
 */
export function goLiveDay(cells: readonly RoiCell[], model: CostModel): string | null {
  if (model.goLive) return model.goLive;
  let first: string | null = null;
  for (const c of cells) if (c.automated > 0 && (first === null || c.day < first)) first = c.day;
  return first;
}
