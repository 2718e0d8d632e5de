import type {Db} from "../db/openDb.js";
import {metricSeriesSql} from "../spc/metricSeriesSql.js";
import type {SpcMetric, SpcSeriesInfo} from "../spc/spcMetrics.js";
import type {SpcSystem} from "../spc/spcSeriesSql.js";
import type {System} from "../system/System.js";
import {selectSeries, type SeriesRow} from "../../src/lib/spc/selectSeries.js";
import type {SeriesBucket} from "../../src/lib/spc/spcAnalysis.js";
import {derivedRows} from "./derivedRows.js";

/**
 * One SPC series of a system by bucket unit, as spcAnalysis reads it: by day or week from the derived spc-series
 * table (the SPC page's, drift scores included), by month computed from its SQL (metricSeriesSql). A drift score
 * by anything but week, or a metric whose source the system lacks, has no bucket.
 *
 * @throws {InputError} for an unknown bucket unit; an Error carrying the SQL when a query fails
 * @example await metricSeries(db, system, spc, metric, "day", {log}) // => [{bucket: "2026-01-01", n: 1400, count: 3}, ...]
 */
export async function metricSeries(
  db: Db,
  system: System,
  spc: SpcSystem,
  metric: SpcMetric | SpcSeriesInfo,
  unit: string,
  {log}: {log: (message: string) => void}
): Promise<SeriesBucket[]> {
  const sql = "source" in metric;
  if (sql && metric.source !== "decisions" && !spc.relations[metric.source]) return [];
  if (unit === "day" || unit === "week") {
    if (!sql && unit !== "week") return [];
    const rows = await derivedRows<SeriesRow>(db, [system], "spc-series", {log});
    return selectSeries(rows, {system: system.name, metric: metric.id, unit});
  }
  if (!sql) return [];
  const rows = await db.all<{bucket: string; n: number | null; count: number | null; value: number | null}>(
    metricSeriesSql(metric, spc.columns, spc.relations, unit)
  );
  return rows.map(({bucket, n, count, value}) =>
    metric.kind === "proportion" ? {bucket, n: n!, count: count!} : {bucket, value: value!}
  );
}
