import {InputError} from "../cli/errors.js";
import type {System} from "../system/System.js";
import {describeRelation} from "./describeRelation.js";
import type {Engine} from "./Engine.js";
import {engineRelation} from "./engineRelation.js";
import {labelledSql, outcomesDecidedSql} from "./labelledSql.js";
import {engineTable} from "./systemShardRequest.js";

/**
 * A system as an engine sees it. On DuckDB: the system's own relations (its Parquet files) plus `labelled` (the
 * decisions joined to their outcomes, labelledSql) and `outcomesDecided` (outcomesDecidedSql). On PostgreSQL: the
 * tables and views `workbench shard-load` wrote in the schema named after the system (systemShardRequest), and on a
 * sharded engine their partition key; the quarantine stays a local file (its raw rows never go to an engine).
 * Everything else (paths, contract, roles) is the system's.
 *
 * @throws {InputError} `<engine>: table "x.decisions" not found (load the system with: workbench shard-load ...)`
 * @example const system = await engineSystem(await openSystem(dir, "credit-line"), engine); system.relation // => '"credit-line"."decisions"'
 */
export async function engineSystem(system: System, engine: Engine): Promise<System> {
  const outcome = system.roles.outcome;
  const outcomes = system.objects.find((o, i) => i > 0 && o.name === outcome?.object);
  const joinable = outcome !== undefined && outcomes !== undefined && outcome.key.length > 0;
  if (engine.dialect === "duckdb") {
    if (!joinable) return system;
    const decided = new Set((await describeRelation(engine, system.relation)).map((c) => c.column_name));
    const columns = (await describeRelation(engine, outcomes.relation))
      .map((c) => c.column_name)
      .filter((c) => !decided.has(c));
    const labelled = `(${labelledSql(system.relation, outcomes.relation, outcome.key, columns)})`;
    const time = system.objects[0].time;
    const outcomesDecided =
      time === undefined ? undefined : `(${outcomesDecidedSql(outcomes.relation, system.relation, outcome.key, time)})`;
    return {...system, relations: {...system.relations, labelled, outcomesDecided}};
  }
  const table = async (name: string) => {
    try {
      return await engineRelation(engine, [system.name, name]);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(
        `${error.message} (load the system with: workbench shard-load --engine <url> --system ${system.name})`,
        {},
        {cause: error}
      );
    }
  };
  const objects = [];
  for (const o of system.objects) objects.push({...o, relation: (await table(engineTable.object(o.name))).from});
  const decisions = await table(engineTable.object(objects[0].name));
  const timed = joinable && system.objects[0].time !== undefined;
  const relations = {
    ...system.relations, // the quarantine stays with the ingest, read locally
    decisions: decisions.from,
    outcomes: objects.find((o) => o.name === outcomes?.name)?.relation,
    labelled: joinable ? (await table(engineTable.labelled)).from : undefined,
    outcomesDecided: timed ? (await table(engineTable.outcomesDecided)).from : undefined
  };
  return {
    ...system,
    objects,
    relation: decisions.from,
    relations,
    ...(decisions.partition ? {partition: decisions.partition} : {})
  };
}
