import type {GovernanceRecord} from "../governance/planGovernance.js";

/**
 * manifest.json of an ingest run. Everything outside `run` is a function of the inputs (contract,
 * source bytes, options and tool version): re-running on the same input writes the same values.
 */
export interface Manifest {
  contract: {file: string; id: string; version: string; sha256: string; object: string};
  tool: {name: string; version: string; duckdb: string};
  /** The --source argument as given. */
  source: string;
  sources: SourceEntry[];
  /**
   * Rows read = accepted + quarantined + purged, always: accepted and quarantined as written to the outputs,
   * purged = removed by retention (from either; see governance.retention.purged). quarantineRate = quarantined / read.
   */
  rows: {read: number; accepted: number; quarantined: number; purged: number; quarantineRate: number};
  /** Failed checks by code (`income: type`, `decision_id: unique`, `rule x`, `row: field count`); a row may fail several. */
  quarantineByCheck: Record<string, number>;
  /** Rows per output as written (rows.accepted, rows.quarantined); empty in the report of a run a gate refused. */
  outputs: OutputEntry[];
  /** PII treatment and retention applied before writing (planGovernance); absent in manifests written before it. */
  governance?: GovernanceRecord;
  run: {startedAt: string; endedAt: string; durationMs: number; rowsPerSecond: number; peakRssMb: number};
}

export interface SourceEntry {
  /** Path relative to the matched files' common directory (the name recorded in `_source_file`). */
  file: string;
  format: "csv" | "jsonl" | "parquet";
  gzip: boolean;
  bytes: number;
  sha256: string;
  rows: {read: number; accepted: number; quarantined: number; purged: number};
  blankLines: number;
  /** Contract columns absent from this file (all values missing); only optional columns can be absent. */
  missingColumns: string[];
  /** Source columns the contract does not name (not ingested). */
  ignoredColumns: string[];
}

export interface OutputEntry {
  file: string;
  rows: number;
  bytes: number;
  sha256: string;
}
