/**
 * The model tables' read on a PostgreSQL engine (scoredCountsSql: counts of identical scored rows, grouped where the
 * data live) gives the same multiset of rows per model as the embedded DuckDB's row-by-row read, on a fixture built
 * to break it: two decisions identical in every column the statistics read (one group of two), one that differs only
 * by its missing outcome, a production threshold that is null (the registry's, by day), two decisions whose outcomes
 * arrive after the last decision (their labels are null, so they too become one group), one observed exactly at the
 * last decision (it counts), null protected values, scores whose shortest decimal has 17 digits, and two models each
 * scoring as production on some decisions and as shadow on others. On a sharded PostgreSQL every query the read
 * sends is an aggregate the shards compute (pushdownReport), and fewer rows cross than are scored.
 */
import assert from "node:assert/strict";
import {mkdir, mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {cursorQuery} from "../../../loaders/engine/engineBatches.js";
import type {Engine} from "../../../loaders/engine/Engine.js";
import {engineSystem} from "../../../loaders/engine/engineSystem.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {postgresEngine} from "../../../loaders/engine/postgresEngine.js";
import {pushdownReport} from "../../../loaders/engine/pushdownReport.js";
import {recordingEngine, type RecordedQuery} from "../../../loaders/engine/recordingEngine.js";
import {shardLoad} from "../../../loaders/engine/shardLoad.js";
import {shardServers} from "../../../loaders/engine/shardServers.js";
import {systemShardRequest} from "../../../loaders/engine/systemShardRequest.js";
import {loadRegistry} from "../../../loaders/models/loadRegistry.js";
import {scoredDecisionColumns, type SystemColumns} from "../../../loaders/modelMetrics/scoredDecisionColumns.js";
import {openSystem} from "../../../loaders/system/openSystem.js";
import type {System} from "../../../loaders/system/System.js";
import type {Registry} from "../../../src/lib/replay/modelEntry.js";
import {shardedSkipReason} from "../engine/shardedTestUrl.js";
import {postgresSkipReason} from "../sources/postgresTestUrl.js";

const LR = "'credit-lr', '1.0.0'";
const GBDT = "'credit-gbdt', '2.0.0'";
const NO_MODEL = "NULL, NULL";

/** [id, decided_at, production model, score, threshold, shadow model, shadow score, sex, age_band, ethnicity] */
const DECISIONS = [
  ["D01", "2026-03-02 10:00:00", LR, "0.25", "0.2", GBDT, "0.3", "'female'", "'25-34'", "'group_a'"],
  ["D02", "2026-03-02 11:00:00", LR, "0.25", "0.2", GBDT, "0.3", "'female'", "'25-34'", "'group_a'"], // = D01
  ["D03", "2026-03-02 12:00:00", LR, "0.25", "0.2", NO_MODEL, "NULL", "'female'", "'25-34'", "'group_a'"], // no outcome
  ["D04", "2026-03-03 09:00:00", LR, "0.4", "NULL", GBDT, "0.1", "'male'", "NULL", "'group_b'"],
  ["D05", "2026-03-10 08:00:00", GBDT, "0.7", "0.3", LR, "0.65", "'male'", "'65+'", "NULL"], // observed later
  ["D06", "2026-03-10 09:30:00", GBDT, "0.7", "0.3", LR, "0.65", "'male'", "'65+'", "NULL"], // observed later
  ["D07", "2026-03-11 10:00:00", LR, "0.05", "0.2", GBDT, "0.05", "NULL", "'35-49'", "'group_c'"], // observed at as-of
  [
    "D08",
    "2026-03-15 10:00:00",
    LR,
    "0.30000000000000004",
    "0.2",
    GBDT,
    "0.3333333333333333",
    "'female'",
    "'25-34'",
    "'group_a'"
  ],
  ["D09", "2026-03-20 10:00:00", NO_MODEL, "NULL", "NULL", NO_MODEL, "NULL", "'male'", "'65+'", "'group_a'"], // fallback
  ["D10", "2026-03-21 10:00:00", LR, "NULL", "0.2", GBDT, "NULL", "'female'", "'65+'", "'group_a'"], // no score
  ["D11", "2026-04-01 12:00:00", LR, "0.123456", "0.2", GBDT, "0.9", "'female'", "'65+'", "'group_b'"] // the last
];

/**
 * Fallback decisions (no model) from 2026-03-01 every 20 minutes, before the last decision: no scored row, but
 * enough rows that the planner sees a GROUP BY on the shards is cheaper than shipping the rows (on 11 rows it is not).
 */
const FALLBACKS = 2000;

/** [id, observed_at, defaulted] */
const OUTCOMES = [
  ["D01", "2026-03-20 00:00:00", "false"],
  ["D02", "2026-03-21 00:00:00", "false"],
  ["D04", "2026-03-25 00:00:00", "true"],
  ["D05", "2026-05-01 00:00:00", "true"],
  ["D06", "2026-04-01 12:00:01", "false"],
  ["D07", "2026-04-01 12:00:00", "false"],
  ["D08", "2026-03-30 00:00:00", "true"],
  ["D11", "2026-03-01 00:00:00", "true"]
];

/** The fixture as an ingested credit-line system under `<dir>/credit-line`. */
async function writeFixture(db: Db, dir: string): Promise<void> {
  const system = join(dir, "credit-line");
  await mkdir(system, {recursive: true});
  const rows = DECISIONS.map((r) => `('${r[0]}', '${r[1]}', ${r.slice(2).join(", ")})`).join(",\n");
  await db.run(`COPY (SELECT decision_id, 'credit-line' AS system, decided_at::TIMESTAMP AS decided_at, model_name,
      model_version, score::DOUBLE AS score, threshold::DOUBLE AS threshold, shadow_model_name, shadow_model_version,
      shadow_score::DOUBLE AS shadow_score, sex, age_band, ethnicity
    FROM (VALUES ${rows}) t(decision_id, decided_at, model_name, model_version, score, threshold, shadow_model_name,
      shadow_model_version, shadow_score, sex, age_band, ethnicity)
    UNION ALL SELECT printf('F%04d', i), 'credit-line', TIMESTAMP '2026-03-01 00:00:00' + i * INTERVAL 20 MINUTE, NULL,
      NULL, NULL, NULL, NULL, NULL, NULL, 'male', '65+', 'group_a'
    FROM range(${FALLBACKS}) r(i)) TO '${join(system, "decisions.parquet")}' (FORMAT parquet)`);
  const outcomes = OUTCOMES.map((r) => `('${r[0]}', '${r[1]}', ${r[2]})`).join(", ");
  await db.run(`COPY (SELECT decision_id, observed_at::TIMESTAMP AS observed_at, defaulted
    FROM (VALUES ${outcomes}) t(decision_id, observed_at, defaulted)) TO '${join(system, "outcomes.parquet")}' (FORMAT parquet)`);
}

/** Per model, its rows as sorted tuples (day, score, threshold, label, role, protected values): the multiset. */
function multiset(read: SystemColumns): Record<string, (string | number | null)[][]> {
  return Object.fromEntries(
    read.versions.map(({model, columns: c, groups}) => {
      const rows = Array.from(c.score, (score, i) => [
        c.days[c.day[i]],
        score,
        c.threshold[i],
        c.label[i],
        c.role[i],
        ...read.protected.map((p) => (groups[p].codes[i] < 0 ? null : groups[p].levels[groups[p].codes[i]]))
      ]);
      return [model, rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))];
    })
  );
}

