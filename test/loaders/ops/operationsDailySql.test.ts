import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {parseContract} from "../../../loaders/contract/parseContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {operationsDailySql} from "../../../loaders/ops/operationsDailySql.js";
import {systemRoles} from "../../../loaders/system/systemRoles.js";

const CONTRACT = parseContract(
  `apiVersion: v3.1.0
kind: DataContract
id: urn:test:ops
version: 1.0.0
status: active
schema:
  - name: decisions
    properties:
      - {name: id, logicalType: string, primaryKey: true}
      - {name: at, logicalType: timestamp, tags: [time]}
      - {name: source, logicalType: string, tags: [decision_source]}
      - {name: ms, logicalType: number, tags: [latency]}
      - {name: routed, logicalType: boolean, tags: [review]}
      - {name: secs, logicalType: number, tags: [handling_time]}
`,
  "ops.odcs.yaml"
);

/**
 * Day 1: four automated decisions (latency 10, 20, 30, 40 ms; one fallback), three routed to review at 10:00
 * (1 h), 10:30 (1 h) and 23:30 (1 h, open at midnight), one quarantined record. Day 2: one human decision.
 */
describe("operationsDailySql", () => {
  let db: Db;
  let dir: string;
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "ops-"));
    await db.run(`COPY (SELECT * FROM (VALUES
      ('a', TIMESTAMP '2026-01-01 10:00:00', 'model', 10.0, true, 3600.0),
      ('b', TIMESTAMP '2026-01-01 10:30:00', 'model', 20.0, true, 3600.0),
      ('c', TIMESTAMP '2026-01-01 12:00:00', 'fallback', 30.0, false, NULL),
      ('d', TIMESTAMP '2026-01-01 23:30:00', 'rule', 40.0, true, 3600.0),
      ('e', TIMESTAMP '2026-01-02 09:00:00', 'human', 99999.0, false, NULL)
    ) t(id, "at", source, ms, routed, secs)) TO '${join(dir, "d.parquet")}' (FORMAT parquet)`);
    await db.run(`COPY (SELECT * FROM (VALUES ('2026-01-01T08:00:00Z', 'bad'), ('not a time', 'worse')) t("at", _reason))
      TO '${join(dir, "q.parquet")}' (FORMAT parquet)`);
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("computes volume, success and fallback rates, latency quantiles and the review queue by hand-checked values", async () => {
    const rows = await db.all<Record<string, unknown>>(
      operationsDailySql({
        contract: CONTRACT,
        roles: systemRoles(CONTRACT),
        relations: {
          decisions: `read_parquet('${join(dir, "d.parquet")}')`,
          quarantine: `read_parquet('${join(dir, "q.parquet")}')`
        }
      })
    );
    assert.equal(rows.length, 2);
    const [d1, d2] = rows;
    // success = (4 − 1 fallback) / (4 + 1 error) = 0.6; fallback rate 1/4
    // latency p50 of 10,20,30,40 (type 7) = 25; p95 = 30 + 0.85·10 = 38.5
    // queue: 10:00 +1, 10:30 +1 (2 open), 11:00 −1, 11:30 −1, 23:30 +1 → peak 2, 1 open at midnight
    assert.deepEqual(
      {...d1, latency_p95: Number((d1.latency_p95 as number).toFixed(6))},
      {
        day: "2026-01-01",
        decisions: 4,
        errors: 1,
        fallbacks: 1,
        automated: 4,
        success_rate: 0.6,
        fallback_rate: 0.25,
        latency_p50: 25,
        latency_p95: 38.5,
        latency_p99: d1.latency_p99,
        reviews: 3,
        queue_peak: 2,
        queue_end: 1,
        review_hours_mean: 1,
        review_hours_p95: 1
      }
    );
    // day 2: the 23:30 review completes at 00:30 (queue 0); the human decision has no automated latency
    assert.deepEqual(
      [d2.decisions, d2.automated, d2.fallback_rate, d2.latency_p50, d2.queue_peak, d2.queue_end, d2.success_rate],
      [1, 0, null, null, 0, 0, 1]
    );
  });
});
