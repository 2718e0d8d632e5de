import {sqlLiteral} from "../db/sqlLiteral.js";
import {explainCountsSql} from "./explainCountsSql.js";
import type {explainMeta} from "./explainMeta.js";
import type {ExplainSystem} from "./explainSystem.js";

/** One row of explain-counts.parquet: a metric's rows and events in one segment of one attribute on one UTC day. */
export interface ExplainCountRow {
  system: string;
  metric: string;
  attribute: string;
  segment: string;
  day: string;
  n: number;
  count: number;
}

/**
 * The SQL of the daily counts behind every decomposition the Explain page can draw for a system (ExplainCountRow's
 * columns, n and count INTEGER): for the decision rates of `workbench spc` (PAGE_METRICS that the system has), per UTC
 * day, attribute and segment, the rate's rows and events (explainCountsSql by day, one row per metric), with the
 * bins and quantile thresholds of `setup` (explainMeta, as `workbench explain` computes them). Summing the days of two
 * windows gives exactly what `workbench explain` counts for windows that start and end at midnight UTC. Rows with
 * n = 0 are dropped. Ordered by metric, attribute, segment and day in DuckDB's order of text (its UTF-8 bytes: code
 * point order, which is JavaScript's `<` on strings unless a character beyond U+FFFF meets one in U+E000–U+FFFF),
 * so refresh writes the query's result straight to Parquet: no row crosses into JavaScript.
 *
 * @example await db.all(explainDailySql(system, await explainMeta(db, system)));
 */
export function explainDailySql(
  system: ExplainSystem,
  {relation, metrics, bins}: Pick<Awaited<ReturnType<typeof explainMeta>>, "relation" | "metrics" | "bins">
): string {
  const counts = explainCountsSql(relation, system.attributes, bins, metrics, "day");
  const each = metrics.map((m, i) => `{'metric': ${sqlLiteral(m.id)}, 'n': n${i}, 'count': count${i}}`).join(", ");
  return `SELECT ${sqlLiteral(system.system)} AS system, CAST(m.metric AS VARCHAR) AS metric, attribute, segment, bucket AS day,
  CAST(m.n AS INTEGER) AS n, CAST(m.count AS INTEGER) AS count
FROM (SELECT attribute, segment, bucket, unnest([${each}]) AS m FROM (${counts}))
WHERE m.n > 0
ORDER BY metric, attribute, segment, day`;
}