for (const [kind, skip, url] of [
  ["PostgreSQL", postgresSkipReason(), process.env.WORKBENCH_PG_URL],
  ["sharded PostgreSQL", shardedSkipReason(), process.env.WORKBENCH_SHARDED_URL]
] as const)
  describe(`scoredDecisionColumns on ${kind}: counts of identical rows, the same rows as DuckDB`, {skip}, () => {
    const schema = `wb_scored_${process.pid}`;
    let dir = "";
    let db: Db;
    let engine: Engine;
    let queries: RecordedQuery[];
    let sent: string[];
    let registry: Registry;
    let embedded: SystemColumns;
    let onEngine: SystemColumns;
    let scoredRows = 0;
    /** The shard a decision lives on (0 without shards). */
    const shardOf = async (id: string) =>
      kind === "PostgreSQL"
        ? 0
        : Number(
            (
              await engine.all<{s: number}>(
                `SELECT "_shard" AS s FROM "${schema}"."decisions" WHERE decision_id = '${id}'`
              )
            )[0].s
          );
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), "scored-counts-"));
      db = await openDb();
      await writeFixture(db, dir);
      const loaded = await loadRegistry("models/registry.json");
      // the shadow's threshold changes on 2026-03-10: the null thresholds take the one in force each day
      registry = {
        ...loaded,
        models: loaded.models.map((m) =>
          m.name === "credit-gbdt" || m.name === "credit-lr"
            ? {...m, decision: {...m.decision, threshold_changes: [{from: "2026-03-10", threshold: 0.3}]}}
            : m
        )
      };
      const system = await openSystem(dir, "credit-line");
      // loaded into a schema of this process's own (the system's tables by another name), then read as the system
      const renamed: System = {...system, name: schema};
      const duck = await openEngine();
      try {
        await shardLoad({url: url!, db, log: () => {}}, await systemShardRequest(renamed, duck));
      } finally {
        await duck.close();
      }
      ({engine, queries} = recordingEngine(await openEngine(url)));
      const loadedSystem = {...(await engineSystem(renamed, engine)), name: system.name};
      embedded = await scoredDecisionColumns({system, registry}, {db});
      const seen = queries.length;
      onEngine = await scoredDecisionColumns({system: loadedSystem, registry}, {db: engine as unknown as Db});
      sent = queries.slice(seen).map((q) => cursorQuery(q.sql)); // the read's queries (a cursor's: its query)
      scoredRows = embedded.versions.reduce((n, v) => n + v.columns.score.length, 0);
    });
    after(async () => {
      if (engine) {
        const servers = await shardServers(engine);
        for (const s of servers) {
          const shard = await postgresEngine(s.url);
          await shard.run(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => shard.close());
        }
        await engine.run(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await engine.close();
      }
      db?.close();
      await rm(dir, {recursive: true, force: true});
    });

    it("gives the same as-of time, protected attributes and multiset of rows per model as the DuckDB read", () => {
      assert.equal(onEngine.as_of, "2026-04-01T12:00:00.000Z");
      assert.equal(onEngine.as_of, embedded.as_of);
      assert.deepEqual(onEngine.protected, embedded.protected);
      assert.deepEqual(onEngine.versions.map((v) => v.model).sort(), embedded.versions.map((v) => v.model).sort());
      assert.deepEqual(multiset(onEngine), multiset(embedded));
      assert.equal(scoredRows, 17); // 9 production scores (D01–D08, D11) + 8 shadow (D01, D02, D04–D08, D11)
    });

    it("expands each group into its rows: duplicates, labels as of the last decision, the registry's threshold by day", () => {
      const rows = multiset(onEngine);
      // D01 and D02 (label 0) and D03 (no outcome: −1) as production of credit-lr; D07 observed at the as-of counts
      assert.deepEqual(
        rows["credit-lr@1.0.0"].filter((r) => r[0] === "2026-03-02" || r[0] === "2026-03-11"),
        [
          ["2026-03-02", 0.25, 0.2, -1, 0, "female", "25-34", "group_a"],
          ["2026-03-02", 0.25, 0.2, 0, 0, "female", "25-34", "group_a"],
          ["2026-03-02", 0.25, 0.2, 0, 0, "female", "25-34", "group_a"],
          ["2026-03-11", 0.05, 0.2, 0, 0, null, "35-49", "group_c"]
        ]
      );
      // D05 and D06: outcomes after the last decision, so both unlabelled; as shadow of credit-lr, the threshold in
      // force on 2026-03-10 (0.3); D04's null production threshold is 0.2 on 2026-03-03
      assert.deepEqual(
        rows["credit-lr@1.0.0"].filter((r) => r[0] === "2026-03-10" || r[0] === "2026-03-03"),
        [
          ["2026-03-03", 0.4, 0.2, 1, 0, "male", null, "group_b"],
          ["2026-03-10", 0.65, 0.3, -1, 1, "male", "65+", null],
          ["2026-03-10", 0.65, 0.3, -1, 1, "male", "65+", null]
        ]
      );
      assert.ok(rows["credit-gbdt@2.0.0"].some((r) => r[1] === 0.3333333333333333 && r[4] === 1));
      assert.ok(rows["credit-lr@1.0.0"].some((r) => r[1] === 0.30000000000000004 && r[4] === 0));
    });

    it("sends a group per distinct row: 13 for the 17 scored rows (D01 = D02 and D05 = D06, in both roles)", async () => {
      const counts = sent.filter((sql) => sql.includes('"__scored"'));
      assert.equal(counts.length, 1);
      const groups = await engine.all<{n: number}>(counts[0]);
      const sizes = groups.map((g) => Number(g.n)).sort();
      assert.equal(
        sizes.reduce((a, b) => a + b, 0),
        17
      );
      const [d01, d02, d05, d06] = await Promise.all(["D01", "D02", "D05", "D06"].map(shardOf));
      // each shard's groups come unmerged: identical decisions on two shards are two groups (of 1) instead of one of 2
      const split = (d01 === d02 ? 0 : 2) + (d05 === d06 ? 0 : 2);
      assert.equal(groups.length, 13 + split);
      assert.equal(sizes.filter((n) => n === 2).length, 4 - split);
    });

    // a single PostgreSQL has no shards: the plan is checked on the sharded one only
    if (kind === "sharded PostgreSQL")
      it("on shards, every query the read sends is an aggregate the shards compute", async () => {
        let reads = 0;
        let crossed = 0;
        for (const sql of sent) {
          if (!/^\s*(WITH|SELECT)/i.test(sql) || sql.includes("$1") || /pg_catalog|__describe_/.test(sql)) continue;
          const report = await pushdownReport(engine, sql, {analyze: true});
          assert.ok(report.pushed, `not pushed:\n${report.scans.map((s) => s.remoteSql).join("\n")}\nSQL: ${sql}`);
          reads++;
          crossed += report.rows!;
        }
        assert.equal(reads, 2); // the last decision's time, then the scored rows' counts
        // one max per shard, then each shard's groups: 13 when identical decisions share a shard, up to 17 if not
        assert.ok(crossed >= 2 + 13 && crossed <= 2 + 17, `${crossed} rows crossed`);
      });
  });
