import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {duckdbEngine} from "../../../loaders/engine/duckdbEngine.js";
import type {Engine} from "../../../loaders/engine/Engine.js";
import type {RefreshContext} from "../../../loaders/refresh/DerivedTable.js";
import {roiCellsTable} from "../../../loaders/refresh/tables/roiCells.js";
import {writeDerived} from "../../../loaders/refresh/writeDerived.js";
import {roiCellsSql} from "../../../loaders/roi/roiCellsSql.js";
import {roiDayRanges} from "../../../loaders/roi/roiDayRanges.js";
import {roiModel} from "../../../loaders/roi/roiModel.js";
import type {System} from "../../../loaders/system/System.js";
import {cells, model} from "../../lib/roi/fixture.js";
import {writeRoiFixture} from "../roi/roiFixture.js";

describe("roiDayRanges", () => {
  it("cuts ascending days into runs of at most max decisions; a run may reach max exactly", () => {
    const counts = [
      {day: "2026-01-28", n: 4},
      {day: "2026-01-29", n: 2}, // 4 + 2 = 6 = max: the same run
      {day: "2026-01-30", n: 8}, // more than max: a run of its own
      {day: "2026-01-31", n: 5},
      {day: "2026-02-01", n: 1}, // 5 + 1 = 6: the same run
      {day: "2026-02-02", n: 1} // 7: a new run
    ];
    assert.deepEqual(roiDayRanges(counts, 6), [
      {from: "2026-01-28", to: "2026-01-29"},
      {from: "2026-01-30", to: "2026-01-30"},
      {from: "2026-01-31", to: "2026-02-01"},
      {from: "2026-02-02", to: "2026-02-02"}
    ]);
    assert.deepEqual(roiDayRanges(counts, 7), [
      {from: "2026-01-28", to: "2026-01-29"},
      {from: "2026-01-30", to: "2026-01-30"},
      {from: "2026-01-31", to: "2026-02-02"}
    ]);
  });

  it("puts the decisions without a day in a last run of their own, and has no run for no day", () => {
    assert.deepEqual(
      roiDayRanges(
        [
          {day: "2026-01-28", n: 3},
          {day: null, n: 2}
        ],
        10
      ),
      [{from: "2026-01-28", to: "2026-01-28"}, null]
    );
    assert.deepEqual(roiDayRanges([{day: null, n: 2}], 10), [null]);
    assert.deepEqual(roiDayRanges([], 10), []);
  });
});

describe("roi-cells a run of days at a time", () => {
  let engine: Engine;
  let dir: string;
  let system: System;
  const logged: string[] = [];
  const context = (): RefreshContext => {
    const shared = new Map<string, Promise<unknown>>();
    return {
      system,
      engine,
      local: engine,
      log: (m) => logged.push(m),
      read: () => Promise.reject(new Error("roi-cells reads no table")),
      relation: () => {
        throw new Error("roi-cells reads no table");
      },
      once: <T>(key: string, compute: () => Promise<T>) => {
        if (!shared.has(key)) shared.set(key, compute());
        return shared.get(key) as Promise<T>;
      }
    };
  };
  before(async () => {
    engine = await duckdbEngine();
    dir = mkdtempSync(join(tmpdir(), "roi-cells-"));
    system = await writeRoiFixture(engine, dir, cells, model);
  });
  after(async () => {
    await engine.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("gives the same rows, and the same Parquet bytes, as the whole log in one pass", async () => {
    const table = roiCellsTable({rowsPerPass: 6});
    const whole = roiCellsTable();
    const columns = table.columns as Record<string, string>;
    // the fixture's 23 decisions by day: 4, 2, 8, 5, 4; runs of at most 6: 28–29, 30, 31, 1 February
    const runs = await table.compute(context());
    assert.ok(Array.isArray(runs));
    assert.deepEqual(logged, [
      "roi-cells credit-line: 2026-01-28 to 2026-01-29",
      "roi-cells credit-line: 2026-01-30 to 2026-01-30",
      "roi-cells credit-line: 2026-01-31 to 2026-01-31",
      "roi-cells credit-line: 2026-02-01 to 2026-02-01"
    ]);
    const one = await whole.compute(context());
    assert.ok(!Array.isArray(one) && "sql" in one);
    const {columns: roi} = await roiModel(system);
    assert.equal(one.sql, roiCellsSql(roi, system.relations));
    assert.deepEqual(runs, await engine.all(one.sql));
    assert.deepEqual(runs, cells);
    const files = [join(dir, "runs.parquet"), join(dir, "one.parquet")];
    await writeDerived({local: engine, engine}, table, columns, runs, files[0]);
    await writeDerived({local: engine, engine}, whole, columns, one, files[1]);
    assert.deepEqual(readFileSync(files[0]), readFileSync(files[1]));
  });

  it("takes one pass for a log of exactly rowsPerPass decisions, runs of days for one more", async () => {
    logged.length = 0;
    // the fixture's 23 decisions
    const exact = await roiCellsTable({rowsPerPass: 23}).compute(context());
    assert.ok(!Array.isArray(exact) && "sql" in exact);
    assert.deepEqual(logged, []);
    const over = await roiCellsTable({rowsPerPass: 22}).compute(context());
    assert.ok(Array.isArray(over));
    assert.deepEqual(over, cells);
    // 4 + 2 + 8 + 5 = 19 decisions, then the last day's 4 would make 23: two runs of at most 22
    assert.deepEqual(logged, [
      "roi-cells credit-line: 2026-01-28 to 2026-01-31",
      "roi-cells credit-line: 2026-02-01 to 2026-02-01"
    ]);
  });
});
