import assert from "node:assert/strict";
import {it} from "node:test";
import {auditMatches} from "../../../src/lib/audit/auditMatches.js";
import {auditRecord} from "../../../src/lib/audit/auditRecord.js";
import {formatValue} from "../../../src/lib/format/formatValue.js";
import {nothingToReplay} from "../../../src/lib/audit/nothingToReplay.js";

const row = {
  decision_id: "CL-00000001",
  system: "credit-line",
  decided_at: 1767226015364,
  score: null,
  decision: "approve",
  decision_source: "human",
  routed_to_review: true,
  overridden: null,
  income: 17900,
  channel: "branch",
  outcome_observed_at: 1770844575079,
  outcome_defaulted: null,
  _source_file: "decisions-2026-01.csv",
  _row: 2
};

it("formatValue(field, v) writes times in UTC, booleans as words and null as a dash", () => {
  assert.equal(formatValue("decided_at", 1767226015364), "2026-01-01 00:06:55 UTC");
  assert.equal(formatValue("decided_at", "2026-01-01T00:06:55.364Z"), "2026-01-01 00:06:55 UTC");
  assert.equal(formatValue("when", new Date(0)), "1970-01-01 00:00:00 UTC");
  assert.equal(formatValue("income", 17900), "17900");
  assert.equal(formatValue("routed_to_review", false), "no");
  assert.equal(formatValue("score", null), "–");
  assert.equal(formatValue("n", 12n), "12");
});

it("auditRecord(row) splits the decision into sections and shows no epoch number", () => {
  const record = auditRecord(row);
  assert.deepEqual(
    record.decision.map((f) => f.field),
    ["decision_id", "system", "decided_at", "score", "decision", "decision_source"]
  );
  assert.equal(record.decision[2].text, "2026-01-01 00:06:55 UTC");
  assert.deepEqual(record.review, [
    {field: "routed_to_review", text: "yes"},
    {field: "overridden", text: "–"}
  ]);
  assert.deepEqual(record.outcome, [
    {field: "outcome_observed_at", text: "2026-02-11 21:16:15 UTC"},
    {field: "outcome_defaulted", text: "not observed yet"}
  ]);
  assert.deepEqual(record.inputs, [
    {field: "income", text: "17900"},
    {field: "channel", text: "branch"}
  ]);
  assert.equal(record.lineage, "decisions-2026-01.csv, row 2");
  assert.doesNotMatch(JSON.stringify(record), /1767226015364|1770844575079/);
});

it("auditMatches(rows) lists the shown columns with UTC times and keeps each full row", () => {
  const matches = auditMatches([row, {...row, decision_id: "CL-00000002", overridden: true}]);
  assert.equal(matches.length, 2);
  assert.deepEqual(Object.keys(matches[0]), [
    "decision_id",
    "decided_at",
    "decision_source",
    "decision",
    "overridden",
    "row"
  ]);
  assert.equal(matches[0].decided_at, "2026-01-01 00:06:55 UTC");
  assert.equal(matches[1].overridden, "yes");
  assert.equal((matches[1].row as {decision_id: string}).decision_id, "CL-00000002");
  assert.deepEqual(auditMatches([]), []);
});

it("nothingToReplay(source) names who decided", () => {
  assert.match(nothingToReplay("human"), /by the manual process, not by a registered model/);
  assert.match(nothingToReplay("fallback"), /by the fallback rule \(model unavailable\)/);
  assert.match(nothingToReplay("rule"), /by business rules/);
  assert.match(nothingToReplay("model"), /a model version not in the registry/);
});
