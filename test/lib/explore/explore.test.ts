import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {autoChart} from "../../../src/lib/explore/autoChart.js";
import {columnKind} from "../../../src/lib/explore/columnKind.js";
import {flattenRows} from "../../../src/lib/explore/flattenRows.js";
import {queryResult, type ArrowLike} from "../../../src/lib/explore/queryResult.js";
import {runQuery} from "../../../src/lib/explore/runQuery.js";

/** A stand-in for an Arrow table: fields with type objects that print like apache-arrow's. */
const arrow = (fields: [string, string][], rows: Record<string, unknown>[]): ArrowLike => ({
  schema: {fields: fields.map(([name, type]) => ({name, type: {toString: () => type}}))},
  toArray: () => rows
});

describe("columnKind", () => {
  it("classifies Arrow and DuckDB type names", () => {
    // apache-arrow 17 type names (String(field.type)) and DuckDB type names
    const cases: [string, string][] = [
      ["Date32<DAY>", "temporal"],
      ["Date64<MILLISECOND>", "temporal"],
      ["Timestamp<MICROSECOND>", "temporal"],
      ["TIMESTAMP WITH TIME ZONE", "temporal"],
      ["Float64", "numeric"],
      ["Int32", "numeric"],
      ["Uint8", "numeric"],
      ["Decimal[18e+3]", "numeric"],
      ["BIGINT", "numeric"],
      ["DECIMAL(18,3)", "numeric"],
      ["Utf8", "categorical"],
      ["Bool", "categorical"],
      ["Dictionary<Int32, Utf8>", "categorical"],
      ["VARCHAR", "categorical"],
      ["List<Float64>", "other"],
      ["Struct<{a:Int32}>", "other"],
      ["INTERVAL", "other"]
    ];
    for (const [type, kind] of cases) assert.equal(columnKind(type), kind, type);
  });
});

describe("autoChart", () => {
  const t = {name: "week", kind: "temporal" as const};
  const n = {name: "rows", kind: "numeric" as const};
  const m = {name: "rate", kind: "numeric" as const};
  const c = {name: "system", kind: "categorical" as const};
  const o = {name: "edges", kind: "other" as const};

  it("temporal + numeric → line, split by the first category", () => {
    assert.deepEqual(autoChart([c, t, n, m]), {
      mark: "line",
      x: "week",
      y: "rows",
      series: "system",
      reason: "rows over week, one line per system (a time and a number)"
    });
    assert.equal(autoChart([t, n]).series, null);
  });

  it("categorical + numeric → bar; two numerics → dot; one numeric → histogram", () => {
    assert.deepEqual(
      [autoChart([c, n, m]).mark, autoChart([c, n, m]).x, autoChart([c, n, m]).y],
      ["bar", "system", "rows"]
    );
    assert.deepEqual([autoChart([m, n]).mark, autoChart([m, n]).x, autoChart([m, n]).y], ["dot", "rate", "rows"]);
    assert.deepEqual([autoChart([n, o]).mark, autoChart([n, o]).x], ["histogram", "rows"]);
  });

  it("nothing chartable → none, with a reason", () => {
    for (const columns of [[], [c], [t, c], [o, o]]) assert.equal(autoChart(columns).mark, "none");
    assert.match(autoChart([c]).reason, /no chart/);
  });
});

describe("queryResult and runQuery", () => {
  it("turns an Arrow table into rows with Dates and numbers, and typed columns", () => {
    const r = queryResult(
      arrow(
        [
          ["day", "Date32<DAY>"],
          ["n", "Int64"],
          ["s", "Utf8"]
        ],
        [
          {day: 86_400_000, n: 5n, s: "a"},
          {day: null, n: null, s: null}
        ]
      )
    );
    assert.deepEqual(
      r.columns.map((col) => [col.name, col.kind]),
      [
        ["day", "temporal"],
        ["n", "numeric"],
        ["s", "categorical"]
      ]
    );
    assert.deepEqual(r.rows, [
      {day: new Date("1970-01-02T00:00:00Z"), n: 5, s: "a"},
      {day: null, n: null, s: null}
    ]);
  });

  it("reads text columns holding only ISO dates as temporal", () => {
    const r = queryResult(
      arrow(
        [
          ["week", "Utf8"],
          ["name", "Utf8"]
        ],
        [
          {week: "2026-05-04", name: "2026-05-04"},
          {week: null, name: "x"}
        ]
      )
    );
    assert.deepEqual(
      r.columns.map((col) => col.kind),
      ["temporal", "categorical"]
    );
    assert.deepEqual(r.rows[0], {week: new Date("2026-05-04T00:00:00Z"), name: "2026-05-04"});
  });

  it("returns the error message instead of throwing", async () => {
    const client = {
      query: async (sql: string) => {
        if (sql.includes("nope")) throw new Error("Catalog Error: Table with name nope does not exist!");
        return arrow([["x", "Float64"]], [{x: 1}]);
      }
    };
    assert.deepEqual(await runQuery(client, "SELECT 1 AS x"), {
      ok: true,
      columns: [{name: "x", type: "Float64", kind: "numeric"}],
      rows: [{x: 1}]
    });
    assert.deepEqual(await runQuery(client, "SELECT * FROM nope"), {
      ok: false,
      error: "Catalog Error: Table with name nope does not exist!"
    });
    assert.deepEqual(await runQuery(client, "  "), {ok: false, error: "empty query"});
  });
});

describe("flattenRows", () => {
  it("flattens nested objects one level, nulls where a row has none", () => {
    const when = new Date(0);
    assert.deepEqual(
      flattenRows([
        {a: 1, ks: null, when, list: [1]},
        {a: 2, ks: {statistic: 0.1, pvalue: 0.5}, when, list: []}
      ]),
      [
        {a: 1, ks_statistic: null, ks_pvalue: null, when, list: [1]},
        {a: 2, ks_statistic: 0.1, ks_pvalue: 0.5, when, list: []}
      ]
    );
  });
});
