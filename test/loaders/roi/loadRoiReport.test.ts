import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {derivedSql} from "../../../loaders/derived/derivedSql.js";
import {refresh} from "../../../loaders/refresh/refresh.js";
import {roiCells} from "../../../loaders/refresh/tables/roiCells.js";
import {roiRaters} from "../../../loaders/refresh/tables/roiRaters.js";
import {roiReport} from "../../../loaders/refresh/tables/roiReport.js";
import {loadRoiReport} from "../../../loaders/roi/loadRoiReport.js";
import {listSystems} from "../../../loaders/system/listSystems.js";
import {cells, model} from "../../lib/roi/fixture.js";
import {writeRoiFixture} from "./roiFixture.js";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);
const log = () => {};

describe("loadRoiReport and the roi tables: Parquet → DuckDB aggregates → report", () => {
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
    const system = await writeRoiFixture(db, join(dir, "again"), cells, model);
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

  /** The roi tables refresh writes for the system under `base` (what the ROI page's loader reads). */
  const roiTables = async (base: string) => {
    const work = join(base, "work");
    const tables = [roiCells, roiRaters, roiReport];
    await refresh({dir: work, contracts: join(base, "contracts"), tables, frameworkCache: null}, {log});
    const systems = listSystems(work, join(base, "contracts"));
    return Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t.name, await db.all(derivedSql(systems, t.name))]))
    );
  };

  it("the roi tables hold aggregates only: no id, name, email or reviewer of any row", async () => {
    const tables = await roiTables(dir);
    const text = JSON.stringify(tables);
    assert.equal(tables["roi-report"].length, 1);
    assert.equal(tables["roi-report"][0].skipped, null);
    for (const secret of ["CL-0000", "Ann Example", "ann@example.org", '"R1"', '"R2"'])
      assert.ok(!text.includes(secret), secret);
  });

  it("roi-report says why a system without a manual baseline, or without a cost model, has no report", async () => {
    const second = join(dir, "second");
    await writeRoiFixture(
      db,
      second,
      cells.filter((c) => c.day >= "2026-01-30"),
      model
    );
    const skipped = (await roiTables(second))["roi-report"];
    assert.deepEqual(skipped, [
      {system: "credit-line", report: null, skipped: "credit-line: no baseline day before go-live: 2026-01-30"}
    ]);
    rmSync(join(second, "contracts", "credit-line.costs.yaml"));
    const none = (await roiTables(second))["roi-report"];
    assert.match(none[0].skipped, /credit-line\.costs\.yaml: cannot read cost model \(ENOENT\)$/);
  });
});
