import type {Writable} from "node:stream";
import type {Db} from "../db/openDb.js";
import {lineageReport} from "../governance/lineageReport.js";
import {writeParquet} from "../output/writeParquet.js";
import {overviewQuery} from "../overview/overviewQuery.js";
import {listSystems} from "../workspace/listSystems.js";
import {integritySql} from "./integritySql.js";
import {nullRatesSql} from "./nullRatesSql.js";
import {quarantineSql} from "./quarantineSql.js";
import {qualitySystem} from "./qualitySystem.js";
import {volumeRows} from "./volumeRows.js";
import {writeRows} from "./writeRows.js";

/** The Data quality page's tables: one Parquet file each (src/data/quality-<table>.parquet). */
export type QualityTable = "freshness" | "volume" | "nulls" | "integrity" | "quarantine" | "checksums";

/** Column types of the tables computed in JS, and of the empty SQL tables when no system has data for them. */
const SCHEMAS: Record<QualityTable, Record<string, string>> = {
  freshness: {
    system: "VARCHAR",
    last_decision: "TIMESTAMP",
    as_of: "TIMESTAMP",
    freshness_hours: "DOUBLE",
    sla_hours: "DOUBLE",
    fresh: "BOOLEAN"
  },
  volume: {
    system: "VARCHAR",
    grain: "VARCHAR",
    window_start: "DATE",
    decisions: "INTEGER",
    days: "INTEGER",
    max_gap_hours: "DOUBLE",
    sla_hours: "DOUBLE",
    baseline: "BOOLEAN",
    expected: "DOUBLE",
    lcl: "DOUBLE",
    ucl: "DOUBLE",
    anomaly: "VARCHAR"
  },
  nulls: {
    system: "VARCHAR",
    object: "VARCHAR",
    grain: "VARCHAR",
    window_start: "DATE",
    column: "VARCHAR",
    required: "BOOLEAN",
    rows: "INTEGER",
    nulls: "INTEGER",
    null_rate: "DOUBLE"
  },
  integrity: {
    system: "VARCHAR",
    week: "DATE",
    decisions: "INTEGER",
    labelled: "INTEGER",
    pending: "INTEGER",
    overdue: "INTEGER",
    outcomes: "INTEGER",
    orphan_outcomes: "INTEGER",
    outcomes_before_decision: "INTEGER",
    overdue_before: "TIMESTAMP"
  },
  quarantine: {
    system: "VARCHAR",
    object: "VARCHAR",
    week: "DATE",
    source_file: "VARCHAR",
    check: "VARCHAR",
    rows: "INTEGER",
    rows_total: "INTEGER"
  },
  checksums: {
    system: "VARCHAR",
    manifest: "VARCHAR",
    file: "VARCHAR",
    rows: "BIGINT",
    expected_sha256: "VARCHAR",
    actual_sha256: "VARCHAR",
    bytes: "BIGINT",
    status: "VARCHAR"
  }
};

/** Row order of the tables assembled from one SQL query per system and object. */
const ORDER: Record<QualityTable, string[]> = {
  freshness: ["system"],
  volume: ["system", "grain", "window_start"],
  nulls: ["system", "object", "grain", "window_start", "column"],
  integrity: ["system", "week"],
  quarantine: ["system", "object", "week", "source_file", "check"],
  checksums: ["system", "manifest", "file"]
};

/**
 * Writes one Data quality table over every ingested system in `dir` as Parquet to `out` (default stdout):
 * - `freshness`: the Overview's freshness row per system (overviewQuery "systems": hours from the last decision to
 *   the as-of time against the contract's latency SLA);
 * - `volume`: decisions per day and week with control limits and anomalies (volumeRows);
 * - `nulls`: null rates per column, object, day and week (nullRatesSql);
 * - `integrity`: decisions without outcome (pending, overdue) and orphan outcomes per week (integritySql), as of
 *   `$WORKBENCH_AS_OF` when set, else each log's last decision;
 * - `quarantine`: quarantined rows per week, source file and failed check (quarantineSql), aggregates only;
 * - `checksums`: every manifest output's sha256 recomputed (the Lineage page's lineageReport): ok, mismatch, missing.
 * Aggregates only: no row-level value reaches a page.
 *
 * @throws {Error} when `dir` holds no ingested system, or carrying the SQL when a query fails
 */
export async function writeQualityTable(
  {db, log}: {db: Db; log: (message: string) => void},
  dir: string,
  table: QualityTable,
  out?: Writable
): Promise<void> {
  const systems = listSystems(dir);
  const schema = SCHEMAS[table];
  const columns = Object.keys(schema);
  if (table === "freshness")
    return writeParquet(
      db,
      `SELECT ${columns.join(", ")} FROM (${await overviewQuery(dir, "systems")}) ORDER BY system`,
      out
    );
  if (table === "checksums") {
    const rows = (await lineageReport(dir)).flatMap((run) =>
      run.outputs.map((o) => ({
        system: run.system,
        manifest: run.manifest,
        file: o.file,
        rows: o.rows,
        expected_sha256: o.sha256,
        actual_sha256: o.actualSha256,
        bytes: o.bytes,
        status: o.status
      }))
    );
    log(`checksums: ${rows.filter((r) => r.status !== "ok").length} of ${rows.length} outputs differ`);
    return writeRows(db, rows, schema, ORDER.checksums, out);
  }
  const parts: string[] = [];
  const rows = [];
  for (const s of systems) {
    const q = await qualitySystem(db, s);
    log(`quality ${table}: ${q.system}`);
    if (table === "volume") rows.push(...(await volumeRows(db, q)));
    else if (table === "integrity") parts.push(integritySql(q, process.env.WORKBENCH_AS_OF) ?? "");
    else
      for (const object of q.objects)
        parts.push((table === "nulls" ? nullRatesSql(q.system, object) : quarantineSql(q.system, object)) ?? "");
  }
  if (table === "volume") return writeRows(db, rows, schema, ORDER.volume, out);
  const sql = parts.filter(Boolean).map((p) => `SELECT * FROM (${p})`);
  const order = ORDER[table].map((c) => `"${c}" NULLS LAST`).join(", ");
  const empty = `SELECT ${Object.entries(schema)
    .map(([c, t]) => `NULL::${t} AS "${c}"`)
    .join(", ")} LIMIT 0`;
  return writeParquet(db, sql.length ? `${sql.join("\nUNION ALL BY NAME\n")}\nORDER BY ${order}` : empty, out);
}
