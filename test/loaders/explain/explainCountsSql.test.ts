import assert from "node:assert/strict";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import type {Bins} from "../../../loaders/explain/binEdges.js";
import {countPredicate} from "../../../loaders/explain/countPredicate.js";
import {explainCountsSql} from "../../../loaders/explain/explainCountsSql.js";
import {decisionsMetric} from "./decisionsMetric.js";
import type {ExplainAttribute} from "../../../loaders/explain/explainSystem.js";

describe("countPredicate", () => {
  it("reads count(*) and count(*) FILTER (WHERE p), and nothing else", () => {
    assert.equal(countPredicate("count(*)"), "TRUE");
    assert.equal(countPredicate(`count(*) FILTER (WHERE "a" AND ("b" = 'x)'))`), `"a" AND ("b" = 'x)')`);
    assert.equal(countPredicate("COUNT(*) filter (where a)"), "a");
    assert.equal(countPredicate("count(*) FILTER (WHERE a) + count(*)"), null); // the FILTER closes before the end
    assert.equal(countPredicate("count(x)"), null);
    assert.equal(countPredicate("sum(x)"), null);
  });
});

// 10 decisions over two UTC days; x is binned at 2 and 2.00001 (labels that print alike: "(2, 2]" is one segment),
// with a null and a NaN; k is categorical with a null; flag is null on one row (a null predicate counts as false)
describe("explainCountsSql", () => {
  let db: Db;
  const relation = `SELECT decided_at AS __t, * FROM (VALUES
    (TIMESTAMP '2026-03-01 00:00:00', 1.0, 'a', true, 10.0),
    (TIMESTAMP '2026-03-01 08:00:00', 2.0, 'a', false, 20.0),
    (TIMESTAMP '2026-03-01 23:59:59', 2.000005, 'b', true, NULL),
    (TIMESTAMP '2026-03-01 12:00:00', NULL, NULL, NULL, 40.0),
    (TIMESTAMP '2026-03-02 00:00:00', 'NaN'::DOUBLE, 'b', true, 50.0),
    (TIMESTAMP '2026-03-02 01:00:00', 3.0, 'b', false, 60.0),
    (TIMESTAMP '2026-03-02 02:00:00', 4.0, 'a', true, 70.0),
    (TIMESTAMP '2026-03-02 03:00:00', 5.0, NULL, true, 80.0),
    (TIMESTAMP '2026-03-02 04:00:00', 2.0, 'b', true, 90.0),
    (NULL, 1.0, 'a', true, 100.0)) t(decided_at, x, k, flag, latency)`;
  const attributes: ExplainAttribute[] = [
    {name: "x", kind: "numeric"},
    {name: "k", kind: "categorical"}
  ];
  const bins: Record<string, Bins> = {x: {edges: [2, 2.00001], labels: ["≤ 2", "(2, 2]", "(2, 2]"]}};
  const metric = decisionsMetric;
  const metrics = [
    metric("flag_rate", "count(*)", "count(*) FILTER (WHERE flag)"),
    metric("slow", "count(*) FILTER (WHERE latency IS NOT NULL)", "count(*) FILTER (WHERE latency > 45)"),
    metric("flag_again", "count(*)", "count(*) FILTER (WHERE flag)")
  ];
  /** The single-stage formulation it replaced, kept as the reference: every metric's aggregates per grouping set. */
  const direct = (bucket: string, where: string) => {
    const segment = (a: ExplainAttribute) => {
      if (!bins[a.name]) return `COALESCE(CAST(${a.name} AS VARCHAR), '(null)')`;
      const {edges, labels} = bins[a.name];
      const x = `CAST(${a.name} AS DOUBLE)`;
      return `CASE WHEN ${x} IS NULL OR NOT isfinite(${x}) THEN '(null)' ${edges.map((e, i) => `WHEN ${x} <= ${e} THEN ${sqlLiteral(labels[i])}`).join(" ")} ELSE ${sqlLiteral(labels[labels.length - 1])} END`;
    };
    return `SELECT ${bucket} AS bucket, CASE WHEN GROUPING(s0) = 0 THEN 'x' ELSE 'k' END AS attribute, COALESCE(s0, s1) AS segment,
      ${metrics.map((m, i) => `CAST(${m.n} AS DOUBLE) AS n${i}, CAST(${m.count} AS DOUBLE) AS count${i}`).join(", ")}
      FROM (SELECT ${segment(attributes[0])} AS s0, ${segment(attributes[1])} AS s1, * FROM (${relation}) WHERE ${where})
      GROUP BY GROUPING SETS ((${bucket}, s0), (${bucket}, s1)) ORDER BY attribute, bucket, segment`;
  };
  before(async () => {
    db = await openDb({threads: 1});
  });
  after(() => db.close());

  it("counts per UTC day what every metric's own aggregates count, in the same order", async () => {
    const rows = await db.all<Record<string, string | number>>(
      explainCountsSql(relation, attributes, bins, metrics, "day")
    );
    assert.deepEqual(rows, await db.all(direct("strftime(__t, '%Y-%m-%d')", "__t IS NOT NULL")));
    // by hand: 2026-03-02, x ≤ 2: the row x = 2 (flag, latency 90); x in (2, 2]: none that day; (null): NaN
    const x2 = rows.filter((r) => r.bucket === "2026-03-02" && r.attribute === "x");
    assert.deepEqual(
      x2.map((r) => [r.segment, r.n0, r.count0, r.n1, r.count1, r.n2, r.count2]),
      [
        ["(2, 2]", 3, 2, 3, 3, 3, 2], // 3, 4, 5 are above the last edge: flags false, true, true; latencies 60, 70, 80
        ["(null)", 1, 1, 1, 1, 1, 1],
        ["≤ 2", 1, 1, 1, 1, 1, 1]
      ]
    );
    // 2026-03-01: x = 2.000005 and the bin above the last edge print alike, one segment; the null flag is not counted
    const x1 = rows.filter((r) => r.bucket === "2026-03-01" && r.attribute === "x");
    assert.deepEqual(
      x1.map((r) => [r.segment, r.n0, r.count0, r.n1, r.count1]),
      [
        ["(2, 2]", 1, 1, 0, 0],
        ["(null)", 1, 0, 1, 0],
        ["≤ 2", 2, 1, 2, 0]
      ]
    );
  });

  it("counts two windows (a row in both counts in both) as the single-stage query does", async () => {
    const from = {from: "2026-03-01", to: "2026-03-02T02:00:00Z"};
    const to = {from: "2026-03-02", to: "2026-03-03"};
    const windows = (w: {from: string; to: string}) =>
      `__t >= CAST(CAST('${w.from}' AS TIMESTAMPTZ) AS TIMESTAMP) AND __t < CAST(CAST('${w.to}' AS TIMESTAMPTZ) AS TIMESTAMP)`;
    const expected = await db.all(
      direct("b", "TRUE").replace(
        `(${relation}) WHERE TRUE`,
        `(SELECT '0' AS b, * FROM (${relation}) WHERE ${windows(from)} UNION ALL SELECT '1' AS b, * FROM (${relation}) WHERE ${windows(to)})`
      )
    );
    const rows = await db.all(explainCountsSql(relation, attributes, bins, metrics, {windows: [from, to]}));
    assert.deepEqual(rows, expected);
    assert.equal(
      rows.filter((r) => r.bucket === "0" && r.attribute === "k").reduce((s, r) => s + (r.n0 as number), 0),
      6
    );
  });

  it("names a metric whose aggregate is not a count", () => {
    assert.throws(
      () => explainCountsSql(relation, attributes, bins, [metric("mean", "count(*)", "sum(latency)")], "day"),
      /^Error: explainCountsSql: mean: sum\(latency\) is not count\(\*\) \[FILTER \(WHERE …\)\]$/
    );
  });
});
