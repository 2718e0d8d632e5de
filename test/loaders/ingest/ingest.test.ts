import assert from "node:assert/strict";
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {gzipSync} from "node:zlib";
import {InputError} from "../../../loaders/cli/errors.js";
import {readContract} from "../../../loaders/contract/readContract.js";
import type {Contract} from "../../../loaders/contract/Contract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {ingest} from "../../../loaders/ingest/ingest.js";

const FIXTURES = "test/fixtures/ingest";
/** The output files of a directory (the committed set's names; `.ingest/` holds the generations). */
const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => !f.startsWith("."))
    .sort();

interface Quarantined {
  _source_file: string;
  _row: number;
  _reason: string;
  _reasons: string[];
  _checks: string[];
  _raw: string | null;
}

describe("ingest", () => {
  let db: Db;
  let contract: Contract;
  let tmp: string;
  const log = () => {};
  const quarantine = (dir: string, name = "quarantine.parquet") =>
    db.all<Quarantined>(`SELECT * FROM '${join(dir, name)}' ORDER BY _source_file, _row`);

  before(async () => {
    db = await openDb();
    contract = await readContract(join(FIXTURES, "loans.odcs.yaml"));
    tmp = mkdtempSync(join(tmpdir(), "ingest-test-"));
  });
  after(() => {
    db.close();
    rmSync(tmp, {recursive: true, force: true});
  });

  it("quarantines each kind of bad CSV row with its reason and line number, and accepts the rest typed", async () => {
    const out = join(tmp, "csv");
    const m = await ingest({contract, source: join(FIXTURES, "decisions-a.csv"), outDir: out}, {db, log});
    const q = await quarantine(out);
    assert.deepEqual(
      q.map((r) => [r._row, r._reason]),
      [
        [4, 'income: not a DOUBLE "abc"'],
        [5, 'income: below minimum 0 "-5"'],
        [6, 'months: not above exclusive minimum 0 "0"'],
        [7, 'months: not a INTEGER "3.5"'],
        [8, 'decision: not in allowed values "maybe"'],
        [9, "rule review_consistent failed"],
        [10, "id: duplicate of row 2 in decisions-a.csv"],
        [11, 'id: does not match pattern ^L-[0-9]{3}$ "X-010"'],
        [12, "at: required value missing"],
        [13, "expected 8 fields, found 6"],
        [14, "expected 8 fields, found 9"],
        [16, 'day: not a DATE "2026-02-30"'],
        [20, "unterminated quoted field 7"],
        [21, 'income: not a DOUBLE "nan"; reviewer: shorter than minLength 2 "a"']
      ]
    );
    const byRow = new Map(q.map((r) => [r._row, r]));
    assert.deepEqual(byRow.get(21)!._checks, ["income: type", "reviewer: minLength"]);
    assert.equal(byRow.get(13)!._raw, "L-012,2026-01-01,100,12,approve,false");
    assert.equal(byRow.get(20)!._raw, 'L-017,2026-01-01,100,12,approve,false,"z,');
    assert.equal(byRow.get(4)!._raw, null);
    const [raw] = await db.all(
      `SELECT id, income, months, reviewed FROM '${join(out, "quarantine.parquet")}' WHERE _row = 4`
    );
    assert.deepEqual(raw, {id: "L-003", income: "abc", months: "12", reviewed: "false"}); // as received, text

    const accepted = await db.all(`SELECT * FROM '${join(out, "decisions.parquet")}'`);
    assert.deepEqual(
      accepted.map((r) => [r._row, r.id, r.at, r.income, r.months, r.reviewed, r.reviewer, r.day]),
      [
        [2, "L-001", "2026-01-01T10:00:00.000Z", 100, 12, false, null, "2026-01-01"],
        [3, "L-002", "2026-01-01T09:00:00.000Z", 200.5, 1, true, "ann", null], // +02:00 shifted to UTC
        [17, "L-015", "2026-01-01T00:00:00.000Z", 1000, 12, false, "a,b", null], // 1e3 = maximum, inclusive
        [18, "L-016", "2026-01-01T00:00:00.000Z", 100, 12, false, "x\ny", null] // quoted newline, starts on line 18
      ]
    );
    const [types] = await db.all<Record<string, string>>(
      `SELECT typeof("at") AS "at", typeof(income) AS income, typeof(months) AS months, typeof(day) AS day, typeof(_row) AS r FROM '${join(out, "decisions.parquet")}' LIMIT 1`
    );
    assert.deepEqual(types, {at: "TIMESTAMP", income: "DOUBLE", months: "INTEGER", day: "DATE", r: "BIGINT"});

    assert.deepEqual(m.rows, {read: 18, accepted: 4, quarantined: 14, purged: 0, quarantineRate: 14 / 18});
    assert.equal(m.rows.read, m.rows.accepted + m.rows.quarantined);
    assert.equal(m.sources[0].blankLines, 1);
    assert.equal(m.quarantineByCheck["row: field count"], 2);
    assert.equal(m.quarantineByCheck["income: type"], 2);
    assert.deepEqual(
      m.outputs.map((o) => [o.file, o.rows]),
      [
        ["decisions.parquet", 4],
        ["quarantine.parquet", 14]
      ]
    );
    const written = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    assert.deepEqual(written, m);
    assert.deepEqual(files(out), ["decisions.parquet", "manifest.json", "quarantine.parquet"]);
    assert.deepEqual(
      readdirSync(join(out, ".ingest")).filter((f) => f.startsWith("work-")),
      []
    ); // no work folder left
  });

  it("quarantines implausible and non-grammar timestamps and numbers, pinning the window's edges", async () => {
    const dir = mkdtempSync(join(tmp, "plausible-"));
    const rows: [string, string, string][] = [
      ["L-101", "2026-07-01T00:00:00Z", "1"], // now + 1 d exactly: accepted
      ["L-102", "2026-07-01T00:00:00.001Z", "1"], // 1 ms later
      ["L-103", "2062-03-01T00:00:00Z", "1"], // a typo'd year
      ["L-104", "infinity", "1"],
      ["L-105", "epoch", "1"],
      ["L-106", "2000-01-01", "1"], // the earliest plausible time itself: accepted
      ["L-107", "1999-12-31T23:59:59Z", "1"],
      ["L-108", "1767225600000", "1"], // a bare epoch number in an ISO column
      ["L-109", "2026-06-01", "1_000"],
      ["L-110", "2026-06-01", " 12"]
    ];
    writeFileSync(
      join(dir, "in.csv"),
      "id,at,income,decision,reviewed\n" + rows.map((r) => `${r.join(",")},approve,false\n`).join("")
    );
    const out = join(dir, "out");
    const now = new Date("2026-06-30T00:00:00Z");
    const m = await ingest({contract, source: join(dir, "in.csv"), outDir: out, now}, {db, log});
    assert.deepEqual(
      (await quarantine(out)).map((r) => [r._row, r._reason]),
      [
        [3, 'at: later than the ingest time + 1 d "2026-07-01T00:00:00.001Z"'],
        [4, 'at: later than the ingest time + 1 d "2062-03-01T00:00:00Z"'],
        [5, 'at: not a TIMESTAMP "infinity"'],
        [6, 'at: not a TIMESTAMP "epoch"'],
        [8, 'at: before 2000-01-01, the earliest plausible time "1999-12-31T23:59:59Z"'],
        [9, 'at: not a TIMESTAMP "1767225600000"'],
        [10, 'income: not a DOUBLE "1_000"'],
        [11, 'income: not a DOUBLE " 12"']
      ]
    );
    assert.deepEqual(m.quarantineByCheck, {"at: earliest": 1, "at: future": 2, "at: type": 3, "income: type": 2});
    const accepted = await db.all<{id: string}>(`SELECT id FROM '${join(out, "decisions.parquet")}'`);
    assert.deepEqual(
      accepted.map((r) => r.id),
      ["L-101", "L-106"]
    );
  });

  it("reads a glob of files in path order, any column order, and finds duplicates across files", async () => {
    const out = join(tmp, "glob");
    const m = await ingest({contract, source: join(FIXTURES, "decisions-*.csv"), outDir: out}, {db, log});
    assert.deepEqual(
      m.sources.map((s) => [s.file, s.rows.read, s.rows.accepted, s.missingColumns, s.ignoredColumns]),
      [
        ["decisions-a.csv", 18, 4, [], []],
        ["decisions-b.csv", 2, 1, ["months", "reviewer", "day"], ["note"]]
      ]
    );
    const q = await quarantine(out);
    assert.deepEqual(q.at(-1), {
      ...q.at(-1),
      _source_file: "decisions-b.csv",
      _row: 3,
      _reason: "id: duplicate of row 3 in decisions-a.csv"
    });
    const accepted = await db.all(`SELECT _source_file, _row FROM '${join(out, "decisions.parquet")}'`);
    assert.deepEqual(accepted.at(-1), {_source_file: "decisions-b.csv", _row: 2});
  });

  it("quarantines malformed JSON lines and non-objects, and reads JSON values as text", async () => {
    const out = join(tmp, "jsonl");
    const m = await ingest({contract, source: join(FIXTURES, "decisions.jsonl"), outDir: out}, {db, log});
    const q = await quarantine(out);
    assert.equal(q.length, 4);
    assert.equal(q[0]._row, 3);
    assert.match(q[0]._reason, /^malformed JSON: /);
    assert.equal(q[0]._raw, '{"id":"L-203", "at": broken');
    assert.deepEqual(
      q.slice(1).map((r) => [r._row, r._reason]),
      [
        [4, "not a JSON object"],
        [6, "income: required value missing"],
        [7, 'reviewer: longer than maxLength 5 "{\\"n\\":1}"']
      ]
    );
    assert.deepEqual(m.rows, {read: 6, accepted: 2, quarantined: 4, purged: 0, quarantineRate: 4 / 6});
    assert.equal(m.sources[0].blankLines, 1);
    const accepted = await db.all(`SELECT _row, income, reviewed FROM '${join(out, "decisions.parquet")}'`);
    assert.deepEqual(accepted, [
      {_row: 1, income: 10, reviewed: false},
      {_row: 2, income: 10, reviewed: true}
    ]);
  });

  it("reads gzip-compressed CSV and records the compressed file's hash and size", async () => {
    const dir = mkdtempSync(join(tmp, "gz-"));
    const bytes = gzipSync(readFileSync(join(FIXTURES, "decisions-a.csv")));
    writeFileSync(join(dir, "decisions-a.csv.gz"), bytes);
    const m = await ingest({contract, source: join(dir, "decisions-a.csv.gz"), outDir: join(dir, "out")}, {db, log});
    assert.deepEqual(m.rows, {read: 18, accepted: 4, quarantined: 14, purged: 0, quarantineRate: 14 / 18});
    assert.equal(m.sources[0].gzip, true);
    assert.equal(m.sources[0].bytes, bytes.length);
    writeFileSync(join(dir, "decisions.jsonl.gz"), gzipSync(readFileSync(join(FIXTURES, "decisions.jsonl"))));
    const j = await ingest({contract, source: join(dir, "decisions.jsonl.gz"), outDir: join(dir, "out")}, {db, log});
    assert.deepEqual(j.rows, {read: 6, accepted: 2, quarantined: 4, purged: 0, quarantineRate: 4 / 6});
  });

  it("writes empty outputs for a header-only CSV and rejects a file without a header", async () => {
    const dir = mkdtempSync(join(tmp, "empty-"));
    writeFileSync(join(dir, "header.csv"), "id,at,income,decision,reviewed\n");
    const m = await ingest({contract, source: join(dir, "header.csv"), outDir: join(dir, "out")}, {db, log});
    assert.deepEqual(m.rows, {read: 0, accepted: 0, quarantined: 0, purged: 0, quarantineRate: 0});
    assert.deepEqual(await db.all(`SELECT count(*) AS n FROM '${join(dir, "out", "decisions.parquet")}'`), [{n: 0}]);
    writeFileSync(join(dir, "empty.csv"), "");
    await assert.rejects(
      ingest({contract, source: join(dir, "empty.csv"), outDir: join(dir, "out")}, {db, log}),
      (e: unknown) => e instanceof InputError && e.message === `${join(dir, "empty.csv")}: empty file (no header)`
    );
  });

  it("reads Parquet input with 1-based row numbers", async () => {
    const dir = mkdtempSync(join(tmp, "pq-"));
    const file = join(dir, "in.parquet");
    await db.run(`COPY (SELECT * FROM (VALUES
        ('L-301', TIMESTAMP '2026-01-05 00:00:00', 10.5, 3, 'approve', false, NULL, DATE '2026-01-05'),
        ('L-302', TIMESTAMP '2026-01-05 00:00:00', -1.0, 3, 'approve', false, NULL, NULL)
      ) t(id, "at", income, months, decision, reviewed, reviewer, day)) TO '${file}' (FORMAT parquet)`);
    const out = join(dir, "out");
    const m = await ingest({contract, source: file, outDir: out}, {db, log});
    assert.deepEqual(m.rows, {read: 2, accepted: 1, quarantined: 1, purged: 0, quarantineRate: 0.5});
    assert.deepEqual(
      (await quarantine(out)).map((r) => [r._source_file, r._row, r._reason]),
      [["in.parquet", 2, 'income: below minimum 0 "-1.0"']]
    );
    const [row] = await db.all(`SELECT "at", income, day FROM '${join(out, "decisions.parquet")}'`);
    assert.deepEqual(row, {at: "2026-01-05T00:00:00.000Z", income: 10.5, day: "2026-01-05"});
  });

  it("ingests a non-default object into <object>.parquet, <object>.quarantine.parquet, <object>.manifest.json", async () => {
    const out = join(tmp, "outcomes");
    const m = await ingest(
      {contract, object: "outcomes", source: join(FIXTURES, "outcomes.csv"), outDir: out},
      {db, log}
    );
    assert.deepEqual(files(out), ["outcomes.manifest.json", "outcomes.parquet", "outcomes.quarantine.parquet"]);
    assert.equal(m.contract.object, "outcomes");
    assert.deepEqual(
      (await quarantine(out, "outcomes.quarantine.parquet")).map((r) => r._reason),
      ['bad: not a BOOLEAN "nope"', "id: duplicate of row 2 in outcomes.csv"]
    );
  });

  it("writes byte-identical Parquet and manifest (outside run) when re-run on the same input", async () => {
    const a = await ingest({contract, source: join(FIXTURES, "decisions-*.csv"), outDir: join(tmp, "r1")}, {db, log});
    const b = await ingest({contract, source: join(FIXTURES, "decisions-*.csv"), outDir: join(tmp, "r2")}, {db, log});
    for (const name of ["decisions.parquet", "quarantine.parquet"])
      assert.ok(readFileSync(join(tmp, "r1", name)).equals(readFileSync(join(tmp, "r2", name))), name);
    assert.deepEqual({...a, run: null}, {...b, run: null});
  });

  it("leaves the previous outputs intact and no temporary files when a run fails before committing", async () => {
    const out = join(tmp, "atomic");
    await ingest({contract, source: join(FIXTURES, "decisions-b.csv"), outDir: out}, {db, log});
    const before = Object.fromEntries(files(out).map((f) => [f, readFileSync(join(out, f))]));
    await assert.rejects(
      ingest(
        {contract, source: join(FIXTURES, "decisions-a.csv"), outDir: out},
        {
          db,
          log,
          beforeCommit: () => {
            throw new Error("disk full");
          }
        }
      ),
      /disk full/
    );
    const after = Object.fromEntries(files(out).map((f) => [f, readFileSync(join(out, f))]));
    assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort());
    for (const f of Object.keys(before)) assert.ok(after[f].equals(before[f]), f);
  });

  it("rejects unusable input with an InputError naming the file and field", async () => {
    const out = join(tmp, "bad");
    const fails = (source: string, message: string) =>
      assert.rejects(
        ingest({contract, source, outDir: out}, {db, log}),
        (e: unknown) => e instanceof InputError && e.message === message
      );
    await fails(
      join(FIXTURES, "missing-income.csv"),
      `${FIXTURES}/missing-income.csv: field income: required column missing`
    );
    await fails(join(FIXTURES, "nope.csv"), `${FIXTURES}/nope.csv: source file not found`);
    await fails(join(FIXTURES, "nope-*.csv"), `no file matches "${FIXTURES}/nope-*.csv"`);
    await fails(
      join(FIXTURES, "loans.odcs.yaml"),
      `${FIXTURES}/loans.odcs.yaml: unknown format (expected .csv, .jsonl, .ndjson or .parquet, text optionally .gz)`
    );
    const fake = join(tmp, "fake.csv.gz");
    copyFileSync(join(FIXTURES, "decisions-b.csv"), fake);
    await assert.rejects(
      ingest({contract, source: fake, outDir: out}, {db, log}),
      (e: unknown) => e instanceof InputError && e.message.startsWith(`${fake}: not a readable gzip file (`)
    );
  });

  it("names the contract path of a pattern DuckDB's RE2 rejects", async () => {
    const bad = structuredClone(contract);
    bad.schema[0].properties[0].options.pattern = "[[:nope:]]";
    await assert.rejects(
      ingest({contract: bad, source: join(FIXTURES, "decisions-b.csv"), outDir: join(tmp, "re2")}, {db, log}),
      (e: unknown) =>
        e instanceof InputError &&
        e.message.startsWith(`${FIXTURES}/loans.odcs.yaml: schema[0].properties[0].logicalTypeOptions.pattern: `)
    );
  });

  it("refuses a row rule that is not a predicate over the row's own columns (a subquery)", async () => {
    const bad = structuredClone(contract);
    bad.schema[0].rules[0].implementation = "income < (SELECT max(x) FROM range(10) t(x))";
    await assert.rejects(
      ingest({contract: bad, source: join(FIXTURES, "decisions-b.csv"), outDir: join(tmp, "subquery")}, {db, log}),
      (e: unknown) =>
        e instanceof InputError &&
        e.message ===
          `${FIXTURES}/loans.odcs.yaml: schema[0].quality[0].implementation: rule review_consistent: not a predicate over the row's own columns (a subquery?)`
    );
  });

  it("names the contract path of a row rule DuckDB cannot bind", async () => {
    const bad = structuredClone(contract);
    bad.schema[0].rules[0].implementation = "reviewd = true";
    await assert.rejects(
      ingest({contract: bad, source: join(FIXTURES, "decisions-b.csv"), outDir: join(tmp, "rule")}, {db, log}),
      (e: unknown) =>
        e instanceof InputError &&
        e.message.startsWith(
          `${FIXTURES}/loans.odcs.yaml: schema[0].quality[0].implementation: rule review_consistent: Binder Error`
        )
    );
  });
});
