import type {Db} from "../db/openDb.js";
import {defaultReference} from "../drift/defaultReference.js";
import {driftSeries} from "../drift/driftSeries.js";
import type {SystemDriftInput} from "../drift/systemDriftInput.js";

/** One ISO week (labelled by its Monday, YYYY-MM-DD) of a drift score. */
export interface DriftScore {
  bucket: string;
  value: number;
}

/**
 * The weekly drift scores of a system by metric id (see driftScoreMetrics), computed exactly as the Drift page's
 * loader does (driftPage): the default reference window (defaultReference), then driftSeries over every ISO week
 * with data. `drift_share` takes each week's dataset share of drifted features, `drift_psi:<column>` each week's
 * PSI of that column; weeks driftSeries leaves out (no value of the column, no feature) are missing. Empty when
 * the log has no timed row.
 *
 * @throws {Error} carrying the SQL when a query fails
 */
export async function driftScores(
  {db, log}: {db: Db; log: (message: string) => void},
  input: SystemDriftInput
): Promise<Map<string, DriftScore[]>> {
  const scores = new Map<string, DriftScore[]>();
  const reference = await defaultReference(db, input.relation, input.time, input.score);
  if (!reference) return scores;
  const {cells, windows} = await driftSeries({db, log}, input, reference);
  scores.set(
    "drift_share",
    windows.map((w) => ({bucket: w.window_start, value: w.share}))
  );
  for (const cell of cells) {
    const id = `drift_psi:${cell.name}`;
    if (!scores.has(id)) scores.set(id, []);
    scores.get(id)!.push({bucket: cell.window_start, value: cell.psi});
  }
  return scores;
}
