import assert from "node:assert/strict";
import {it} from "node:test";
import {describeEpisode} from "../../../src/lib/spc/describeEpisode.js";
import {plainRule} from "../../../src/lib/spc/plainRule.js";
import {runRules} from "../../../src/lib/spc/runRules.js";
import {seriesFrom} from "../../../src/lib/spc/seriesFrom.js";

it("plainRule has words for every run rule and for the EWMA and CUSUM signals", () => {
  for (const rule of runRules) assert.ok(plainRule(rule.id).length > 5, rule.id);
  for (const id of ["EWMA", "CUSUM+", "CUSUM-"]) assert.ok(plainRule(id));
  assert.throws(() => plainRule("WE9"), /unknown rule: WE9/);
});

it("describeEpisode tells when, how long and what in words, codes in brackets", () => {
  assert.equal(
    describeEpisode({from: "2026-05-21", to: "2026-05-23", buckets: 3, rules: ["WE1", "WE2", "WE3"], phase: 2}, "day"),
    "2026-05-21 to 2026-05-23 (3 days): a value beyond the control limits, values close to a control limit, and a small shift held for several points (WE1, WE2, WE3)."
  );
  assert.equal(
    describeEpisode({from: "2026-05-09", to: "2026-05-09", buckets: 1, rules: ["WE1"], phase: 2}, "day"),
    "2026-05-09 (1 day): a value beyond the control limits (WE1)."
  );
});

it("seriesFrom keeps the buckets from a date on, inclusive", () => {
  const s = [{bucket: "2026-01-30"}, {bucket: "2026-01-31"}, {bucket: "2026-02-01"}];
  assert.deepEqual(seriesFrom(s, "2026-01-31"), s.slice(1));
  assert.deepEqual(seriesFrom(s, undefined), s);
});
