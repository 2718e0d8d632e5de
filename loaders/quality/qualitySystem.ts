import type {Db} from "../db/openDb.js";
import type {System} from "../system/System.js";

/** One ingested object of a system (decisions, outcomes) as the quality checks read it. */
export interface QualityObject {
  name: string;
  /** Its accepted rows, `<object>.parquet`. */
  file: string;
  /** Its accepted rows' relation. */
  relation: string;
  /** Its quarantined rows' relation, or undefined when the ingest wrote none. */
  quarantine?: string;
  /** The column tagged `time`, if any. */
  time?: string;
  /** Contract columns present in the file (PII columns the ingest dropped are not), in contract order. */
  columns: {name: string; required: boolean}[];
}

/** What the data quality checks read for one ingested system. */
export interface QualitySystem {
  system: string;
  /** The decisions object (the contract's first) first, then every other ingested object. */
  objects: QualityObject[];
  /** The contract's freshness SLA in hours, undefined when it states none. */
  slaHours: number | undefined;
  /** A decision older than this without an outcome is overdue (System roles). */
  maxLabelDelayDays: number;
  /** The ingested outcome object, its join key to decisions and its label column (System roles). */
  outcomes?: {object: QualityObject; key: string[]; label: string};
}

/**
 * A system as the quality checks read it: its ingested objects with the contract columns actually present in each
 * Parquet file (one DESCRIBE per object), its SLA, label delay and outcome object, from its roles.
 *
 * @throws {Error} carrying the SQL when a file cannot be described
 */
export async function qualitySystem(db: Db, system: System): Promise<QualitySystem> {
  const objects: QualityObject[] = [];
  for (const object of system.objects) {
    const present = new Set(
      (await db.all<{column_name: string}>(`DESCRIBE SELECT * FROM ${object.relation}`)).map((r) => r.column_name)
    );
    const properties = system.contract.schema.find((o) => o.name === object.name)!.properties;
    objects.push({
      name: object.name,
      file: object.file,
      relation: object.relation,
      quarantine: object.quarantineRelation,
      time: object.time,
      columns: properties.filter((p) => present.has(p.name)).map((p) => ({name: p.name, required: p.required}))
    });
  }
  const {outcome} = system.roles;
  const outcomeObject = outcome && objects.find((o) => o.name === outcome.object && o !== objects[0]);
  return {
    system: system.roles.system,
    objects,
    slaHours: system.roles.slaHours,
    maxLabelDelayDays: system.roles.maxLabelDelayDays,
    outcomes:
      outcomeObject && outcome.key.length > 0
        ? {object: outcomeObject, key: outcome.key, label: outcome.label}
        : undefined
  };
}
