import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import type {System} from "../system/System.js";

/**
 * scoredDecisionColumns' rows on a PostgreSQL engine as counts of identical rows. Per role (0: the production model
 * with its logged threshold; 1: the shadow model, threshold null) one GROUP BY with `n` = count(*), keyed by every
 * column the model statistics read: model_name, model_version, day (DATE), score, threshold, label (the outcome label
 * if observed by `last`, the last decision's time, else null) and `g0`, `g1`, ... (the protected values as text,
 * cast on the coordinator after the shards grouped the raw values). On a sharded engine a partial aggregate
 * (partialAggregateSql) with each shard's groups left unmerged (`partials`): a key found on two shards comes twice,
 * and its two counts expand to the same rows one merged count would. The decisions are joined to their outcomes in
 * the query, on the outcome key and the shard (co-located partitions), not read from the `labelled` view: postgres_fdw
 * then sends the join and the GROUP BY to each shard together, where over the view the planner shipped the rows and
 * grouped them on the coordinator (for near-unique keys such as a score with the day, PostgreSQL 15). The two roles'
 * groups are ordered by the whole key (model_name, model_version, role, day, score, threshold, label, g0, ...; text in
 * byte order): one order, whatever the shard layout or the order rows were loaded in.
 *
 * @example scoredCountsSql(system, "defaulted", ["sex"], "2026-06-29 23:59:58.123456")
 */
export function scoredCountsSql(system: System, label: string, protectedColumns: string[], last: string): string {
  const {partition} = system;
  const key = system.relations.outcomes ? (system.roles.outcome?.key ?? []) : [];
  const on = [...key, ...(partition ? [partition] : [])].map((k) => `o.${sqlIdentifier(k)} = d.${sqlIdentifier(k)}`);
  const outcomes = key.length > 0 ? system.relations.outcomes : undefined;
  // the decisions with their outcome's time and label: a subquery PostgreSQL pulls up into a join of co-located
  // partitions, so postgres_fdw sends the join and the GROUP BY over it to each shard together
  const from = outcomes
    ? `(SELECT d.*, o.observed_at AS "__observed_at", o.${sqlIdentifier(label)} AS "__label"
  FROM ${system.relation} AS d LEFT JOIN ${outcomes} AS o ON ${on.join(" AND ")}) AS d`
    : `${system.relation} AS d`;
  const relation = {from, ...(partition ? {partition} : {})};
  const observed = `CASE WHEN d."__observed_at" <= CAST(${sqlLiteral(last)} AS TIMESTAMP) THEN d."__label" END`;
  const groups = protectedColumns.map((c, k) => ({
    name: `g${k}`,
    sql: `d.${sqlIdentifier(c)}`,
    merge: (x: string) => `CAST(${x} AS VARCHAR)`
  }));
  const columns = [
    "model_name",
    "model_version",
    "role",
    "day",
    "score",
    "threshold",
    "label",
    ...groups.map((g) => g.name)
  ];
  // text in code-point order (byte order, the cheapest comparison): one order whatever the database's collation
  const text = new Set(["model_name", "model_version", ...groups.map((g) => g.name)]);
  const role = ({role, prefix, threshold}: {role: number; prefix: string; threshold: boolean}) => {
    const keys = [
      {name: "model_name", sql: `d.${prefix}model_name`},
      {name: "model_version", sql: `d.${prefix}model_version`},
      {name: "day", sql: "CAST(d.decided_at AS DATE)"},
      {name: "score", sql: `CAST(d.${prefix}score AS DOUBLE PRECISION)`},
      ...(threshold ? [{name: "threshold", sql: "CAST(d.threshold AS DOUBLE PRECISION)"}] : []),
      ...(outcomes ? [{name: "label", sql: observed}] : []),
      ...groups
    ];
    const counts = partialAggregateSql({
      relation,
      where: `d.system = ${sqlLiteral(system.name)} AND d.${prefix}model_name IS NOT NULL AND d.${prefix}score IS NOT NULL`,
      keys,
      measures: [{name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"}],
      partials: true
    });
    const constant: Record<string, string> = {
      role: String(role),
      threshold: "CAST(NULL AS DOUBLE PRECISION)",
      label: "CAST(NULL AS BOOLEAN)"
    };
    const select = columns.map((c) =>
      !keys.some((k) => k.name === c)
        ? `${constant[c]} AS ${c}`
        : text.has(c)
          ? `${sqlIdentifier(c)} COLLATE "C" AS ${sqlIdentifier(c)}`
          : sqlIdentifier(c)
    );
    return `SELECT ${select.join(", ")}, "n" FROM (${counts}) AS "__role${role}"`;
  };
  const roles = [
    {role: 0, prefix: "", threshold: true},
    {role: 1, prefix: "shadow_", threshold: false}
  ];
  return `SELECT * FROM (${roles.map(role).join("\n  UNION ALL ")}) AS "__scored"
ORDER BY ${columns.map((_, i) => i + 1).join(", ")}`;
}
