import {mkdtemp} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Db} from "../../../loaders/db/openDb.js";

/**
 * Writes a small decision log with the credit-line contract's column names to a temp Parquet file: 70 days from
 * 2026-01-05 (a Monday), 200 rows a day; `score` is null for the first 7 days (manual period). From day 49 on,
 * `income` is shifted down by 40 % and channel `partner` takes over: a planted drift in the last three weeks.
 * Values are deterministic functions of the row number (DuckDB's hash), so tests are reproducible.
 */
export async function driftFixture(db: Db): Promise<{dir: string; file: string}> {
  const dir = await mkdtemp(join(tmpdir(), "drift-fixture-"));
  const file = join(dir, "decisions.parquet");
  await db.run(`COPY (
    WITH r AS (SELECT i, i // 200 AS day, (hash(i) % 1000000) / 1000000.0 AS u, (hash(i * 7 + 3) % 1000000) / 1000000.0 AS v
               FROM range(0, 14000) t(i))
    SELECT printf('CL-%08d', i) AS decision_id,
      TIMESTAMP '2026-01-05' + to_minutes((i % 200) * 7) + to_days(day) AS decided_at,
      (20000 + 60000 * u) * CASE WHEN day >= 49 THEN 0.6 ELSE 1 END AS income,
      CAST(floor(v * 30) AS INTEGER) AS open_accounts,
      CASE WHEN day >= 49 AND v < 0.7 THEN 'partner' WHEN v < 0.5 THEN 'web' WHEN v < 0.8 THEN 'mobile' ELSE 'branch' END AS channel,
      CASE WHEN day < 7 THEN NULL ELSE u * 0.5 END AS score,
      CASE WHEN i % 50 = 0 THEN NULL ELSE ['own', 'rent', 'mortgage'][1 + CAST(floor(u * 3) AS INTEGER)] END AS housing
    FROM r ORDER BY i) TO '${file}' (FORMAT parquet)`);
  return {dir, file};
}
