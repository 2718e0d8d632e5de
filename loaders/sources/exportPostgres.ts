import {createWriteStream} from "node:fs";
import pg from "pg";
import {InputError} from "../cli/errors.js";
import {copyOut} from "./copyOut.js";
import {postgresExportSql, type TimeWindow} from "./postgresExportSql.js";
import type {PostgresUrl} from "./postgresUrl.js";

export interface ExportRequest {
  /** The contract object's columns, in contract order; those the table lacks are left out of the export. */
  columns: string[];
  /** The column tagged time, for the window and the order. */
  time?: string;
  /** Key columns (primary key, unique), appended to the order after time. */
  key: string[];
  window?: TimeWindow;
}

export interface ExportResult {
  /** The COPY statement that ran. */
  sql: string;
  /** Rows PostgreSQL reported, and the bytes of the CSV written. */
  rows: number;
  bytes: number;
  /** The table's columns the request did not name (not exported), in table order. */
  ignoredColumns: string[];
}

/** Session settings that make the text PostgreSQL writes independent of the server's configuration. */
const SESSION = [
  "SET TimeZone = 'UTC'", // timestamptz as '2026-01-01 10:00:00+00'; window bounds without an offset are UTC
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'iso_8601'",
  "SET extra_float_digits = 1", // shortest text that reads back to the same double
  "SET synchronize_seqscans = off" // without an order, a table scan starts at the table's beginning
];

/**
 * Streams the rows of a PostgreSQL table (or view) that fall in a time window into `file` as CSV with a header
 * line, for ingest to stage and validate like any CSV file: one `COPY (SELECT ...) TO STDOUT` (postgresExportSql)
 * with the window pushed down as a WHERE on the time column and a deterministic order (time, then the key
 * columns, those the table has). Values leave PostgreSQL as its text output under fixed session settings (UTC,
 * ISO dates, shortest round-trip floats; booleans as `t`/`f`), which ingest's casts read back exactly.
 *
 * @throws {InputError} `<name>: cannot connect (...)`, `<name>: table "x" not found`, bad window bounds, a window
 *   on a table without the time column
 * @throws {Error} a failed COPY, with the SQL
 * @example await exportPostgres(postgresUrl(source)!, {columns, time: "decided_at", key: ["decision_id"], window: {from: "2026-05-01"}}, "work/0.csv")
 */
export async function exportPostgres(url: PostgresUrl, request: ExportRequest, file: string): Promise<ExportResult> {
  const client = new pg.Client({connectionString: url.connectionString, application_name: "decision-workbench"});
  client.on("error", () => {}); // a dropped connection also fails the running query, which reports it
  try {
    await client.connect();
  } catch (error) {
    throw new InputError(`cannot connect (${(error as Error).message})`, {file: url.name}, {cause: error});
  }
  try {
    for (const sql of SESSION) await client.query(sql);
    const [schema, name] = url.table;
    const relation = schema === undefined ? `"${name}"` : `"${schema}"."${name}"`;
    const found = await client.query<{attname: string}>(
      `SELECT attname FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      [relation]
    );
    if (found.rows.length === 0)
      throw new InputError(`table ${JSON.stringify(url.table.filter(Boolean).join("."))} not found`, {
        file: url.name
      });
    const present = new Set(found.rows.map((r) => r.attname));
    const columns = request.columns.filter((c) => present.has(c));
    if (columns.length === 0)
      throw new InputError(`table has none of the contract's columns (${request.columns.join(", ")})`, {
        file: url.name
      });
    const order = [...new Set([request.time, ...request.key])].filter((c): c is string => !!c && present.has(c));
    const windowed = request.window?.from !== undefined || request.window?.to !== undefined;
    if (windowed && request.time !== undefined && !present.has(request.time))
      throw new InputError("time column missing: cannot apply --from/--to", {file: url.name, field: request.time});
    const time = request.time !== undefined && present.has(request.time) ? request.time : undefined;
    const sql = postgresExportSql({table: url.table, columns, time, window: request.window, order});
    const out = createWriteStream(file);
    const {rows, bytes} = await copyOut(client, sql, out).finally(
      () => new Promise<void>((resolve) => out.end(resolve))
    );
    const ignoredColumns = found.rows.map((r) => r.attname).filter((c) => !request.columns.includes(c));
    return {sql, rows, bytes, ignoredColumns};
  } finally {
    await client.end().catch(() => {});
  }
}
