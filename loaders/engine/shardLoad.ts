import {createReadStream, mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import pg from "pg";
import type {Db} from "../db/openDb.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {copyIn} from "../sources/copyIn.js";
import {dialectSql} from "./dialectSql.js";
import type {Engine} from "./Engine.js";
import {postgresEngine} from "./postgresEngine.js";
import {postgresType} from "./postgresType.js";
import {shardServers} from "./shardServers.js";

/** The partition-key column shard-load adds: the shard a row lives on, 1..N. */
export const SHARD_COLUMN = "_shard";

/**
 * The column shard-load adds with DuckDB's `hash()` of the row's key (a UBIGINT, as numeric(20,0)): what rows are
 * spread by (`_shard` = `_key_hash` % N + 1), and what SQL that deals rows by DuckDB's hash of the key reads on another
 * engine (dialectSql.keyHash), so both engines deal them alike.
 */
export const KEY_HASH_COLUMN = "_key_hash";

export interface ShardLoadRequest {
  /** The schema the tables go to on every server (the system's name). */
  schema: string;
  /** The columns rows are spread by (the decision id): rows of every table with the same key share a shard. */
  key: string[];
  /**
   * Parquet files to load, each as table `name`; `key` overrides the request's (a table without the decision id,
   * e.g. the quarantine); `time` gets day and week statistics on the coordinator.
   */
  tables: {name: string; file: string; key?: string[]; time?: string}[];
  /** Views created on every server after the tables (e.g. decisions joined to outcomes), so joins run on the shards. */
  views?: {name: string; sql: string; time?: string}[];
}

export interface ShardLoadResult {
  /** The foreign servers loaded, or `[]` for a plain PostgreSQL (tables created on the engine itself). */
  shards: string[];
  /** Rows per table and shard (one number per shard; one in all for a plain PostgreSQL). */
  rows: Record<string, number[]>;
}

/**
 * Loads Parquet files into a PostgreSQL engine, each row with DuckDB's hash of its key in `_key_hash`. On a sharded
 * engine (a coordinator with postgres_fdw servers): each row goes to shard `_key_hash % N + 1` (so a key's rows share
 * a shard in every table), is stored in `<schema>.<table>` on that shard with its shard number in `_shard`, and the
 * coordinator gets
 * `<schema>.<table>` as a table `PARTITION BY LIST (_shard)` whose partition k is a foreign table on server k
 * (servers in name order). Views are created on every shard and declared on the coordinator the same way, so a view
 * that joins co-located tables is computed on the shards. Then ANALYZE everywhere, and on the coordinator extended
 * statistics on the day and week of each `time` column, which postgres_fdw's planner needs to see that a GROUP BY
 * day returns fewer rows than it reads (without them it estimates one group per distinct timestamp and may ship
 * the rows instead). On a plain PostgreSQL the tables and views are created on the engine itself.
 * Existing tables and views of the same names are replaced. Values cross as CSV (DuckDB `COPY ... TO`, PostgreSQL
 * `COPY ... FROM STDIN`), doubles in shortest round-trip form.
 *
 * @throws {InputError} a column type PostgreSQL cannot hold (postgresType); {Error} a failed statement, with its SQL
 */
export async function shardLoad(
  {url, db, log}: {url: string; db: Db; log: (message: string) => void},
  request: ShardLoadRequest
): Promise<ShardLoadResult> {
  const engine = await postgresEngine(url);
  const servers = await shardServers(engine);
  const sharded = servers.length > 0;
  const urls = sharded ? servers.map((s) => s.url) : [url];
  const targets = sharded ? await Promise.all(urls.map((u) => postgresEngine(u))) : [engine];
  const schema = id(request.schema);
  const tmp = mkdtempSync(join(tmpdir(), "shard-load-"));
  const rows: Record<string, number[]> = {};
  try {
    const names = [...(request.views ?? []).map((v) => v.name), ...request.tables.map((t) => t.name)];
    await Promise.all(
      [...targets, ...(sharded ? [engine] : [])].map((t) => replaceRelations(t, request.schema, names))
    );

    for (const table of request.tables) {
      const columns = await db.all<{column_name: string; column_type: string}>(
        `DESCRIBE SELECT * FROM read_parquet(${sqlLiteral(table.file)})`
      );
      for (const added of [SHARD_COLUMN, KEY_HASH_COLUMN])
        if (columns.some((c) => c.column_name === added))
          throw new Error(`shardLoad: ${table.file} already has a column ${added}`);
      const definition = [
        ...columns.map((c) => `${id(c.column_name)} ${postgresType(c.column_type, c.column_name)}`),
        `${id(KEY_HASH_COLUMN)} numeric(20,0)`,
        ...(sharded ? [`${id(SHARD_COLUMN)} integer NOT NULL`] : [])
      ];
      await Promise.all(
        targets.map((t) => t.run(`CREATE TABLE ${schema}.${id(table.name)} (${definition.join(", ")})`))
      );
      const hash = `hash(${(table.key ?? request.key).map(id).join(", ")})`;
      const select = [
        ...columns.map((c) => `${csvValue(id(c.column_name), c.column_type)} AS ${id(c.column_name)}`),
        `${hash} AS ${id(KEY_HASH_COLUMN)}`
      ];
      const dir = join(tmp, table.name);
      const shard = `CAST(${hash} % ${targets.length} + 1 AS INTEGER)`;
      await db.run(
        sharded
          ? `COPY (SELECT ${select.join(", ")}, ${shard} AS ${id(SHARD_COLUMN)} FROM read_parquet(${sqlLiteral(table.file)}))
             TO ${sqlLiteral(dir)} (FORMAT csv, HEADER, PARTITION_BY (${id(SHARD_COLUMN)}), WRITE_PARTITION_COLUMNS true)`
          : `COPY (SELECT ${select.join(", ")} FROM read_parquet(${sqlLiteral(table.file)})) TO ${sqlLiteral(join(tmp, `${table.name}.csv`))} (FORMAT csv, HEADER)`
      );
      rows[table.name] = await Promise.all(
        targets.map(async (_, k) => {
          const files = sharded ? csvFiles(join(dir, `${SHARD_COLUMN}=${k + 1}`)) : [join(tmp, `${table.name}.csv`)];
          let n = 0;
          const client = new pg.Client({connectionString: urls[k]});
          await client.connect();
          try {
            for (const file of files)
              n += await copyIn(
                client,
                `COPY ${schema}.${id(table.name)} FROM STDIN WITH (FORMAT csv, HEADER)`,
                createReadStream(file)
              );
          } finally {
            await client.end();
          }
          return n;
        })
      );
      log(`shard-load ${request.schema}.${table.name}: ${rows[table.name].join(" + ")} rows`);
    }
    for (const view of request.views ?? [])
      await Promise.all(targets.map((t) => t.run(`CREATE VIEW ${schema}.${id(view.name)} AS ${view.sql}`)));
    const analyze = request.tables.map((t) => `ANALYZE ${schema}.${id(t.name)}`).join("; ");
    await Promise.all(targets.map((t) => t.run(analyze)));
    if (sharded)
      await declarePartitions(
        engine,
        targets[0],
        servers.map((s) => s.server),
        request
      );
    return {shards: servers.map((s) => s.server), rows};
  } finally {
    rmSync(tmp, {recursive: true, force: true});
    await Promise.all([engine, ...(sharded ? targets : [])].map((t) => t.close()));
  }
}

/**
 * A column as shard-load writes it to CSV for PostgreSQL's COPY: timestamps with a time zone in UTC (postgresType
 * stores them as timestamp), lists as array literals (`{"a","b\\"c",NULL}`), everything else as DuckDB writes it.
 */
function csvValue(column: string, type: string): string {
  if (type === "TIMESTAMP WITH TIME ZONE") return `CAST(timezone('UTC', ${column}) AS TIMESTAMP)`;
  if (!type.endsWith("[]")) return column;
  const element = `CASE WHEN e IS NULL THEN 'NULL' ELSE '"' || replace(replace(CAST(e AS VARCHAR), '\\', '\\\\'), '"', '\\"') || '"' END`;
  return `CASE WHEN ${column} IS NULL THEN NULL ELSE '{' || array_to_string(list_transform(${column}, e -> ${element}), ',') || '}' END`;
}

const DROP: Record<string, string> = {v: "VIEW", r: "TABLE", p: "TABLE", f: "FOREIGN TABLE", m: "MATERIALIZED VIEW"};

/** Creates the schema if needed and drops the relations of these names in it (tables, views, foreign tables). */
async function replaceRelations(engine: Engine, schema: string, names: string[]): Promise<void> {
  await engine.run(`CREATE SCHEMA IF NOT EXISTS ${id(schema)}`);
  for (const name of names) {
    const relation = `${id(schema)}.${id(name)}`;
    const [found] = await engine.all<{kind: string}>(
      "SELECT relkind::text AS kind FROM pg_catalog.pg_class WHERE oid = to_regclass($1)",
      [relation]
    );
    if (found) await engine.run(`DROP ${DROP[found.kind] ?? "TABLE"} ${relation} CASCADE`);
  }
}

/** The CSV files DuckDB wrote for one partition (none when the shard got no rows). */
function csvFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/**
 * On the coordinator: each table and view as `PARTITION BY LIST (_shard)` with partition k a foreign table on
 * server k (columns as the first shard declares them), then day and week statistics on the time columns, ANALYZE.
 */
async function declarePartitions(engine: Engine, shard: Engine, servers: string[], request: ShardLoadRequest) {
  const schema = id(request.schema);
  for (const {name, time} of [...request.tables, ...(request.views ?? [])]) {
    const columns = await shard.all<{name: string; type: string}>(
      `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_catalog.pg_attribute
       WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      [`${schema}.${id(name)}`]
    );
    const table = `${schema}.${id(name)}`;
    const statements = [
      `CREATE TABLE ${table} (${columns.map((c) => `${id(c.name)} ${c.type}`).join(", ")}) PARTITION BY LIST (${id(SHARD_COLUMN)})`,
      ...servers.map(
        (server, k) =>
          `CREATE FOREIGN TABLE ${schema}.${id(`${name}_${k + 1}`)} PARTITION OF ${table} FOR VALUES IN (${k + 1})
           SERVER ${id(server)} OPTIONS (schema_name ${sqlLiteral(request.schema)}, table_name ${sqlLiteral(name)})`
      ),
      ...(time
        ? servers.map((_, k) => {
            const day = `CAST(${id(time)} AS DATE)`;
            return `CREATE STATISTICS ${schema}.${id(`${name}_${k + 1}_buckets`)} ON (${day}), (${dialectSql.weekStart("postgres", day)})
              FROM ${schema}.${id(`${name}_${k + 1}`)}`;
          })
        : []),
      `ANALYZE ${table}`
    ];
    for (const sql of statements) await engine.run(sql);
  }
}
