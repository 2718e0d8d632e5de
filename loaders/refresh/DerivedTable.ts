import type {Db} from "../db/openDb.js";
import type {Engine} from "../engine/Engine.js";
import type {System} from "../system/System.js";

/** What a derived table's compute function receives: the system, the engine its rows live in, and the refresh. */
export interface RefreshContext {
  system: System;
  /**
   * Where the system's rows are and aggregating SQL runs (`system.relation` is the table to read). Do not assume it
   * can read local files: read other derived tables with `read`.
   */
  engine: Engine;
  /**
   * A DuckDB on this machine, for the files that never go to an engine: the quarantine (`system.relations.quarantine`,
   * each object's `quarantineRelation`), whose raw rows keep personal data as received. The same DuckDB as `engine`
   * when the engine is the embedded one.
   */
  local: Db;
  /** Progress on stderr. */
  log: (message: string) => void;
  /** The rows of a derived table of this system computed earlier in this refresh (it must be in `reads`). */
  read<T = Record<string, unknown>>(table: string): Promise<T[]>;
  /**
   * A derived table computed earlier in this refresh (it must be in `reads`) as a relation of `local` (its Parquet
   * file), to aggregate in SQL when its rows are too many for `read` (e.g. the 100M rows of fairness-rows).
   */
  relation(table: string): string;
  /**
   * A value several tables of one system share (e.g. the weekly drift series behind the cells, bins and windows
   * tables), computed the first time a table asks for it and kept until the system's refresh ends.
   */
  once<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** A table's column names and DuckDB types, in order. */
export type TableColumns<Row extends object> = {readonly [K in keyof Row & string]: string};

/** SQL the engine runs to produce a table's rows, in its own order (`ORDER BY`): an aggregate, never raw rows. */
export interface DerivedSql {
  sql: string;
}

/**
 * One derived table: computed once per system by `workbench refresh` and written to
 * `<data>/<system>/derived/<name>.parquet`; the pages' data loaders, the CLI checks and the alerts read it.
 * Add one: a file in loaders/refresh/tables/ exporting a DerivedTable, and its line in derivedTables.ts.
 *
 * `compute` either returns the rows (statistics computed in TypeScript on aggregates the engine returned) or
 * `{sql}` (an aggregate the engine computes; with the embedded DuckDB it is written straight to Parquet). Rows are
 * stored in the order given. A table that does not apply to a system returns no row (the file keeps the schema).
 */
export interface DerivedTable<Row extends object = Record<string, unknown>> {
  /** The file name, kebab-case: `<name>.parquet`. */
  name: string;
  /** What a row is, for `workbench refresh --help` and the manifest's readers. */
  description: string;
  /**
   * Column names and DuckDB types, in order: the Parquet schema (SQL results are checked against it). A function of
   * the system when the columns follow its contract (e.g. one per protected attribute).
   */
  columns: TableColumns<Row> | ((system: System) => TableColumns<Row>);
  /** Derived tables this one reads through `ctx.read` (computed before it). */
  reads?: readonly string[];
  /** Files of this repository it reads besides the system's own (e.g. `models/registry.json`): part of the stamp. */
  inputs?: readonly string[];
  /** Environment variables that change its rows (e.g. `WORKBENCH_AS_OF`): part of the stamp. */
  env?: readonly string[];
  compute(ctx: RefreshContext): Promise<readonly Row[] | DerivedSql>;
}
