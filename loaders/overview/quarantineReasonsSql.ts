import {sqlLiteral} from "../db/sqlLiteral.js";
import type {Manifest} from "../ingest/Manifest.js";

/**
 * SQL for one system's quarantine counts by failed check (from the ingest manifest's
 * `quarantineByCheck`; a row failing several checks counts under each), most frequent first, ties by
 * name, so the output is deterministic. Returns undefined when nothing was quarantined.
 */
export function quarantineReasonsSql(system: string, manifest: Manifest): string | undefined {
  const entries = Object.entries(manifest.quarantineByCheck);
  if (entries.length === 0) return undefined;
  const values = entries.map(([check, n]) => `(${sqlLiteral(check)}, ${n})`).join(", ");
  return `SELECT ${sqlLiteral(system)} AS system, "check"::VARCHAR AS "check", n::INTEGER AS rows
FROM (VALUES ${values}) AS t("check", n)
ORDER BY rows DESC, "check"`;
}
