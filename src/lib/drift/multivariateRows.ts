import type {MultivariateRow} from "./driftView.js";
import type {ReconstructionModel} from "./fitReconstruction.js";
import {reconstructionBand} from "./reconstructionBand.js";

/**
 * The multivariate drift table's rows from each week's mean reconstruction error (weeks ascending, each scored week
 * with at least 2 rows): a week is judged against reconstructionBand of the reference weeks' errors (a reference week
 * against the other reference weeks': leave-one-out), widened by its sampling error rowStd / √rows; no band (and not
 * drifted) when fewer than 2 reference errors remain. `refWeeks` are the reference weeks, in order.
 */
export function multivariateRows(
  system: string,
  weeks: readonly {week: string; rows: number; error: number}[],
  refWeeks: readonly string[],
  rowStd: number,
  model: Pick<ReconstructionModel, "components" | "kept">
): MultivariateRow[] {
  const reference = weeks.filter((w) => refWeeks.includes(w.week));
  const refErrors = reference.map((w) => w.error);
  return weeks.map(({week, rows, error}) => {
    const i = reference.findIndex((w) => w.week === week);
    const others = i < 0 ? refErrors : refErrors.filter((_, j) => j !== i);
    const band = others.length >= 2 ? reconstructionBand(others, rowStd, rows) : null;
    return {
      system,
      window_start: week,
      rows,
      error,
      reference: i >= 0,
      mean: band?.mean ?? null,
      lower: band?.lower ?? null,
      upper: band?.upper ?? null,
      drifted: band ? error < band.lower || error > band.upper : false,
      components: model.components.length,
      explained: model.kept
    };
  });
}
