import assert from "node:assert/strict";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import {decisionColumns} from "../../../loaders/overview/decisionColumns.js";
import {overviewDailySql} from "../../../loaders/overview/overviewDailySql.js";
import {overviewMixSql} from "../../../loaders/overview/overviewMixSql.js";
import {systemRoles} from "../../../loaders/system/systemRoles.js";

describe("overview SQL", () => {
  let db: Db;
  let dir: string;
  let file: string;
  before(async () => {
    db = await openDb();
    dir = await mkdtemp(join(tmpdir(), "overview-"));
    file = join(dir, "decisions.parquet");
    // Day 1: 4 decisions (1 human, 1 fallback, 1 reviewed, 2 approved); day 2: 1 decision.
    await db.run(`COPY (SELECT * FROM (VALUES
      (TIMESTAMP '2026-01-01 08:00:00', 'human', true, 'approve', 10.0),
      (TIMESTAMP '2026-01-01 09:00:00', 'model', false, 'approve', 20.0),
      (TIMESTAMP '2026-01-01 10:00:00', 'model', true, 'decline', 30.0),
      (TIMESTAMP '2026-01-01 23:59:59', 'fallback', false, 'decline', 60.0),
      (TIMESTAMP '2026-01-02 00:00:00', 'model', false, 'refer', 5.0)
    ) AS t(decided_at, decision_source, routed_to_review, final_decision, latency_ms)) TO ${sqlLiteral(file)} (FORMAT parquet)`);
  });
  after(async () => {
    db.close();
    await rm(dir, {recursive: true, force: true});
  });

  it("overviewDailySql(columns, relation) counts, rates and automated-only latency quantiles per UTC day", async () => {
    const contract = await readContract("data/contracts/credit-line.odcs.yaml");
    const columns = decisionColumns({contract, roles: systemRoles(contract)});
    const rows = await db.all(overviewDailySql(columns, `read_parquet(${sqlLiteral(file)})`));
    assert.equal(rows.length, 2);
    // hand derivation: day 1 automated latencies 20, 30, 60 → p50 30; p95 type 7 = 30 + 0.9·(60 − 30) = 57
    assert.deepEqual(rows[0], {
      system: "credit-line",
      day: "2026-01-01",
      decisions: 4,
      automated_rate: 0.75,
      review_rate: 0.5,
      fallback_rate: 0.25,
      positive_rate: 0.5,
      latency_p50: 30,
      latency_p95: 57
    });
    assert.equal(rows[1].day, "2026-01-02");
    assert.equal(rows[1].decisions, 1);
  });

  it("overviewMixSql(columns, relation) counts decisions per Monday week, final decision and source", async () => {
    const contract = await readContract("data/contracts/credit-line.odcs.yaml");
    const columns = decisionColumns({contract, roles: systemRoles(contract)});
    const rows = await db.all(overviewMixSql(columns, `read_parquet(${sqlLiteral(file)})`));
    // 2026-01-01 is a Thursday: its ISO week starts Monday 2025-12-29
    assert.ok(rows.every((r) => r.week === "2025-12-29"));
    assert.equal(
      rows.reduce((s, r) => s + (r.decisions as number), 0),
      5
    );
    assert.deepEqual(
      rows.find((r) => r.final_decision === "approve" && r.decision_source === "human"),
      {system: "credit-line", week: "2025-12-29", final_decision: "approve", decision_source: "human", decisions: 1}
    );
  });
});
