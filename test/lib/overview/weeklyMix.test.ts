import assert from "node:assert/strict";
import {it} from "node:test";
import {weeklyMix} from "../../../src/lib/overview/weeklyMix.js";

it("weeklyMix sums decision sources into one row per system, week and final decision", () => {
  const week = new Date("2026-01-26T00:00:00Z");
  const rows = weeklyMix([
    {system: "b", week, final_decision: "approve", decision_source: "model", decisions: 10},
    {system: "b", week, final_decision: "approve", decision_source: "human", decisions: 5},
    {system: "b", week: +week, final_decision: "decline", decision_source: "rule", decisions: 2},
    {system: "a", week, final_decision: "pass", decision_source: "model", decisions: 7}
  ]);
  assert.deepEqual(rows, [
    {system: "a", week, final_decision: "pass", decisions: 7},
    {system: "b", week, final_decision: "approve", decisions: 15},
    {system: "b", week, final_decision: "decline", decisions: 2}
  ]);
  assert.deepEqual(weeklyMix([]), []);
});
