import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {postgresExportSql} from "../../../loaders/sources/postgresExportSql.js";

describe("postgresExportSql", () => {
  it("selects the columns, pushes the half-open window down as a WHERE on the time column, and orders", () => {
    assert.equal(
      postgresExportSql({
        table: ["s", "d"],
        columns: ["id", "at", 'we"ird'],
        time: "at",
        window: {from: "2026-01-01", to: "2026-02-01T00:00:00Z"},
        order: ["at", "id"]
      }),
      `COPY (SELECT "id", "at", "we""ird" FROM "s"."d" WHERE "at" >= '2026-01-01' AND "at" < '2026-02-01T00:00:00Z' ORDER BY "at", "id") TO STDOUT WITH (FORMAT csv, HEADER)`
    );
  });

  it("has no WHERE without a window and no ORDER BY without order columns", () => {
    assert.equal(
      postgresExportSql({table: [undefined, "d"], columns: ["id"], order: []}),
      `COPY (SELECT "id" FROM "d") TO STDOUT WITH (FORMAT csv, HEADER)`
    );
  });

  it("accepts ISO dates and timestamps with offsets as bounds and rejects anything else before inlining it", () => {
    const sql = (from: string) =>
      postgresExportSql({table: [undefined, "d"], columns: ["at"], time: "at", window: {from}, order: []});
    for (const ok of ["2026-01-01", "2026-01-01T10:00", "2026-01-01 10:00:00.123456+02:00", "2026-01-01T10:00:00Z"])
      assert.match(sql(ok), new RegExp(`>= '${ok.replace(/[.+]/g, "\\$&")}'`));
    for (const bad of ["2026-1-1", "yesterday", "2026-01-01' OR true --", "2026-01-01T10"])
      assert.throws(() => sql(bad), {
        name: "InputError",
        message: `--from: not an ISO date or timestamp ${JSON.stringify(bad)}`
      });
    assert.throws(
      () => postgresExportSql({table: [undefined, "d"], columns: ["x"], window: {to: "2026-01-01"}, order: []}),
      {message: "--to: the contract object has no column tagged time"}
    );
  });
});
