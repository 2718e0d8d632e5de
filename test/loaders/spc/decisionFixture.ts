import {mkdirSync} from "node:fs";
import {join} from "node:path";
import type {Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";

/**
 * Writes `<dir>/credit-line/{decisions,outcomes}.parquet` with the credit-line contract's column names and
 * types (the columns SPC reads), deterministic, 100 decisions a day from 2026-01-01 (a Thursday), decision i
 * of day d at 00:00 + 10·i minutes:
 * - decision_source 'fallback' for i < 1 + d % 2 (1, 2, 1, 2, … a day), or i < 35 on the `outage` days; else
 *   'model' (score null when fallback)
 * - final_decision 'approve' when i % 10 < 6 (60 a day), else 'decline'
 * - routed_to_review when i % 10 = 9 (10 a day), overridden when also i % 20 = 19 (5 a day)
 * - latency_ms = 100 + i + 10·(d % 3): p95 = quantile_cont(100..199, 0.95) + 10·(d % 3) = 194.05 + 10·(d % 3)
 * - outcomes for approved decisions of days < days − 2, defaulted when i % 5 = 0 (20 of 60)
 * - quarantine.parquet as ingest writes it (columns as text): 2 rows on day 3 (one with a `Z` offset), one
 *   with an unparseable time
 */
export async function writeDecisionFixture(
  db: Db,
  dir: string,
  {days, outage = []}: {days: number; outage?: number[]}
): Promise<string> {
  const base = join(dir, "credit-line");
  mkdirSync(base, {recursive: true});
  const out = `[${outage.join(", ")}]::INTEGER[]`;
  const rows = `SELECT printf('CL-%08d', d * 100 + i) AS decision_id,
      'credit-line' AS system,
      (TIMESTAMP '2026-01-01' + to_days(d::INTEGER) + to_minutes(10 * i))::TIMESTAMP AS decided_at,
      CASE WHEN i < 1 + d % 2 OR (i < 35 AND list_contains(${out}, d::INTEGER)) THEN 'fallback' ELSE 'model' END AS decision_source,
      CASE WHEN i % 10 < 6 THEN 'approve' ELSE 'decline' END AS final_decision,
      i % 10 = 9 AS routed_to_review,
      i % 20 = 19 AS overridden,
      (100 + i + 10 * (d % 3))::DOUBLE AS latency_ms,
      d, i
    FROM range(0, ${days}) AS t(d), range(0, 100) AS u(i)`;
  await db.run(`COPY (SELECT decision_id, system, decided_at, decision_source,
      CASE WHEN decision_source = 'fallback' THEN NULL ELSE 0.1 END::DOUBLE AS score,
      final_decision, routed_to_review, overridden, latency_ms
    FROM (${rows}) ORDER BY decision_id) TO ${sqlLiteral(join(base, "decisions.parquet"))} (FORMAT parquet)`);
  await db.run(`COPY (SELECT decision_id, (decided_at + INTERVAL 40 DAY)::TIMESTAMP AS observed_at, i % 5 = 0 AS defaulted
    FROM (${rows}) WHERE final_decision = 'approve' AND d < ${days - 2} ORDER BY decision_id)
    TO ${sqlLiteral(join(base, "outcomes.parquet"))} (FORMAT parquet)`);
  await db.run(`COPY (SELECT * FROM (VALUES
      ('x.csv', 10, 'not a DOUBLE', 'CL-90000001', '2026-01-04T05:00:00Z', 'abc'),
      ('x.csv', 11, 'not a DOUBLE', 'CL-90000002', '2026-01-04 06:00:00', 'abc'),
      ('x.csv', 12, 'not a TIMESTAMP', 'CL-90000003', 'yesterday', '100'))
      AS q(_source_file, _row, _reason, decision_id, decided_at, latency_ms))
    TO ${sqlLiteral(join(base, "quarantine.parquet"))} (FORMAT parquet)`);
  return base;
}
