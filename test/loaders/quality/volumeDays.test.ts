/**
 * volumeDays on PostgreSQL (WORKBENCH_PG_URL) and on a sharded PostgreSQL (WORKBENCH_SHARDED_URL) equals DuckDB's
 * volumeSql (lag() over the ordered times) on the same rows, exactly, on the logs of test/lib/quality/gapLogs.ts
 * (microseconds on both sides of a millisecond boundary, duplicates, a first day of one decision or one instant twice,
 * a gap across midnight, random logs) and on grids of 1 s to a day; on the shards every query of the random log is an
 * aggregate, and on volumeDays' hourly grid under a third as many rows as decisions cross.
 */
import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import type {Engine, Relation} from "../../../loaders/engine/Engine.js";
import {engineRelation} from "../../../loaders/engine/engineRelation.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {pushdownReport} from "../../../loaders/engine/pushdownReport.js";
import {recordingEngine, type RecordedQuery} from "../../../loaders/engine/recordingEngine.js";
import {shardLoad} from "../../../loaders/engine/shardLoad.js";
import {volumeDays} from "../../../loaders/quality/volumeDays.js";
import {volumeSql} from "../../../loaders/quality/volumeSql.js";
import {FIRST_ALONE, FIRST_TWICE, HAND_LOG, randomLog} from "../../lib/quality/gapLogs.js";
import {shardedSkipReason} from "../engine/shardedTestUrl.js";
import {postgresSkipReason} from "../sources/postgresTestUrl.js";

const LOGS: Record<string, string[]> = {
  hand: HAND_LOG,
  "first alone": FIRST_ALONE,
  "first twice": FIRST_TWICE,
  "random 3000 over 4 days": randomLog(3000, 42, 100),
  empty: []
};
const WIDTHS = [1000, 10_000, 3_600_000, 86_400_000];

/** Each log as a decisions.parquet (decision_id, decided_at) in `dir`/<i>/. */
async function writeLogs(db: Db, dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const [i, times] of Object.values(LOGS).entries()) {
    const file = join(dir, `log${i}.parquet`);
    const rows = times.map((t, j) => `('D${j}', TIMESTAMP ${sqlLiteral(t)})`);
    const select =
      rows.length > 0
        ? `SELECT * FROM (VALUES ${rows.join(", ")}) AS t(decision_id, decided_at)`
        : `SELECT 'x' AS decision_id, TIMESTAMP '2026-01-05 00:00:00' AS decided_at WHERE false`;
    await db.run(`COPY (${select}) TO ${sqlLiteral(file)} (FORMAT parquet)`);
    files.push(file);
  }
  return files;
}

for (const [kind, url, skip] of [
  ["PostgreSQL", process.env.WORKBENCH_PG_URL, postgresSkipReason()],
  ["sharded PostgreSQL", process.env.WORKBENCH_SHARDED_URL, shardedSkipReason()]
] as const)
  describe(`volumeDays on ${kind} equals DuckDB's volumeSql`, {skip}, () => {
    let db: Db;
    let tmp: string;
    let files: string[];
    let engine: Engine;
    let queries: RecordedQuery[];
    const relations: Relation[] = [];
    const schema = (i: number) => `wb_gaps_${process.pid}_${i}`;

    before(async () => {
      db = await openDb();
      tmp = mkdtempSync(join(tmpdir(), "volume-days-"));
      files = await writeLogs(db, tmp);
      for (const [i, file] of files.entries())
        await shardLoad(
          {url: url!, db, log: () => {}},
          {schema: schema(i), key: ["decision_id"], tables: [{name: "decisions", file, time: "decided_at"}]}
        );
      ({engine, queries} = recordingEngine(await openEngine(url)));
      for (const i of files.keys()) relations.push(await engineRelation(engine, [schema(i), "decisions"]));
    });
    after(async () => {
      for (const i of files?.keys() ?? []) await engine?.run(`DROP SCHEMA IF EXISTS "${schema(i)}" CASCADE`);
      await engine?.close();
      db?.close();
      if (tmp) rmSync(tmp, {recursive: true, force: true});
    });

    for (const [i, name] of Object.keys(LOGS).entries())
      it(`${name}: the same days, decisions and longest gaps on grids of 1 s to a day`, async () => {
        const expected = await db.all(volumeSql(`read_parquet(${sqlLiteral(files[i])})`, "decided_at"));
        assert.equal(expected.length > 0, LOGS[name].length > 0);
        assert.equal(relations[i].partition, kind === "sharded PostgreSQL" ? "_shard" : undefined);
        for (const width of WIDTHS) {
          const seen = queries.length;
          assert.deepEqual(await volumeDays(engine, relations[i], "decided_at", width), expected, `width ${width}`);
          // a table of a few rows is not worth an aggregate on the shards to the planner: the random log's is
          if (kind === "PostgreSQL" || LOGS[name].length < 1000) continue;
          let rows = 0;
          for (const {sql} of queries.slice(seen)) {
            const report = await pushdownReport(engine, sql, {analyze: true});
            assert.ok(report.pushed, `not pushed at ${width}: ${sql}`);
            rows += report.rows!;
          }
          // on a grid of an hour (volumeDays' default), the pieces of both queries are under a third of the decisions
          if (width === 3_600_000) assert.ok(rows < LOGS[name].length / 3, `${rows} rows crossed`);
        }
      });
  });
