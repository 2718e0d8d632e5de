import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {needRole} from "../system/needRole.js";
import {objectRelation} from "../system/objectRelation.js";
import type {System} from "../system/System.js";

/** The audit rows' columns and their DuckDB types, in order (every column auditRowsSql selects). */
export function auditColumns(system: Pick<System, "contract" | "roles" | "objects">): Record<string, string> {
  const [decisions, outcomes] = system.contract.schema;
  const personal = new Set(system.roles.pii);
  const columns = Object.fromEntries(
    decisions.properties.filter((p) => !personal.has(p.name)).map((p) => [p.name, p.physicalType])
  );
  if (outcomes && objectRelation(system, outcomes.name)) {
    const observed = outcomes.properties.find((p) => p.tags.includes("time"));
    const label = outcomes.properties.find((p) => p.tags.includes("label"));
    if (observed) columns.outcome_observed_at = observed.physicalType;
    if (label) columns[`outcome_${label.name}`] = label.physicalType;
  }
  return {...columns, _source_file: "VARCHAR", _row: "BIGINT"};
}

/**
 * SQL for the Decision audit page's rows of one system: every accepted decision with every contract column
 * except personal data (columns classified pii are left out even when tokenised: the page needs no token), its
 * lineage (`_source_file`, `_row`), and its outcome when one has arrived (`outcome_observed_at`, `outcome_<label>`),
 * ordered by time and key. The Parquet ingest wrote already holds no raw PII; this drops the tokens too.
 * Cost (EXPLAIN ANALYZE at 1M rows, docs/scale.md): `ORDER BY` 2.9 s, Parquet write 1.3, join 0.6, scan 0.6 s of
 * operator time. The sort stays even when the file is already in (time, key) order: DuckDB's hash join does not
 * keep the probe order, and without the `ORDER BY` the parallel COPY's row groups come out in whichever order the
 * threads finish.
 *
 * @throws {InputError} when the contract tags no time column or has no primary key
 * @example await writeParquet(db, auditRowsSql(system));
 */
export function auditRowsSql(
  system: Pick<System, "contract" | "roles" | "objects" | "relation" | "relations">,
  engine = false
): string {
  const [decisions, outcomes] = system.contract.schema;
  const personal = new Set(system.roles.pii);
  const key = system.roles.key[0];
  const columns = decisions.properties.filter((p) => !personal.has(p.name)).map((p) => `d.${id(p.name)}`);
  const time = needRole(system, "time");
  let join = "";
  const extra: string[] = [];
  const relation = outcomes && objectRelation(system, outcomes.name);
  if (outcomes && relation) {
    const observed = outcomes.properties.find((p) => p.tags.includes("time"))?.name;
    const label = outcomes.properties.find((p) => p.tags.includes("label"))?.name;
    // another engine has the join as its labelled relation (on the shards of a sharded engine)
    const o = engine ? "d" : "o";
    if (!engine) join = `LEFT JOIN ${relation} o ON o.${id(key)} = d.${id(key)}`;
    else if (!system.relations.labelled)
      throw new Error("auditRowsSql: an engine's system needs its labelled relation");
    if (observed) extra.push(`${o}.${id(observed)} AS outcome_observed_at`);
    if (label) extra.push(`${o}.${id(label)} AS ${id(`outcome_${label}`)}`);
  }
  const from = engine && join === "" && extra.length > 0 ? system.relations.labelled! : system.relation;
  return `SELECT ${[...columns, ...extra, "d._source_file", "d._row"].join(", ")}
FROM ${from} d ${join}
ORDER BY d.${id(time)}, d.${id(key)}`;
}
