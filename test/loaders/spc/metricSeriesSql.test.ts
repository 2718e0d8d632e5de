import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {metricSeriesSql} from "../../../loaders/spc/metricSeriesSql.js";
import {spcMetrics} from "../../../loaders/spc/spcMetrics.js";
import {nullRatesSql} from "../../../loaders/quality/nullRatesSql.js";
import {qualitySystem} from "../../../loaders/quality/qualitySystem.js";
import {contractsDir} from "../../../loaders/system/contractsDir.js";
import {openSystem} from "../../../loaders/system/openSystem.js";
import {systemRoles} from "../../../loaders/system/systemRoles.js";
import {writeDecisionFixture} from "./decisionFixture.js";

/** The credit-line contract with its roles, as spcMetrics reads a system. */
async function contractView() {
  const contract = await readContract(join(contractsDir, "credit-line.odcs.yaml"));
  return {contract, roles: systemRoles(contract)};
}

describe("spcMetrics and metricSeriesSql on the credit-line contract", () => {
  let db: Db;
  let dir: string;
  let base: string;
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "spc-metrics-"));
    base = await writeDecisionFixture(db, dir, {days: 10, outage: [6]});
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  const series = async (id: string, unit: string) => {
    const {columns, metrics} = spcMetrics(await contractView());
    const metric = metrics.find((m) => m.id === id)!;
    const files = {
      decisions: `read_parquet('${join(base, "decisions.parquet")}')`,
      outcomes: `read_parquet('${join(base, "outcomes.parquet")}')`,
      quarantine: `read_parquet('${join(base, "quarantine.parquet")}')`
    };
    return db.all<{bucket: string; n: number; count: number; value: number}>(
      metricSeriesSql(metric, columns, files, unit)
    );
  };

  it("finds every metric by contract tag", async () => {
    const {metrics} = spcMetrics(await contractView());
    assert.deepEqual(
      metrics.map((m) => [m.id, m.label, m.kind]),
      [
        ["positive_rate", "approve rate", "proportion"],
        ["review_rate", "human-review rate", "proportion"],
        ["override_rate", "override rate", "proportion"],
        ["fallback_rate", "fallback rate", "proportion"],
        ["score_null_rate", "missing-score rate", "proportion"],
        ["latency_p95", "latency p95 (ms)", "value"],
        ["bad_rate", "defaulted rate", "proportion"],
        ["quarantine_rate", "quarantine rate", "proportion"],
        // every column the contract does not require, in contract order, but the score (missing-score rate)
        ...[
          "model_name",
          "model_version",
          "threshold",
          "confidence_band",
          "reviewer_id",
          "review_decision",
          "review_seconds",
          "overridden",
          "shadow_model_name",
          "shadow_model_version",
          "shadow_score",
          "shadow_decision"
        ].map((c) => [`null_rate:${c}`, `${c} null rate`, "proportion"])
      ]
    );
    const nullRate = metrics.find((m) => m.id === "null_rate:reviewer_id")!;
    assert.deepEqual(nullRate.family, {id: "null_rate", label: "null rate (per column)", member: "reviewer_id"});
  });

  it("counts null rates per column and bucket (hand-derived from the fixture's definition)", async () => {
    // confidence_band is null for i < d % 7: day 3 has 3 nulls; the week of Monday 2026-01-05 holds days 4..9,
    // 4 + 5 + 6 + 0 + 1 + 2 = 18 nulls in 600 decisions
    const band = await series("null_rate:confidence_band", "day");
    assert.equal(band.length, 10);
    assert.deepEqual(band[3], {bucket: "2026-01-04", n: 100, count: 3, value: null});
    assert.deepEqual(band[7], {bucket: "2026-01-08", n: 100, count: 0, value: null});
    const bandWeeks = await series("null_rate:confidence_band", "week");
    assert.deepEqual(bandWeeks[1], {bucket: "2026-01-05", n: 600, count: 18, value: null});
    // reviewer_id is set only for the 10 reviewed decisions a day; model_name is null with the 35 outage fallbacks
    assert.deepEqual((await series("null_rate:reviewer_id", "day"))[0].count, 90);
    assert.deepEqual((await series("null_rate:model_name", "day"))[6].count, 35);
    // the shadow model starts on day 20: in these 10 days its score is always null
    assert.deepEqual((await series("null_rate:shadow_score", "week"))[0], {
      bucket: "2025-12-29",
      n: 400,
      count: 400,
      value: null
    });
  });

  it("agrees with the Data quality loader's null rates for every column, day and week", async () => {
    const {metrics} = spcMetrics(await contractView());
    const quality = await qualitySystem(db, await openSystem(dir, "credit-line"));
    const expected = await db.all<{unit: string; bucket: string; column: string; n: number; count: number}>(
      `SELECT grain AS unit, strftime(window_start, '%Y-%m-%d') AS bucket, "column", rows::DOUBLE AS n,
         nulls::DOUBLE AS count FROM (${nullRatesSql("credit-line", quality.objects[0])}) WHERE NOT required`
    );
    const nullRates = metrics.filter((m) => m.family?.id === "null_rate");
    let compared = 0;
    for (const metric of nullRates)
      for (const unit of ["day", "week"]) {
        const ours = await series(metric.id, unit);
        const theirs = expected.filter((e) => e.unit === unit && e.column === metric.family!.member);
        assert.deepEqual(
          ours.map((d) => [d.bucket, d.n, d.count]),
          theirs.map((e) => [e.bucket, e.n, e.count]),
          metric.id
        );
        compared += ours.length;
      }
    // 12 columns × (10 days + 2 weeks); the quality table also has the score, which is the missing-score rate
    assert.equal(compared, 12 * 12);
  });

  it("counts proportions per UTC day (hand-derived from the fixture's definition)", async () => {
    const fallback = await series("fallback_rate", "day");
    assert.equal(fallback.length, 10);
    assert.deepEqual(fallback[0], {bucket: "2026-01-01", n: 100, count: 1, value: null});
    assert.deepEqual(fallback[6], {bucket: "2026-01-07", n: 100, count: 35, value: null});
    assert.deepEqual((await series("positive_rate", "day"))[3], {bucket: "2026-01-04", n: 100, count: 60, value: null});
    assert.deepEqual((await series("review_rate", "day"))[0].count, 10);
    assert.deepEqual((await series("override_rate", "day"))[0], {bucket: "2026-01-01", n: 10, count: 5, value: null});
    assert.deepEqual((await series("score_null_rate", "day"))[6].count, 35);
  });

  it("joins outcomes by decision and buckets them by decision day; days without outcomes are dropped", async () => {
    const bad = await series("bad_rate", "day");
    assert.equal(bad.length, 8);
    assert.deepEqual(bad[0], {bucket: "2026-01-01", n: 60, count: 20, value: null});
  });

  it("counts quarantined rows by their raw time, leaving out times that do not parse", async () => {
    const quarantine = await series("quarantine_rate", "day");
    assert.equal(quarantine.length, 10);
    assert.deepEqual(quarantine[3], {bucket: "2026-01-04", n: 102, count: 2, value: null});
    assert.deepEqual(quarantine[2], {bucket: "2026-01-03", n: 100, count: 0, value: null});
  });

  it("computes the p95 latency of automated decisions as a value", async () => {
    // hand derivation: no decision of the fixture is 'human', so day 0 keeps latencies 100 + i, i = 0..99;
    // quantile_cont (type 7) of 100..199 at 0.95 = 100 + 0.95·99 = 194.05; day 1 adds 10
    const latency = await series("latency_p95", "day");
    assert.ok(Math.abs(latency[0].value - 194.05) < 1e-9);
    assert.ok(Math.abs(latency[1].value - 204.05) < 1e-9);
    assert.equal(latency[0].n, null);
  });

  it("buckets by ISO week starting Monday and by month, labelled by the first day", async () => {
    // 2026-01-01 is a Thursday: Jan 1–4 fall in the week of Monday 2025-12-29, Jan 5–10 in that of 2026-01-05
    const weeks = await series("fallback_rate", "week");
    assert.deepEqual(weeks, [
      {bucket: "2025-12-29", n: 400, count: 1 + 2 + 1 + 2, value: null},
      {bucket: "2026-01-05", n: 600, count: 1 + 2 + 35 + 2 + 1 + 2, value: null}
    ]);
    assert.deepEqual(await series("fallback_rate", "month"), [{bucket: "2026-01-01", n: 1000, count: 49, value: null}]);
  });
});
