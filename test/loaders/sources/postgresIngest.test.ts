import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import type pg from "pg";
import {InputError} from "../../../loaders/cli/errors.js";
import type {Contract} from "../../../loaders/contract/Contract.js";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {ingest} from "../../../loaders/ingest/ingest.js";
import {postgresScratch, postgresSkipReason} from "./postgresTestUrl.js";

const FIXTURE = "test/fixtures/ingest/loans.odcs.yaml";
const COLUMNS = ["id", "at", "income", "months", "decision", "reviewed", "reviewer", "day"];

/**
 * Records of the loans contract as text, in the order the PostgreSQL export sorts them (time, then the primary
 * key `id`; C collation), covering each kind of check, CSV quoting, and a time outside the windows used below.
 */
const RECORDS: (string | null)[][] = [
  ["L-001", "2026-01-01T10:00:00Z", "100", "12", "approve", "false", null, "2026-01-01"],
  ["L-002", "2026-01-02T11:00:00+02:00", "200.5", "1", "decline", "true", "ann", null],
  ["L-003", "2026-01-03", "abc", "12", "approve", "false", null, null],
  ["L-004", "2026-01-04", "-5", "12", "approve", "false", null, null],
  ["L-005", "2026-01-05", "100", "0", "approve", "false", null, null],
  ["L-006", "2026-01-06", "100", "12", "maybe", "false", null, null],
  ["L-007", "2026-01-07", "100", "12", "approve", "true", null, null],
  ["L-001", "2026-01-08", "100", "12", "approve", "false", null, null],
  ["X-010", "2026-01-09", "100", "12", "approve", "false", null, null],
  ["L-012", "2026-01-10", "100", "12", "approve", "true", 'a,"b', null],
  ["L-013", "2026-01-11", "100", "12", "approve", "true", "x\ny", null],
  ["L-011", null, "100", "12", "approve", "false", null, null]
];

