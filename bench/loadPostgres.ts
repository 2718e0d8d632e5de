import {createReadStream} from "node:fs";
import {open} from "node:fs/promises";
import pg from "pg";
import type {SchemaObject} from "../loaders/contract/Contract.js";
import {sqlIdentifier as id} from "../loaders/db/sqlIdentifier.js";
import {copyIn} from "../loaders/sources/copyIn.js";

/** The PostgreSQL type for a contract column's physical (DuckDB) type. */
function postgresType(physical: string): string {
  const decimal = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(physical);
  if (decimal) return `numeric(${decimal[1]}, ${decimal[2]})`;
  const types: Record<string, string> = {
    VARCHAR: "text",
    DOUBLE: "double precision",
    FLOAT: "real",
    BIGINT: "bigint",
    INTEGER: "integer",
    SMALLINT: "smallint",
    TINYINT: "smallint",
    BOOLEAN: "boolean",
    TIMESTAMP: "timestamptz",
    DATE: "date"
  };
  const type = types[physical];
  if (!type) throw new Error(`no PostgreSQL type for ${physical}`);
  return type;
}

/** The first line of a file (a CSV header). */
async function firstLine(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const {buffer, bytesRead} = await handle.read(Buffer.alloc(65536), 0, 65536, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").split("\n")[0].replace(/\r$/, "");
  } finally {
    await handle.close();
  }
}

/**
 * Loads CSV files (a header line each, the contract object's columns in any order) into a fresh PostgreSQL table
 * typed from the contract (`timestamp` → timestamptz, `number` → double precision, ...), with an index on `time`:
 * the shape of a production decision table that `ingest --source postgres://...` then reads. Drops the table first.
 * Returns the rows PostgreSQL reported.
 *
 * @throws {Error} PostgreSQL's error with the SQL
 * @example await loadPostgres(url, "bench_decisions", contract.schema[0], ["raw/decisions-2026-01.csv"], "decided_at")
 */
export async function loadPostgres(
  connectionString: string,
  table: string,
  object: SchemaObject,
  files: string[],
  time: string
): Promise<number> {
  const client = new pg.Client({connectionString});
  await client.connect();
  try {
    const columns = object.properties.map((p) => `${id(p.name)} ${postgresType(p.physicalType)}`);
    await client.query(`DROP TABLE IF EXISTS ${id(table)}; CREATE TABLE ${id(table)} (${columns.join(", ")})`);
    let rows = 0;
    for (const file of files) {
      const header = (await firstLine(file)).split(",").map((c) => id(c.trim()));
      rows += await copyIn(
        client,
        `COPY ${id(table)} (${header.join(", ")}) FROM STDIN WITH (FORMAT csv, HEADER)`,
        createReadStream(file, {highWaterMark: 1 << 20})
      );
    }
    await client.query(`CREATE INDEX ON ${id(table)} (${id(time)}); ANALYZE ${id(table)}`);
    return rows;
  } finally {
    await client.end();
  }
}
