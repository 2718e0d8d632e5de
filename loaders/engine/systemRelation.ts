import type {System} from "../system/System.js";
import type {Engine, Relation} from "./Engine.js";

/**
 * A system's decisions (or another of its relations) as a Relation of the engine it is read in, with the partition
 * key on a sharded engine (engineSystem): what partition-aware SQL builders take (partialAggregateSql).
 *
 * @example systemRelation(system, engine) // => {engine, from: '"credit-line"."decisions"', partition: "_shard"}
 */
export function systemRelation(
  system: Pick<System, "relation" | "relations" | "partition">,
  engine: Engine,
  which: keyof System["relations"] = "decisions"
): Relation {
  const from = which === "decisions" ? system.relation : system.relations[which];
  if (from === undefined) throw new Error(`systemRelation: the system has no ${which} relation`);
  return system.partition ? {engine, from, partition: system.partition} : {engine, from};
}
