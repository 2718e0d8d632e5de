import type {DriftReferenceRow} from "../../src/lib/drift/driftView.js";
import {explainMeta} from "../explain/explainMeta.js";
import {explainSystem, type ExplainSystem} from "../explain/explainSystem.js";
import type {RefreshContext} from "./DerivedTable.js";

/**
 * The explain setup of a system in a refresh, computed once for the explain-meta and explain-counts tables: the system
 * as explain sees it, and its bins, metrics and quantile thresholds (explainMeta) against the drift reference the
 * drift-reference table holds (so the Explain page's bins are the Drift page's). Explain reads the ingested Parquet
 * files, so it needs the embedded DuckDB engine.
 *
 * @throws {Error} on another engine, or when the system has no drift reference (no timed decision)
 */
export function explainSetup(
  ctx: RefreshContext
): Promise<{system: ExplainSystem; setup: Awaited<ReturnType<typeof explainMeta>>}> {
  return ctx.once("explain-setup", async () => {
    if (ctx.engine.dialect !== "duckdb")
      throw new Error(`explain tables need the DuckDB engine, not ${ctx.engine.dialect}`);
    const system = explainSystem(ctx.system);
    const [row] = await ctx.read<DriftReferenceRow>("drift-reference");
    if (!row) throw new Error(`no timed decision in ${system.decisions}: no reference for the bins`);
    return {system, setup: await explainMeta(ctx.engine, system, row.reference)};
  });
}
