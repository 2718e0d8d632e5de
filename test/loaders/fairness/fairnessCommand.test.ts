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
});