const csvField = (v: string | null) => (v === null ? "" : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

describe("ingest from PostgreSQL (--source postgres://...?table=)", {skip: postgresSkipReason()}, () => {
  let scratch: Awaited<ReturnType<typeof postgresScratch>>;
  let client: pg.Client;
  let db: Db;
  let contract: Contract;
  let contractFile: string;
  let tmp: string;
  const source = (table: string) => {
    const url = new URL(scratch.url);
    url.searchParams.set("table", `${scratch.schema}.${table}`);
    return url.toString();
  };
  const withoutPassword = (table: string) => {
    const url = new URL(source(table));
    url.password = "";
    return url.toString();
  };
  const rows = (file: string) => db.all<Record<string, unknown>>(`SELECT * FROM '${file}' ORDER BY _row`);

  before(async () => {
    scratch = await postgresScratch();
    client = scratch.client;
    db = await openDb();
    tmp = mkdtempSync(join(tmpdir(), "pg-ingest-"));
    // the fixture contract with `at` tagged time: a decision log's time column orders the export and takes windows
    const text = readFileSync(FIXTURE, "utf8");
    const tagged = text.replace(
      "{name: at, logicalType: timestamp, required: true}",
      "{name: at, logicalType: timestamp, required: true, tags: [time]}"
    );
    assert.notEqual(tagged, text);
    contractFile = join(tmp, "loans.odcs.yaml");
    writeFileSync(contractFile, tagged);
    contract = await readContract(contractFile);
    await client.query(`CREATE TABLE loans_text (${COLUMNS.map((c) => `${c} text`).join(", ")}, extra text)`);
    for (const r of RECORDS)
      await client.query(`INSERT INTO loans_text VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(", ")}, 'x')`, r);
    // typed columns, the way a production table holds them
    await client.query(`CREATE TABLE loans_typed (id text PRIMARY KEY, at timestamptz, income double precision,
      months integer, decision text, reviewed boolean, reviewer text, day date)`);
    await client.query(`INSERT INTO loans_typed VALUES
      ('L-101', '2026-03-01 00:00:00+00', 0.1, 1, 'approve', false, NULL, '2026-03-01'),
      ('L-102', '2026-03-02 12:34:56.123456+00', 1.0 / 3, 2, 'approve', true, 'bo', '2026-03-02'),
      ('L-103', '2026-03-03 00:00:00+00', 999.9999999999999, 3, 'decline', false, NULL, NULL),
      ('L-104', '2026-03-05 23:30:00-02:00', 5e-300, 4, 'approve', false, NULL, NULL),
      ('L-105', '2026-03-06 00:00:00+00', 7, 5, 'approve', false, NULL, NULL),
      ('L-106', NULL, 8, 6, 'approve', false, NULL, NULL)`);
    await client.query("CREATE TABLE loans_no_income (id text, at timestamptz, decision text, reviewed boolean)");
  });
  after(async () => {
    db.close();
    rmSync(tmp, {recursive: true, force: true});
    await scratch.drop();
  });

  it("validates a table exactly as the same records in a CSV file: same accepted rows, rows, reasons and raw text", async () => {
    const file = join(tmp, "same.csv");
    writeFileSync(file, [COLUMNS.join(","), ...RECORDS.map((r) => r.map(csvField).join(","))].join("\n") + "\n");
    const fromFile = await ingest({contract, source: file, outDir: join(tmp, "file")}, {db, log: () => {}});
    const fromPg = await ingest({contract, source: source("loans_text"), outDir: join(tmp, "pg")}, {db, log: () => {}});

    assert.deepEqual(fromPg.rows, fromFile.rows);
    assert.deepEqual(fromPg.rows, {read: 12, accepted: 4, quarantined: 8, purged: 0, quarantineRate: 8 / 12});
    assert.deepEqual(fromPg.quarantineByCheck, fromFile.quarantineByCheck);
    const name = withoutPassword("loans_text");
    const rename = (v: unknown) => (typeof v === "string" ? v.replace(name, "same.csv") : v);
    const strip = (r: Record<string, unknown>) => ({
      ...r,
      _source_file: undefined,
      _reason: rename(r._reason),
      _reasons: (r._reasons as string[] | undefined)?.map(rename)
    });
    const [pgAccepted, fileAccepted] = [
      await rows(join(tmp, "pg/decisions.parquet")),
      await rows(join(tmp, "file/decisions.parquet"))
    ];
    assert.deepEqual(pgAccepted.map(strip), fileAccepted.map(strip));
    assert.deepEqual(
      pgAccepted.map((r) => [r._row, r.id, r.at, r.reviewer]),
      [
        [2, "L-001", "2026-01-01T10:00:00.000Z", null],
        [3, "L-002", "2026-01-02T09:00:00.000Z", "ann"], // +02:00 shifted to UTC, as from a file
        [11, "L-012", "2026-01-10T00:00:00.000Z", 'a,"b'],
        [12, "L-013", "2026-01-11T00:00:00.000Z", "x\ny"] // quoted newline: the record starts on line 12
      ]
    );
    const [pgBad, fileBad] = [
      await rows(join(tmp, "pg/quarantine.parquet")),
      await rows(join(tmp, "file/quarantine.parquet"))
    ];
    assert.deepEqual(pgBad.map(strip), fileBad.map(strip));
    assert.deepEqual(
      pgBad.map((r) => [r._row, r._reason]),
      [
        [4, 'income: not a DOUBLE "abc"'],
        [5, 'income: below minimum 0 "-5"'],
        [6, 'months: not above exclusive minimum 0 "0"'],
        [7, 'decision: not in allowed values "maybe"'],
        [8, "rule review_consistent failed"],
        [9, `id: duplicate of row 2 in ${withoutPassword("loans_text")}`],
        [10, 'id: does not match pattern ^L-[0-9]{3}$ "X-010"'],
        [14, "at: required value missing"] // NULL time sorts last
      ]
    );
    assert.deepEqual(fromPg.sources[0].ignoredColumns, ["extra"]);
  });

  it("records the source without its password, in the manifest and on every row", async () => {
    const out = join(tmp, "names");
    const m = await ingest({contract, source: source("loans_text"), outDir: out}, {db, log: () => {}});
    const name = withoutPassword("loans_text");
    assert.ok(new URL(scratch.url).password, "WORKBENCH_PG_URL has a password to hide");
    assert.equal(m.source, name);
    assert.equal(m.sources[0].file, name);
    const files = await db.all<{f: string}>(`SELECT DISTINCT _source_file AS f FROM '${out}/decisions.parquet'`);
    assert.deepEqual(files, [{f: name}]);
    assert.ok(!JSON.stringify(m).includes(`:${new URL(scratch.url).password}@`));
  });

  it("reads typed columns back exactly: doubles, microsecond timestamptz in UTC, booleans and dates", async () => {
    const out = join(tmp, "typed");
    const m = await ingest({contract, source: source("loans_typed"), outDir: out}, {db, log: () => {}});
    assert.deepEqual(m.rows, {read: 6, accepted: 5, quarantined: 1, purged: 0, quarantineRate: 1 / 6});
    const accepted = await db.all<{id: string; income: number; us: number; reviewed: boolean; day: string | null}>(
      `SELECT id, income, epoch_us("at")::DOUBLE AS us, reviewed, day FROM '${out}/decisions.parquet' ORDER BY _row`
    );
    assert.deepEqual(
      accepted.map((r) => [r.id, r.income]),
      [
        ["L-101", 0.1],
        ["L-102", 1 / 3],
        ["L-103", 999.9999999999999],
        ["L-105", 7], // 2026-03-06 00:00 UTC
        ["L-104", 5e-300] // 2026-03-05 23:30 at -02:00 = 03-06 01:30 UTC: ordered by time in UTC
      ]
    );
    assert.equal(accepted[1].us, Date.UTC(2026, 2, 2, 12, 34, 56) * 1000 + 123456);
    assert.equal(accepted[4].us, Date.UTC(2026, 2, 6, 1, 30) * 1000);
    assert.deepEqual(
      accepted.map((r) => [r.reviewed, r.day]),
      [
        [false, "2026-03-01"],
        [true, "2026-03-02"],
        [false, null],
        [false, null],
        [false, null]
      ]
    );
  });

  it("pushes a [from, to) window down to PostgreSQL: only rows inside it are read, bounds in UTC", async () => {
    const messages: string[] = [];
    const out = join(tmp, "window");
    const m = await ingest(
      {contract, source: source("loans_typed"), outDir: out, window: {from: "2026-03-02", to: "2026-03-06"}},
      {db, log: (message) => messages.push(message)}
    );
    // L-104 at 2026-03-05 23:30-02:00 is 03-06 01:30 UTC: outside; the NULL time is outside every window
    assert.deepEqual(m.rows, {read: 2, accepted: 2, quarantined: 0, purged: 0, quarantineRate: 0});
    const ids = await db.all<{id: string}>(`SELECT id FROM '${out}/decisions.parquet' ORDER BY _row`);
    assert.deepEqual(ids, [{id: "L-102"}, {id: "L-103"}]);
    assert.ok(
      messages.some((s) => s.includes(`WHERE "at" >= '2026-03-02' AND "at" < '2026-03-06' ORDER BY "at", "id"`)),
      messages.join("\n")
    );
    assert.equal(m.source, `${withoutPassword("loans_typed")}&from=2026-03-02&to=2026-03-06`);
  });

  it("fails with an InputError naming the source: missing table, missing required column, wrong password, bad bound", async () => {
    const run = (src: string, window?: {from?: string; to?: string}) =>
      ingest({contract, source: src, outDir: join(tmp, "err"), window}, {db, log: () => {}});
    await assert.rejects(run(source("nope")), (e: Error) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.message, `${withoutPassword("nope")}: table "${scratch.schema}.nope" not found`);
      return true;
    });
    await assert.rejects(run(source("loans_no_income")), {
      message: `${withoutPassword("loans_no_income")}: field income: required column missing`
    });
    await client.query("CREATE TABLE loans_no_time (id text, income double precision)");
    await assert.rejects(run(source("loans_no_time"), {from: "2026-01-01"}), {
      message: `${withoutPassword("loans_no_time")}: field at: time column missing: cannot apply --from/--to`
    });
    const wrong = new URL(source("loans_text"));
    wrong.password = "not-the-password";
    await assert.rejects(run(wrong.toString()), (e: Error) => {
      assert.ok(e instanceof InputError);
      assert.match(e.message, /: cannot connect \(.*password authentication failed/);
      assert.ok(!e.message.includes("not-the-password"));
      return true;
    });
    await assert.rejects(run(source("loans_typed"), {from: "2026-03-02'; DROP TABLE loans_typed; --"}), {
      message: `--from: not an ISO date or timestamp "2026-03-02'; DROP TABLE loans_typed; --"`
    });
    await assert.rejects(run(FIXTURE, {from: "2026-01-01"}), InputError); // a window needs a PostgreSQL source
  });

  it("workbench ingest --source postgres://... --from --to exits 0 with the manifest as JSON", () => {
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "loaders/cli.ts",
        "ingest",
        "--contract",
        contractFile,
        "--source",
        source("loans_typed"),
        "--out",
        join(tmp, "cli"),
        "--from",
        "2026-03-03",
        "--format",
        "json"
      ],
      {encoding: "utf8"}
    );
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).rows, {read: 3, accepted: 3, quarantined: 0, purged: 0, quarantineRate: 0});
  });
});
