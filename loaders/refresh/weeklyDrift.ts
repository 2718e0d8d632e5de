import {driftInput} from "../drift/driftInput.js";
import {driftSeries} from "../drift/driftSeries.js";
import type {DriftBinRow, DriftCellRow, DriftWindowRow} from "../../src/lib/drift/driftView.js";
import {settings} from "../../src/lib/settings.js";
import type {RefreshContext} from "./DerivedTable.js";
import type {DriftReferenceRow} from "../../src/lib/drift/driftView.js";

/**
 * The weekly drift series of the refreshed system against its default reference (driftSeries with
 * settings.drift.share), computed once per refresh and shared by the drift-cells, drift-bins and drift-windows
 * tables (each lists drift-reference in its reads). Empty without a reference.
 */
export function weeklyDrift(
  ctx: RefreshContext
): Promise<{cells: DriftCellRow[]; bins: DriftBinRow[]; windows: DriftWindowRow[]}> {
  return ctx.once("weekly drift", async () => {
    const [row] = await ctx.read<DriftReferenceRow>("drift-reference");
    if (!row) return {cells: [], bins: [], windows: []};
    return driftSeries({db: ctx.engine, log: ctx.log}, driftInput(ctx.system), row.reference, settings.drift.share);
  });
}
