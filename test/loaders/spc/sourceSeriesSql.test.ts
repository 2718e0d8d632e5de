import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import {spcSeries} from "../../../loaders/refresh/tables/spcSeries.js";
import {sourceSeriesSql} from "../../../loaders/spc/sourceSeriesSql.js";
import {spcMetrics, type SpcMetric} from "../../../loaders/spc/spcMetrics.js";
import {spcSeriesSql, type SpcSystem} from "../../../loaders/spc/spcSeriesSql.js";
import {contractsDir} from "../../../loaders/system/contractsDir.js";
import {systemRoles} from "../../../loaders/system/systemRoles.js";
import {writeDecisionFixture} from "./decisionFixture.js";

type Row = {
  metric: string;
  unit: string;
  bucket: string | null;
  n: number | null;
  count: number | null;
  value: number | null;
};

/**
 * The reference: one metric's series as it was computed before sourceSeriesSql, one GROUP BY over the whole source
 * per metric and unit (metricSeriesSql until 2026-12-08), with `metric` and `unit` added.
 */
function oneGroupBySql(metric: SpcMetric, relations: SpcSystem["relations"], unit: string): string {
  let from = `(SELECT CAST(decided_at AS TIMESTAMP) AS __t, * FROM ${relations.decisions}) AS __d`;
  if (metric.source === "outcomes") from += ` JOIN ${relations.outcomes} AS __o USING (decision_id)`;
  if (metric.source === "quarantine")
    from = `(SELECT CAST(decided_at AS TIMESTAMP) AS __t, 0 AS __q FROM ${relations.decisions}
  UNION ALL SELECT CAST(TRY_CAST(decided_at AS TIMESTAMPTZ) AS TIMESTAMP), 1 FROM ${relations.quarantine}) AS __d
  WHERE __t IS NOT NULL`;
  const proportion = metric.kind === "proportion";
  const double = (sql: string | undefined) => `CAST(${sql ?? "NULL"} AS DOUBLE)`;
  return `SELECT ${sqlLiteral(metric.id)} AS metric, '${unit}' AS unit,
  CAST(CAST(date_trunc('${unit}', __t) AS DATE) AS VARCHAR) AS bucket,
  ${double(proportion ? metric.n : undefined)} AS n, ${double(proportion ? metric.count : undefined)} AS count,
  ${double(proportion ? undefined : metric.value)} AS value
FROM ${from} GROUP BY 3 HAVING ${proportion ? `(${metric.n}) > 0` : `(${metric.value}) IS NOT NULL`}`;
}

const ordered = (sql: string) => `SELECT * FROM (${sql}) ORDER BY metric, unit, bucket NULLS LAST`;

