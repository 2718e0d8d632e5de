import {existsSync} from "node:fs";
import {columnWithTag} from "../contract/columnWithTag.js";
import type {Contract} from "../contract/Contract.js";
import {outcomeLabel} from "../contract/outcomeLabel.js";
import {readContract} from "../contract/readContract.js";
import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {committedFiles} from "../workspace/committedFiles.js";
import {slaHours} from "../overview/slaHours.js";
import type {SystemDir} from "../workspace/listSystems.js";

/** The maximum delay between a decision and its outcome when the contract states none (customProperties). */
export const DEFAULT_MAX_LABEL_DELAY_DAYS = 90;

/** One ingested object of a system (decisions, outcomes) as the quality checks read it. */
export interface QualityObject {
  name: string;
  /** Its accepted rows, `<object>.parquet`. */
  file: string;
  /** Its quarantined rows, or undefined when the ingest wrote none. */
  quarantine?: string;
  /** The column tagged `time`, if any. */
  time?: string;
  /** Contract columns present in the file (PII columns the ingest dropped are not), in contract order. */
  columns: {name: string; required: boolean}[];
}

/** What the data quality checks read for one ingested system. */
export interface QualitySystem {
  system: string;
  dir: SystemDir;
  contract: Contract;
  /** The decisions object (the contract's first) first, then every other ingested object. */
  objects: QualityObject[];
  /** The contract's freshness SLA in hours (slaHours), undefined when it states none. */
  slaHours: number | undefined;
  /** `customProperties.maxLabelDelayDays`, default 90: a decision older than this without an outcome is overdue. */
  maxLabelDelayDays: number;
  /**
   * The ingested outcome object (the object of `customProperties.outcomeLabel`, when it is not decisions itself),
   * its join key to decisions (its primary-key columns that decisions has too) and its label column.
   */
  outcomes?: {object: QualityObject; key: string[]; label: string};
}

/**
 * Reads a system's contract and the columns actually present in its ingested Parquet files, for the quality loaders.
 * Objects other than the first are read from `<object>.parquet` when it exists.
 *
 * @throws {InputError} for an unreadable contract, an invalid SLA or maxLabelDelayDays (`invalid maxLabelDelayDays: x`)
 */
export async function qualitySystem(db: Db, dir: SystemDir): Promise<QualitySystem> {
  const contract = await readContract(dir.contract);
  const objects: QualityObject[] = [];
  for (const [i, object] of contract.schema.entries()) {
    const files = committedFiles(dir.dir, object.name, i === 0);
    if (!files || !existsSync(files.accepted)) continue;
    const file = files.accepted;
    const present = new Set(
      (await db.all<{column_name: string}>(`DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(file)})`)).map(
        (r) => r.column_name
      )
    );
    const quarantine = files.quarantine;
    objects.push({
      name: object.name,
      file,
      quarantine: existsSync(quarantine) ? quarantine : undefined,
      time: columnWithTag(object, "time", true)?.name,
      columns: object.properties.filter((p) => present.has(p.name)).map((p) => ({name: p.name, required: p.required}))
    });
  }
  const delay = contract.customProperties.maxLabelDelayDays ?? DEFAULT_MAX_LABEL_DELAY_DAYS;
  if (!(typeof delay === "number" && delay > 0)) throw new Error(`invalid maxLabelDelayDays: ${String(delay)}`);
  const label = contract.customProperties.outcomeLabel === undefined ? undefined : outcomeLabel(contract);
  const outcomes = label && label.object !== objects[0].name ? objects.find((o) => o.name === label.object) : undefined;
  const key = outcomes
    ? contract.schema
        .find((o) => o.name === outcomes.name)!
        .properties.filter((p) => p.primaryKey && objects[0].columns.some((c) => c.name === p.name))
        .map((p) => p.name)
    : [];
  return {
    system: String(contract.customProperties.system ?? contract.name),
    dir,
    contract,
    objects,
    slaHours: slaHours(contract),
    maxLabelDelayDays: delay,
    outcomes: outcomes && key.length > 0 ? {object: outcomes, key, label: label!.column} : undefined
  };
}
