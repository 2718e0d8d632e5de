import assert from "node:assert/strict";
import {it} from "node:test";
import {automationSummary} from "../../../src/lib/overview/automationSummary.js";

const day = (d: string, decisions: number, automated_rate: number, review_rate: number) => ({
  day: new Date(`${d}T00:00:00Z`),
  decisions,
  automated_rate,
  review_rate
});

it("automationSummary splits at the first automated day and weights shares by decisions", () => {
  const days = [
    day("2026-01-02", 100, 0, 1),
    day("2026-01-01", 300, 0, 1),
    day("2026-01-03", 200, 0.5, 0.25),
    day("2026-01-04", 600, 1, 0.1)
  ];
  const s = automationSummary(days);
  assert.equal(s.goLive, "2026-01-03");
  assert.equal(s.manualDecisions, 400);
  assert.equal(s.since.decisions, 800);
  assert.equal(s.since.automated, (200 * 0.5 + 600) / 800); // 0.875
  assert.equal(s.since.reviewed, (200 * 0.25 + 600 * 0.1) / 800); // 0.1375
});

it("automationSummary of a log with no automated decision has no go-live", () => {
  assert.deepEqual(automationSummary([day("2026-01-01", 10, 0, 1)]), {
    goLive: null,
    manualDecisions: 10,
    since: {decisions: 0, automated: 0, reviewed: 0}
  });
});
