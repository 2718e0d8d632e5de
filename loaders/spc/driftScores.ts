import type {DriftCellRow, DriftWindowRow} from "../../src/lib/drift/driftView.js";

/** One ISO week (labelled by its Monday, YYYY-MM-DD) of a drift score. */
export interface DriftScore {
  bucket: string;
  value: number;
}

/**
 * The weekly drift scores of a system by metric id (see driftScoreMetrics), read from its weekly drift series (the
 * drift-cells and drift-windows derived tables, the Drift page's): `drift_share` takes each week's dataset share of
 * drifted features, `drift_psi:<column>` each week's PSI of that column; weeks the series leaves out (no value of the
 * column, no feature) are missing.
 *
 * @example driftScores(cells, windows).get("drift_share")?.[0] // => {bucket: "2026-02-02", value: 0}
 */
export function driftScores(
  cells: readonly Pick<DriftCellRow, "name" | "window_start" | "psi">[],
  windows: readonly Pick<DriftWindowRow, "window_start" | "share">[]
): Map<string, DriftScore[]> {
  const scores = new Map<string, DriftScore[]>();
  if (windows.length === 0 && cells.length === 0) return scores;
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
