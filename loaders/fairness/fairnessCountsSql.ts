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
  const group = groupKeySql(spec.group.map(sqlIdentifier));
  const window = spec.window ? windowKeySql(windowStartSql(spec.window)) : null;
  return {pred, label, group, window};
}

/** The group key of group values (SQL expressions): trimmed text, blank or null as "(missing)", joined by " × ". */
function groupKeySql(values: readonly string[]): string {
  const parts = values.map((v) => `coalesce(nullif(trim(CAST(${v} AS VARCHAR)), ''), '(missing)')`);
  return parts.length === 1 ? parts[0] : `concat_ws(' × ', ${parts.join(", ")})`;
}

/** The start of a row's window, a TIMESTAMP (date_trunc of the time column). */
function windowStartSql({column, unit}: NonNullable<FairnessSpec["window"]>): string {
  return `date_trunc('${unit}', CAST(${sqlIdentifier(column)} AS TIMESTAMP))`;
}

/** The window key of a window start: its date as text (YYYY-MM-DD). */
function windowKeySql(start: string): string {
  return `CAST(CAST(${start} AS DATE) AS VARCHAR)`;
}

/** Types whose equal values have one text form, so rows can be grouped by the value before it is made text. */
const EXACT_TEXT =
  /^(VARCHAR|BOOLEAN|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|DATE|TIMESTAMP)$/;

/**
 * SQL returning per group (and per window when the spec has one) the confusion cells as DOUBLE:
 * tp, fp, tn, fn (labelled), up, un (label unknown), and `excluded` (rows with no prediction: null score or
 * decision). Ordered by window, then group.
 *
 * One scan of the relation counts rows per raw group value (as text only for a type whose equal values can print
 * differently, e.g. a DOUBLE's 0 and −0), window start, decision or predicted positive, and label value; the group
 * and window keys, the decision's and the label's comparisons then run on those few counted rows, whose counts are
 * added up per key: the same cells as keying every row (blank, whitespace and null group values still merge into
 * "(missing)", " a" with "a"), at a fifth of the CPU (DuckDB, 10M rows: 127 ms instead of 610 ms). Written in the SQL
 * subset DuckDB and PostgreSQL share (`sum(...) FILTER (WHERE ...)`, not `count_if`;
 * test/loaders/sources/sqlDialect.test.ts).
 * @example await db.all(fairnessCountsSql("fairness_input", spec, types, "true"));
 */
export function fairnessCountsSql(
  relation: string,
  spec: FairnessSpec,
  types: ReadonlyMap<string, string>,
  positive: string
): string {
  const id = sqlIdentifier;
  const e = fairnessExpressions(spec, types, positive);
  const byScore = spec.prediction.kind === "score";
  // counted by: each group value under an alias of its own, the window start, the score's comparison (a score has too
  // many values to count by), the raw decision and label columns (compared after counting)
  const counted: [string, string][] = spec.group.map((g, i) => [
    EXACT_TEXT.test(types.get(g)!) ? id(g) : `CAST(${id(g)} AS VARCHAR)`,
    id(`(group ${i})`)
  ]);
  if (spec.window) counted.push([windowStartSql(spec.window), id("(window)")]);
  if (byScore) counted.push([e.pred, id("(pred)")]);
  for (const c of new Set([...(byScore ? [] : [spec.prediction.column]), spec.label])) counted.push([id(c), id(c)]);
  const group = groupKeySql(spec.group.map((_, i) => id(`(group ${i})`)));
  const window = spec.window ? ` ${windowKeySql(id("(window)"))} AS "window",` : "";
  const keys = spec.window ? `"window", "group"` : `"group"`;
  const cell = (name: string, where: string) =>
    `CAST(coalesce(sum(n) FILTER (WHERE ${where}), 0) AS DOUBLE PRECISION) AS ${name}`;
  return `WITH c AS (
  SELECT ${counted.map(([e, a]) => `${e} AS ${a}`).join(", ")}, count(*) AS "(n)"
  FROM ${relation}${spec.where ? `\n  WHERE ${spec.where}` : ""}
  GROUP BY ${counted.map(([e]) => e).join(", ")}
), r AS (
  SELECT ${group} AS "group",${window} ${byScore ? id("(pred)") : e.pred} AS pred, ${e.label} AS label, "(n)" AS n
  FROM c
)
SELECT ${keys},
  ${cell("tp", "pred AND label")},
  ${cell("fp", "pred AND NOT label")},
  ${cell("tn", "NOT pred AND NOT label")},
  ${cell("fn", "NOT pred AND label")},
  ${cell("up", "pred AND label IS NULL")},
  ${cell("un", "NOT pred AND label IS NULL")},
  ${cell("excluded", "pred IS NULL")}
FROM r
GROUP BY ${keys}
ORDER BY ${keys}`;
}
