import type {Db} from "../db/openDb.js";

/** What an alert evaluator gets: DuckDB, a stderr logger, the work directory of ingested systems and the clock. */
export interface CheckContext {
  db: Db;
  log: (message: string) => void;
  /** The ingest output directory: one `<system>/` folder each (decisions.parquet, manifest.json, ...). */
  dir: string;
  /** What `now` means for freshness (a seam for tests). */
  now: Date;
}