describe("sourceSeriesSql: every metric of a source by every unit in one GROUP BY", () => {
  let db: Db;
  let dir: string;
  let spc: SpcSystem;
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "spc-source-"));
    const base = await writeDecisionFixture(db, dir, {days: 24, outage: [6, 15]});
    const contract = await readContract(join(contractsDir, "credit-line.odcs.yaml"));
    // asymmetric beyond the fixture: automated decisions start on day 2 (days 0–1 are `human`, as is every decision
    // with latency over 185 on odd days, so the p95 of automated decisions moves), and two decisions have no time
    // (a NULL bucket, kept in every unit, one of them with an outcome)
    const decisions = `(SELECT * REPLACE (
        CASE WHEN decided_at < TIMESTAMP '2026-01-03' OR (latency_ms > 185 AND day(decided_at) % 2 = 1) THEN 'human'
          ELSE decision_source END AS decision_source,
        CASE WHEN decision_id IN ('CL-00000115', 'CL-00001203') THEN NULL ELSE decided_at END AS decided_at)
      FROM read_parquet(${sqlLiteral(join(base, "decisions.parquet"))}))`;
    spc = {
      system: "credit-line",
      ...spcMetrics({contract, roles: systemRoles(contract)}),
      relations: {
        decisions,
        outcomes: `read_parquet(${sqlLiteral(join(base, "outcomes.parquet"))})`,
        quarantine: `read_parquet(${sqlLiteral(join(base, "quarantine.parquet"))})`
      }
    };
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("gives exactly the rows of one GROUP BY per metric and unit, for each source, by day, week and month", async () => {
    const units = ["day", "week", "month"];
    let compared = 0;
    for (const source of ["decisions", "outcomes", "quarantine"] as const) {
      const metrics = spc.metrics.filter((m) => m.source === source);
      const ours = await db.all<Row>(ordered(sourceSeriesSql(metrics, spc.columns, spc.relations, units)));
      const before = await db.all<Row>(
        ordered(metrics.flatMap((m) => units.map((u) => oneGroupBySql(m, spc.relations, u))).join("\nUNION ALL\n"))
      );
      assert.deepEqual(ours, before, source);
      compared += ours.length;
    }
    // 24 days (2026-01-01..24), 4 weeks, 1 month and the NULL bucket in each unit for 16 decision proportions; the
    // override rate has no NULL bucket (neither timeless decision was reviewed), the latency no day 0 or 1 (all
    // human); the bad rate has the 22 days with outcomes and the NULL bucket (CL-00000115 is approved, with an
    // outcome); the quarantine rate has no NULL bucket (no time is no bucket there)
    const buckets = 24 + 4 + 1;
    assert.equal(compared, 16 * (buckets + 3) + buckets + (buckets - 2 + 3) + (22 + 4 + 1 + 3) + buckets);
  });

  it("the fixture is asymmetric where it matters: the latency filter moves the p95, NULL times form a bucket", async () => {
    const latency = spc.metrics.find((m) => m.id === "latency_p95")!;
    const rows = await db.all<Row>(ordered(sourceSeriesSql([latency], spc.columns, spc.relations, ["day"])));
    // days 0–1 are all human: no automated latency, no bucket
    assert.equal(rows[0].bucket, "2026-01-03");
    // day 2 (2026-01-03, odd) has latencies 100 + i + 10·(2 % 3) = 120..219, of which 120..185 are automated:
    // quantile_cont (type 7) at 0.95 = 120 + 0.95·65; day 3 (2026-01-04, even) keeps 100..199: 100 + 0.95·99
    assert.ok(Math.abs(rows[0].value! - (120 + 0.95 * 65)) < 1e-9, String(rows[0].value));
    assert.ok(Math.abs(rows[1].value! - 194.05) < 1e-9, String(rows[1].value));
    assert.equal(rows.at(-1)!.bucket, null);
  });

  it("spcSeriesSql: the same series, in order, with the columns and types of the spc-series table", async () => {
    const sql = spcSeriesSql([spc], ["day", "week"]);
    const ours = await db.all<Row>(`SELECT metric, unit, bucket, n, count, value FROM (${sql})`);
    const before = await db.all<Row>(
      `SELECT * FROM (${spc.metrics
        .flatMap((m) => ["day", "week"].map((u) => oneGroupBySql(m, spc.relations, u)))
        .join("\nUNION ALL\n")}) ORDER BY metric, unit, bucket`
    );
    assert.deepEqual(ours, before);
    assert.deepEqual(await db.all(`SELECT DISTINCT automated_from FROM (${sql})`), [{automated_from: "2026-01-03"}]);
    const types = await db.all<{column_name: string; column_type: string}>(`DESCRIBE ${sql}`);
    assert.deepEqual(
      types.map((t) => [t.column_name, t.column_type]),
      Object.entries(spcSeries.columns)
    );
  });

  it("reads each relation once per source, whatever the metrics and units (EXPLAIN of spcSeriesSql)", async () => {
    const operators = async (units: string[]) => {
      const [plan] = await db.all<{explain_value: string}>(`EXPLAIN (FORMAT json) ${spcSeriesSql([spc], units)}`);
      const names: string[] = [];
      const walk = (node: {name: string; children?: unknown[]}) => {
        names.push(node.name);
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      for (const node of JSON.parse(plan.explain_value)) walk(node);
      const count = (name: string) => names.filter((n) => n === name).length;
      return {scans: count("READ_PARQUET"), groupBys: count("HASH_GROUP_BY")};
    };
    // the decisions for automated_from and for their metrics; decisions and outcomes for the bad rate; decisions and
    // the quarantine for the quarantine rate: 6 scans, 3 GROUP BYs, for 20 metrics by 1 unit or by 3 (one GROUP BY
    // per metric and unit, as before, made 1 + 18 + 2 + 2 = 23 scans by day and 1 + 3 · 22 = 67 by 3 units)
    assert.deepEqual(await operators(["day"]), {scans: 6, groupBys: 3});
    assert.deepEqual(await operators(["day", "week", "month"]), {scans: 6, groupBys: 3});
  });

  it("throws for no metric, no unit, or metrics of two sources", () => {
    const [positive, , , , , , bad] = spc.metrics;
    assert.throws(() => sourceSeriesSql([], spc.columns, spc.relations, ["day"]), /^Error: no metrics$/);
    assert.throws(() => sourceSeriesSql([positive], spc.columns, spc.relations, []), /^Error: no units$/);
    assert.throws(
      () => sourceSeriesSql([positive, bad], spc.columns, spc.relations, ["day"]),
      /^Error: metrics of sources decisions, outcomes$/
    );
    assert.throws(
      () => sourceSeriesSql([bad], spc.columns, {decisions: spc.relations.decisions}, ["day"]),
      /^Error: metric bad_rate needs outcomes$/
    );
  });
});
