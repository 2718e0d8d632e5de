import {DuckDBInstance, DuckDBTypeId, type DuckDBResult, type DuckDBValue} from "@duckdb/node-api";
import {numericColumns} from "./numericColumns.js";
import {queryError} from "../engine/queryError.js";
import {plainValue} from "./plainValue.js";

/** Parameters bound to `$1, $2, ...` (array) or `$name` (object). */
export type DbParams = DuckDBValue[] | Record<string, DuckDBValue>;

/**
 * A small DuckDB effect for loaders: run SQL, get plain JS rows. Every query error is
 * `new Error(message + "\nSQL: " + sql, {cause})`.
 */
export interface Db {
  /** Runs one query and returns its rows as plain objects (see plainValue for the type mapping). */
  all<T = Record<string, unknown>>(sql: string, params?: DbParams): Promise<T[]>;
  /** Runs one or more statements, discarding any result. */
  run(sql: string, params?: DbParams): Promise<void>;
  /**
   * Runs one query whose columns are all numeric and never NULL (DOUBLE, FLOAT, integers) and streams its rows in
   * chunks, each column a Float64Array copied from DuckDB's vectors: no JS value per row (see numericColumns).
   */
  numericChunks?(sql: string): AsyncIterable<Float64Array[]>;
  /** Closes the connection and the database; the Db is unusable afterwards. */
  close(): void;
}

export interface DbOptions {
  /** Database file; default in-memory. */
  path?: string;
  /** DuckDB worker threads; default 2 (the machine's core count). */
  threads?: number;
  /** DuckDB `memory_limit`, e.g. "4GB"; default "4GB". */
  memoryLimit?: string;
  /** Where DuckDB spills when over the memory limit; default DuckDB's own (`<path>.tmp` or `.tmp`). */
  tempDirectory?: string;
}

/**
 * Opens a DuckDB database (in memory by default) with `TimeZone = 'UTC'`, so that timestamps without
 * an offset are read as UTC and TIMESTAMPTZ values print in UTC.
 *
 * @throws {Error} when DuckDB cannot open the database or an option is invalid (message names the option)
 * @example const db = await openDb(); const [{n}] = await db.all<{n: number}>("SELECT 42 AS n"); db.close();
 */
export async function openDb(options: DbOptions = {}): Promise<Db> {
  const {path = ":memory:", threads = 2, memoryLimit = "4GB", tempDirectory} = options;
  if (!Number.isSafeInteger(threads) || threads < 1) throw new Error(`invalid threads: ${threads}`);
  const config: Record<string, string> = {threads: String(threads), memory_limit: memoryLimit};
  if (tempDirectory !== undefined) config.temp_directory = tempDirectory;
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, config);
  } catch (error) {
    const options = Object.entries(config).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
    throw new Error(`cannot open DuckDB ${path} (${options.join(", ")}): ${(error as Error).message}`, {cause: error});
  }
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'"); // after connect: the icu extension loads with the first connection
  return {
    async all<T>(sql: string, params?: DbParams): Promise<T[]> {
      try {
        return (await rowObjects(await connection.run(sql, params))) as T[];
      } catch (error) {
        throw queryError(error, sql);
      }
    },
    async run(sql: string, params?: DbParams): Promise<void> {
      try {
        await connection.run(sql, params);
      } catch (error) {
        throw queryError(error, sql);
      }
    },
    async *numericChunks(sql: string): AsyncIterable<Float64Array[]> {
      let result;
      try {
        result = await connection.stream(sql);
      } catch (error) {
        throw queryError(error, sql);
      }
      for (;;) {
        let chunk;
        try {
          chunk = await result.fetchChunk();
        } catch (error) {
          throw queryError(error, sql);
        }
        if (!chunk || chunk.rowCount === 0) return;
        yield numericColumns(chunk, sql);
      }
    },
    close(): void {
      connection.closeSync();
      instance.closeSync();
    }
  };
}

/** Types whose plainValue is the vector's own item (a string, number or boolean; null stays null). */
const AS_IS = new Set<DuckDBTypeId>([
  DuckDBTypeId.VARCHAR,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.BOOLEAN
]);

/**
 * A result's rows as objects keyed by the deduplicated column names, each value plainValue's: what DuckDB's
 * convertRowObjects(plainValue) gives, filled column by column (one vector and type look-up per column and chunk,
 * not per value), with strings, numbers and booleans taken as the vector gives them (plainValue leaves them so).
 */
async function rowObjects(result: DuckDBResult): Promise<Record<string, unknown>[]> {
  const names = result.deduplicatedColumnNames();
  const rows: Record<string, unknown>[] = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) return rows;
    const first = rows.length;
    for (let i = 0; i < chunk.rowCount; ++i) rows.push({});
    for (let c = 0; c < names.length; ++c) {
      const vector = chunk.getColumnVector(c);
      const type = vector.type;
      const name = names[c];
      if (AS_IS.has(type.typeId)) for (let i = 0; i < chunk.rowCount; ++i) rows[first + i][name] = vector.getItem(i);
      else
        for (let i = 0; i < chunk.rowCount; ++i)
          rows[first + i][name] = plainValue(vector.getItem(i), type, plainValue);
    }
  }
}
