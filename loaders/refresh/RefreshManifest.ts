/** One input of a system's refresh: a file, its size, modification time (a cache key for the hash) and sha256. */
export interface RefreshInput {
  /** Relative to the data directory for the system's ingested files, to the repository otherwise. */
  file: string;
  bytes: number;
  mtimeMs: number;
  sha256: string;
}

/** One derived table as written, or why it could not be computed (no file then). */
export interface RefreshTable {
  name: string;
  file: string;
  rows: number;
  sha256: string;
  /** Wall time of its computation and writing. */
  seconds: number;
  /** The first line of the error that kept it from being computed (e.g. a role the contract does not tag). */
  error?: string;
}

/**
 * `<data>/<system>/derived/manifest.json`: what a refresh read (inputs' sha256, the code and environment) and wrote
 * (each table once). `stamp` is a hash of everything the tables depend on: a refresh whose stamp matches does
 * nothing.
 */
export interface RefreshManifest {
  system: string;
  stamp: string;
  tool: {name: string; version: string; duckdb: string};
  /** sha256 of the refresh code (every module derivedTables.ts imports) and package-lock.json. */
  code: string;
  /** The environment variables the tables read, null when unset. */
  env: Record<string, string | null>;
  inputs: RefreshInput[];
  /** The repository files among the inputs that the tables name (e.g. models/registry.json). */
  repoInputs: string[];
  tables: RefreshTable[];
  run: {startedAt: string; durationMs: number};
}
