import assert from "node:assert/strict";
import {test} from "node:test";
import {decileEdges} from "../../../src/lib/drift/decileEdges.js";
import {binCounts} from "../../../src/lib/drift/binCounts.js";
import {quantileType7} from "../../../src/lib/drift/quantileType7.js";
import {coarsenCounts} from "../../../src/lib/profile/coarsenCounts.js";
import {histogramQuantile} from "../../../src/lib/profile/histogramQuantile.js";
import {mergeProfiles} from "../../../src/lib/profile/mergeProfiles.js";
import {percentileEdges} from "../../../src/lib/profile/percentileEdges.js";
import {profileColumn} from "../../../src/lib/profile/profileColumn.js";
import {profileSummary} from "../../../src/lib/profile/profileSummary.js";
import {lcgSample} from "../drift/lcgSample.js";
import {fnv35} from "./fnv35.js";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

// Two windows of a numeric column with nulls; the reference is a third sample that freezes the bins.
const reference = lcgSample(1, 3000, 2, -50);
const edges = percentileEdges(reference);
const withNulls = (xs: number[], every: number) => xs.map((x, i) => (i % every === 0 ? null : x));
const monday = withNulls(lcgSample(2, 1500, 2, -40), 17);
const tuesday = withNulls(lcgSample(3, 2200, 2.5, -60), 23);
const options = {kind: "numeric" as const, edges, hash: fnv35};

test("merging the numeric profiles of two windows equals profiling their union", () => {
  const merged = mergeProfiles(profileColumn(monday, options), profileColumn(tuesday, options));
  const union = profileColumn([...monday, ...tuesday], options);
  // exact: counts, nulls, min, max, fixed-bin histogram, HyperLogLog registers
  assert.equal(merged.rows, union.rows);
  assert.equal(merged.nulls, union.nulls);
  assert.equal(merged.min, union.min);
  assert.equal(merged.max, union.max);
  assert.deepEqual(merged.histogram, union.histogram);
  assert.deepEqual(merged.hll, union.hll);
  // moments: Chan et al. merge within 1e-12 relative of the two-pass union
  assert.equal(merged.moments!.count, union.moments!.count);
  assert.ok(rel(merged.moments!.mean, union.moments!.mean) < 1e-12);
  assert.ok(rel(merged.moments!.m2, union.moments!.m2) < 1e-12);
  const {mean: _m, variance: _v, std: _s, ...exact} = profileSummary(merged);
  const {mean: _um, variance: _uv, std: _us, ...unionExact} = profileSummary(union);
  assert.deepEqual(exact, unionExact);
});

test("merge is associative and commutative on exact fields", () => {
  const wednesday = withNulls(lcgSample(4, 900, 1, 0), 5);
  const [a, b, c] = [monday, tuesday, wednesday].map((w) => profileColumn(w, options));
  const left = mergeProfiles(mergeProfiles(a, b), c);
  const right = mergeProfiles(a, mergeProfiles(c, b));
  assert.deepEqual(left.histogram, right.histogram);
  assert.deepEqual(left.hll, right.hll);
  assert.ok(rel(left.moments!.m2, right.moments!.m2) < 1e-12);
});

test("quantiles of a merged profile are enclosed by their histogram bounds (numpy.quantile type 7 exact values)", () => {
  const merged = mergeProfiles(profileColumn(monday, options), profileColumn(tuesday, options));
  const values = Float64Array.from([...monday, ...tuesday].filter((x): x is number => x !== null)).sort();
  for (const p of [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1]) {
    const exact = quantileType7(values, p);
    const q = histogramQuantile(edges, merged.histogram!.counts, merged.min!, merged.max!, p);
    assert.ok(q.lower <= exact && exact <= q.upper, `p=${p}: ${exact} not in [${q.lower}, ${q.upper}]`);
    assert.ok(q.lower <= q.value && q.value <= q.upper);
    // inside the reference's range the bound is about one reference percentile (200 / 100 = 2 per bin); in the
    // open outer bins it reaches to the window's min or max (documented)
    if (exact > edges[0] && exact <= edges[edges.length - 1])
      assert.ok(q.upper - q.lower < 6, `p=${p}: width ${q.upper - q.lower}`);
  }
});

test("decile edges are a subset of percentile edges, so PSI bins come from merged profiles exactly", () => {
  const deciles = decileEdges(reference);
  assert.deepEqual(
    deciles.filter((e) => edges.includes(e)),
    deciles
  );
  const union = [...monday, ...tuesday].filter((x): x is number => x !== null);
  const merged = mergeProfiles(profileColumn(monday, options), profileColumn(tuesday, options));
  assert.deepEqual(coarsenCounts(edges, merged.histogram!.counts, deciles), binCounts(deciles, union));
  assert.throws(() => coarsenCounts([1, 2], [1, 1, 1], [1.5]), /1.5 is not a fine edge/);
});

test("categorical top-k merges exactly while both sides are complete", () => {
  const a = ["x", "y", "x", null, "z"];
  const b = ["y", "y", "w", null, null];
  const opts = {kind: "categorical" as const, hash: fnv35, k: 5};
  const merged = mergeProfiles(profileColumn(a, opts), profileColumn(b, opts));
  const union = profileColumn([...a, ...b], opts);
  assert.deepEqual(merged, union);
  assert.deepEqual(merged.top!.values, [
    {value: "y", count: 3},
    {value: "x", count: 2},
    {value: "w", count: 1},
    {value: "z", count: 1}
  ]);
  assert.equal(merged.nulls, 3);
});

test("incomplete top-k merges to lower bounds within the documented error", () => {
  const opts = {kind: "categorical" as const, hash: fnv35, k: 2};
  const a = [..."aaaabbbcc"];
  const b = [..."ccccddde"];
  const pa = profileColumn(a, opts);
  const pb = profileColumn(b, opts);
  const merged = mergeProfiles(pa, pb);
  const union = profileColumn([...a, ...b], opts);
  assert.equal(merged.top!.complete, false);
  // exact union: c 6, a 4; merged lists c: 2 (a's top-2 cuts c) + 4 = … a's top-2 is a 4, b 3, so c counts 4 only
  assert.deepEqual(union.top!.values, [
    {value: "c", count: 6},
    {value: "a", count: 4}
  ]);
  for (const t of merged.top!.values) {
    const truth = [...a, ...b].filter((v) => v === t.value).length;
    const slack =
      (pa.top!.values.some((v) => v.value === t.value) ? 0 : pa.top!.values[1].count) +
      (pb.top!.values.some((v) => v.value === t.value) ? 0 : pb.top!.values[1].count);
    assert.ok(t.count <= truth && truth - t.count <= slack, `${t.value}: ${t.count} vs ${truth}`);
  }
  assert.equal(merged.top!.other + merged.top!.values.reduce((s, t) => s + t.count, 0), a.length + b.length);
});

test("merging rejects profiles with different frozen bins or kinds", () => {
  const other = profileColumn([1, 2], {kind: "numeric", edges: [1.5], hash: fnv35});
  assert.throws(() => mergeProfiles(profileColumn([1, 2], options), other), /edges differ/);
  assert.throws(() => mergeProfiles(other, profileColumn(["a"], {kind: "categorical", hash: fnv35})), /kinds differ/);
});

test("an empty window profiles to the merge identity", () => {
  const empty = profileColumn([null, null], options);
  const p = profileColumn(monday, options);
  const merged = mergeProfiles(empty, p);
  assert.equal(empty.min, null);
  assert.deepEqual(merged.moments, p.moments);
  assert.equal(merged.nulls, p.nulls + 2);
  assert.equal(profileSummary(empty).mean, null);
});
