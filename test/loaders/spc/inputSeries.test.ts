import assert from "node:assert/strict";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import {inputSeries} from "../../../loaders/spc/inputSeries.js";

describe("inputSeries", () => {
  let db: Db;
  let dir: string;
  const logs: string[] = [];
  const effects = () => ({db, log: (m: string) => void logs.push(m)});
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "spc-input-"));
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  const csv = (name: string, lines: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, lines.join("\n") + "\n");
    return file;
  };

  it("counts a 0/1 column per UTC day from CSV, converting offsets to UTC", async () => {
    // hand derivation: 2026-01-01T23:30:00-02:00 is 2026-01-02T01:30Z, so it falls on Jan 2
    const file = csv("a.csv", [
      "at,flagged",
      "2026-01-01T10:00:00Z,1",
      "2026-01-01T11:00:00Z,0",
      "2026-01-01T23:30:00-02:00,true",
      "2026-01-02T09:00:00Z,false",
      "2026-01-02T10:00:00Z,"
    ]);
    const series = await inputSeries(effects(), {file, time: "at", value: "flagged", bucket: "day"});
    assert.deepEqual(series, [
      {bucket: "2026-01-01", n: 2, count: 1},
      {bucket: "2026-01-02", n: 2, count: 1}
    ]);
    assert.match(logs.at(-1)!, /skipped 1 rows with a null at or flagged/);
  });

  it("reads Parquet (boolean) and JSONL (0/1) the same way, by week starting Monday", async () => {
    const parquet = join(dir, "b.parquet");
    await db.run(`COPY (SELECT TIMESTAMP '2026-01-04 12:00:00' + to_days(d::INTEGER) AS at, d % 2 = 0 AS flagged
      FROM range(0, 3) t(d)) TO ${sqlLiteral(parquet)} (FORMAT parquet)`);
    // 2026-01-04 is a Sunday (week of 2025-12-29), the 5th and 6th are in the week of Monday 2026-01-05
    const expected = [
      {bucket: "2025-12-29", n: 1, count: 1},
      {bucket: "2026-01-05", n: 2, count: 1}
    ];
    assert.deepEqual(
      await inputSeries(effects(), {file: parquet, time: "at", value: "flagged", bucket: "week"}),
      expected
    );
    const jsonl = join(dir, "b.jsonl");
    writeFileSync(
      jsonl,
      ['{"at":"2026-01-04T12:00:00Z","flagged":1}', '{"at":"2026-01-05T12:00:00Z","flagged":0}'].join("\n") +
        '\n{"at":"2026-01-06T12:00:00Z","flagged":1}\n'
    );
    assert.deepEqual(
      await inputSeries(effects(), {file: jsonl, time: "at", value: "flagged", bucket: "week"}),
      expected
    );
  });

  it("rejects a value that is not 0/1 with file, row and field", async () => {
    const lines = ["at,flagged"];
    for (let i = 0; i < 2000; ++i) lines.push(`2026-01-01T00:00:00Z,${i === 1234 ? 2 : i % 2}`);
    const file = csv("bad.csv", lines);
    await assert.rejects(
      inputSeries(effects(), {file, time: "at", value: "flagged", bucket: "day"}),
      (e: Error) => e instanceof InputError && e.message === `${file}:1236: field flagged: not 0/1 "2"` // data row 1235, on line 1236 (header = line 1)
    );
  });

  it("rejects a time that is not a timestamp, a missing column, a missing file and an unknown format", async () => {
    const file = csv("badtime.csv", ["at,flagged", "2026-01-01T00:00:00Z,1", "yesterday,0"]);
    await assert.rejects(
      inputSeries(effects(), {file, time: "at", value: "flagged", bucket: "day"}),
      (e: Error) => e instanceof InputError && e.message === `${file}:3: field at: not a timestamp "yesterday"`
    );
    await assert.rejects(
      inputSeries(effects(), {file, time: "when", value: "flagged", bucket: "day"}),
      /field when: no such column/
    );
    await assert.rejects(
      inputSeries(effects(), {file: join(dir, "none.csv"), time: "a", value: "b", bucket: "day"}),
      /none.csv: no such file/
    );
    const txt = csv("x.txt", ["a"]);
    await assert.rejects(inputSeries(effects(), {file: txt, time: "a", value: "b", bucket: "day"}), /unknown format/);
    await assert.rejects(
      inputSeries(effects(), {file, time: "at", value: "flagged", bucket: "hour"}),
      /invalid bucket: "hour"/
    );
  });
});
