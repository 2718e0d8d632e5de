import {describeRelation} from "../engine/describeRelation.js";
import type {Db} from "../db/openDb.js";
import type {Dialect, Engine, Relation} from "../engine/Engine.js";
import type {System} from "../system/System.js";

/** One ingested object of a system (decisions, outcomes) as the quality checks read it. */
export interface QualityObject {
  name: string;
  /** Its accepted rows, `<object>.parquet`. */
  file: string;
  /** Its accepted rows as a relation of the engine (with the partition key on a sharded engine). */
  relation: Pick<Relation, "from" | "partition">;
  /** Its quarantined rows, or undefined when the ingest wrote none. */
  quarantine?: string;
  /** Its quarantined rows as a relation of the local DuckDB (they never go to an engine). */
  quarantineRelation?: string;
  /** The column tagged `time`, if any. */
  time?: string;
  /** Contract columns present in the file (PII columns the ingest dropped are not), in contract order. */
  columns: {name: string; required: boolean}[];
}

/** What the data quality checks read for one ingested system. */
export interface QualitySystem {
  system: string;
  /** The dialect of the engine the relations belong to. */
  dialect: Dialect;
  /** The decisions object (the contract's first) first, then every other ingested object. */
  objects: QualityObject[];
  /** The contract's freshness SLA in hours, undefined when it states none. */
  slaHours: number | undefined;
  /** A decision older than this without an outcome is overdue (System roles). */
  maxLabelDelayDays: number;
  /** The ingested outcome object, its join key to decisions and its label column (System roles). */
  outcomes?: {object: QualityObject; key: string[]; label: string};
  /** The decisions with outcomes and the outcomes with their decision's time (System relations), for integrity. */
  relations: Pick<System["relations"], "labelled" | "outcomesDecided">;
}

/**
 * A system as the quality checks read it: its ingested objects as relations of the engine, with the contract columns
 * actually present in each (one describe per object), its SLA, label delay and outcome object, from its roles.
 *
 * @throws {Error} carrying the SQL when a file cannot be described
 */
export async function qualitySystem(engine: Engine | Db, system: System): Promise<QualitySystem> {
  const dialect = "dialect" in engine ? engine.dialect : "duckdb";
  const objects: QualityObject[] = [];
  for (const object of system.objects) {
    const present = new Set((await describeRelation({dialect, ...engine}, object.relation)).map((r) => r.column_name));
    const properties = system.contract.schema.find((o) => o.name === object.name)!.properties;
    objects.push({
      name: object.name,
      file: object.file,
      relation: {from: object.relation, ...(system.partition ? {partition: system.partition} : {})},
      quarantine: object.quarantine,
      quarantineRelation: object.quarantineRelation,
      time: object.time,
      columns: properties.filter((p) => present.has(p.name)).map((p) => ({name: p.name, required: p.required}))
    });
  }
  const {outcome} = system.roles;
  const outcomeObject = outcome && objects.find((o) => o.name === outcome.object && o !== objects[0]);
  return {
    system: system.roles.system,
    dialect,
    objects,
    slaHours: system.roles.slaHours,
    maxLabelDelayDays: system.roles.maxLabelDelayDays,
    outcomes:
      outcomeObject && outcome.key.length > 0
        ? {object: outcomeObject, key: outcome.key, label: outcome.label}
        : undefined,
    relations: {labelled: system.relations.labelled, outcomesDecided: system.relations.outcomesDecided}
  };
}
