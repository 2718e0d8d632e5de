import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {defaultReference} from "../system/defaultReference.js";
import type {TimeWindow} from "../system/parseWindow.js";
import type {DriftInput} from "../drift/driftInput.js";
import {windowCounts} from "../drift/windowCounts.js";
import {timeSql} from "../system/timeSql.js";
import {mergeProfiles} from "../../src/lib/profile/mergeProfiles.js";
import {samplePercentileEdges} from "../../src/lib/profile/percentileEdges.js";
import {profileRow, type ProfileRow} from "./profileRow.js";
import {profileWindows, type ProfileColumns, type WindowProfile} from "./profileWindows.js";
import {weekStart} from "../system/weekStart.js";

/** The SQL bucket for UTC days as YYYY-MM-DD. */
export const DAY_BUCKET = "strftime(date_trunc('day', t), '%Y-%m-%d')";

/**
 * Profiles of every compared column (features and score) of a system, per UTC day (in DuckDB SQL) and per ISO week
 * (by merging the week's day profiles with mergeProfiles, which is exact for counts, histograms and sketches).
 * Histogram bins are the reference window's percentiles (percentileEdges), frozen for all windows; the reference is
 * the system's default (defaultReference) unless given.
 *
 * @throws {InputError} when the reference window has no value for a numeric column
 */
export async function systemProfiles(
  {db, log}: {db: Db; log: (message: string) => void},
  input: DriftInput,
  reference?: TimeWindow
): Promise<{reference: TimeWindow; rows: ProfileRow[]; columns: ProfileColumns}> {
  const ref = reference ?? (await defaultReference(db, input.relation, input.time, input.score));
  if (!ref) throw new InputError("no timed rows to take a reference from", {file: input.file});
  const [samples] = await windowCounts(
    db,
    input.relation,
    input.time,
    {numeric: input.columns.numeric, categorical: []},
    [ref],
    "text" // an input file's columns may be text
  );
  const columns: ProfileColumns = {
    numeric: input.columns.numeric.map((name) => {
      const sample = samples.numeric.get(name);
      if (!sample)
        throw new InputError("no value in the reference window to freeze bins on", {file: input.file, field: name});
      return {name, edges: samplePercentileEdges(sample)};
    }),
    categorical: input.columns.categorical
  };
  const days = await profileWindows(
    {db, log},
    {relation: input.relation, time: timeSql(input.time), bucket: DAY_BUCKET},
    columns
  );
  const weeks = new Map<string, WindowProfile>();
  for (const d of days) {
    const key = `${weekStart(d.window)}\t${d.column}`;
    const w = weeks.get(key);
    weeks.set(key, w ? {...w, profile: mergeProfiles(w.profile, d.profile)} : {...d, window: weekStart(d.window)});
  }
  const rows = [
    ...days.map((d) => profileRow(input.system, "day", d.window, d.column, d.profile)),
    ...[...weeks.values()].map((w) => profileRow(input.system, "week", w.window, w.column, w.profile))
  ];
  return {reference: ref, rows, columns};
}
