import assert from "node:assert/strict";
import {Readable, Writable} from "node:stream";
import {after, before, beforeEach, describe, it} from "node:test";
import type pg from "pg";
import {copyIn} from "../../../loaders/sources/copyIn.js";
import {copyOut} from "../../../loaders/sources/copyOut.js";
import {postgresScratch, postgresSkipReason} from "./postgresTestUrl.js";

/**
 * A Writable that keeps what it is given, slowly (a tiny buffer and a macrotask per write), to force back-pressure.
 * `text()` ends it and resolves with everything written (copyOut does not end its output).
 */
function slowSink(): Writable & {text(): Promise<string>; writes: number} {
  const chunks: Buffer[] = [];
  let writes = 0;
  const sink = new Writable({
    highWaterMark: 64,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      ++writes;
      setImmediate(callback);
    }
  });
  return Object.defineProperties(sink, {
    text: {
      value: () => new Promise<string>((resolve) => sink.end(() => resolve(Buffer.concat(chunks).toString("utf8"))))
    },
    writes: {get: () => writes}
  }) as Writable & {text(): Promise<string>; writes: number};
}

describe("copyOut and copyIn (PostgreSQL COPY without pg-copy-streams)", {skip: postgresSkipReason()}, () => {
  let scratch: Awaited<ReturnType<typeof postgresScratch>>;
  let client: pg.Client;
  before(async () => {
    scratch = await postgresScratch();
    client = scratch.client;
  });
  beforeEach(() => client.query("DROP TABLE IF EXISTS t; CREATE TABLE t (id integer, note text)"));
  after(() => scratch.drop());

  it("copies CSV in and out unchanged, with quotes, commas, newlines, NULL and non-ASCII text", async () => {
    const csv = 'id,note\n1,plain\n2,"a,b"\n3,"say ""hi"""\n4,"two\nlines"\n5,\n6,Zoë ✓\n';
    const rows = await copyIn(client, "COPY t FROM STDIN WITH (FORMAT csv, HEADER)", Readable.from([csv]));
    assert.equal(rows, 6);
    const sink = slowSink();
    const result = await copyOut(
      client,
      "COPY (SELECT * FROM t ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER)",
      sink
    );
    assert.equal(await sink.text(), csv);
    assert.deepEqual(result, {rows: 6, bytes: Buffer.byteLength(csv)});
    const {rows: back} = await client.query<{note: string | null}>("SELECT note FROM t WHERE id IN (4, 5) ORDER BY id");
    assert.deepEqual(back, [{note: "two\nlines"}, {note: null}]);
  });

  it("streams 200,000 rows into a slow sink under back-pressure without losing or reordering bytes", async () => {
    const sink = slowSink();
    const result = await copyOut(
      client,
      "COPY (SELECT i, md5(i::text) FROM generate_series(1, 200000) i) TO STDOUT WITH (FORMAT csv)",
      sink
    );
    const lines = (await sink.text()).split("\n");
    assert.equal(result.rows, 200000);
    assert.equal(lines.length, 200001); // last line empty
    assert.equal(lines[0], "1,c4ca4238a0b923820dcc509a6f75849b"); // md5("1"): echo -n 1 | md5sum
    assert.equal(lines[199999].split(",")[0], "200000");
    assert.ok(sink.writes > 1000, `${sink.writes} writes`);
    const [{n}] = (await client.query<{n: number}>("SELECT 1 AS n")).rows; // the connection is usable afterwards
    assert.equal(n, 1);
  });

  it("rejects with PostgreSQL's error and the SQL, and leaves the connection usable", async () => {
    const sql = "COPY (SELECT * FROM no_such_table) TO STDOUT WITH (FORMAT csv)";
    await assert.rejects(copyOut(client, sql, slowSink()), (error: Error) => {
      assert.match(
        error.message,
        /relation "no_such_table" does not exist\nSQL: COPY \(SELECT \* FROM no_such_table\)/
      );
      assert.ok(error.cause instanceof Error);
      return true;
    });
    await assert.rejects(
      copyIn(client, "COPY t FROM STDIN WITH (FORMAT csv)", Readable.from(["x,1\n"])),
      /invalid input syntax for type integer: "x"[^]*\nSQL: COPY t FROM STDIN/
    );
    assert.equal((await client.query("SELECT count(*)::int AS n FROM t")).rows[0].n, 0);
  });

  it("aborts copyIn when its source fails, committing none of the rows already sent", async () => {
    async function* failing() {
      yield Buffer.from("7,seven\n8,eight\n");
      throw new Error("disk on fire");
    }
    await assert.rejects(copyIn(client, "COPY t FROM STDIN WITH (FORMAT csv)", failing()), /disk on fire\nSQL: COPY t/);
    assert.equal((await client.query("SELECT count(*)::int AS n FROM t")).rows[0].n, 0);
  });
});
