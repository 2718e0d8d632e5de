import type {Db} from "../db/openDb.js";
import type {Engine} from "../engine/Engine.js";
import type {TimeWindow} from "../system/parseWindow.js";
import type {DriftBinRow, DriftCellRow, DriftWindowRow} from "../../src/lib/drift/driftView.js";
import type {DriftInput} from "./driftInput.js";
import {seriesAndProfiles} from "./seriesAndProfiles.js";

/**
 * The drift series of a system: every ISO week (Monday 00:00 UTC) with data against the reference window, each
 * compared feature (and the score: prediction drift) through sampleDrift, plus the binned distributions for the
 * overlay and the dataset-level verdict per week (share of drifted features, the score excluded, ≥ `share`, e.g.
 * settings.drift.share). Weeks inside the reference are compared too (they show what "no drift" looks like).
 * seriesAndProfiles without the profiles: one engine query per column (counts per period and distinct value).
 */
export async function driftSeries(
  {db, log}: {db: Db | Engine; log: (message: string) => void},
  input: DriftInput,
  reference: TimeWindow,
  share: number
): Promise<{cells: DriftCellRow[]; bins: DriftBinRow[]; windows: DriftWindowRow[]}> {
  const {cells, bins, windows} = await seriesAndProfiles({db, log}, input, reference, share);
  return {cells, bins, windows};
}
