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
    ? `strftime(date_trunc('${spec.window.unit}', ${sqlIdentifier(spec.window.column)}::TIMESTAMP), '%Y-%m-%d')`
    : null;
  return {pred, label, group, window};
}

/**
 * SQL returning per group (and per window when the spec has one) the confusion cells as DOUBLE:
 * tp, fp, tn, fn (labelled), up, un (label unknown), and `excluded` (rows with no prediction: null score or
 * decision). Ordered by window, then group. One scan of the relation.
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
  count_if(pred AND label)::DOUBLE AS tp,
  count_if(pred AND NOT label)::DOUBLE AS fp,
  count_if(NOT pred AND NOT label)::DOUBLE AS tn,
  count_if(NOT pred AND label)::DOUBLE AS fn,
  count_if(pred AND label IS NULL)::DOUBLE AS up,
  count_if(NOT pred AND label IS NULL)::DOUBLE AS un,
  count_if(pred IS NULL)::DOUBLE AS excluded
FROM r
GROUP BY ${keys}
ORDER BY ${keys}`;
}
