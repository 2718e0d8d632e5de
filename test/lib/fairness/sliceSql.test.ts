import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {analyzeSlice, type SliceRow} from "../../../src/lib/fairness/analyzeSlice.js";
import {confusionCurve} from "../../../src/lib/fairness/confusionCurve.js";
import {scoreHistogramSql} from "../../../src/lib/fairness/scoreHistogramSql.js";
import {sliceSql} from "../../../src/lib/fairness/sliceSql.js";
import {toScoreHistograms} from "../../../src/lib/fairness/toScoreHistograms.js";

// A seeded row-level table with the columns of loaders/fairness/fairnessRowsSql.ts, 4000 rows over 3 months.
// hash(i) gives deterministic pseudo-random values; group_c's final decisions are approved less often.
const ROWS = `CREATE TABLE rows AS
SELECT
  (DATE '2026-01-01' + INTERVAL (i % 90) DAY)::TIMESTAMP AS decided_at,
  date_trunc('month', DATE '2026-01-01' + INTERVAL (i % 90) DAY)::DATE AS month,
  CASE WHEN i % 10 = 0 THEN NULL WHEN i < 2000 THEN '1.0.0' ELSE '1.1.0' END AS model_version,
  CASE WHEN i % 10 = 0 THEN 'human' ELSE 'model' END AS decision_source,
  ['female', 'male'][1 + i % 2] AS sex,
  ['group_a', 'group_b', 'group_c'][1 + (i // 2) % 3] AS ethnicity,
  CASE WHEN i % 10 = 0 THEN NULL ELSE (hash(i) % 1000) / 1000.0 END AS score,
  0.2 AS threshold,
  (hash(i) % 1000) / 1000.0 < 0.4 AS model_pos,
  (hash(i) % 1000) / 1000.0 < CASE WHEN (i // 2) % 3 = 2 THEN 0.3 ELSE 0.45 END AS final_pos,
  i % 7 = 0 AS reviewed,
  i % 21 = 0 AS overridden,
  CASE WHEN i % 13 = 0 THEN NULL ELSE (hash(i * 31) % 1000) / 1000.0 > (hash(i) % 1000) / 1000.0 * 0.5 END AS label_pos
FROM range(4000) t(i)`;

describe("sliceSql and scoreHistogramSql in DuckDB", () => {
  let db: Db;
  before(async () => {
    db = await openDb({threads: 1});
    await db.run(ROWS);
  });
  after(() => db.close());

  it("per-group totals equal a direct count, and windows add up to the totals", async () => {
    const rows = await db.all<SliceRow>(sliceSql({table: "rows", attributes: ["ethnicity"], prediction: "final"}));
    const totals = rows.filter((r) => r.total === 1);
    assert.deepEqual(
      totals.map((r) => r.group),
      ["group_a", "group_b", "group_c"]
    );
    const [{tp}] = await db.all<{tp: number}>(
      "SELECT count(*)::DOUBLE AS tp FROM rows WHERE ethnicity = 'group_c' AND final_pos AND label_pos"
    );
    assert.equal(totals[2].tp, tp);
    for (const t of totals) {
      const windows = rows.filter((r) => r.total === 0 && r.group === t.group);
      assert.equal(windows.length, 3);
      for (const k of ["tp", "fp", "tn", "fn", "up", "un", "n", "reviewed", "m_tp", "f_un"])
        assert.equal(
          windows.reduce((s, w) => s + (w[k] as number), 0),
          t[k],
          `${t.group} ${k}`
        );
    }
  });
  it("filters by month and model version and groups intersections", async () => {
    const rows = await db.all<SliceRow>(
      sliceSql({
        table: "rows",
        attributes: ["sex", "ethnicity"],
        prediction: {threshold: 0.5, direction: "lower"},
        from: "2026-02",
        to: "2026-02",
        modelVersion: "1.1.0"
      })
    );
    const [{n}] = await db.all<{n: number}>(
      "SELECT count(*)::DOUBLE AS n FROM rows WHERE month = DATE '2026-02-01' AND model_version = '1.1.0' AND sex = 'male' AND ethnicity = 'group_b'"
    );
    const total = rows.find((r) => r.total === 1 && r.group === "male × group_b")!;
    assert.equal(total.n, n);
    assert.equal(total.excluded, 0); // model rows always have a score
    const manual = await db.all<SliceRow>(
      sliceSql({
        table: "rows",
        attributes: ["sex"],
        prediction: {threshold: 0.5, direction: "lower"},
        modelVersion: null
      })
    );
    const female = manual.find((r) => r.total === 1 && r.group === "female")!;
    assert.equal(female.excluded, female.n); // manual rows have no score
  });
  it("a histogram's confusion at a grid threshold equals the threshold slice", async () => {
    const bins = 100;
    const spec = {table: "rows", attributes: ["ethnicity"]};
    const hist = toScoreHistograms(await db.all(scoreHistogramSql(spec, bins)), bins);
    const slice = await db.all<SliceRow>(sliceSql({...spec, prediction: {threshold: 0.37, direction: "lower"}}));
    hist.groups.forEach((group, g) => {
      const c = confusionCurve(hist.histograms[g], "lower")[37];
      const t = slice.find((r) => r.total === 1 && r.group === group)!;
      assert.deepEqual([c.tp, c.fp, c.tn, c.fn, c.up, c.un], [t.tp, t.fp, t.tn, t.fn, t.up, t.un], group);
    });
  });
  it("analyzeSlice finds the planted gap and the override effect", async () => {
    const a = analyzeSlice(
      await db.all<SliceRow>(sliceSql({table: "rows", attributes: ["ethnicity"], prediction: "final"}))
    );
    // final_pos approves group_c at score < 0.3 vs < 0.45 for the others: selection ratio ≈ 0.3 / 0.45 = 0.67
    const c = a.report.groups.find((g) => g.group === "group_c")!;
    assert.ok(c.within_band.selection_rate === false, `${c.disparity.selection_rate}`);
    assert.ok(Math.abs(c.disparity.selection_rate! - 2 / 3) < 0.1);
    // the model approves everyone at < 0.4, so overrides (final vs model) widen the selection gap
    assert.equal(a.override.verdict, "widens");
    assert.equal(a.series.length, 3);
    assert.equal(a.rows, 4000);
    assert.equal(a.review.length, 3);
  });
  it("rejects invalid slices", () => {
    assert.throws(() => sliceSql({table: "rows", attributes: [], prediction: "final"}), /at least one attribute/);
    assert.throws(
      () => sliceSql({table: "rows", attributes: ["sex"], prediction: "final", from: "2026-1"}),
      /invalid month: 2026-1/
    );
    assert.throws(
      () => sliceSql({table: "rows", attributes: ["sex"], prediction: {threshold: 2, direction: "lower"}}),
      /invalid threshold: 2/
    );
    assert.throws(() => scoreHistogramSql({table: "rows", attributes: ["sex"]}, 0), /invalid bins: 0/);
  });
});
