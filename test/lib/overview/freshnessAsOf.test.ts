import assert from "node:assert/strict";
import {it} from "node:test";
import {freshnessAsOf} from "../../../src/lib/overview/freshnessAsOf.js";
import {freshnessNote} from "../../../src/lib/overview/freshnessNote.js";

const now = "2026-12-07T11:49:00.000Z";
const sampleEnd = "2026-06-30T00:00:00.000Z";

it("freshnessAsOf: a set as-of time wins, then the sample's own end, then the clock", () => {
  assert.deepEqual(freshnessAsOf({set: "2026-07-01", sampleEnd, now}), {
    asOf: "2026-07-01T00:00:00.000Z",
    basis: "set"
  });
  assert.deepEqual(freshnessAsOf({sampleEnd, now}), {asOf: sampleEnd, basis: "sample"});
  assert.deepEqual(freshnessAsOf({set: "", sampleEnd, now}), {asOf: sampleEnd, basis: "sample"});
  assert.deepEqual(freshnessAsOf({now}), {asOf: now, basis: "clock"});
  assert.throws(() => freshnessAsOf({set: "soon", now}), /invalid as-of time: soon/);
});

it("freshnessNote says which as-of time was used and why", () => {
  assert.match(freshnessNote("sample", sampleEnd), /bundled sample is judged as of its own end, 2026-06-30 00:00 UTC/);
  assert.match(
    freshnessNote("set", Date.parse("2026-07-01T00:00:00Z")),
    /as of 2026-07-01 00:00 UTC, the as-of time set/
  );
  assert.match(freshnessNote("clock", now), /as of 2026-12-07 11:49 UTC, when this site was built/);
});
