import type {ShadowSystemMeta} from "../../src/lib/shadow/ShadowMeta.js";
import type {ShadowRow} from "../../src/lib/shadow/shadowReport.js";
import type {Db} from "../db/openDb.js";
import type {Engine} from "../engine/Engine.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {readCostModel} from "../roi/readCostModel.js";
import {InputError} from "../cli/errors.js";
import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import {shadowValueSql} from "./shadowValueSql.js";

/** The segment columns the Shadow page and `workbench shadow` break results down by, per system. */
export const SHADOW_SEGMENTS: Readonly<Record<string, readonly string[]>> = {
  "credit-line": ["age_band", "sex", "ethnicity", "region"],
  "fraud-screen": ["age_band", "sex", "ethnicity", "channel"]
};

/** A system's shadow deployment without its rows: the pair, segments, row count, and the SQL of its rows. */
export type ShadowSource = Omit<ShadowSystemMeta, "latency"> & {
  /**
   * The rows' columns as SQL select items over `from` (ShadowRow's columns: day, scores, decisions, label,
   * confidence band, the value under each decision), then each segment column as text (segmentSql).
   */
  select: string[];
  /** The FROM items of the rows (the decisions as `d`, joined to their outcomes) and their WHERE condition. */
  from: string;
  where: string;
};

/** A segment column of the shadow rows as text, `CAST(d.<column> AS VARCHAR) AS <column>`. */
export function segmentSql(column: string): string {
  return `CAST(d.${sqlIdentifier(column)} AS VARCHAR) AS ${sqlIdentifier(column)}`;
}

/** Shadow rows of one system with the pair of models that scored them (the Shadow page's meta, with the rows). */
export type ShadowData = Omit<ShadowSystemMeta, "rows" | "latency"> & {rows: ShadowRow[]};

/**
 * The decisions scored by both the production and the shadow model (score and shadow_score not null) of a system,
 * as SQL the engine runs, with their count and model pair. Each row carries the label from the system's outcomes
 * (null where it has not arrived) and the value of each model's decision under the system's cost model
 * (`<system>.costs.yaml`, shadowValueSql: outcomeValue's perCase + perAmount × amount, null without a label).
 * The champion's decision is its model decision (the logged decision of model-made rows; for rule rows the policy
 * applied to its score is not logged, so the logged decision stands). No PII column is read. On another engine the
 * decisions with their outcomes are its labelled relation (joined on a sharded engine's shards).
 *
 * @throws {InputError} for an unreadable directory, a contract or cost model error, no shadow rows, or more than one
 *   model pair
 * @example
 * const {rows, select, from, where} = await shadowSource(system, {db});
 */
export async function shadowSource(opened: System, {db}: {db: Db | Engine}): Promise<ShadowSource> {
  const {contract, name: system} = opened;
  const costs = await readCostModel(opened.paths.costs, contract);
  const label = needRole(opened, "outcome").label;
  const favourable = needRole(opened, "positiveDecision");
  const segments = SHADOW_SEGMENTS[system];
  if (!segments) throw new InputError(`no shadow segments for system ${JSON.stringify(system)}`);
  const decisions = opened.paths.decisions;
  const engine = "dialect" in db && db.dialect !== "duckdb";
  const labelled = engine && opened.relations.outcomes ? opened.relations.labelled : undefined;
  const o = opened.relations.outcomes ? (engine ? "d" : "o") : undefined;
  const outcome = o ? `${o}.${sqlIdentifier(label)}` : "CAST(NULL AS BOOLEAN)";
  const amount = `CAST(d.${sqlIdentifier(costs.amount)} AS DOUBLE PRECISION)`;
  const from = `${labelled ?? opened.relation} d${
    o === "o" ? ` LEFT JOIN ${opened.relations.outcomes} o USING (decision_id)` : ""
  }`;
  const where = `d.score IS NOT NULL AND d.shadow_score IS NOT NULL AND d.system = ${sqlLiteral(system)}`;
  const select = [
    `${engine ? "CAST(CAST(d.decided_at AS DATE) AS VARCHAR)" : "strftime(d.decided_at, '%Y-%m-%d')"} AS day`,
    "d.score AS champion_score",
    "d.shadow_score AS challenger_score",
    "d.decision AS champion_decision",
    "d.shadow_decision AS challenger_decision",
    `${outcome} AS label`,
    "d.confidence_band",
    `${shadowValueSql(costs, "d.decision", outcome, amount)} AS champion_value`,
    `${shadowValueSql(costs, "d.shadow_decision", outcome, amount)} AS challenger_value`,
    ...segments.map(segmentSql)
  ];
  // the pair count reads no outcome: on the embedded DuckDB the decisions alone (outcomes are unique per key, so the
  // LEFT JOIN adds no row; without it 1M rows count in 0.07-0.08 s of CPU instead of 0.21-0.30 s); another engine's
  // labelled relation is one view either way
  const counted = o === "o" ? `${opened.relation} d` : from;
  let pairs: {champion: string; challenger: string; n: number | string}[];
  try {
    pairs = await db.all(
      partialAggregateSql({
        relation: {from: counted, ...(opened.partition ? {partition: opened.partition} : {})},
        where,
        keys: [
          {name: "champion", sql: "d.model_name || '@' || d.model_version"},
          {name: "challenger", sql: "d.shadow_model_name || '@' || d.shadow_model_version"}
        ],
        measures: [{name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"}]
      })
    );
  } catch (error) {
    throw new InputError(
      `cannot read shadow rows: ${(error as Error).message.split("\n")[0]}`,
      {file: opened.paths.dir},
      {cause: error}
    );
  }
  if (!pairs.length) throw new InputError("no rows scored by both a production and a shadow model", {file: decisions});
  if (pairs.length !== 1)
    throw new InputError(
      `expected one model pair, found ${pairs.map((p) => `${p.champion} vs ${p.challenger}`).join("; ")}`,
      {file: decisions}
    );
  const {champion, challenger} = pairs[0];
  const protectedColumns = new Set(
    contract.schema[0].properties.filter((p) => p.classification === "protected").map((p) => p.name)
  );
  const judged = segments.filter((s) => protectedColumns.has(s));
  return {
    system,
    favourable,
    champion,
    challenger,
    segments,
    judged,
    currency: costs.currency,
    rows: Number(pairs[0].n),
    select,
    from,
    where
  };
}

/**
 * Reads a system's shadow rows (shadowSource) into memory, ordered by decision_id: for `workbench shadow`, whose
 * report needs them all.
 *
 * @throws {InputError} as shadowSource
 * @example
 * const {rows} = await shadowRows(await openSystem("data/.work", "credit-line"), {db});
 */
export async function shadowRows(opened: System, {db}: {db: Db | Engine}): Promise<ShadowData> {
  const {select, from, where, rows: _n, ...meta} = await shadowSource(opened, {db});
  const rows = await db.all<ShadowRow>(
    `SELECT ${select.join(", ")} FROM ${from} WHERE ${where} ORDER BY d.decision_id`
  );
  return {...meta, rows};
}
