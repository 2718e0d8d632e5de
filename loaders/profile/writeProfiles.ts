import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Writable} from "node:stream";
import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {writeParquet} from "../output/writeParquet.js";
import type {ProfileRow} from "./profileRow.js";

/** DuckDB column types of profiles.parquet, in order. */
export const PROFILE_COLUMNS: Record<keyof ProfileRow, string> = {
  system: "VARCHAR",
  grain: "VARCHAR",
  window_start: "DATE",
  column: "VARCHAR",
  kind: "VARCHAR",
  rows: "BIGINT",
  nulls: "BIGINT",
  null_rate: "DOUBLE",
  distinct: "BIGINT",
  min: "DOUBLE",
  max: "DOUBLE",
  mean: "DOUBLE",
  variance: "DOUBLE",
  std: "DOUBLE",
  p05: "DOUBLE",
  p25: "DOUBLE",
  p50: "DOUBLE",
  p75: "DOUBLE",
  p95: "DOUBLE",
  mean_m2: "DOUBLE",
  hist_edges: "DOUBLE[]",
  hist_counts: "BIGINT[]",
  top_values: "STRUCT(value VARCHAR, count BIGINT)[]",
  top_complete: "BOOLEAN",
  top_other: "BIGINT",
  hll: "UTINYINT[]"
};

/**
 * Writes profile rows as zstd Parquet (to `out`, default stdout), ordered by system, grain, window, column, so the
 * bytes are identical on re-run. `select` picks columns (default all; pages leave out the sketch state).
 */
export async function writeProfiles(
  db: Db,
  rows: ProfileRow[],
  out?: Writable,
  select: (keyof ProfileRow)[] = Object.keys(PROFILE_COLUMNS) as (keyof ProfileRow)[]
) {
  const dir = await mkdtemp(join(tmpdir(), "workbench-profiles-"));
  try {
    const file = join(dir, "rows.jsonl");
    await writeFile(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const columns = `{${Object.entries(PROFILE_COLUMNS)
      .map(([k, t]) => `${sqlLiteral(k)}: ${sqlLiteral(t)}`)
      .join(", ")}}`;
    await writeParquet(
      db,
      `SELECT ${select.map((c) => `"${c}"`).join(", ")} FROM read_json(${sqlLiteral(file)}, format = 'newline_delimited', columns = ${columns})
       ORDER BY system, grain, window_start, "column"`,
      out
    );
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}
