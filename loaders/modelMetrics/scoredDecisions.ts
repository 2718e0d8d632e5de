import type {ScoredDecision} from "../../src/lib/models/modelMetrics.js";
import type {Registry} from "../../src/lib/replay/modelEntry.js";
import {policyAt} from "../../src/lib/replay/policyAt.js";
import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import type {Engine} from "../engine/Engine.js";
import {extremeText} from "../engine/extremeText.js";
import {postgresTimestamp} from "../engine/postgresValue.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";

/** The scored decisions of one model version, with its protected attributes column by column. */
export interface VersionDecisions {
  /** name@version */
  model: string;
  rows: ScoredDecision[];
  /** Protected attribute → value per row (aligned with rows). */
  groups: Record<string, (string | null)[]>;
}

/** Every model version's scored decisions of one system, as of its last decision. */
export interface SystemDecisions {
  system: string;
  /** The last decided_at of the system (ISO 8601 UTC): outcomes observed later do not count. */
  as_of: string;
  /** The contract's protected attributes, in contract order. */
  protected: string[];
  versions: VersionDecisions[];
}

/**
 * Reads one ingested system (its decisions and, if ingested, outcomes relations) as the decisions each
 * model version scored: the production model's logged `score` with the logged `threshold`, and the shadow model's
 * `shadow_score` with the registry's threshold in force that day (policyAt), rule-decided rows included (the
 * model scored them). As of = the system's last `decided_at`: an outcome counts (label = the contract's outcome
 * label, true = bad) only if `observed_at` ≤ as of, otherwise the label is null. Reads the contract's protected
 * attributes, no PII. Versions sorted by name@version, rows by decision id.
 *
 * @throws {InputError} for unreadable files, a contract without an outcome label, no decisions, or a shadow model
 *   that is not in the registry
 * @example
 * const {as_of, versions} = await scoredDecisions({system: await openSystem("data/.work", "credit-line"), registry}, {db});
 */
/**
 * scoredDecisions' rows on another engine: the last decision first (a partial max the shards compute), then the scored
 * rows from the decisions with outcomes (System.relations.labelled; on a sharded engine the join runs on the shards),
 * a label only when observed by then. Row-level by design (metrics need every scored row): the rows cross the network.
 */
async function engineScored(
  engine: Engine,
  system: System,
  label: string,
  protectedColumns: string[]
): Promise<{raw: Record<string, unknown>[]; asOf: string | null}> {
  const partition = system.partition ? {partition: system.partition} : {};
  const mine = `system = ${sqlLiteral(system.name)}`;
  const last = await extremeText("max", {engine, from: system.relation, ...partition}, "decided_at", mine);
  if (last === null) return {raw: [], asOf: null};
  const labelled = system.relations.outcomes ? system.relations.labelled : undefined;
  const outcome = labelled
    ? `CASE WHEN d.observed_at <= CAST(${sqlLiteral(last)} AS TIMESTAMP) THEN d.${sqlIdentifier(label)} END`
    : "CAST(NULL AS BOOLEAN)";
  const groups = protectedColumns.map((c) => `CAST(d.${sqlIdentifier(c)} AS VARCHAR) AS ${sqlIdentifier(c)}`);
  const select = (role: string, prefix: string, threshold: string) =>
    `SELECT '${role}' AS role, d.${prefix}model_name || '@' || d.${prefix}model_version AS model, d.decision_id,
      CAST(CAST(d.decided_at AS DATE) AS VARCHAR) AS day, d.${prefix}score AS score, ${threshold} AS threshold,
      ${outcome} AS label${groups.length ? `, ${groups.join(", ")}` : ""}
    FROM ${labelled ?? system.relation} AS d
    WHERE d.${mine} AND d.${prefix}model_name IS NOT NULL AND d.${prefix}score IS NOT NULL`;
  const raw = await engine.all(
    `SELECT * FROM (${select("production", "", "d.threshold")}
  UNION ALL ${select("shadow", "shadow_", "CAST(NULL AS DOUBLE PRECISION)")}) AS "__scored"
ORDER BY model, decision_id, role`
  );
  return {raw, asOf: postgresTimestamp(last)}; // the engines' text of a timestamp, as ISO 8601 in milliseconds
}

