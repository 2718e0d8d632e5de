import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import type {System} from "../system/System.js";
import {describeRelation} from "./describeRelation.js";
import type {Engine} from "./Engine.js";
import {labelledSql, outcomesDecidedSql} from "./labelledSql.js";
import type {ShardLoadRequest} from "./shardLoad.js";

/** The engine tables of a system: one per object (its name), and the views over decisions and outcomes. */
export const engineTable = {
  object: (object: string) => object,
  labelled: "labelled",
  outcomesDecided: "outcomes_decided"
};

/**
 * What `workbench shard-load` loads for a system, into the schema named after it: every ingested object (decisions
 * first) as a table of its name, spread by the decision key (an outcome object by its key to decisions, so each
 * outcome lives on its decision's shard; day and week statistics on a time column), and two views on each shard:
 * `labelled` (decisions with the outcome columns they do not have, labelledSql) and `outcomes_decided` (outcomes with
 * their decision's time, outcomesDecidedSql), so these joins run where both sides live (engineSystem reads them).
 * Quarantined rows are not loaded: they keep the raw values as received, personal data included, and stay with the
 * ingest (the refresh reads them there). `duck` describes the files.
 *
 * @example await shardLoad({url, db, log}, await systemShardRequest(system, duck))
 */
export async function systemShardRequest(system: System, duck: Engine): Promise<ShardLoadRequest> {
  const {roles} = system;
  const outcome = roles.outcome;
  const tables: ShardLoadRequest["tables"] = system.objects.map((o, i) => ({
    name: engineTable.object(o.name),
    file: o.file,
    time: o.time,
    key: i > 0 && outcome?.object === o.name && outcome.key.length > 0 ? outcome.key : roles.key
  }));
  const views: NonNullable<ShardLoadRequest["views"]> = [];
  const decisions = system.objects[0];
  const outcomes = system.objects.find((o, i) => i > 0 && o.name === outcome?.object);
  if (outcome && outcomes && outcome.key.length > 0) {
    const decided = new Set((await describeRelation(duck, decisions.relation)).map((c) => c.column_name));
    const columns = (await describeRelation(duck, outcomes.relation))
      .map((c) => c.column_name)
      .filter((c) => !decided.has(c));
    const table = (name: string) => `${id(system.name)}.${id(name)}`;
    views.push({
      name: engineTable.labelled,
      sql: labelledSql(table(decisions.name), table(outcomes.name), outcome.key, columns),
      time: decisions.time
    });
    if (decisions.time)
      views.push({
        name: engineTable.outcomesDecided,
        sql: outcomesDecidedSql(table(outcomes.name), table(decisions.name), outcome.key, decisions.time),
        time: outcomes.time
      });
  }
  return {schema: system.name, key: roles.key, tables, views};
}
