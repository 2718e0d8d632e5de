import assert from "node:assert/strict";
import {createWriteStream} from "node:fs";
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {timeSql} from "../../../loaders/system/timeSql.js";
import type {DriftInput} from "../../../loaders/drift/driftInput.js";
import {binSql} from "../../../loaders/profile/binSql.js";
import {profileWindows} from "../../../loaders/profile/profileWindows.js";
import {systemProfiles} from "../../../loaders/profile/systemProfiles.js";
import {writeProfiles} from "../../../loaders/profile/writeProfiles.js";
import {binIndex} from "../../../src/lib/drift/binIndex.js";
import {HLL_REGISTERS, hllAdd} from "../../../src/lib/profile/hllAdd.js";
import {driftFixture} from "../drift/fixture.js";

let db: Db;
let dir: string;
let input: DriftInput;
let profiled: Awaited<ReturnType<typeof systemProfiles>>;
const log = () => {};

before(async () => {
  db = await openDb();
  const fixture = await driftFixture(db);
  dir = fixture.dir;
  input = {
    system: "credit-line",
    file: fixture.file,
    relation: `read_parquet('${fixture.file}')`,
    time: "decided_at",
    columns: {numeric: ["income", "open_accounts", "score"], categorical: ["channel", "housing"]},
    score: "score"
  };
  profiled = await systemProfiles({db, log}, input);
});
after(async () => {
  db.close();
  await rm(dir, {recursive: true, force: true});
});

test("binSql puts values in the same right-closed bins as the library's binIndex", async () => {
  const edges = [-1.5, 0, 0.1 + 0.2, 7];
  const xs = [-3, -1.5, -1, 0, 0.3, 0.30000000000000004, 0.31, 7, 8];
  const rows = await db.all<{x: number; bin: number}>(
    `SELECT x, ${binSql("x", edges)} AS bin FROM (SELECT unnest([${xs.map((x) => `'${x}'::DOUBLE`)}]) AS x) ORDER BY x`
  );
  assert.deepEqual(
    rows.map((r) => r.bin),
    xs.map((x) => binIndex(edges, x))
  );
});

test("week profiles merged from day profiles equal week profiles computed in SQL", async () => {
  const {rows, columns} = profiled;
  const weekly = await profileWindows(
    {db, log},
    {relation: input.relation, time: timeSql(input.time), bucket: "strftime(date_trunc('week', t), '%Y-%m-%d')"},
    columns
  );
  const merged = rows.filter((r) => r.grain === "week");
  assert.equal(merged.length, weekly.length);
  assert.equal(weekly.length, 10 * 5); // 10 weeks × 5 columns
  for (const w of weekly) {
    const m = merged.find((r) => r.window_start === w.window && r.column === w.column)!;
    const p = w.profile;
    assert.equal(m.rows, p.rows);
    assert.equal(m.nulls, p.nulls);
    assert.deepEqual(m.hll, Array.from(p.hll));
    if (p.kind === "numeric") {
      assert.equal(m.min, p.min);
      assert.equal(m.max, p.max);
      assert.deepEqual(m.hist_counts, p.histogram!.counts);
      if (p.moments!.count > 0) {
        assert.ok(Math.abs(m.mean! - p.moments!.mean) <= 1e-12 * Math.abs(p.moments!.mean));
        assert.ok(Math.abs(m.mean_m2! - p.moments!.m2) <= 1e-12 * Math.abs(p.moments!.m2));
      }
    } else {
      assert.deepEqual(m.top_values, p.top!.values);
      assert.equal(m.top_complete, true);
    }
  }
});

test("SQL HyperLogLog registers equal the library's hllAdd on the same 35-bit hashes", async () => {
  const rows = await db.all<{h: number}>(
    `SELECT (hash(x) >> 29)::DOUBLE AS h FROM (SELECT CAST(channel AS VARCHAR) AS x FROM ${input.relation} WHERE decided_at < '2026-01-12')`
  );
  const registers = new Uint8Array(HLL_REGISTERS);
  for (const r of rows) hllAdd(registers, r.h);
  const {rows: profiles} = profiled;
  const week = profiles.find((r) => r.grain === "week" && r.window_start === "2026-01-05" && r.column === "channel")!;
  assert.deepEqual(week.hll, Array.from(registers));
  assert.equal(week.distinct, 3); // web, mobile, branch
});

test("profiles describe the fixture: rows, nulls, frozen reference bins, manual period without score", async () => {
  const {reference, rows} = profiled;
  assert.deepEqual(reference, {from: "2026-01-12", to: "2026-02-09"});
  const day = (column: string, window: string) =>
    rows.find((r) => r.grain === "day" && r.column === column && r.window_start === window)!;
  assert.equal(day("housing", "2026-01-05").rows, 200);
  assert.equal(day("housing", "2026-01-05").nulls, 4);
  assert.equal(day("score", "2026-01-05").nulls, 200);
  assert.equal(day("score", "2026-01-05").mean, null);
  // reference percentiles: each reference-window bin holds ≈ 1 % of the reference rows
  const refWeek = rows.filter(
    (r) =>
      r.grain === "week" && r.column === "income" && r.window_start >= "2026-01-12" && r.window_start < "2026-02-09"
  );
  const counts = refWeek.reduce((acc, r) => acc.map((c, i) => c + r.hist_counts![i]), new Array<number>(100).fill(0));
  assert.equal(
    counts.reduce((a, b) => a + b),
    5600
  );
  assert.ok(
    counts.every((c) => c >= 40 && c <= 72),
    String(counts)
  );
});

test("writeProfiles writes a Parquet file DuckDB reads back, in a stable order", async () => {
  const {rows} = profiled;
  const file = join(dir, "profiles.parquet");
  await writeProfiles(db, rows, createWriteStream(file));
  const [{n, weeks, edges}] = await db.all<{n: number; weeks: number; edges: number}>(
    `SELECT count(*)::DOUBLE AS n, count(*) FILTER (WHERE grain = 'week')::DOUBLE AS weeks, max(len(hist_edges))::DOUBLE AS edges FROM read_parquet('${file}')`
  );
  assert.equal(n, rows.length);
  assert.equal(weeks, 50);
  assert.equal(edges, 99);
});
