import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, describe, it} from "node:test";
import type {ModelsInputResult} from "../../../loaders/commands/models.js";

const cli = new URL("../../../loaders/cli.ts", import.meta.url).pathname;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", cli, "models", ...args, "--format", "json"], {
    encoding: "utf8"
  });
  return {status: r.status, json: JSON.parse(r.stdout), stderr: r.stderr};
};

// The hand-derived case of test/lib/models/modelMetrics.test.ts as a CSV log: reference January–February (8 labelled
// rows), March 48 rows without a label (24 at 0.35, 24 at 0.75). There: est ROC AUC 0.875 with band
// [0.875 − 3/(16√2), 1]; ROC AUC thresholds [1/3, 1]; precision thresholds [0.75, 0.75], so the estimated precision
// 1 alerts and the command exits 1.
describe("workbench models --input", () => {
  const dir = mkdtempSync(join(tmpdir(), "models-input-"));
  after(() => rmSync(dir, {recursive: true, force: true}));
  const csv = join(dir, "log.csv");
  const reference = [
    ["2026-01-05T10:00:00Z", 0.1, "good"],
    ["2026-01-06T10:00:00Z", 0.2, "good"],
    ["2026-01-07T10:00:00Z", 0.3, "bad"],
    ["2026-01-08T10:00:00Z", 0.4, "good"],
    ["2026-02-02T10:00:00Z", 0.6, "good"],
    ["2026-02-03T10:00:00Z", 0.7, "bad"],
    ["2026-02-04T10:00:00Z", 0.8, "bad"],
    ["2026-02-05T10:00:00Z", 0.9, "bad"]
  ];
  const analysis = Array.from({length: 48}, (_, i) => [
    `2026-03-10T${String(i % 24).padStart(2, "0")}:00:00Z`,
    i < 24 ? 0.35 : 0.75,
    ""
  ]);
  writeFileSync(csv, "at,p,outcome\n" + [...reference, ...analysis].map((r) => r.join(",")).join("\n") + "\n");
  const base = ["--input", csv, "--score", "p", "--label", "outcome", "--positive", "bad", "--time", "at"];

  it("computes realised and estimated metrics with NannyML's bands and thresholds per month, and exits 1 on an alert", () => {
    const {status, json} = run(...base, "--reference", "2026-01-01..2026-03-01", "--min-rows", "1");
    assert.equal(status, 1);
    const r = json as ModelsInputResult;
    const march = r.metrics.find((m) => m.granularity === "month" && m.window_start === "2026-03-01")!;
    assert.equal(march.period, "analysis");
    assert.ok(Math.abs(march.est_roc_auc! - 0.875) < 1e-12);
    assert.ok(Math.abs(march.est_roc_auc_lower! - (march.est_roc_auc! - 3 / (16 * Math.SQRT2))) < 1e-12);
    assert.equal(march.est_roc_auc_upper, 1);
    assert.ok(Math.abs(march.threshold_lower! - 1 / 3) < 1e-12);
    assert.deepEqual([march.threshold_upper, march.alert], [1, false]);
    assert.deepEqual(
      r.alerts.map((a) => [a.window_start, a.metric, a.lower, a.upper]),
      [["2026-03-01", "precision", 0.75, 0.75]]
    );
    assert.equal(r.passed, false);
  });

  it("chunks by a fixed number of rows, and takes constant thresholds from --thresholds", () => {
    const {status, json} = run(
      ...base,
      ...["--reference", "2026-01-01..2026-03-01", "--min-rows", "1", "--chunk-size", "4"],
      ...["--thresholds", "roc_auc=0.5..,precision=..,recall=..,f1=.."]
    );
    assert.equal(status, 0, JSON.stringify(json.alerts));
    const r = json as ModelsInputResult;
    const chunks = r.metrics.filter((m) => m.granularity === "chunk");
    // 2 reference chunks of 4 rows, then 12 analysis chunks of 4
    assert.deepEqual(
      [chunks.filter((c) => c.period === "reference").length, chunks.filter((c) => c.period === "analysis").length],
      [2, 12]
    );
    assert.deepEqual(
      [chunks[0].window_start, chunks[0].window_end],
      ["2026-01-05T10:00:00.000Z", "2026-01-08T10:00:00.000Z"]
    );
    assert.deepEqual([chunks[2].threshold_lower, chunks[2].threshold_upper], [0.5, null]);
    assert.equal(r.chunk_size, 4);
  });

  it("names the row and field of a bad score, and asks for what is missing", () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "at,p,outcome\n2026-01-05T10:00:00Z,0.1,good\n2026-01-06T10:00:00Z,1.5,bad\n");
    const r1 = run(
      "--input",
      bad,
      "--score",
      "p",
      "--label",
      "outcome",
      "--positive",
      "bad",
      "--time",
      "at",
      "--reference",
      "2026-01-01..2026-02-01"
    );
    assert.equal(r1.status, 2);
    assert.match(r1.json.error, /bad.csv:3: field p: not a probability in \[0, 1\] "1.5"/);
    const r2 = run(
      "--input",
      csv,
      "--score",
      "p",
      "--label",
      "outcome",
      "--time",
      "at",
      "--reference",
      "2026-01-01..2026-03-01"
    );
    assert.match(r2.json.error, /field outcome: text label needs --positive <value>/);
    const r3 = run(...base);
    assert.match(r3.json.error, /--input needs --reference/);
    const r4 = run(...base, "--reference", "2027-01-01..2027-02-01");
    assert.match(r4.json.error, /--reference: no labelled row in 2027-01-01..2027-02-01/);
    const r5 = run(...base, "--reference", "2026-01-01..2026-03-01", "--window", "week", "--chunk-size", "5");
    assert.match(r5.json.error, /give either --window or --chunk-size/);
  });
});
