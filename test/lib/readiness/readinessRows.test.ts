import assert from "node:assert/strict";
import {it} from "node:test";
import {readinessRows} from "../../../src/lib/readiness/readinessRows.js";
import type {ReadinessScore} from "../../../src/lib/readiness/scoreReadiness.js";

const score: ReadinessScore = {
  name: "Claims",
  criteria: [
    {criterion: "data quality", score: 0.5, detail: "completeness 97.0% (min 98.0%)"},
    {criterion: "volume", score: 1, detail: "420 decisions/day (min 200)"},
    {criterion: "latency", score: 0, detail: "needs 50 ms"},
    {criterion: "outcomes", score: 1, detail: "30 days"}
  ],
  readiness: 0.625,
  impact: 4,
  risk: "medium",
  decisionsPerDay: 420,
  quadrant: "fix the data first",
  recommendation: "Fix the data first."
};

it("readinessRows(scores) gives one short verdict per criterion, in the criteria's order", () => {
  assert.deepEqual(readinessRows([score]), [
    {
      workflow: "Claims",
      quadrant: "fix the data first",
      readiness: 0.625,
      impact: 4,
      risk: "medium",
      "decisions/day": 420,
      "data quality": "~ partial",
      volume: "✓ met",
      latency: "✗ missed",
      outcomes: "✓ met"
    }
  ]);
});
