import {InputError} from "../cli/errors.js";
import type {Contract, SchemaObject} from "../contract/Contract.js";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {piiColumns} from "./piiColumns.js";
import {KEY_FILE, resolvePiiKey, type PiiKey} from "./piiKey.js";
import {loadPiiKey, piiTokenSql} from "./piiTokenSql.js";
import {retentionPolicy} from "./retentionPolicy.js";

export interface GovernanceOptions {
  /**
   * Supplies the PII key; called only when the object has a column to tokenise. Default: resolvePiiKey with
   * `create` (env, else `.workbench-key`, else a new random key file, except in a published build: an error).
   */
  piiKey?: () => Promise<PiiKey>;
  /**
   * The time retention is measured from: `now` (default: the wall clock at the start of the run) or an ISO date
   * or timestamp (UTC, `--as-of`). Never the data's own newest time: one mistyped year would then purge the log.
   */
  asOf?: string;
}

/** What ingest did to protect personal data and apply retention; recorded in the manifest as `governance`. */
export interface GovernanceRecord {
  pii: {
    /** The key's fingerprint (PiiKey.id), null when nothing was tokenised. */
    keyId: string | null;
    columns: {name: string; treatment: "tokenised" | "dropped"}[];
  };
  retention: null | {
    days: number;
    column: string;
    /** The as-of time (ISO, UTC): the run's start (`now`) or the one given. */
    asOf: string;
    asOfRule: "now" | "given";
    /** Rows with `column` before this time are purged. */
    cutoff: string;
    /** Purged rows per reason and per output they were removed from. */
    purged: {reason: string; from: "accepted" | "quarantined"; rows: number}[];
  };
}

/** The SQL pieces ingest writes its outputs with. */
export interface GovernancePlan {
  /** Select-list expressions for the accepted rows in contract order: PII tokenised (same name) or left out. */
  acceptedColumns: string[];
  /** The predicate "kept, not purged by retention" over a row's retention time `time` (an SQL expression). */
  keep: (time: string) => string;
  /** Purged rows by the output they would have gone to, and by source file (`_file` index). */
  purged: {accepted: number; quarantined: number; byFile: Map<number, {accepted: number; quarantined: number}>};
  record: GovernanceRecord;
}

/**
 * Plans PII protection and retention for one ingest run, after validation. `rows` is a relation with one row per
 * record read: `_file` (source index), `_bad` (quarantined) and `_t` (the retention column, typed; NULL when it
 * does not parse or the object has no retention policy).
 *
 * - PII (piiColumns): a `tokenise` column is written as piiTokenSql of its typed value, a `drop` column is not
 *   written. The quarantine keeps rows as received (it is the repair queue; see README, Governance).
 * - Retention (retentionPolicy): accepted and quarantined rows whose time column is more than N days before
 *   the as-of time (`now` or a given time, never taken from the data) are purged (a quarantined row whose time
 *   does not parse, or fails a check of its own such as the plausible window, is kept); counts per reason and per source file (`_file`).
 *
 * Loads the PII key into DuckDB when needed (drop it with dropPiiKey after writing). `now` is the time
 * `asOf: "now"` means (a seam for tests).
 *
 * @throws {InputError} for an invalid `piiTreatment` or retention entry in the contract, an invalid `asOf`,
 *   or no PII key when one is needed
 */
export async function planGovernance(
  db: Db,
  contract: Contract,
  object: SchemaObject,
  options: GovernanceOptions = {},
  {log, now = new Date(), rows}: {log: (message: string) => void; now?: Date; rows: string}
): Promise<GovernancePlan> {
  const pii = piiColumns(contract, object);
  const policy = retentionPolicy(contract, object);
  const treatment = new Map(pii.map((c) => [c.name, c.treatment]));
  const record: GovernanceRecord = {
    pii: {
      keyId: null,
      columns: pii.map((c) => ({name: c.name, treatment: c.treatment === "drop" ? "dropped" : "tokenised"}))
    },
    retention: null
  };
  let keep = (time: string) => (void time, "true");
  const purged: GovernancePlan["purged"] = {accepted: 0, quarantined: 0, byFile: new Map()};
  if (policy) {
    const {asOf, rule} = await asOfTime(db, options.asOf ?? "now", now);
    const [{cutoff}] = await db.all<{cutoff: string}>(
      `SELECT (${sqlLiteral(asOf)}::TIMESTAMP - INTERVAL ${policy.days} DAY)::TIMESTAMP AS cutoff`
    );
    const old = (time: string) => `${time} < ${sqlLiteral(cutoff)}::TIMESTAMP`;
    keep = (time) => `NOT coalesce(${old(time)}, false)`;
    const counts = await db.all<{file: number; accepted: number; quarantined: number}>(
      `SELECT _file AS file, count(*) FILTER (WHERE NOT _bad) AS accepted, count(*) FILTER (WHERE _bad) AS quarantined
      FROM ${rows} WHERE ${old("_t")} GROUP BY _file ORDER BY _file`
    );
    for (const c of counts) {
      purged.accepted += c.accepted;
      purged.quarantined += c.quarantined;
      purged.byFile.set(c.file, {accepted: c.accepted, quarantined: c.quarantined});
    }
    const reason = `retention: ${policy.column} more than ${policy.days} d before ${asOf}`;
    record.retention = {
      ...policy,
      asOf,
      asOfRule: rule,
      cutoff,
      purged: (["accepted", "quarantined"] as const).map((from) => ({reason, from, rows: purged[from]}))
    };
  }
  if (pii.some((c) => c.treatment === "tokenise")) {
    const key = await (options.piiKey ?? (() => defaultKey(log)))();
    await loadPiiKey(db, key);
    record.pii.keyId = key.id;
  }
  const acceptedColumns = object.properties
    .filter((p) => treatment.get(p.name) !== "drop")
    .map((p) => (treatment.has(p.name) ? `${piiTokenSql(id(p.name))} AS ${id(p.name)}` : id(p.name)));
  return {acceptedColumns, keep, purged, record};
}

async function asOfTime(db: Db, asOf: string, now: Date): Promise<{asOf: string; rule: "now" | "given"}> {
  if (asOf === "now") return {asOf: now.toISOString(), rule: "now"};
  if (asOf === "latest")
    throw new InputError(
      "as-of: latest is no longer supported: retention measured from the data's own newest time lets one bad timestamp purge the log; give now or an ISO time"
    );
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw new InputError(`as-of: not now or an ISO date or timestamp: ${JSON.stringify(asOf)}`);
  const [{t}] = await db.all<{t: string}>(`SELECT ${sqlLiteral(asOf.replace(/Z$/, ""))}::TIMESTAMP AS t`);
  return {asOf: t, rule: "given"};
}

async function defaultKey(log: (message: string) => void): Promise<PiiKey> {
  const key = await resolvePiiKey({create: true});
  if (key.source === "created")
    log(`created the PII key file ${KEY_FILE} (git-ignored); WORKBENCH_PII_KEY overrides it`);
  return key;
}
