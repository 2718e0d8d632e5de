import {driftScores} from "../../spc/driftScores.js";
import {spcSeriesRows, type SpcSeriesRow} from "../../spc/spcSeriesRows.js";
import {spcSeriesSql} from "../../spc/spcSeriesSql.js";
import {spcSystem} from "../../spc/spcSystem.js";
import type {DriftCellRow, DriftWindowRow} from "../../../src/lib/drift/driftView.js";
import type {DerivedTable} from "../DerivedTable.js";

/**
 * Every SPC series of a system by UTC day and ISO week (spcSeriesSql: rates, KPIs, null rates, in one GROUP BY per
 * source for all metrics and both units), with the weekly drift scores read from the drift tables (driftScores): the
 * drift series is computed once, by drift-cells. Another engine computes the same rows with spcSeriesRows.
 */
export const spcSeries: DerivedTable<SpcSeriesRow> = {
  name: "spc-series",
  description: "per metric, bucket unit (day, week) and bucket: n and count (proportions) or value, with its meaning",
  columns: {
    system: "VARCHAR",
    metric: "VARCHAR",
    label: "VARCHAR",
    kind: "VARCHAR",
    description: "VARCHAR",
    family: "VARCHAR",
    family_label: "VARCHAR",
    member: "VARCHAR",
    threshold: "DOUBLE",
    unit: "VARCHAR",
    bucket: "VARCHAR",
    n: "DOUBLE",
    count: "DOUBLE",
    value: "DOUBLE",
    automated_from: "VARCHAR"
  },
  reads: ["drift-cells", "drift-windows"],
  async compute({system, engine, local, read}) {
    const spc = spcSystem(system);
    const scores = driftScores(await read<DriftCellRow>("drift-cells"), await read<DriftWindowRow>("drift-windows"));
    if (engine.dialect !== "duckdb") return spcSeriesRows(spc, system, engine, local, ["day", "week"], scores);
    return {sql: spcSeriesSql([spc], ["day", "week"], new Map([[spc.system, scores]]))};
  }
};
