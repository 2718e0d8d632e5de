import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb} from "../../../loaders/db/openDb.js";
import {writeCreditLineFixture, writeFairnessFixture} from "./fixtures.js";

const cli = new URL("../../../loaders/cli.ts", import.meta.url).pathname;
const workbench = (args: string[]) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", cli, "fairness", ...args, "--format", "json"], {
    encoding: "utf8",
    env: {...process.env, TZ: "UTC"}
  });
  return {status: r.status, json: JSON.parse(r.stdout), stderr: r.stderr};
};

describe("workbench fairness", () => {
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "fairness-cli-"));
    const db = await openDb({threads: 1});
    await writeFairnessFixture(db, join(dir, "log.csv"));
    await writeCreditLineFixture(db, join(dir, "work"));
    db.close();
  });
  after(() => rmSync(dir, {recursive: true, force: true}));
  const base = () => ["--input", join(dir, "log.csv"), "--label", "outcome", "--positive", "good", "--group", "grp"];

  it("exits 1 with the full JSON document when a group is outside the band", () => {
    // b's selection ratio: (20/50) / (55/110) = 0.8 → inside; with --reference b, a's ratio 1.25 → inside;
    // tau 0.9: 0.8 < 0.9 → outside
    const {status, json, stderr} = workbench([
      ...base(),
      "--decision",
      "decision",
      "--decision-positive",
      "yes",
      "--tau",
      "0.9",
      "--bootstrap",
      "200"
    ]);
    assert.equal(status, 1, stderr);
    assert.deepEqual(Object.keys(json.overall).slice(0, 15), [
      "n",
      "tp",
      "fp",
      "tn",
      "fn",
      "accuracy",
      "precision",
      "recall",
      "f1",
      "fpr",
      "fnr",
      "selection_rate",
      "prevalence",
      "roc_auc",
      "average_precision"
    ]);
    assert.equal(json.reference, "a");
    const b = json.groups[1];
    for (const key of [
      "group",
      "n",
      "tp",
      "fp",
      "tn",
      "fn",
      "selection_rate",
      "base_rate",
      "tpr",
      "fpr",
      "fnr",
      "tnr",
      "precision",
      "npv",
      "fdr",
      "for",
      "ppr",
      "disparity",
      "intervals",
      "within_band"
    ])
      assert.ok(key in b, key);
    assert.equal(b.within_band.selection_rate, false);
    assert.equal(json.summary_intervals.demographic_parity_difference.length, 2);
    assert.match(stderr, /check failed: outside \[0.900, 1.111\] vs a: b selection_rate 0.800/);
  });
  it("exits 0 when every group is inside the band", () => {
    const {status, json} = workbench([
      ...base(),
      "--score",
      "score",
      "--threshold",
      "0.5",
      "--tau",
      "0.8",
      "--bootstrap",
      "0"
    ]);
    assert.equal(status, 0);
    assert.deepEqual(json.failing, []);
    assert.equal(json.summary_intervals, null);
  });
  it("--rates-only: the same groups, disparities and overall rates, without the four score metrics", () => {
    const args = [...base(), "--score", "score", "--threshold", "0.5", "--probability", "score", "--bootstrap", "0"];
    const all = workbench(args);
    const rates = workbench(
      args.filter((a, i) => a !== "--probability" && args[i - 1] !== "--probability").concat("--rates-only")
    );
    assert.equal(rates.status, all.status);
    const scored = ["roc_auc", "average_precision", "brier_score", "log_loss"];
    for (const k of scored) {
      assert.equal(typeof all.json.overall[k], "number", k);
      assert.equal(rates.json.overall[k], null, k);
    }
    const without = (o: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(o).filter(([k]) => !scored.includes(k)));
    assert.deepEqual(without(rates.json.overall), without(all.json.overall));
    assert.deepEqual(rates.json.groups, all.json.groups);
    assert.deepEqual(rates.json.summary, all.json.summary);
    assert.match(rates.json.conventions.score_metrics, /not computed/);
    assert.equal(all.json.conventions.score_metrics, undefined);
    const both = workbench([...args, "--rates-only"]);
    assert.equal(both.status, 2);
    assert.match(both.json.error, /--rates-only .*--probability/);
  });
  it("exits 2 with an error document on unusable input", () => {
    const missing = workbench(["--input", join(dir, "nope.csv"), "--label", "x", "--group", "g", "--decision", "d"]);
    assert.equal(missing.status, 2);
    assert.match(missing.json.error, /nope.csv: no such file/);
    const badTau = workbench([...base(), "--decision", "decision", "--tau", "1.5"]);
    assert.equal(badTau.status, 2);
    assert.match(badTau.json.error, /--tau/);
  });
  it("reviews an ingested system with its contract's conventions", () => {
    const {status, json} = workbench([
      "--system",
      "credit-line",
      "--data",
      join(dir, "work"),
      "--group",
      "ethnicity",
      "--min-group-size",
      "0",
      "--bootstrap",
      "0"
    ]);
    assert.ok(status === 0 || status === 1);
    assert.equal(json.conventions.positive_label, "label_pos = true");
    assert.deepEqual(
      json.groups.map((g: {group: string; n: number}) => [g.group, g.n]),
      [
        ["group_a", 3],
        ["group_b", 1],
        ["group_c", 2]
      ]
    );
  });

  it("adds Aequitas's grid with --grid: each attribute on its own, worst group and ratio, pass/fail (hand-checked)", () => {
    // final decisions of the fixture: approve CL1 (female, group_a), CL2 (male, group_c), CL5 (other, group_a),
    // CL6 (female, group_a); decline CL3 (male, group_c), CL4 (female, group_b).
    // sex: female 2/3 (largest, reference), male 1/2 → 0.75, other 1/1 → 1.5: |ln 1.5| > |ln 0.75|, both outside.
    // ethnicity: group_a 3/3 (reference), group_b 0/1 → 0 (the farthest), group_c 1/2 → 0.5.
    const {status, json} = workbench([
      ...["--system", "credit-line", "--data", join(dir, "work"), "--grid", "sex,ethnicity"],
      ...["--check-rates", "selection_rate", "--min-group-size", "0", "--bootstrap", "0"]
    ]);
    assert.equal(status, 1);
    // --group defaults to the grid's first attribute
    assert.deepEqual(
      json.groups.map((g: {group: string}) => g.group),
      ["female", "male", "other"]
    );
    assert.deepEqual(
      json.grid.map((c: Record<string, unknown>) => [
        c.attribute,
        c.metric,
        c.reference_group,
        c.worst_group,
        c.passed
      ]),
      [
        ["sex", "selection_rate", "female", "other", false],
        ["ethnicity", "selection_rate", "group_a", "group_b", false]
      ]
    );
    assert.ok(Math.abs(json.grid[0].worst_ratio - 1.5) < 1e-12);
    assert.equal(json.grid[1].worst_ratio, 0);
    // the contract's policy (credit-line: assistive, not scarce) → false negative rate parity, plus the selection rate
    assert.equal(json.guide.primary, "fnr");
  });

  it("keeps --group as the intersection next to a grid, and checks the recommended rates on request", () => {
    const {json} = workbench([
      ...["--system", "credit-line", "--data", join(dir, "work"), "--group", "sex,ethnicity", "--grid", "sex"],
      ...["--check-rates", "recommended", "--min-group-size", "0", "--bootstrap", "0"]
    ]);
    assert.ok(json.groups.some((g: {group: string}) => g.group === "female × group_a"));
    assert.deepEqual(
      json.grid.map((c: {metric: string}) => c.metric),
      ["fnr", "selection_rate"]
    );
    const input = workbench([...base(), "--decision", "decision", "--check-rates", "recommended"]);
    assert.equal(input.status, 2);
    assert.match(input.json.error, /--check-rates recommended needs --system/);
  });
});
