import {sqlLiteral} from "../db/sqlLiteral.js";
import type {TimeWindow} from "../system/parseWindow.js";
import type {Bins} from "./binEdges.js";
import type {ExplainMetric} from "./explainMetric.js";
import type {ExplainAttribute} from "./explainSystem.js";
import {segmentSql} from "./segmentSql.js";

/** A window bound as a TIMESTAMP literal, UTC (an offset converts, a bare date is midnight). */
export const timestampSql = (text: string) => `CAST(CAST(${sqlLiteral(text)} AS TIMESTAMPTZ) AS TIMESTAMP)`;

/** The SQL predicate of a half-open window [from, to) on `__t`. */
export const windowWhere = (w: TimeWindow) => `__t >= ${timestampSql(w.from)} AND __t < ${timestampSql(w.to)}`;

/**
 * SQL counting, for every attribute's segments and every metric, the rows of the rate's denominator (`n<i>`) and the
 * events (`count<i>`), in one scan with GROUPING SETS: one group per (bucket, attribute, segment). The bucket is the
 * window index (0 for "from", 1 for "to"; a row in both windows counts in both) or, with "day", the UTC day
 * (YYYY-MM-DD). Columns: bucket (VARCHAR), attribute, segment, n0, count0, n1, count1, … (DOUBLE), ordered by
 * attribute, bucket and segment. `relation` is explainRelationSql's.
 *
 * @example await db.all(explainCountsSql("d", attributes, bins, [metric], {windows: [from, to]}));
 */
export function explainCountsSql(
  relation: string,
  attributes: readonly ExplainAttribute[],
  bins: Record<string, Bins>,
  metrics: readonly ExplainMetric[],
  bucket: {windows: [TimeWindow, TimeWindow]} | "day"
): string {
  const rows =
    bucket === "day"
      ? `SELECT strftime(__t, '%Y-%m-%d') AS __b, * FROM (${relation}) WHERE __t IS NOT NULL`
      : bucket.windows
          .map((w, i) => `SELECT '${i}' AS __b, * FROM (${relation}) WHERE ${windowWhere(w)}`)
          .join("\nUNION ALL ");
  const segments = attributes.map((a, i) => `${segmentSql(a.name, bins[a.name])} AS __s${i}`).join(", ");
  const attribute = `CASE ${attributes.map((_, i) => `WHEN GROUPING(__s${i}) = 0 THEN ${sqlLiteral(attributes[i].name)}`).join(" ")} END`;
  const segment = `COALESCE(${attributes.map((_, i) => `__s${i}`).join(", ")})`;
  const aggregates = metrics
    .map((m, i) => `CAST(${m.n} AS DOUBLE) AS n${i}, CAST(${m.count} AS DOUBLE) AS count${i}`)
    .join(", ");
  return `SELECT __b AS bucket, ${attribute} AS attribute, ${segment} AS segment, ${aggregates}
FROM (SELECT ${segments}, * FROM (${rows}))
GROUP BY GROUPING SETS (${attributes.map((_, i) => `(__b, __s${i})`).join(", ")})
ORDER BY attribute, bucket, segment`;
}
