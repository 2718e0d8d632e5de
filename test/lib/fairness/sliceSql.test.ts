import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {analyzeSlice} from "../../../src/lib/fairness/analyzeSlice.js";
import {confusionCurve} from "../../../src/lib/fairness/confusionCurve.js";
import {scoreHistogramSql} from "../../../src/lib/fairness/scoreHistogramSql.js";
import {sliceSql, type SliceSpec} from "../../../src/lib/fairness/sliceSql.js";
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

describe("sliceSql and scoreHistogramSql in DuckDB, analyzeSlice", () => {
  let db: Db;
  before(async () => {
    db = await openDb({threads: 1});
    await db.run(ROWS);
  });
  after(() => db.close());
  const slice = async (spec: Omit<SliceSpec, "table">, options = {}) =>
    analyzeSlice(await db.all(sliceSql({table: "rows", ...spec})), {attributes: spec.attributes.length}, options);

  it("per-group totals equal a direct count, and monthly windows add up to the totals", async () => {
    const a = await slice({attributes: ["ethnicity"], prediction: "final"});
    assert.deepEqual(
      a.report.groups.map((g) => g.group),
      ["group_a", "group_b", "group_c"]
    );
    const [{tp, n}] = await db.all<{tp: number; n: number}>(
      "SELECT count_if(final_pos AND label_pos)::DOUBLE AS tp, count(*)::DOUBLE AS n FROM rows WHERE ethnicity = 'group_c'"
    );
    assert.equal(a.report.groups[2].tp, tp);
    assert.equal(a.report.groups[2].n, n);
    assert.deepEqual(
      a.series.map((s) => s.window),
      ["2026-01", "2026-02", "2026-03"]
    );
    for (const g of a.report.groups)
      for (const k of ["tp", "fp", "tn", "fn", "n"] as const)
        assert.equal(
          a.series.reduce((s, w) => s + w.report!.groups.find((x) => x.group === g.group)![k], 0),
          g[k],
          `${g.group} ${k}`
        );
    const [{reviewed}] = await db.all<{reviewed: number}>(
      "SELECT count_if(reviewed)::DOUBLE AS reviewed FROM rows WHERE ethnicity = 'group_a'"
    );
    assert.equal(a.review[0].reviewed, reviewed);
  });
  it("filters by month and model version, groups intersections, and excludes rows without a score", async () => {
    const a = await slice({
      attributes: ["sex", "ethnicity"],
      prediction: {threshold: 0.5, direction: "lower"},
      from: "2026-02",
      to: "2026-02",
      modelVersion: "1.1.0"
    });
    const [{n}] = await db.all<{n: number}>(
      "SELECT count(*)::DOUBLE AS n FROM rows WHERE month = DATE '2026-02-01' AND model_version = '1.1.0' AND sex = 'male' AND ethnicity = 'group_b'"
    );
    assert.equal(a.report.groups.find((g) => g.group === "male × group_b")!.n, n);
    assert.equal(a.excluded, 0); // model rows always have a score
    const manual = await slice({
      attributes: ["sex"],
      prediction: {threshold: 0.5, direction: "lower"},
      modelVersion: null
    });
    assert.equal(manual.excluded, manual.rows); // manual rows have no score
    assert.equal(manual.report.groups[0].n, 0);
  });
  it("quarters name a window by its first month", async () => {
    const rows = await db.all(sliceSql({table: "rows", attributes: ["sex"], prediction: "model"}));
    const a = analyzeSlice(rows, {attributes: 1, window: "quarter"});
    assert.deepEqual(
      a.series.map((s) => s.window),
      ["2026-01"]
    );
  });
  it("a histogram's confusion at a grid threshold equals the threshold slice", async () => {
    const bins = 100;
    const spec = {table: "rows", attributes: ["ethnicity"]};
    const hist = toScoreHistograms(await db.all(scoreHistogramSql(spec, bins)), bins, 1);
    const a = await slice({attributes: ["ethnicity"], prediction: {threshold: 0.37, direction: "lower"}});
    hist.groups.forEach((group, g) => {
      const c = confusionCurve(hist.histograms[g], "lower")[37];
      const t = a.report.groups.find((x) => x.group === group)!;
      assert.deepEqual(
        [c.tp, c.fp, c.tn, c.fn, c.tp + c.fp + c.tn + c.fn + c.up + c.un],
        [t.tp, t.fp, t.tn, t.fn, t.n],
        group
      );
    });
  });
  it("analyzeSlice finds the planted gap and the override effect", async () => {
    const a = await slice({attributes: ["ethnicity"], prediction: "final"});
    // final_pos approves group_c at score < 0.3 vs < 0.45 for the others: selection ratio ≈ 0.3 / 0.45 = 0.67
    const c = a.report.groups.find((g) => g.group === "group_c")!;
    assert.equal(c.within_band.selection_rate, false, `${c.disparity.selection_rate}`);
    assert.ok(Math.abs(c.disparity.selection_rate! - 2 / 3) < 0.1);
    // the model approves everyone at < 0.4, so overrides (final vs model) widen the selection gap
    assert.equal(a.override.verdict, "widens");
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
