import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {parseReadiness} from "../../../src/lib/readiness/parseReadiness.js";
import type {ReadinessCriteria, Workflow} from "../../../src/lib/readiness/Readiness.js";
import {scoreReadiness} from "../../../src/lib/readiness/scoreReadiness.js";

const criteria: ReadinessCriteria = {
  minCompleteness: 0.98,
  maxErrorRate: 0.01,
  minDecisionsPerDay: 200,
  serviceP95Ms: 150,
  maxLabelLagDays: 90,
  partialMargin: 0.2
};
const workflow = (over: Partial<Workflow> = {}, profile: Partial<Workflow["profile"]> = {}): Workflow => ({
  name: "w",
  description: "d",
  decisionsPerDay: 500,
  latencyNeedMs: 1000,
  risk: "medium",
  impact: 4,
  dataSources: ["a"],
  ...over,
  profile: {completeness: 0.99, errorRate: 0.001, labelLagDays: 30, ...profile}
});
const scores = (w: Workflow) => scoreReadiness(w, criteria).criteria.map((c) => c.score);

describe("scoreReadiness", () => {
  it("meets every criterion at its threshold and automates a valuable workflow", () => {
    const w = workflow(
      {decisionsPerDay: 200, latencyNeedMs: 150},
      {completeness: 0.98, errorRate: 0.01, labelLagDays: 90}
    );
    const s = scoreReadiness(w, criteria);
    assert.deepEqual([s.criteria.map((c) => c.score), s.readiness, s.quadrant], [[1, 1, 1, 1], 1, "automate now"]);
  });

  it("scores partial within the 20 % margin and 0 beyond, criterion by criterion", () => {
    // hand derivation: volume 160 = 200 × 0.8 → partial; 159 → missed; error rate 0.012 = 0.01 × 1.2 → partial
    assert.deepEqual(scores(workflow({decisionsPerDay: 160})), [1, 0.5, 1, 1]);
    assert.deepEqual(scores(workflow({decisionsPerDay: 159})), [1, 0, 1, 1]);
    assert.deepEqual(scores(workflow({}, {errorRate: 0.012})), [0.5, 1, 1, 1]);
    assert.deepEqual(scores(workflow({}, {errorRate: 0.0121})), [0, 1, 1, 1]);
    assert.deepEqual(scores(workflow({latencyNeedMs: 120})), [1, 1, 0.5, 1]); // 150 × 0.8 = 120
    assert.deepEqual(scores(workflow({}, {labelLagDays: 108})), [1, 1, 1, 0.5]); // 90 × 1.2 = 108
    assert.deepEqual(scores(workflow({}, {labelLagDays: null})), [1, 1, 1, 0]);
    assert.deepEqual(scores(workflow({}, {completeness: 0.97, errorRate: 0.05})), [0, 1, 1, 1]); // the worse counts
  });

  it("places workflows in the four quadrants and keeps humans in the loop for high risk", () => {
    const q = (w: Workflow) => scoreReadiness(w, criteria);
    assert.equal(q(workflow({decisionsPerDay: 10}, {labelLagDays: null})).quadrant, "fix the data first"); // 0.5, impact 4
    assert.equal(q(workflow({impact: 2})).quadrant, "quick win");
    assert.equal(q(workflow({impact: 2, decisionsPerDay: 10}, {labelLagDays: null})).quadrant, "defer");
    assert.equal(
      q(workflow({risk: "high"})).recommendation,
      "automate; high risk: keep human review of uncertain cases"
    );
    assert.equal(
      q(workflow({decisionsPerDay: 10}, {labelLagDays: null})).recommendation,
      "fix volume, outcomes before automating"
    );
    // readiness 0.75 is ready: three met, one missed
    assert.equal(q(workflow({}, {labelLagDays: null})).readiness, 0.75);
    assert.equal(q(workflow({}, {labelLagDays: null})).quadrant, "automate now");
  });
});

describe("parseReadiness", () => {
  const doc = () => ({
    criteria: {
      min_completeness: 0.98,
      max_error_rate: 0.01,
      min_decisions_per_day: 200,
      service_p95_ms: 150,
      max_label_lag_days: 90,
      partial_margin: 0.2
    },
    workflows: [
      {
        name: "a",
        description: "d",
        decisions_per_day: 5,
        latency_need_ms: 10,
        risk: "low",
        impact: 1,
        data_sources: ["x"],
        profile: {completeness: 1, error_rate: 0, label_lag_days: null}
      }
    ]
  });
  it("reads snake_case into the model", () => {
    const r = parseReadiness(doc());
    assert.deepEqual(r.criteria, criteria);
    assert.deepEqual(r.workflows[0].profile, {completeness: 1, errorRate: 0, labelLagDays: null});
  });
  it("names the place of an error", () => {
    const bad = doc();
    (bad.workflows[0] as Record<string, unknown>).impact = 7;
    assert.throws(() => parseReadiness(bad), /^Error: workflows\[0\]\.impact: not an integer from 1 to 5: 7$/);
    const share = doc();
    share.criteria.min_completeness = 1.5;
    assert.throws(() => parseReadiness(share), /^Error: criteria\.min_completeness: invalid number: 1\.5$/);
    const dup = doc();
    dup.workflows.push({...dup.workflows[0]});
    assert.throws(() => parseReadiness(dup), /^Error: workflows\[1\]\.name: duplicate "a"$/);
  });
});
