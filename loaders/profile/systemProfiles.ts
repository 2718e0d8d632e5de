import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import type {Engine} from "../engine/Engine.js";
import type {DriftInput} from "../drift/driftInput.js";
import {seriesAndProfiles} from "../drift/seriesAndProfiles.js";
import {defaultReference} from "../system/defaultReference.js";
import type {TimeWindow} from "../system/parseWindow.js";
import type {ProfileRow} from "./profileRow.js";
import type {ProfileColumns} from "./profileWindows.js";
import {settings} from "../../src/lib/settings.js";

/**
 * Profiles of every compared column (features and score) of a system, per UTC day and per ISO week (the merge of the
 * week's day profiles, mergeProfiles, which is exact for counts, histograms and sketches), computed from counts per
 * day and distinct value (seriesAndProfiles: one engine query per column). Histogram bins are the reference window's
 * percentiles (percentileEdges), frozen for all windows; the reference is the system's default (defaultReference)
 * unless given. `values: "text"` for an input file whose columns may be text.
 *
 * @throws {InputError} when the reference window has no value for a numeric column
 */
export async function systemProfiles(
  {db, log}: {db: Db | Engine; log: (message: string) => void},
  input: DriftInput,
  reference?: TimeWindow,
  {values = "typed"}: {values?: "typed" | "text"} = {}
): Promise<{reference: TimeWindow; rows: ProfileRow[]; columns: ProfileColumns}> {
  const ref = reference ?? (await defaultReference(db, input.relation, input.time, input.score, input.partition));
  if (!ref) throw new InputError("no timed rows to take a reference from", {file: input.file});
  const {profiles, profileError} = await seriesAndProfiles({db, log}, input, ref, settings.drift.share, {
    profiles: true,
    values
  });
  if (profileError) throw profileError;
  const {rows, edges} = profiles!;
  const columns: ProfileColumns = {
    numeric: input.columns.numeric.map((name) => ({name, edges: edges.get(name)!})),
    categorical: input.columns.categorical
  };
  return {reference: ref, rows, columns};
}
