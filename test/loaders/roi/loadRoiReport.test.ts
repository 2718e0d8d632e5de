import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {loadRoiReport} from "../../../loaders/roi/loadRoiReport.js";
import {roiPayload} from "../../../loaders/roi/roiPayload.js";
import {listSystems} from "../../../loaders/workspace/listSystems.js";
import {cells, model} from "../../lib/roi/fixture.js";
import {writeRoiFixture} from "./roiFixture.js";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);
const log = () => {};

describe("loadRoiReport and roiPayload: Parquet → DuckDB aggregates → report", () => {
  let db: Db;
  let dir: string;
  before(async () => {
    db = await openDb();
    dir = mkdtempSync(join(tmpdir(), "roi-load-"));
    await writeRoiFixture(db, dir, cells, model);
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("reproduces the hand computation of test/lib/roi/roiReport.test.ts from the Parquet rows", async () => {
    const [system] = listSystems(join(dir, "work"), join(dir, "contracts"));
    const r = await loadRoiReport({db, log}, system, {replicates: 100, seed: 3});
    // hand (see roiReport.test.ts): benefit 100 + 2300/34 − 93 + 340; net to date − 200; cost 30 → 93/17
    close(r.headline.netValueToDate.value, 100 + 2300 / 34 - 93 + 340 - 200);
    assert.equal(r.headline.costPerDecisionBefore.value, 30);
    assert.equal(r.headline.costPerDecisionAfter.value, 93 / 17);
    close(r.headline.payback.days!, 1 + 70 / (100 + 800 / 34 - 27 + 100));
    assert.equal(r.goLive, "2026-01-30");
    // the rater counts came from the rows: R1 1/3, R2 3/3
    assert.equal(r.consistency.baselineReviewers!.decisions, 6);
    assert.equal(r.consistency.baselineReviewers!.maxRate, 1);
  });

  it("the payload holds aggregates only: no id, name, email or reviewer of any row", async () => {
    const payload = await roiPayload({db, log}, join(dir, "work"), {contracts: join(dir, "contracts"), replicates: 20});
    const text = JSON.stringify(payload);
    assert.equal(payload.reports.length, 1);
    for (const secret of ["CL-0000", "Ann Example", "ann@example.org", '"R1"', '"R2"'])
      assert.ok(!text.includes(secret), secret);
  });

  it("roiPayload skips a system without a manual baseline, or without a cost model, with the reason", async () => {
    const second = join(dir, "second");
    await writeRoiFixture(
      db,
      second,
      cells.filter((c) => c.day >= "2026-01-30"),
      model
    );
    const payload = await roiPayload({db, log}, join(second, "work"), {
      contracts: join(second, "contracts"),
      replicates: 20
    });
    assert.deepEqual(payload.reports, []);
    assert.deepEqual(payload.skipped, [
      {system: "credit-line", reason: "credit-line: no baseline day before go-live: 2026-01-30"}
    ]);
    rmSync(join(second, "contracts", "credit-line.costs.yaml"));
    const none = await roiPayload({db, log}, join(second, "work"), {contracts: join(second, "contracts")});
    assert.match(none.skipped[0].reason, /credit-line\.costs\.yaml: cannot read cost model \(ENOENT\)$/);
  });
});
