import assert from "node:assert/strict";
import {test} from "node:test";
import {binCounts} from "../../../src/lib/drift/binCounts.js";
import {decileEdges} from "../../../src/lib/drift/decileEdges.js";
import {driftReference} from "../../../src/lib/drift/driftReference.js";
import {categoricalSample, numericSample} from "../../../src/lib/drift/driftSample.js";
import {lcgSample} from "./lcgSample.js";

test("driftReference bins a numeric reference as decileEdges and binCounts do on the unsorted values", () => {
  const values = lcgSample(11, 3000).map((x) => Math.round(x)); // ties on purpose
  const r = driftReference(numericSample(values));
  const edges = decileEdges(values);
  assert.deepEqual(r.edges, edges);
  assert.deepEqual(r.counts, binCounts(edges, values));
  assert.equal(r.distinct, new Set(values).size);
});

test("driftReference counts 0 and -0 as one distinct value, as a Set does", () => {
  const values = [0, -0, 1, 1, 2];
  assert.equal(driftReference(numericSample(values)).distinct, new Set(values).size);
  assert.equal(new Set(values).size, 3);
});

test("driftReference of a categorical sample counts its categories and has no edges", () => {
  const r = driftReference(
    categoricalSample(
      new Map([
        ["a", 3],
        ["b", 1]
      ])
    )
  );
  assert.equal(r.distinct, 2);
  assert.equal(r.edges, null);
});

test("driftReference rejects an empty sample", () => {
  assert.throws(() => driftReference(numericSample([])), /non-empty sample/);
});
