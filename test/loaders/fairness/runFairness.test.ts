import assert from "node:assert/strict";
import {existsSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {fairnessInput} from "../../../loaders/fairness/fairnessInput.js";
import type {FairnessSpec} from "../../../loaders/fairness/FairnessSpec.js";
import {runFairness} from "../../../loaders/fairness/runFairness.js";
import {writeFairnessFixture} from "./fixtures.js";

describe("runFairness", () => {
  let db: Db;
  let dir: string;
  let types: Map<string, string>;
  const log = () => {};
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "fairness-"));
    await writeFairnessFixture(db, join(dir, "log.parquet"));
    types = (await fairnessInput(db, {input: join(dir, "log.parquet")})).columns;
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });
  const scoreSpec: FairnessSpec = {
    label: "outcome",
    positive: "good",
    prediction: {kind: "score", column: "score", threshold: 0.5, direction: "higher"},
    group: ["grp"]
  };

  it("counts the hand-built confusion cells per group in DuckDB", async () => {
    const r = await runFairness({db, log}, "fairness_input", types, scoreSpec, {minGroupSize: 0});
    const [a, b] = r.groups;
    assert.deepEqual([a.group, a.n, a.n_labelled, a.tp, a.fp, a.tn, a.fn], ["a", 110, 100, 40, 10, 30, 20]);
    assert.deepEqual([b.group, b.n, b.tp, b.fp, b.tn, b.fn], ["b", 50, 15, 5, 20, 10]);
    assert.equal(r.overall.excluded, 3);
    // hand derivation: selection a 55/110 = 0.5, b 20/50 = 0.4; reference a (largest); ratio 0.8
    assert.equal(a.selection_rate, 0.5);
    assert.ok(Math.abs(b.disparity.selection_rate! - 0.8) < 1e-12);
    assert.equal(r.reference, "a");
    assert.deepEqual([r.overall.tp, r.overall.fp, r.overall.tn, r.overall.fn, r.overall.n], [55, 15, 50, 30, 160]);
    assert.equal(r.overall.accuracy, 105 / 150);
    // hand derivation of AUC from two score values: (55·50 + ½(55·15 + 30·50)) / (85·65)
    assert.ok(Math.abs(r.overall.roc_auc! - 3912.5 / 5525) < 1e-12);
    assert.equal(r.overall.brier_score, null);
    assert.equal(r.conventions.positive_label, "outcome = good");
  });
  it("uses a decision column and a probability of the negative label", async () => {
    const r = await runFairness(
      {db, log},
      "fairness_input",
      types,
      {
        ...scoreSpec,
        prediction: {kind: "decision", column: "decision", positive: "yes"},
        probability: {column: "score", of: "negative"}
      },
      {minGroupSize: 0}
    );
    assert.deepEqual(
      r.groups.map((g) => [g.tp, g.fp, g.tn, g.fn]),
      [
        [40, 10, 30, 20],
        [15, 5, 20, 10]
      ]
    );
    // P(good) = 1 − score: 0.3 for "yes" rows, 0.7 for "no" rows; Brier by hand:
    // yes&good 55·0.49, yes&bad 15·0.09, no&bad 50·0.49, no&good 30·0.09 → (26.95 + 1.35 + 24.5 + 2.7) / 150
    assert.ok(Math.abs(r.overall.brier_score! - 55.5 / 150) < 1e-12);
  });
  it("reads a column used as both score and probability once, and flipping one does not flip the other", async () => {
    const r = await runFairness(
      {db, log},
      "fairness_input",
      types,
      {
        ...scoreSpec,
        prediction: {kind: "score", column: "score", threshold: 0.5, direction: "lower"},
        probability: {column: "score", of: "negative"}
      },
      {minGroupSize: 0}
    );
    // lower scores favourable: AUC of −score = 1 − AUC of score (hand derivation above: 3912.5 / 5525)
    assert.ok(Math.abs(r.overall.roc_auc! - (1 - 3912.5 / 5525)) < 1e-12);
    // the probability 1 − score is read from the unflipped scores: the hand-derived Brier score above
    assert.ok(Math.abs(r.overall.brier_score! - 55.5 / 150) < 1e-12);
  });
  it("adds a per-window series", async () => {
    const r = await runFairness({db, log}, "fairness_input", types, {
      ...scoreSpec,
      window: {column: "at", unit: "month"}
    });
    assert.deepEqual(
      r.series!.map((s) => s.window),
      ["2026-01-01", "2026-02-01"]
    );
    const n = r.series!.reduce((s, w) => s + w.groups.reduce((t, g) => t + g.n, 0), 0);
    assert.equal(n, 160);
  });
  it("keys groups by their text: a DOUBLE group's 0 and −0 stay two groups, a BOOLEAN's null is (missing)", async () => {
    // rows are counted by group value before the key is made text; DuckDB counts 0 and −0 as one value, but
    // their texts differ, so a float group is made text first (as every group value was, row by row)
    await db.run(`CREATE OR REPLACE TEMP VIEW float_groups AS
      SELECT * FROM (VALUES (0.0::DOUBLE, true, 1, 1), ('-0.0'::DOUBLE, false, 1, 1), ('-0.0'::DOUBLE, NULL, 0, 0),
        (1.5::DOUBLE, true, 0, 1)) t(x, b, pred, label)`);
    const floatTypes = new Map([
      ["x", "DOUBLE"],
      ["b", "BOOLEAN"],
      ["pred", "INTEGER"],
      ["label", "INTEGER"]
    ]);
    const spec: FairnessSpec = {
      label: "label",
      prediction: {kind: "decision", column: "pred", positive: "1"},
      group: ["x"]
    };
    const byFloat = await runFairness({db, log}, "float_groups", floatTypes, spec, {minGroupSize: 0});
    assert.deepEqual(
      byFloat.groups.map((g) => [g.group, g.n, g.tp, g.fp, g.tn, g.fn]),
      [
        ["-0.0", 2, 1, 0, 1, 0],
        ["0.0", 1, 1, 0, 0, 0],
        ["1.5", 1, 0, 0, 0, 1]
      ]
    );
    const byBool = await runFairness({db, log}, "float_groups", floatTypes, {...spec, group: ["b"]}, {minGroupSize: 0});
    assert.deepEqual(
      byBool.groups.map((g) => [g.group, g.n]),
      [
        ["(missing)", 1],
        ["false", 1],
        ["true", 2]
      ]
    );
  });
  it("a probability outside [0, 1] fails after the confusion counts are in (their log first), a bad query with its SQL", async () => {
    await db.run(`CREATE OR REPLACE TEMP VIEW scaled AS SELECT *, score * 10 AS big FROM fairness_input`);
    const scaledTypes = new Map([...types, ["big", "DOUBLE"]]);
    const logged: string[] = [];
    await assert.rejects(
      runFairness({db, log: (m) => logged.push(m)}, "scaled", scaledTypes, {
        ...scoreSpec,
        probability: {column: "big", of: "positive"}
      }),
      /invalid probability: 3/
    );
    assert.deepEqual(logged, ["fairness: 3 rows have no prediction (null score or decision) and are left out"]);
    // a predicate both queries carry: the confusion counts' query, the first, is the one named
    await assert.rejects(
      runFairness({db, log}, "fairness_input", types, {...scoreSpec, where: "no_such_column > 0"}),
      (e: unknown) => e instanceof Error && /no_such_column/.test(e.message) && /count\(\*\) AS "\(n\)"/.test(e.message)
    );
  });
  it("reports a missing column or an undefaultable text label as InputError naming the field", async () => {
    await assert.rejects(
      runFairness({db, log}, "fairness_input", types, {...scoreSpec, group: ["nope"]}),
      (e: unknown) => e instanceof InputError && /field nope: no such column/.test(e.message)
    );
    await assert.rejects(
      runFairness({db, log}, "fairness_input", types, {...scoreSpec, positive: undefined}),
      (e: unknown) =>
        e instanceof InputError && /field outcome: text label needs --positive.*"bad", "good"/.test(e.message)
    );
  });

  const adult = new URL("../../../../shared/data/adult.data.csv", import.meta.url).pathname;
  it(
    "reproduces pandas/sklearn on UCI Adult (education_num ≥ 13 as the classifier, groups by sex)",
    {skip: !existsSync(adult)},
    async () => {
      const columns =
        "age,workclass,fnlwgt,education,education_num,marital_status,occupation,relationship,race,sex,capital_gain,capital_loss,hours_per_week,native_country,class".split(
          ","
        );
      const input = await fairnessInput(db, {input: adult, columns});
      const r = await runFairness({db, log}, input.relation, input.columns, {
        label: "class",
        positive: ">50K",
        prediction: {kind: "score", column: "education_num", threshold: 13, direction: "higher"},
        group: ["sex"]
      });
      // sklearn 1.2.1 confusion_matrix(y, p).ravel() (tn, fp, fn, tp) per sex, pandas read_csv(skipinitialspace=True)
      assert.deepEqual(
        r.groups.map((g) => [g.group, g.tn, g.fp, g.fn, g.tp]),
        [
          ["Female", 7869, 1723, 569, 610],
          ["Male", 12693, 2435, 3363, 3299]
        ]
      );
      assert.ok(Math.abs(r.overall.roc_auc! - 0.7169964074615673) < 1e-12); // roc_auc_score(y, education_num)
      assert.ok(Math.abs(r.overall.average_precision! - 0.4413673701745564) < 1e-12);
      assert.ok(Math.abs(r.overall.f1! - 0.49145084234347497) < 1e-12);
      assert.ok(Math.abs(r.summary.demographic_parity_ratio! - 0.8231107136788811) < 1e-12);
    }
  );
});
