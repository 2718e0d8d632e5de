import {InputError} from "../cli/errors.js";
import {openDb, type Db} from "../db/openDb.js";
import {derivedSql} from "./derivedSql.js";
import {freshDerived} from "./freshDerived.js";
import {listSystems, type SystemEntry} from "../system/listSystems.js";
import {workDir} from "../system/workDir.js";
import {writeParquet} from "../output/writeParquet.js";

/** What a data loader's body gets: DuckDB, a stderr logger, and the derived tables of every ingested system. */
export interface LoaderContext {
  db: Db;
  log: (message: string) => void;
  /** The data directory (workDir()). */
  dir: string;
  /** Every ingested system's name and paths, sorted by name. */
  systems(): SystemEntry[];
  /**
   * SQL selecting a derived table over every system, or the one named (derivedSql), after making sure the tables
   * are up to date.
   */
  select(table: string, options?: SelectOptions): Promise<string>;
  /** The rows of a derived table over every system, system by system in stored order (or `orderBy`). */
  rows<T = Record<string, unknown>>(table: string, options?: SelectOptions): Promise<T[]>;
}

/** Which columns, rows and order to select: all systems or `system`, stored order or `orderBy` (SQL). */
export interface SelectOptions {
  system?: string;
  columns?: readonly string[];
  orderBy?: string;
}

/**
 * The body of every Framework data loader in src/data: opens DuckDB, runs `body`, and writes its result to stdout
 * as the payload: a `parquet` loader's body returns the SQL of its table (written as zstd Parquet), a `json`
 * loader's body its document. Logs go to stderr; on failure the error goes to stderr and the exit code is 1
 * (Framework reports the loader as failed). A loader only selects from derived tables: before the first select,
 * stale tables are refreshed in this process (freshDerived), so a loader never reads tables older than its inputs.
 *
 * @example await runLoader("parquet", ({select}) => select("overview-daily", {orderBy: "system, day"}));
 */
export async function runLoader(
  format: "json" | "parquet",
  body: (context: LoaderContext) => Promise<unknown>
): Promise<void> {
  const log = (message: string) => void process.stderr.write(message + "\n");
  const dir = workDir();
  let db: Db | undefined;
  const systems = () => listSystems(dir);
  try {
    db = await openDb();
    const connection = db;
    const select: LoaderContext["select"] = async (table, {system, ...options} = {}) => {
      const all = systems();
      const chosen = system === undefined ? all : all.filter((s) => s.name === system);
      if (chosen.length === 0)
        throw new InputError(
          `unknown system ${JSON.stringify(system)} (ingested: ${all.map((s) => s.name).join(", ")})`
        );
      await freshDerived(chosen, {log, frameworkCache: null});
      return derivedSql(chosen, table, options);
    };
    const result = await body({
      db,
      log,
      dir,
      systems,
      select,
      rows: async (table, options) => connection.all(await select(table, options))
    });
    if (format === "parquet") await writeParquet(db, result as string);
    else process.stdout.write(JSON.stringify(result));
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  } finally {
    db?.close();
  }
}
