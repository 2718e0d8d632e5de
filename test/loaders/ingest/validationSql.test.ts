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
        await db.run(
          `CREATE OR REPLACE TABLE raw (_file INTEGER, _r BIGINT, _check VARCHAR, _error VARCHAR, ${columns})`
        );
        const v = validationSql(object);
        const [{n}] = await db.all<{n: number}>(`SELECT count(${v.failures}) AS n FROM (${v.typed("raw")})`);
        assert.equal(n, 0);
      }
    });

  it("castExpression is strict where TRY_CAST is lenient: the documented number and timestamp grammars", async () => {
    const cast = (text: string, type: string, format?: string) =>
      db.all<{v: unknown}>(`SELECT ${castExpression("$1::VARCHAR", type, {format})} AS v`, [text]).then((r) => r[0].v);
    assert.equal(await cast("3.7", "INTEGER"), null); // TRY_CAST would round to 4
    assert.equal(await cast("1e3", "BIGINT"), 1000);
    assert.equal(await cast("+3.0", "INTEGER"), 3);
    for (const text of ["0x10", "0b101", "1_0", " 1"]) assert.equal(await cast(text, "INTEGER"), null, text); // TRY_CAST: 16, 5, 10, 1
    // each of these is a number to TRY_CAST (1000, 2.5, 2.5, 2, 2, NaN, inf, inf, inf): none is one to us
    for (const text of ["1_000", " 2.5", "2.5 ", "\t2", "2\r", "nan", "-inf", "Infinity", "1e400"])
      assert.equal(await cast(text, "DOUBLE"), null, JSON.stringify(text));
    assert.equal(await cast("-.5e-1", "DOUBLE"), -0.05);
    assert.equal(await cast("1_0", "DECIMAL(10,2)"), null);
    // hand derivation: 11:00 at +02:00 is 09:00 UTC; TRY_CAST(... AS TIMESTAMP) would keep 11:00
    assert.equal(await cast("2026-01-01T11:00:00+02:00", "TIMESTAMP"), "2026-01-01T09:00:00.000Z");
    assert.equal(await cast("2026-01-01 11:00:00", "TIMESTAMP"), "2026-01-01T11:00:00.000Z");
    assert.equal(await cast("yes", "BOOLEAN"), true);
    assert.equal(await cast("2026-02-30", "DATE"), null);
    // DuckDB's words and lenient forms: epoch = 1970-01-01, infinity, allballs = 00:00, zone names, bare epoch numbers
    for (const text of [
      "epoch",
      "infinity",
      "-infinity",
      "allballs",
      "2026-01-01T10:00:00 Europe/Paris",
      "1767225600000",
      "2026-01-01T10:00:00+02:00:00"
    ])
      assert.equal(await cast(text, "TIMESTAMP"), null, text);
    for (const text of ["epoch", "infinity", "26-01-01", "2026-1-1", "2026-01-01T10:00:00"])
      assert.equal(await cast(text, "DATE"), null, text);
    assert.equal(await cast("2026-01-01", "TIMESTAMP"), "2026-01-01T00:00:00.000Z");
    assert.equal(await cast("2026-01-01t10:00z", "TIMESTAMP"), null); // lower-case t and z are outside the grammar
    // epoch milliseconds only where the contract says so (format: epoch_ms); 1767225600000 = 2026-01-01T00:00:00Z
    assert.equal(await cast("1767225600000", "TIMESTAMP", "epoch_ms"), "2026-01-01T00:00:00.000Z");
    assert.equal(await cast("2026-01-01", "TIMESTAMP", "epoch_ms"), null);
  });
});
