import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {postgresUrl} from "../../../loaders/sources/postgresUrl.js";

describe("postgresUrl", () => {
  it("splits a postgres:// source into a connection string, a table and a name without the password", () => {
    assert.deepEqual(postgresUrl("postgres://wb:s3cret@127.0.0.1:5432/wb?table=public.decisions&sslmode=disable"), {
      connectionString: "postgres://wb:s3cret@127.0.0.1:5432/wb?sslmode=disable",
      table: ["public", "decisions"],
      name: "postgres://wb@127.0.0.1:5432/wb?table=public.decisions&sslmode=disable"
    });
    assert.deepEqual(postgresUrl("postgresql://db.example/wb?table=decisions")?.table, [undefined, "decisions"]);
  });

  it("returns undefined for files and globs", () => {
    assert.equal(postgresUrl("data/raw/decisions-*.csv"), undefined);
    assert.equal(postgresUrl("/tmp/postgres://x.csv"), undefined);
  });

  it("throws an InputError without the password for a missing or invalid table", () => {
    assert.throws(() => postgresUrl("postgres://wb:s3cret@h/wb"), {
      name: "InputError",
      message: "postgres://wb@h/wb: no table (add ?table=<name>)"
    });
    assert.throws(() => postgresUrl("postgres://wb:s3cret@h/wb?table=a.b.c"), {
      message: 'postgres://wb@h/wb?table=a.b.c: invalid table name "a.b.c"'
    });
    assert.throws(
      () => postgresUrl("postgres://wb:s3cret@h:99999/wb?table=t"),
      (e: Error) => {
        assert.ok(e instanceof InputError);
        assert.ok(!e.message.includes("s3cret"), e.message);
        return true;
      }
    );
  });
});
