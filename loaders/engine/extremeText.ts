import type {Relation} from "./Engine.js";
import {partialAggregateSql} from "./partialAggregateSql.js";

/**
 * The least or greatest value of an expression (e.g. the first or last decision time) as the engine's text of it
 * (`2026-06-29 23:59:58.123456`: a timestamp keeps its microseconds, which the engines' JS values do not), from a
 * min or max the shards of a sharded engine compute; null when no row has a value.
 *
 * @example await extremeText("max", {engine, from: system.relation, partition: system.partition}, '"decided_at"')
 */
export async function extremeText(
  which: "min" | "max",
  relation: Relation,
  expression: string,
  where?: string
): Promise<string | null> {
  const extreme = partialAggregateSql({
    relation,
    where,
    keys: [],
    measures: [{name: "x", sql: `${which}(${expression})`, merge: which}]
  });
  const [row] = await relation.engine.all<{x: string | null}>(
    `SELECT CAST(x AS VARCHAR) AS x FROM (${extreme}) AS "__x"`
  );
  return row?.x ?? null;
}