export async function scoredDecisions(
  {system: opened, registry}: {system: System; registry: Registry},
  {db}: {db: Db}
): Promise<SystemDecisions> {
  const system = opened.name;
  const label = needRole(opened, "outcome").label;
  const protectedColumns = opened.contract.schema[0].properties
    .filter((p) => p.classification === "protected")
    .map((p) => p.name);
  const decisions = opened.paths.decisions;
  const {outcomes} = opened.relations;
  const outcomeRelation = outcomes
    ? `SELECT decision_id, ${sqlIdentifier(label)} AS label FROM ${outcomes}, cutoff
       WHERE observed_at <= cutoff.t`
    : "SELECT NULL::VARCHAR AS decision_id, NULL::BOOLEAN AS label WHERE false";
  const groups = protectedColumns.map((c) => `d.${sqlIdentifier(c)}::VARCHAR AS ${sqlIdentifier(c)}`).join(", ");
  const select = (role: string, prefix: string, threshold: string) =>
    `SELECT '${role}' AS role, d.${prefix}model_name || '@' || d.${prefix}model_version AS model, d.decision_id,
      strftime(d.decided_at, '%Y-%m-%d') AS day, d.${prefix}score AS score, ${threshold} AS threshold, o.label${groups ? `, ${groups}` : ""}
    FROM d LEFT JOIN o USING (decision_id)
    WHERE d.${prefix}model_name IS NOT NULL AND d.${prefix}score IS NOT NULL`;
  const sql = `WITH d AS (SELECT * FROM ${opened.relation} WHERE system = ${sqlLiteral(system)}),
  cutoff AS (SELECT max(decided_at) AS t FROM d),
  o AS (${outcomeRelation})
SELECT * FROM (${select("production", "", "d.threshold")}
  UNION ALL ${select("shadow", "shadow_", "NULL::DOUBLE")})
ORDER BY model, decision_id, role`;
  let raw: Record<string, unknown>[];
  let asOf: string | null;
  try {
    if ("dialect" in db && db.dialect !== "duckdb")
      ({raw, asOf} = await engineScored(db as Engine, opened, label, protectedColumns));
    else {
      raw = await db.all(sql);
      [{as_of: asOf}] = await db.all<{as_of: string | null}>(
        `SELECT max(decided_at) AS as_of FROM ${opened.relation} WHERE system = ${sqlLiteral(system)}`
      );
    }
  } catch (error) {
    throw new InputError(
      `cannot read scored decisions: ${(error as Error).message.split("\n")[0]}`,
      {file: opened.paths.dir},
      {cause: error}
    );
  }
  if (asOf === null) throw new InputError(`no decisions of system ${system}`, {file: decisions});
  const versions = new Map<string, VersionDecisions>();
  for (const r of raw) {
    const model = String(r.model);
    let v = versions.get(model);
    if (!v) {
      v = {model, rows: [], groups: Object.fromEntries(protectedColumns.map((c) => [c, []]))};
      versions.set(model, v);
    }
    let threshold = r.threshold as number | null;
    if (threshold === null) {
      const entry = registry.models.find((m) => `${m.name}@${m.version}` === model);
      if (!entry) throw new InputError(`model ${model} scored decisions but is not in the registry`, {file: decisions});
      threshold = policyAt(entry.decision, String(r.day)).threshold;
    }
    v.rows.push({
      day: String(r.day),
      score: r.score as number,
      threshold,
      label: r.label === null ? null : Boolean(r.label),
      role: r.role as ScoredDecision["role"]
    });
    for (const c of protectedColumns) v.groups[c].push(r[c] === null ? null : String(r[c]));
  }
  return {system, as_of: asOf, protected: protectedColumns, versions: [...versions.values()]};
}
