import assert from "node:assert/strict";
import {it} from "node:test";
import {cappedDomain} from "../../../src/lib/chart/cappedDomain.js";

it("cappedDomain caps a few extreme values that would flatten the limits", () => {
  const values = [...Array.from({length: 97}, (_, i) => 0.003 + (i % 5) * 0.001), 0.3, 0.35, 0.36];
  const {domain, capped} = cappedDomain(values, {keep: [0, 0.012]});
  assert.equal(capped, true);
  assert.equal(domain[0], 0);
  assert.ok(Math.abs(domain[1] - 0.012 * 1.15) < 1e-12, String(domain[1])); // the UCL tops the 95th percentile
});

it("cappedDomain keeps everything when the largest value is within three times the top (boundary included)", () => {
  // lo 0, top (95th percentile of [1…100] = 95.05), max 100: 100 ≤ 3 × 95.05
  assert.deepEqual(
    cappedDomain(
      Array.from({length: 100}, (_, i) => i + 1),
      {keep: [0]}
    ),
    {domain: [0, 100], capped: false}
  );
  // exactly three times: 30 = 3 × 10 → not capped; just above → capped
  assert.equal(cappedDomain([10, 30], {keep: [0], quantile: 0}).capped, false);
  assert.equal(cappedDomain([10, 30.001], {keep: [0], quantile: 0}).capped, true);
  assert.throws(() => cappedDomain([NaN]), /at least one finite value/);
});
