import assert from "node:assert/strict";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {gzipSync} from "node:zlib";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {recordStartLine} from "../../../loaders/ingest/recordStartLine.js";

describe("recordStartLine: the line on which DuckDB's data row starts", () => {
  let db: Db;
  let dir: string;
  before(async () => {
    db = await openDb();
    dir = mkdtempSync(join(tmpdir(), "record-line-"));
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  // header (1), row 1 (2), a blank line (3), row 2 over lines 4-5 (quoted newline), row 3 (6), row 4 (7)
  const text = 'id,note,x\n1,a,1\n\n2,"two\nlines",2\n3,c,3\n4,d,4\n';

  it("counts the header, blank lines and quoted newlines in CSV, as DuckDB reads it", async () => {
    const file = join(dir, "a.csv");
    writeFileSync(file, text);
    const rows = await db.all<{r: number; id: string}>(
      `SELECT row_number() OVER () AS r, id::VARCHAR AS id FROM read_csv('${file}', header = true)`
    );
    assert.deepEqual(
      rows.map((r) => r.id),
      ["1", "2", "3", "4"]
    );
    const lines = [];
    for (const r of rows) lines.push(await recordStartLine(db, file, r.r));
    assert.deepEqual(lines, [2, 4, 6, 7]);
    writeFileSync(join(dir, "a.csv.gz"), gzipSync(text));
    assert.equal(await recordStartLine(db, join(dir, "a.csv.gz"), 4), 7);
  });

  it("counts blank lines in JSON Lines, and is the row itself for Parquet or past the end", async () => {
    const file = join(dir, "b.jsonl");
    writeFileSync(file, '{"a":1}\n\n{"a":2}\n   \n{"a":3}');
    assert.deepEqual(
      [await recordStartLine(db, file, 1), await recordStartLine(db, file, 2), await recordStartLine(db, file, 3)],
      [1, 3, 5]
    );
    assert.equal(await recordStartLine(db, join(dir, "x.parquet"), 17), 17);
    assert.equal(await recordStartLine(db, file, 9), 9);
    assert.equal(await recordStartLine(db, join(dir, "missing.csv"), 3), 3);
  });
});
