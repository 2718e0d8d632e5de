import assert from "node:assert/strict";
import {it} from "node:test";
import {replayRows, type ReplayRow} from "../../../src/lib/replay/replayRows.js";

const row = (id: string, model: string, shadow: string | null, band: string): ReplayRow => ({
  decision_id: id,
  model,
  shadow_model: shadow,
  score: 0.1,
  decision: "approve",
  shadow_score: shadow ? 0.3 : null,
  shadow_decision: shadow ? "decline" : null,
  age_band: band,
  x: [1, 2]
});

it("replayRows selects the production decisions, the shadow scores in their place, and the bands", () => {
  const rows = [
    row("a", "lr@1", null, "65+"),
    row("b", "lr@1", "gbdt@2", "18-24"),
    row("c", "old@0", "gbdt@2", "35-49")
  ];
  const r = replayRows(rows, {production: "lr@1", challenger: "gbdt@2"});
  assert.deepEqual(
    r.production.map((d) => d.decision_id),
    ["a", "b"]
  );
  assert.deepEqual(
    r.shadow.map((d) => [d.decision_id, d.score, d.decision]),
    [
      ["b", 0.3, "decline"],
      ["c", 0.3, "decline"]
    ]
  );
  assert.deepEqual(
    r.challenged.map((d) => d.decision_id),
    ["b"]
  );
  assert.deepEqual(r.bands, ["18-24", "65+"]);
  assert.deepEqual(r.production[0].x, [1, 2]);
});
