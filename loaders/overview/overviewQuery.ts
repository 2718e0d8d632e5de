import {readFile} from "node:fs/promises";
import {readContract} from "../contract/readContract.js";
import type {Manifest} from "../ingest/Manifest.js";
import {listSystems} from "../workspace/listSystems.js";
import {decisionColumns} from "./decisionColumns.js";
import {overviewDailySql} from "./overviewDailySql.js";
import {overviewMixSql} from "./overviewMixSql.js";
import {overviewSystemsSql} from "./overviewSystemsSql.js";
import {quarantineReasonsSql} from "./quarantineReasonsSql.js";
import {slaHours} from "./slaHours.js";

/** The Overview's tables: one Parquet file each. */
export type OverviewTable = "systems" | "daily" | "mix" | "quarantine";

/**
 * The SQL for one Overview table over every ingested system in `dir` (UNION ALL BY NAME, ordered by
 * system first), aggregates only: no row-level data reaches the page. `asOf` (ISO timestamp) is when
 * freshness is judged; default `$WORKBENCH_AS_OF`, else each system's ingest start time.
 *
 * @throws {Error} when `dir` holds no ingested system
 */
export async function overviewQuery(
  dir: string,
  table: OverviewTable,
  asOf = process.env.WORKBENCH_AS_OF
): Promise<string> {
  const parts: string[] = [];
  for (const s of listSystems(dir)) {
    const contract = await readContract(s.contract);
    const columns = decisionColumns(contract);
    const manifest = JSON.parse(await readFile(s.manifest, "utf8")) as Manifest;
    const sql =
      table === "daily"
        ? overviewDailySql(columns, s.decisions)
        : table === "mix"
          ? overviewMixSql(columns, s.decisions)
          : table === "systems"
            ? overviewSystemsSql({
                columns,
                decisions: s.decisions,
                manifest,
                slaHours: slaHours(contract),
                asOf: asOf ?? manifest.run.startedAt
              })
            : quarantineReasonsSql(columns.system, manifest);
    if (sql) parts.push(`SELECT * FROM (${sql})`);
  }
  if (parts.length === 0)
    return `SELECT NULL::VARCHAR AS system, NULL::VARCHAR AS "check", NULL::INTEGER AS rows LIMIT 0`;
  return parts.join("\nUNION ALL BY NAME\n");
}
