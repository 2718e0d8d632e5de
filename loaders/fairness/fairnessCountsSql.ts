import {sqlIdentifier} from "../db/sqlIdentifier.js";
import type {FairnessSpec} from "./FairnessSpec.js";
import {valueEqualsSql} from "./valueEqualsSql.js";

/** The SQL expressions of a spec over a relation: predicted positive, positive label, group key, window key. */
export function fairnessExpressions(
  spec: FairnessSpec,
  types: ReadonlyMap<string, string>,
  positive: string
): {pred: string; label: string; group: string; window: string | null} {
  const p = spec.prediction;
  const pred =
    p.kind === "score"
      ? `(${sqlIdentifier(p.column)} ${p.direction === "higher" ? ">=" : "<"} ${String(p.threshold)})`
      : valueEqualsSql(p.column, types.get(p.column)!, p.positive ?? "true");
  const label = valueEqualsSql(spec.label, types.get(spec.label)!, positive);
  const parts = spec.group.map((g) => `coalesce(nullif(trim(${sqlIdentifier(g)}::VARCHAR), ''), '(missing)')`);
  const group = parts.length === 1 ? parts[0] : `concat_ws(' × ', ${parts.join(", ")})`;
  const window = spec.window
    ? `CAST(CAST(date_trunc('${spec.window.unit}', CAST(${sqlIdentifier(spec.window.column)} AS TIMESTAMP)) AS DATE) AS VARCHAR)`
    : null;
  return {pred, label, group, window};
}

/**
 * SQL returning per group (and per window when the spec has one) the confusion cells as DOUBLE:
 * tp, fp, tn, fn (labelled), up, un (label unknown), and `excluded` (rows with no prediction: null score or
 * decision). Ordered by window, then group. One scan of the relation. Written in the SQL subset DuckDB and
 * PostgreSQL share (`count(*) FILTER (WHERE ...)`, not `count_if`; test/loaders/sources/sqlDialect.test.ts).
 * @example await db.all(fairnessCountsSql("fairness_input", spec, types, "true"));
 */
export function fairnessCountsSql(
  relation: string,
  spec: FairnessSpec,
  types: ReadonlyMap<string, string>,
  positive: string
): string {
  const e = fairnessExpressions(spec, types, positive);
  const keys = e.window ? `"window", "group"` : `"group"`;
  return `WITH r AS (
  SELECT ${e.group} AS "group",${e.window ? ` ${e.window} AS "window",` : ""} ${e.pred} AS pred, ${e.label} AS label
  FROM ${relation}${spec.where ? `\n  WHERE ${spec.where}` : ""}
)
SELECT ${keys},
  CAST(count(*) FILTER (WHERE pred AND label) AS DOUBLE PRECISION) AS tp,
  CAST(count(*) FILTER (WHERE pred AND NOT label) AS DOUBLE PRECISION) AS fp,
  CAST(count(*) FILTER (WHERE NOT pred AND NOT label) AS DOUBLE PRECISION) AS tn,
  CAST(count(*) FILTER (WHERE NOT pred AND label) AS DOUBLE PRECISION) AS fn,
  CAST(count(*) FILTER (WHERE pred AND label IS NULL) AS DOUBLE PRECISION) AS up,
  CAST(count(*) FILTER (WHERE NOT pred AND label IS NULL) AS DOUBLE PRECISION) AS un,
  CAST(count(*) FILTER (WHERE pred IS NULL) AS DOUBLE PRECISION) AS excluded
FROM r
GROUP BY ${keys}
ORDER BY ${keys}`;
}
