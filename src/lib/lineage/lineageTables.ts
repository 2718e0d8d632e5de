import * as aq from "arquero";
import {formatCount} from "../format/formatCount.js";
import {formatDateTime} from "../format/formatDateTime.js";
import {formatMs} from "../format/formatMs.js";

/** The fields of one lineage run (lineage.json, loaders/governance/lineageReport.ts) the Lineage page's tables read. */
export interface LineageRunRow {
  system: string;
  object: string;
  contract: {id: string; version: string; file: string; sha256: string};
  tool: {name: string; version: string; duckdb: string};
  sources: {file: string; sha256: string; bytes: number; rows: {read: number}}[];
  rows: {read: number; accepted: number; quarantined: number};
  purged: {accepted: number; quarantined: number};
  run: {startedAt: string; durationMs: number};
  outputs: {file: string; rows: number; bytes: number; sha256: string; actualSha256: string | null; status: string}[];
  errors: string[];
  governance: {
    pii: {columns: {name: string; treatment: string}[]; keyId: string | null};
    retention: {days: number; column: string; asOf: string; purged: {rows: number}[]} | null;
  } | null;
}

/** A sha256 cut to its first 12 hex digits for a table cell; the full value goes in the cell's title. */
export function shortHash(sha256: string | null): string {
  return sha256 ? `${sha256.slice(0, 12)}…` : "–";
}

/**
 * The Lineage page's three tables, every cell short enough to fit (arquero on the flattened runs): runs (row
 * accounting and timing, the contract by version; its id and the tool are one line under the table), files and
 * checksums (sha256 shortened, `sha256_full` kept for the cell's title), and governance (PII treatment, retention).
 * @example lineageTables(runs).files[0] // => {system: "credit-line", ..., sha256: "2e060d25774e…", check: "recorded at ingest"}
 */
export function lineageTables(runs: readonly LineageRunRow[]): {
  runs: Record<string, unknown>[];
  files: Record<string, unknown>[];
  governance: Record<string, unknown>[];
} {
  if (runs.length === 0) return {runs: [], files: [], governance: []};
  const runRows = aq
    .from(runs)
    .derive({
      contract: aq.escape((r: LineageRunRow) => `v${r.contract.version}`),
      read: aq.escape((r: LineageRunRow) => formatCount(r.rows.read)),
      accepted: aq.escape((r: LineageRunRow) => formatCount(r.rows.accepted)),
      quarantined: aq.escape((r: LineageRunRow) => formatCount(r.rows.quarantined)),
      purged: aq.escape((r: LineageRunRow) => formatCount(r.purged.accepted + r.purged.quarantined)),
      started: aq.escape((r: LineageRunRow) => formatDateTime(r.run.startedAt, {seconds: true})),
      took: aq.escape((r: LineageRunRow) => formatMs(r.run.durationMs)),
      status: aq.escape((r: LineageRunRow) => (r.errors.length ? "ERROR" : "ok"))
    })
    .select("system", "object", "contract", "read", "accepted", "quarantined", "purged", "started", "took", "status")
    .rename({took: "duration"})
    .objects() as Record<string, unknown>[];
  const files = runs.flatMap((r) => [
    ...r.sources.map((s) => ({
      system: r.system,
      object: r.object,
      role: "source",
      file: s.file,
      rows: formatCount(s.rows.read),
      bytes: formatCount(s.bytes),
      sha256_full: s.sha256,
      check: "recorded at ingest"
    })),
    {
      system: r.system,
      object: r.object,
      role: "contract",
      file: r.contract.file,
      rows: "–",
      bytes: "–",
      sha256_full: r.contract.sha256,
      check: `version ${r.contract.version}`
    },
    ...r.outputs.map((o) => ({
      system: r.system,
      object: r.object,
      role: "output",
      file: o.file,
      rows: formatCount(o.rows),
      bytes: formatCount(o.bytes),
      sha256_full: o.sha256,
      check:
        o.status === "ok"
          ? "✓ matches the file"
          : o.status === "missing"
            ? "✗ file missing"
            : `✗ file has ${shortHash(o.actualSha256)}`
    }))
  ]);
  const fileRows = aq
    .from(files)
    .derive({sha256: aq.escape((f: {sha256_full: string}) => shortHash(f.sha256_full))})
    .select("system", "object", "role", "file", "rows", "bytes", "sha256", "check", "sha256_full")
    .objects() as Record<string, unknown>[];
  const governance = runs
    .filter((r) => r.governance)
    .map((r) => ({
      system: r.system,
      object: r.object,
      "personal data": r.governance!.pii.columns.map((c) => `${c.name}: ${c.treatment}`).join(", ") || "none",
      "key fingerprint": r.governance!.pii.keyId ?? "–",
      retention: r.governance!.retention
        ? `${r.governance!.retention.days} days on ${r.governance!.retention.column}`
        : "none",
      "as of": r.governance!.retention ? formatDateTime(r.governance!.retention.asOf) : "–",
      "purged (accepted / quarantined)": r.governance!.retention
        ? r.governance!.retention.purged.map((p) => formatCount(p.rows)).join(" / ")
        : "–"
    }));
  return {runs: runRows, files: fileRows, governance};
}
