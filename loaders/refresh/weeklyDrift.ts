import {driftInput} from "../drift/driftInput.js";
import {seriesAndProfiles, type SeriesAndProfiles} from "../drift/seriesAndProfiles.js";
import type {DriftReferenceRow} from "../../src/lib/drift/driftView.js";
import {settings} from "../../src/lib/settings.js";
import type {RefreshContext} from "./DerivedTable.js";

/**
 * The weekly drift series of the refreshed system against its default reference (settings.drift.share) and the
 * profiles of the same columns per day and week (without the sketch off DuckDB: seriesAndProfiles), computed in one pass (seriesAndProfiles: one engine query
 * per column) once per refresh and shared by the drift-cells, drift-bins, drift-windows and profiles tables (each
 * lists drift-reference in its reads). Empty without a reference.
 */
export function weeklyDrift(ctx: RefreshContext): Promise<SeriesAndProfiles> {
  return ctx.once("weekly drift and profiles", async () => {
    const [row] = await ctx.read<DriftReferenceRow>("drift-reference");
    if (!row) return {cells: [], bins: [], windows: [], profiles: {rows: [], edges: new Map()}, profileError: null};
    return seriesAndProfiles(
      {db: ctx.engine, log: ctx.log},
      driftInput(ctx.system),
      row.reference,
      settings.drift.share,
      {profiles: true}
    );
  });
}
