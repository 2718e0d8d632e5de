import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {after, before, describe, it} from "node:test";
import {parseContract} from "../../../loaders/contract/parseContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlIdentifier} from "../../../loaders/db/sqlIdentifier.js";
import {castExpression} from "../../../loaders/ingest/castExpression.js";
import {validationSql} from "../../../loaders/ingest/validationSql.js";

describe("validationSql", () => {
  let db: Db;
  before(async () => void (db = await openDb({threads: 1})));
  after(() => db.close());

  for (const file of ["data/contracts/credit-line.odcs.yaml", "data/contracts/fraud-screen.odcs.yaml"])
    it(`binds in DuckDB for every object of ${file}`, async () => {
      const contract = parseContract(readFileSync(file, "utf8"), file);
      for (const object of contract.schema) {
        const columns = object.properties.map((p) => `${sqlIdentifier(p.name)} VARCHAR`).join(", ");
        await db.run(`CREATE OR REPLACE TABLE raw (_file INTEGER, _source_file VARCHAR, _row BIGINT, _check VARCHAR,
          _error VARCHAR, _raw VARCHAR, ${columns})`);
        for (const sql of validationSql(object).statements) await db.run(sql);
        const [{n}] = await db.all<{n: number}>("SELECT count(*) AS n FROM bad");
        assert.equal(n, 0);
      }
    });

  it("castExpression is strict where TRY_CAST is lenient", async () => {
    const cast = (text: string, type: string) =>
      db.all<{v: unknown}>(`SELECT ${castExpression("$1::VARCHAR", type)} AS v`, [text]).then((r) => r[0].v);
    assert.equal(await cast("3.7", "INTEGER"), null); // TRY_CAST would round to 4
    assert.equal(await cast("1e3", "BIGINT"), 1000);
    assert.equal(await cast("nan", "DOUBLE"), null);
    assert.equal(await cast("-inf", "DOUBLE"), null);
    assert.equal(await cast(" 2.5", "DOUBLE"), 2.5);
    // hand derivation: 11:00 at +02:00 is 09:00 UTC; TRY_CAST(... AS TIMESTAMP) would keep 11:00
    assert.equal(await cast("2026-01-01T11:00:00+02:00", "TIMESTAMP"), "2026-01-01T09:00:00.000Z");
    assert.equal(await cast("2026-01-01 11:00:00", "TIMESTAMP"), "2026-01-01T11:00:00.000Z");
    assert.equal(await cast("yes", "BOOLEAN"), true);
    assert.equal(await cast("2026-02-30", "DATE"), null);
  });
});
