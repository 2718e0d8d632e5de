import {mkdirSync} from "node:fs";
import {join} from "node:path";
import type {Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";

/**
 * Writes `<dir>/credit-line/{decisions,outcomes}.parquet` with the credit-line contract's column names and
 * types (the columns SPC and drift read), deterministic, 100 decisions a day from 2026-01-01 (a Thursday),
 * decision i of day d at 00:00 + 10·i minutes:
 * - decision_source 'fallback' for i < 1 + d % 2 (1, 2, 1, 2, … a day), or i < 35 on the `outage` days; else
 *   'model' (score null when fallback)
 * - final_decision 'approve' when i % 10 < 6 (60 a day), else 'decline'
 * - routed_to_review when i % 10 = 9 (10 a day), overridden when also i % 20 = 19 (5 a day)
 * - latency_ms = 100 + i + 10·(d % 3): p95 = quantile_cont(100..199, 0.95) + 10·(d % 3) = 194.05 + 10·(d % 3)
 * - null patterns of the columns the contract does not require: model_name, model_version and threshold null
 *   with the score (fallback); confidence_band null for i < d % 7 (d % 7 a day); reviewer_id, review_decision
 *   and review_seconds null unless routed to review (90 a day); shadow_model_name, shadow_model_version,
 *   shadow_score and shadow_decision null before day 20 (all), never from day 20 on; overridden never null
 * - the 15 features, pseudo-random functions of DuckDB's hash of the row number k = 100·d + i; from day
 *   `driftFrom` on (default never) income is scaled by 0.6 and channel is 'partner' for 70 % of rows
 * - outcomes for approved decisions of days < days − 2, defaulted when i % 5 = 0 (20 of 60)
 * - quarantine.parquet as ingest writes it (columns as text): 2 rows on day 3 (one with a `Z` offset), one
 *   with an unparseable time
 */
export async function writeDecisionFixture(
  db: Db,
  dir: string,
  {days, outage = [], driftFrom = days}: {days: number; outage?: number[]; driftFrom?: number}
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
      CASE WHEN i < d % 7 THEN NULL ELSE 'high' END AS confidence_band,
      d >= 20 AS shadow,
      (hash(d * 100 + i) % 1000000) / 1e6 AS u, (hash((d * 100 + i) * 7 + 3) % 1000000) / 1e6 AS v,
      d >= ${driftFrom} AS drifted,
      d, i
    FROM range(0, ${days}) AS t(d), range(0, 100) AS u(i)`;
  const pick = (list: string[], x: string) =>
    `[${list.map((c) => `'${c}'`).join(", ")}][1 + floor(${x} * ${list.length})::INTEGER]`;
  const features = `(20000 + 60000 * u) * CASE WHEN drifted THEN 0.6 ELSE 1 END AS income,
      v * 2 AS debt_to_income, u * v AS credit_utilization, floor(v * 300)::INTEGER AS credit_history_months,
      floor(u * 20)::INTEGER AS open_accounts, floor(u * v * 5)::INTEGER AS delinquencies_2y,
      floor(v * 8)::INTEGER AS inquiries_6m, u * 30 AS employment_years, v * 50000 AS savings_balance,
      1000 + u * 20000 AS requested_limit,
      ${pick(["salaried", "self_employed", "retired"], "v")} AS employment_type,
      ${pick(["own", "rent", "mortgage"], "u")} AS housing,
      ${pick(["car", "home", "education", "other"], "(u + v) / 2")} AS purpose,
      ${pick(["north", "south", "east", "west"], "v")} AS region,
      CASE WHEN drifted AND v < 0.7 THEN 'partner' ELSE ${pick(["web", "mobile", "branch"], "u")} END AS channel`;
  await db.run(`COPY (SELECT decision_id, system, decided_at,
      CASE WHEN decision_source = 'fallback' THEN NULL ELSE 'credit-gbdt' END AS model_name,
      CASE WHEN decision_source = 'fallback' THEN NULL ELSE '1.0.0' END AS model_version,
      ${features}, decision_source,
      CASE WHEN decision_source = 'fallback' THEN NULL ELSE 0.1 END::DOUBLE AS score,
      CASE WHEN decision_source = 'fallback' THEN NULL ELSE 0.5 END::DOUBLE AS threshold,
      confidence_band, final_decision, routed_to_review,
      CASE WHEN routed_to_review THEN 'R-1' END AS reviewer_id,
      CASE WHEN routed_to_review THEN final_decision END AS review_decision,
      CASE WHEN routed_to_review THEN 60.0 END::DOUBLE AS review_seconds,
      overridden,
      CASE WHEN shadow THEN 'credit-gbdt' END AS shadow_model_name,
      CASE WHEN shadow THEN '2.0.0' END AS shadow_model_version,
      CASE WHEN shadow THEN 0.2 END::DOUBLE AS shadow_score,
      CASE WHEN shadow THEN final_decision END AS shadow_decision,
      latency_ms
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
