import assert from "node:assert/strict";
import {test} from "node:test";
import {numericSample} from "../../../src/lib/drift/driftSample.js";
import {categoricalProfile, numericProfile} from "../../../src/lib/profile/countedProfile.js";
import {percentileEdges} from "../../../src/lib/profile/percentileEdges.js";
import {profileColumn} from "../../../src/lib/profile/profileColumn.js";
import {lcgSample} from "../drift/lcgSample.js";
import {fnv35} from "./fnv35.js";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

// A window with ties (values rounded to halves) and nulls; bins frozen on another sample.
const edges = percentileEdges(lcgSample(1, 3000, 2, -50));
const window = lcgSample(2, 1700, 2.5, -60).map((x, i) => (i % 13 === 0 ? null : Math.round(x * 2) / 2));
const present = window.filter((x) => x !== null);

test("numericProfile from counts per distinct value equals profileColumn on the rows", () => {
  const sample = numericSample(present);
  assert.ok(sample.values.length < present.length / 2); // ties: counts above 1
  const hashes = Array.from(sample.values, (v) => fnv35(String(v)));
  const counted = numericProfile({rows: window.length, sample, hashes}, edges);
  const rows = profileColumn(window, {kind: "numeric", edges, hash: fnv35});
  assert.equal(counted.rows, 1700);
  assert.equal(counted.nulls, 131); // ⌈1700 / 13⌉
  assert.equal(counted.nulls, rows.nulls);
  assert.equal(counted.min, rows.min);
  assert.equal(counted.max, rows.max);
  assert.deepEqual(counted.histogram, rows.histogram);
  assert.deepEqual(counted.hll, rows.hll);
  assert.equal(counted.moments!.count, rows.moments!.count);
  assert.ok(rel(counted.moments!.mean, rows.moments!.mean) < 1e-12);
  assert.ok(rel(counted.moments!.m2, rows.moments!.m2) < 1e-12);
});

test("numericProfile's moments by hand, and the same bits whatever order the rows came in", () => {
  // values 1 ×2, 4 ×1 in 4 rows: mean 2, M2 = 2·(1 − 2)² + (4 − 2)² = 6
  const p = numericProfile({rows: 4, sample: numericSample([4, 1, 1]), hashes: [3, 5]}, [2]);
  assert.deepEqual(p.moments, {count: 3, mean: 2, m2: 6});
  assert.equal(p.nulls, 1);
  assert.deepEqual(p.histogram!.counts, [2, 1]); // 1 ≤ 2 < 4
  const shuffled = [...present].reverse();
  const sample = numericSample(present);
  const hashes = Array.from(sample.values, (v) => fnv35(String(v)));
  const a = numericProfile({rows: present.length, sample, hashes}, edges);
  const b = numericProfile({rows: present.length, sample: numericSample(shuffled), hashes}, edges);
  assert.equal(Object.is(a.moments!.mean, b.moments!.mean) && Object.is(a.moments!.m2, b.moments!.m2), true);
});

test("numericProfile of a window without a value: all nulls, zero moments, empty bins", () => {
  const p = numericProfile({rows: 5, sample: null, hashes: []}, [0, 1]);
  assert.equal(p.nulls, 5);
  assert.equal(p.min, null);
  assert.deepEqual(p.moments, {count: 0, mean: 0, m2: 0});
  assert.deepEqual(p.histogram!.counts, [0, 0, 0]);
  assert.throws(
    () => numericProfile({rows: 2, sample: numericSample([1, 2, 3]), hashes: [1, 2, 3]}, []),
    /numericProfile: 3 values in 2 rows/
  );
  assert.throws(
    () => numericProfile({rows: 3, sample: numericSample([1, 2, 3]), hashes: [1, 2]}, []),
    /numericProfile: 2 hashes for 3 values/
  );
});

test("categoricalProfile from category counts equals profileColumn on the rows", () => {
  const values = ["web", "mobile", null, "web", "branch", "web", "mobile", null, "agent"];
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const categories = [...counts].map(([value, count]) => ({value, count, hash: fnv35(value)}));
  const counted = categoricalProfile({rows: values.length, categories}, 2);
  const rows = profileColumn(values, {kind: "categorical", k: 2, hash: fnv35});
  assert.deepEqual(counted, rows);
  assert.deepEqual(counted.top, {
    k: 2,
    values: [
      {value: "web", count: 3},
      {value: "mobile", count: 2}
    ],
    complete: false,
    other: 2
  });
  assert.throws(() => categoricalProfile({rows: 1, categories}, 2), /categoricalProfile: 7 values in 1 rows/);
});
