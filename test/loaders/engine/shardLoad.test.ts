/**
 * shard-load spreads Parquet files over the shards of a sharded PostgreSQL (and into a plain PostgreSQL), with every
 * value as DuckDB reads it, decisions and their outcomes on the same shard, and the coordinator's tables partitioned
 * by `_shard` over foreign tables. Fixture: test/loaders/spc/decisionFixture.ts (2,000 decisions over 20 days).
 */
import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import {describeRelation} from "../../../loaders/engine/describeRelation.js";
import {engineRelation} from "../../../loaders/engine/engineRelation.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {shardLoad} from "../../../loaders/engine/shardLoad.js";
import {writeDecisionFixture} from "../spc/decisionFixture.js";
import {postgresSkipReason} from "../sources/postgresTestUrl.js";
import {fixtureRequest} from "./fixtureRequest.js";
import {shardedSkipReason} from "./shardedTestUrl.js";

describe("shardLoad", () => {
  let db: Db;
  let tmp: string;
  let files: {decisions: string; outcomes: string; quarantine: string};
  const schema = `wb_shard_load_${process.pid}`;
  const request = () => fixtureRequest(schema, files);

  before(async () => {
    db = await openDb();
    tmp = mkdtempSync(join(tmpdir(), "shard-load-"));
    const dir = await writeDecisionFixture(db, tmp, {days: 20});
    files = {
      decisions: join(dir, "decisions.parquet"),
      outcomes: join(dir, "outcomes.parquet"),
      quarantine: join(dir, "quarantine.parquet")
    };
  });
  after(() => {
    db.close();
    rmSync(tmp, {recursive: true, force: true});
  });

  /** Every row of a file as DuckDB reads it, in key order, the way the engines return rows. */
  const duckRows = async (file: string) =>
    db.all(`SELECT * FROM read_parquet(${sqlLiteral(file)}) ORDER BY decision_id`);

  it(
    "spreads rows over the shards by key, keeps every value, and partitions the coordinator's tables",
    {skip: shardedSkipReason()},
    async () => {
      const url = process.env.WORKBENCH_SHARDED_URL!;
      const result = await shardLoad({url, db, log: () => {}}, request());
      assert.deepEqual(result.shards, ["shard_1", "shard_2"]);
      const [d1, d2] = result.rows.decisions;
      assert.equal(d1 + d2, 2000);
      assert.ok(d1 > 800 && d2 > 800, `${d1} + ${d2}: spread by the key's hash`);
      assert.equal(result.rows.quarantine[0] + result.rows.quarantine[1], 3); // by file and row, no decision id
      const engine = await openEngine(url);
      const duck = await openEngine();
      try {
        for (const table of ["decisions", "outcomes", "quarantine"] as const) {
          const relation = await engineRelation(engine, [schema, table]);
          assert.equal(relation.partition, "_shard");
          // the Parquet file's columns with DuckDB's type names, then the shard number
          assert.deepEqual(await describeRelation(engine, relation.from), [
            ...(await describeRelation(duck, `read_parquet(${sqlLiteral(files[table])})`)),
            {column_name: "_key_hash", column_type: "DECIMAL(20,0)"},
            {column_name: "_shard", column_type: "INTEGER"}
          ]);
          const rows = await engine.all(`SELECT * FROM ${relation.from} ORDER BY decision_id`);
          assert.deepEqual(
            rows.map(
              ({_shard, _key_hash, ...r}) => (assert.ok((_shard === 1 || _shard === 2) && _key_hash !== null), r)
            ),
            await duckRows(files[table])
          );
        }
        // An outcome lives on its decision's shard: the labelled view on each shard finds every outcome.
        const [{labelled}] = await engine.all<{labelled: number}>(
          `SELECT count(defaulted) AS labelled FROM "${schema}"."labelled"`
        );
        const [{outcomes}] = await db.all<{outcomes: number}>(
          `SELECT count(*) AS outcomes FROM read_parquet(${sqlLiteral(files.outcomes)})`
        );
        assert.equal(labelled, outcomes);
        const stats = await engine.all(
          `SELECT stxname AS name FROM pg_catalog.pg_statistic_ext WHERE stxnamespace = to_regnamespace($1) ORDER BY 1`,
          [`"${schema}"`]
        );
        assert.deepEqual(
          stats.map((s) => s.name),
          ["decisions_1_buckets", "decisions_2_buckets", "labelled_1_buckets", "labelled_2_buckets"]
        );
      } finally {
        await engine.run(`DROP SCHEMA "${schema}" CASCADE`);
        await engine.close();
        await duck.close();
      }
    }
  );

  it("loads a plain PostgreSQL the same way, without shards", {skip: postgresSkipReason()}, async () => {
    const url = process.env.WORKBENCH_PG_URL!;
    const result = await shardLoad({url, db, log: () => {}}, request());
    assert.deepEqual(result.shards, []);
    assert.deepEqual(result.rows.decisions, [2000]);
    const engine = await openEngine(url);
    try {
      const relation = await engineRelation(engine, [schema, "decisions"]);
      assert.equal(relation.partition, undefined);
      assert.deepEqual(
        (await engine.all(`SELECT * FROM ${relation.from} ORDER BY decision_id`)).map(({_key_hash, ...r}) => r),
        await duckRows(files.decisions)
      );
    } finally {
      await engine.run(`DROP SCHEMA "${schema}" CASCADE`);
      await engine.close();
    }
  });
});
