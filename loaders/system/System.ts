import type {Contract} from "../contract/Contract.js";

/**
 * Where one ingested system's files are (built by systemPaths only). `outcomes` and `quarantine` are undefined when
 * the ingest wrote none.
 */
export interface SystemPaths {
  /** `<data>/<system>` */
  dir: string;
  /** `<data>/<system>/decisions.parquet`: the accepted rows of the contract's first object. */
  decisions: string;
  /** `<data>/<system>/outcomes.parquet` */
  outcomes?: string;
  /** `<data>/<system>/quarantine.parquet`: the decisions' quarantined rows, raw values as received. */
  quarantine?: string;
  /** `<data>/<system>/manifest.json`: the decisions ingest's manifest. */
  manifest: string;
  /** `<contracts>/<system>.odcs.yaml` */
  contract: string;
  /** `<contracts>/<system>.costs.yaml`: the ROI cost model (may not exist). */
  costs: string;
  /** `<data>/<system>/derived`: the tables `workbench refresh` writes (see loaders/refresh). */
  derived: string;
  /** `<data>/<system>/profiles.parquet`: where `workbench profile` writes the system's profiles by default. */
  profiles: string;
}

/** One ingested object of a system (decisions, outcomes, ...) in contract order, with its files. */
export interface SystemObject {
  name: string;
  /** Its accepted rows, `<object>.parquet`. */
  file: string;
  /** Its quarantined rows, or undefined when the ingest wrote none. */
  quarantine?: string;
  /** Its ingest manifest. */
  manifest: string;
  /** Its accepted rows as a relation (`read_parquet('<file>')`), and its quarantined rows when there are any. */
  relation: string;
  quarantineRelation?: string;
  /** The column tagged `time`, if any. */
  time?: string;
}

/**
 * The columns that play a role in a decision system, resolved once from its contract's tags (see systemRoles).
 * A role the contract does not tag is undefined; code that needs it asks needRole, which throws the contract
 * helper's error (`object decisions: no column tagged latency`).
 */
export interface Roles {
  /** `customProperties.system`, else the contract's name. */
  system: string;
  /** Tag `time` on decisions. */
  time?: string;
  /** The decisions' primary-key columns, in contract order (one for our contracts). */
  key: string[];
  /** Tag `score`: the model score, a probability of the adverse outcome. */
  score?: string;
  threshold?: string;
  decision?: string;
  finalDecision?: string;
  decisionSource?: string;
  review?: string;
  override?: string;
  reviewer?: string;
  reviewDecision?: string;
  handlingTime?: string;
  latency?: string;
  /** Columns tagged `model` (name and version), in contract order. */
  model: string[];
  /** The model column whose name ends in "version", else the last model column. */
  modelVersion?: string;
  /** Columns tagged `feature`: numeric (number, integer) and categorical (string, boolean). */
  features: {numeric: string[]; categorical: string[]};
  /** Columns tagged `protected`, in contract order. */
  protected: string[];
  /** Personal data: classification or tag `pii`. */
  pii: string[];
  /** `customProperties.positiveDecision`: the favourable decision (approve, pass). */
  positiveDecision?: string;
  /**
   * `customProperties.outcomeLabel`: the object and boolean column of the adverse outcome (true = it happened),
   * the outcome object's time column and its join key to decisions (its primary-key columns that decisions has).
   */
  outcome?: {object: string; label: string; time?: string; key: string[]};
  /** The contract's freshness SLA in hours (slaProperties latency), undefined when it states none. */
  slaHours?: number;
  /** `customProperties.maxLabelDelayDays`: a decision older than this without an outcome is overdue. */
  maxLabelDelayDays: number;
}

/**
 * The SQL relations of a system's ingested data: DuckDB table functions over its files, or an engine's tables (see
 * loaders/engine/engineSystem.ts).
 */
export interface SystemRelations {
  decisions: string;
  outcomes?: string;
  quarantine?: string;
  /**
   * The decisions with their outcome's columns (null when none arrived), when outcomes were ingested: on a sharded
   * engine a view on each shard, so a join of decisions and outcomes is computed where both live (engineSystem).
   */
  labelled?: string;
  /** The outcomes with their decision's time (`_decided_at`, `_decided`), for the integrity checks. */
  outcomesDecided?: string;
}

/**
 * An ingested decision system, resolved once (openSystem): its name, files, contract, column roles and relations.
 * Features receive a System instead of reading the contract themselves.
 */
export interface System {
  name: string;
  paths: SystemPaths;
  contract: Contract;
  roles: Roles;
  /** Every contract object the ingest wrote, decisions first. */
  objects: SystemObject[];
  /** The decisions relation, `read_parquet('<decisions>')`: what aggregating SQL reads. */
  relation: string;
  relations: SystemRelations;
  /**
   * On a sharded engine, the column the relations are partitioned on (`_shard`): aggregating SQL groups by it first
   * so that each shard computes its part (loaders/engine/partialAggregateSql.ts). Undefined on DuckDB.
   */
  partition?: string;
}
